"""Reads newsgraph exports back with independent readers and prints what they found as JSON.

usage: python readExports.py GEXF GRAPHML NODES_CSV EDGES_CSV
NetworkX reads the GEXF (nx.read_gexf) and the GraphML (nx.read_graphml), pandas the two CSV
tables (pd.read_csv). For each: every node with its kind and dates, every edge with its type
and ends, and the format's own time data (GEXF start/end and mode).
"""
import json
import math
import sys

import networkx as nx
import pandas as pd


def text(value):
    """A value as text, or None when absent (NaN in pandas)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def from_networkx(graph):
    nodes = {
        node: {
            "kind": data.get("kind"),
            "label": data.get("label"),
            "earliest": data.get("earliest"),
            "latest": data.get("latest"),
            "start": data.get("start"),
            "end": data.get("end"),
        }
        for node, data in graph.nodes(data=True)
    }
    edges = {
        key: {"type": data.get("type"), "source": source, "target": target, "start": data.get("start"), "end": data.get("end")}
        for source, target, key, data in graph.edges(keys=True, data=True)
    }
    return {"directed": graph.is_directed(), "multigraph": graph.is_multigraph(), "graph": {k: v for k, v in graph.graph.items() if isinstance(v, str)}, "nodes": nodes, "edges": edges}


def from_csv(nodes_path, edges_path):
    nodes = pd.read_csv(nodes_path)
    edges = pd.read_csv(edges_path)
    return {
        "columns": {"nodes": list(nodes.columns), "edges": list(edges.columns)},
        "nodes": {
            row["id:ID"]: {"kind": text(row["kind"]), "labels": text(row[":LABEL"]), "earliest": text(row.get("earliest")), "latest": text(row.get("latest")), "aliases": text(row.get("aliases:string[]"))}
            for _, row in nodes.iterrows()
        },
        "edges": {
            row["key"]: {"type": text(row[":TYPE"]), "source": text(row[":START_ID"]), "target": text(row[":END_ID"])}
            for _, row in edges.iterrows()
        },
    }


gexf_path, graphml_path, nodes_csv, edges_csv = sys.argv[1:5]
print(json.dumps({
    "gexf": from_networkx(nx.read_gexf(gexf_path)),
    "graphml": from_networkx(nx.read_graphml(graphml_path)),
    "csv": from_csv(nodes_csv, edges_csv),
}))
