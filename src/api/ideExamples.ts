// The example operations the GraphiQL page opens with, one tab each; the first is the default.
export interface IdeExample {
  title: string;
  query: string;
  variables?: string;
}

export const IDE_EXAMPLES: readonly IdeExample[] = [
  {
    title: 'Who met Kim Jong Un between his summits with Trump?',
    query: `# Who met Kim Jong Un between his summits with Trump?
# One gap per pair of consecutive summits; the last gap stays open (before: null)
# until a next summit is planned. certainty: POSSIBLE also lists events whose date
# only overlaps the gap, labelled POSSIBLE.
query WhoMetKimBetweenSummits {
  betweenSummits(person: "Kim Jong Un", with: "Donald Trump", certainty: POSSIBLE) {
    after { title status when { text earliest latest } place { name } }
    before { title status when { text earliest latest } }
    encounters {
      certainty
      person { name }
      event { kind title status when { text earliest latest } sources { article { title url } quote } }
    }
  }
}
`,
  },
  {
    title: 'Who did Kim meet in 2019?',
    query: `# Everyone who took part with Kim Jong Un in a summit, meeting, visit or talks in 2019.
query KimIn2019($window: TimeWindow) {
  encounters(person: "Kim", window: $window, certainty: POSSIBLE) {
    certainty
    person { name }
    event { kind title status when { text earliest latest } }
  }
}
`,
    variables: '{ "window": { "from": "2019", "to": "2019" } }',
  },
  {
    title: 'Timeline of Moon Jae-in',
    query: `# The events of one entity by date; names and aliases both work ("Moon", "Moon Jae-in").
query MoonTimeline {
  timeline(entity: "Moon Jae-in") {
    kind title status cameo
    when { text earliest latest granularity value }
    participants { role entity { name kind } }
    place { name }
  }
}
`,
  },
  {
    title: 'Summits, first page',
    query: `# Relay-style paging: pass pageInfo.endCursor as "after" for the next page.
query Summits {
  events(filter: { kinds: [SUMMIT] }, first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { title status when { text } sources { article { title publishedAt { value } } quote } } }
  }
  stats { articles entities events edges }
}
`,
  },
];
