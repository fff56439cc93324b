// The example operations the GraphiQL page opens with, one tab each; the first is the default.
// Each works on the sample articles (examples/articles) and on the test fixture: names, not event ids.
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
# In person by default; media: [IN_PERSON, PHONE, VIDEO] counts phone and video calls too.
query KimIn2019($window: TimeWindow) {
  encounters(person: "Kim", window: $window, certainty: POSSIBLE, media: [IN_PERSON, PHONE, VIDEO]) {
    certainty
    person { name }
    event { kind title status medium when { text earliest latest } }
  }
}
`,
    variables: '{ "window": { "from": "2019", "to": "2019" } }',
  },
  {
    title: 'How is Pompeo connected to Xi Jinping?',
    query: `# The shortest chain of shared events between two entities, each step with its event and date.
# maxHops: at most that many events (1 to 6). Places count through the events held there.
query PompeoToXi {
  path(from: "Pompeo", to: "Xi Jinping", maxHops: 4) {
    hops
    steps {
      entity { __typename name }
      via { __typename title status when { text earliest latest } sources { article { title } quote } }
    }
  }
  pompeo: entity(name: "Pompeo") {
    ... on Person { roles { title of { name } from to } }
  }
}
`,
  },
  {
    title: 'What happened between the Hanoi summit and the DMZ meeting?',
    query: `# Events by how their dates relate to a window: DURING (wholly inside), OVERLAPS (the default),
# BEFORE or AFTER it. The window takes dates, or events as bounds: afterEvent: "<event id>",
# beforeEvent: "<event id>" (ids from search or events). Latest first with order: DESC.
query BetweenHanoiAndDmz($window: EventFilter) {
  events(filter: $window, order: DESC, first: 20) {
    totalCount
    edges { node { __typename title status when { text earliest latest } participants { role entity { name } } } }
  }
}
`,
    variables: '{ "window": { "from": "2019-03-01", "to": "2019-06-29", "relation": "DURING" } }',
  },
  {
    title: 'Letters and sanctions, with who did what and the sentences that say so',
    query: `# Each kind of event is its own type: a Letter has a sender and recipients, a Sanction an
# imposer, a target and an action; every participant link carries its evidence.
query LettersAndSanctions {
  events(filter: { kinds: [LETTER, SANCTION] }, first: 20) {
    edges {
      node {
        __typename title status when { text }
        ... on Letter {
          description
          sender { entity { name } evidence { quote sentence start end article { title } } }
          recipients { entity { name } }
        }
        ... on Sanction {
          action
          imposer { entity { name } evidence { quote article { title } } }
          target { entity { name } }
        }
        sources { article { title url } quote }
      }
    }
  }
}
`,
  },
  {
    title: 'Search names, aliases and event titles',
    query: `# Every word must match (the last one as a prefix); exact names first, then word prefixes.
query SearchKim {
  search(text: "kim", first: 10) {
    score
    matched
    node {
      __typename
      ... on Entity { id name aliases }
      ... on Event { id title when { text } }
    }
  }
}
`,
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
  stats {
    articles entities events edges
    eventsByKind { kind count }
    eventsByStatus { status count }
    dateRange { earliest latest }
  }
}
`,
  },
];
