// Node colours by kind for the html view (legend and nodes share them): entity kinds in cool
// hues, event kinds in warm ones, articles grey. A kind the table does not know is drawn dark grey.
export const KIND_COLORS: Readonly<Record<string, string>> = {
  PERSON: '#1f77b4',
  COUNTRY: '#2ca02c',
  ORGANIZATION: '#17becf',
  PLACE: '#8c564b',
  SUMMIT: '#d62728',
  MEETING: '#ff7f0e',
  TALKS: '#e377c2',
  LETTER: '#9467bd',
  SANCTION: '#7f2704',
  VISIT: '#bcbd22',
  WEAPONS_TEST: '#393b79',
  STATEMENT: '#f7b6d2',
  ARTICLE: '#9e9e9e',
};

export const UNKNOWN_KIND_COLOR = '#555555';
