import type { GraphQLResolveInfo } from 'graphql';
import type { Article as ArticleModel, Entity as EntityModel, EventFact as EventModel, Evidence as EvidenceModel, Holding as HoldingModel, Participant as ParticipantModel, StatusChange as StatusChangeModel } from '../../model/index.js';
import type { SourceValue as SourceModel } from '../sourcesOf.js';
import type { Encounter as EncounterModel } from '../encounter.js';
import type { SummitGap as SummitGapModel } from '../summitGap.js';
import type { Counts as StatsModel } from '../../store/graphStore.js';
import type { ApiContext } from '../apiContext.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A news article the graph was built from. */
export type Article = {
  __typename?: 'Article';
  /** Byline author, when known. */
  author?: Maybe<Scalars['String']['output']>;
  /** Where the publication date came from: header, dateline, url, metadata, given, inferred or none. */
  dateSource: Scalars['String']['output'];
  /** Events it supports, by date. */
  events: EventConnection;
  /** Stable id: article: + 16 hex digits of the SHA-256 of the cleaned text. */
  id: Scalars['ID']['output'];
  /** Publication date, null when it could not be found or inferred. */
  publishedAt?: Maybe<TimeSpan>;
  /** Where it was read from (file path, or path#line for JSONL). */
  source: Scalars['String']['output'];
  /** The cleaned text. */
  text: Scalars['String']['output'];
  /** Its title, when known. */
  title?: Maybe<Scalars['String']['output']>;
  /** Its URL, when known. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A news article the graph was built from. */
export type ArticleEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page with their cursors. */
  edges: Array<ArticleEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of articles in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** An article in a page. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** How surely an event lies inside a time window. */
export type Certainty =
  /** The event's whole interval of days lies inside the window. */
  | 'DEFINITE'
  /** The event's interval overlaps the window (it may or may not lie inside it). */
  | 'POSSIBLE';

/** A person met by the person asked about, at one event. */
export type Encounter = {
  __typename?: 'Encounter';
  /** Whether the event surely (DEFINITE) or maybe (POSSIBLE) lies inside the window asked about. */
  certainty: Certainty;
  /** The event where they met. */
  event: Event;
  /** The other person. */
  person: Entity;
};

/** A named entity: person, country, organization or place. */
export type Entity = {
  __typename?: 'Entity';
  /** Other names it goes by. */
  aliases: Array<Scalars['String']['output']>;
  /** Events the entity took part in (for a place: the events held there), by date, undated last. */
  events: EventConnection;
  /** Roles held over time (for a person): president of a country, chairman of an organization... */
  holdings: Array<Holding>;
  /** Stable id, e.g. person:kim-jong-un. */
  id: Scalars['ID']['output'];
  /** Kind of entity. */
  kind: EntityKind;
  /** Canonical name. */
  name: Scalars['String']['output'];
};


/** A named entity: person, country, organization or place. */
export type EntityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities of this page with their cursors. */
  edges: Array<EntityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of entities in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a page. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** The kind of a named entity. */
export type EntityKind =
  /** A country (as a state or government). */
  | 'COUNTRY'
  /** An organization (party, agency, company, international body). */
  | 'ORGANIZATION'
  /** A person. */
  | 'PERSON'
  /** A place (city, venue, region). */
  | 'PLACE';

/** Something that happened or was planned: a summit, meeting, letter, sanction... */
export type Event = {
  __typename?: 'Event';
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions...). */
  cameo: Scalars['String']['output'];
  /** Confidence of the extraction, 0..1. */
  confidence: Scalars['Float']['output'];
  /** How the text described it (a "beautiful" letter). */
  description?: Maybe<Scalars['String']['output']>;
  /** Every sentence that supports it. */
  evidence: Array<Evidence>;
  /** Extractor (and version) that made it, e.g. events/summit@1. */
  extractor: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Kind of event. */
  kind: EventKind;
  /** The ordinal the text gave ("second summit" gives 2). */
  ordinal?: Maybe<Scalars['Int']['output']>;
  /** Who took part, with which role. */
  participants: Array<Participant>;
  /** Where it was held. */
  place?: Maybe<Entity>;
  /** The articles that report it, each with a supporting quote. */
  sources: Array<Source>;
  /** Current status. */
  status: EventStatus;
  /** How the status changed over time, each change with its evidence. */
  statusHistory: Array<StatusChange>;
  /** Short human-readable title. */
  title: Scalars['String']['output'];
  /** When it happened or is planned; null when no date is known. */
  when?: Maybe<TimeSpan>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of this page with their cursors. */
  edges: Array<EventEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of events in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** An event in a page. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Which events to list; all conditions must hold. */
export type EventFilter = {
  /** Overlapping the window from this date (partial dates allowed: 2019, 2019-02). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<EventKind>>;
  /** Any of these entities takes part (names, aliases or ids). */
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Held at this place (name, alias or id). */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Reported by this article (id). */
  source?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<EventStatus>>;
  /** Overlapping the window up to this date (partial dates allowed: 2019, 2019-02). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of an event. */
export type EventKind =
  /** A letter sent from one party to another. */
  | 'LETTER'
  /** A meeting below summit level. */
  | 'MEETING'
  /** Sanctions imposed (or eased) by one party on another. */
  | 'SANCTION'
  /** A public statement. */
  | 'STATEMENT'
  /** A meeting of heads of state or government. */
  | 'SUMMIT'
  /** Negotiations, often between delegations. */
  | 'TALKS'
  /** A visit of one party to another or to a place. */
  | 'VISIT'
  /** A missile or nuclear test. */
  | 'WEAPONS_TEST';

/** Where an event stands. */
export type EventStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Happened. */
  | 'OCCURRED'
  /** Announced or expected, not yet happened. */
  | 'PLANNED'
  /** Put off to a later date. */
  | 'POSTPONED';

/** A sentence supporting a fact: article, sentence index, character span in the cleaned text, quote. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article. */
  article?: Maybe<Article>;
  /** Offset after the last character. */
  end: Scalars['Int']['output'];
  /** The quoted text. */
  quote: Scalars['String']['output'];
  /** Sentence index in the article. */
  sentence: Scalars['Int']['output'];
  /** Offset of the first character in the article's cleaned text. */
  start: Scalars['Int']['output'];
};

/** A role held by a person over time: (Person)-[:HOLDS {title, from, to}]->(Country|Organization). */
export type Holding = {
  __typename?: 'Holding';
  /** First day held (ISO date), when known. */
  from?: Maybe<Scalars['String']['output']>;
  /** The country or organization. */
  of?: Maybe<Entity>;
  /** The title of the role, e.g. President. */
  title: Scalars['String']['output'];
  /** Last day held (ISO date), when known; null while still held or unknown. */
  to?: Maybe<Scalars['String']['output']>;
};

/** Position of a page in a list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page (pass it as `after` for the next page). */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An entity taking part in an event, with its role. */
export type Participant = {
  __typename?: 'Participant';
  /** The entity. */
  entity: Entity;
  /** Sentences that name it as a participant. */
  evidence: Array<Evidence>;
  /** participant, host, sender, recipient, imposer, target or visitor. */
  role: Scalars['String']['output'];
};

/** The questions the graph answers. */
export type Query = {
  __typename?: 'Query';
  /** One article by id; null when unknown. */
  article?: Maybe<Article>;
  /** The articles the graph was built from, by publication date (then id), undated last. */
  articles: ArticleConnection;
  /**
   * The gaps between consecutive summits of `person` (summits not cancelled and with a date, by
   * earliest day) with the encounters of `person` strictly between them. When the last summit has
   * OCCURRED, a last open gap (before: null) runs from it onwards; a PLANNED next summit closes it instead.
   */
  betweenSummits: Array<SummitGap>;
  /**
   * The people who took part with `person` in a summit, meeting, visit or talks (not cancelled) inside
   * the window, one encounter per person and event, in event order. An event is DEFINITELY inside the
   * window when its whole interval of days is, POSSIBLY when the intervals only overlap. Without a
   * window every such event counts as definite, undated ones included; with one, undated events are left out.
   */
  encounters: Array<Encounter>;
  /** Entities ordered by id, optionally of one kind and matching a search text. */
  entities: EntityConnection;
  /** One entity by id, canonical name or alias, case-insensitive ("Kim", "Kim Jong-un", "Kim Jong Un" are one person); null when nothing matches. */
  entity?: Maybe<Entity>;
  /** One event by id; null when unknown. */
  event?: Maybe<Event>;
  /** Events ordered by date (earliest day, then id), undated events last. */
  events: EventConnection;
  /** How big the graph is. */
  stats: Stats;
  /** The events of an entity (as a participant; for a place, the events held there) ordered by date. */
  timeline: Array<Event>;
};


/** The questions the graph answers. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** The questions the graph answers. */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions the graph answers. */
export type QueryBetweenSummitsArgs = {
  certainty?: InputMaybe<Certainty>;
  person: Scalars['String']['input'];
  with?: InputMaybe<Scalars['String']['input']>;
};


/** The questions the graph answers. */
export type QueryEncountersArgs = {
  certainty?: InputMaybe<Certainty>;
  person: Scalars['String']['input'];
  window?: InputMaybe<TimeWindow>;
};


/** The questions the graph answers. */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The questions the graph answers. */
export type QueryEntityArgs = {
  name: Scalars['String']['input'];
};


/** The questions the graph answers. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** The questions the graph answers. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions the graph answers. */
export type QueryTimelineArgs = {
  entity: Scalars['String']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** An article reporting an event. */
export type Source = {
  __typename?: 'Source';
  /** The article. */
  article: Article;
  /** The first sentence of that article supporting the event, when there is one. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Index of that sentence in the article. */
  sentence?: Maybe<Scalars['Int']['output']>;
};

/** Size of the graph. */
export type Stats = {
  __typename?: 'Stats';
  /** Number of articles. */
  articles: Scalars['Int']['output'];
  /** Number of relationships (ATTENDED, MET, SUPPORTS, HOLDS...). */
  edges: Scalars['Int']['output'];
  /** Number of entities. */
  entities: Scalars['Int']['output'];
  /** Number of events. */
  events: Scalars['Int']['output'];
};

/** A status an event was reported in, with the sentence that says so. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** The sentence that reports it. */
  evidence: Evidence;
  /** The status. */
  status: EventStatus;
};

/** The time between two consecutive summits, with the encounters in between. */
export type SummitGap = {
  __typename?: 'SummitGap';
  /** The summit that opens the gap. */
  after: Event;
  /** The next summit (possibly PLANNED); null when the gap is still open. */
  before?: Maybe<Event>;
  /** Encounters strictly after `after` and before `before` (excluding those two summits). */
  encounters: Array<Encounter>;
};

/** An interval of days with the granularity the text gave, e.g. "in late February" = 2019-02-20..2019-02-28. */
export type TimeSpan = {
  __typename?: 'TimeSpan';
  /** First possible day (ISO date), null when unbounded. */
  earliest?: Maybe<Scalars['String']['output']>;
  /** day, week, early-month, mid-month, late-month, month, season, quarter, year, duration or reference. */
  granularity: Scalars['String']['output'];
  /** Last possible day (ISO date), null when unbounded. */
  latest?: Maybe<Scalars['String']['output']>;
  /** The words of the text that gave the date. */
  text: Scalars['String']['output'];
  /** TimeML TIMEX3 value: 2019-02-27, 2019-02, 2019-W26, 2019-SU, 2018, P4M, PAST_REF. */
  value: Scalars['String']['output'];
};

/** A time window; all given bounds apply (the tightest wins). */
export type TimeWindow = {
  /** Strictly after this event (id): from the day after its latest day. */
  afterEvent?: InputMaybe<Scalars['ID']['input']>;
  /** Strictly before this event (id): up to the day before its earliest day. */
  beforeEvent?: InputMaybe<Scalars['ID']['input']>;
  /** From this date (partial dates allowed: 2019 starts on 2019-01-01). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Up to this date (partial dates allowed: 2019-02 ends on 2019-02-28). */
  to?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleModel>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Certainty: Certainty;
  Encounter: ResolverTypeWrapper<EncounterModel>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityKind: EntityKind;
  Event: ResolverTypeWrapper<EventModel>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventKind: EventKind;
  EventStatus: EventStatus;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Holding: ResolverTypeWrapper<HoldingModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participant: ResolverTypeWrapper<ParticipantModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Source: ResolverTypeWrapper<SourceModel>;
  Stats: ResolverTypeWrapper<StatsModel>;
  StatusChange: ResolverTypeWrapper<StatusChangeModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SummitGap: ResolverTypeWrapper<SummitGapModel>;
  TimeSpan: ResolverTypeWrapper<TimeSpan>;
  TimeWindow: TimeWindow;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleModel;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  Boolean: Scalars['Boolean']['output'];
  Encounter: EncounterModel;
  Entity: EntityModel;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  Event: EventModel;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  Evidence: EvidenceModel;
  Float: Scalars['Float']['output'];
  Holding: HoldingModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Participant: ParticipantModel;
  Query: Record<PropertyKey, never>;
  Source: SourceModel;
  Stats: StatsModel;
  StatusChange: StatusChangeModel;
  String: Scalars['String']['output'];
  SummitGap: SummitGapModel;
  TimeSpan: TimeSpan;
  TimeWindow: TimeWindow;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<ArticleEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type EncounterResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Encounter'] = ResolversParentTypes['Encounter']> = {
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<EntityEventsArgs>>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HoldingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Holding'] = ResolversParentTypes['Holding']> = {
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  of?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  betweenSummits?: Resolver<Array<ResolversTypes['SummitGap']>, ParentType, ContextType, RequireFields<QueryBetweenSummitsArgs, 'certainty' | 'person'>>;
  encounters?: Resolver<Array<ResolversTypes['Encounter']>, ParentType, ContextType, RequireFields<QueryEncountersArgs, 'certainty' | 'person'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<QueryEntitiesArgs>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'name'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'entity'>>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatusChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
};

export type SummitGapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SummitGap'] = ResolversParentTypes['SummitGap']> = {
  after?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  encounters?: Resolver<Array<ResolversTypes['Encounter']>, ParentType, ContextType>;
};

export type TimeSpanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimeSpan'] = ResolversParentTypes['TimeSpan']> = {
  earliest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Encounter?: EncounterResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  SummitGap?: SummitGapResolvers<ContextType>;
  TimeSpan?: TimeSpanResolvers<ContextType>;
};

