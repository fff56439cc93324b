import type { GraphQLResolveInfo } from 'graphql';
import type { Article as ArticleModel, Entity as EntityModel, EventFact as EventModel, Evidence as EvidenceModel, TimeSpan as TimeSpanModel, Holding as HoldingModel, Participant as ParticipantModel, StatusChange as StatusChangeModel, Skipped as SkippedModel, EventMention as EventMentionModel } from '../../model/index.js';
import type { SourceValue as SourceModel } from '../sourcesOf.js';
import type { Encounter as EncounterModel } from '../encounter.js';
import type { SummitGap as SummitGapModel } from '../summitGap.js';
import type { GraphStats as StatsModel, PathStep as PathStepModel, SearchHit as SearchHitModel, AuditEntry as AuditEntryModel } from '../../store/graphStore.js';
import type { PathValue as PathModel } from '../pathBetween.js';
import type { IngestResult as IngestResultModel } from '../ingestArticles.js';
import type { EditResult as EditResultModel } from '../editResult.js';
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
  /** Events it supports, by date. Cost 400 in the complexity limit (the article's events are read and counted). */
  events: EventConnection;
  /** Stable id: article: + 16 hex digits of the SHA-256 of the cleaned text. */
  id: Scalars['ID']['output'];
  /**
   * Events it only mentions, in text order: triggers its text gives no anchor (no date of their own
   * clause, no place, no ordinal in a named series, no named pair told as past fact), such as "ahead
   * of the summit" or "Kim remains committed to a summit with Trump". Then the reports resolve left
   * as mentions: anchored, but undated or loosely dated, and compatible with several dated events of
   * the graph (which one is meant cannot be told), their trigger being their sentence. Kept as
   * evidence, never counted among events. Cost 20 in the complexity limit (resolve's records of the
   * article and its reports are read).
   */
  mentions: Array<EventMention>;
  /** People named in the photo credits of its captions, when any (taken out of the text like the byline). */
  photographers: Array<Scalars['String']['output']>;
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

/** An article to ingest (Mutation.ingestArticles). */
export type ArticleInput = {
  /** Your reference for it (a feed id, a file name), kept as the article's source; the graph's id is made from the text. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** Publication day (YYYY-MM-DD); otherwise found in the text (a dateline) or inferred, as for files. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** The text (plain text; a `date YYYY-MM-DD` first line and a dateline are read as for files). */
  text: Scalars['String']['input'];
  /** Its title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Its URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of change an audit entry records. */
export type AuditAction =
  /** Mutation.ingestArticles. */
  | 'INGEST'
  /** Mutation.mergeEntities. */
  | 'MERGE_ENTITIES'
  /** Mutation.splitEntity. */
  | 'SPLIT_ENTITY';

/** One change made through the API. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done. */
  action: AuditAction;
  /** The label of the API token used. */
  actor: Scalars['String']['output'];
  /** When (ISO timestamp of the server clock). */
  at: Scalars['String']['output'];
  /** JSON text: the arguments and what changed (entity and event ids). */
  detail: Scalars['String']['output'];
  /** audit:1, audit:2... in the order the changes were made. */
  id: Scalars['ID']['output'];
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of entries in the whole trail. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry in a page. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque position of this item. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** How surely an event lies inside a time window. */
export type Certainty =
  /** The event's whole interval of days lies inside the window. */
  | 'DEFINITE'
  /** The event's interval overlaps the window (it may or may not lie inside it). */
  | 'POSSIBLE';

/** A country as a state or government (EntityKind COUNTRY). */
export type Country = Entity & {
  __typename?: 'Country';
  /** Other names it goes by. */
  aliases: Array<Scalars['String']['output']>;
  /** Events the entity took part in (for a place: the events held there), by date (undated last) unless `order` says otherwise. Cost 400 in the complexity limit (the entity's events are read and counted). */
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


/** A country as a state or government (EntityKind COUNTRY). */
export type CountryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  order?: InputMaybe<DateOrder>;
  relation?: InputMaybe<IntervalRelation>;
  status?: InputMaybe<Array<EventStatus>>;
  window?: InputMaybe<TimeWindow>;
};

/** Date order of a list of events. */
export type DateOrder =
  /** Earliest first (by earliest day, then id). */
  | 'ASC'
  /** Latest first (by earliest day descending, then id descending). */
  | 'DESC';

/** A range of days. */
export type DateRange = {
  __typename?: 'DateRange';
  /** First day (ISO date). */
  earliest: Scalars['String']['output'];
  /** Last day (ISO date); null when the latest events are open-ended. */
  latest?: Maybe<Scalars['String']['output']>;
};

/** What Mutation.mergeEntities or Mutation.splitEntity changed. */
export type EditResult = {
  __typename?: 'EditResult';
  /** The audit entry written with the change. */
  audit: AuditEntry;
  /** The entities as they are now (merge: the kept one; split: the original, then the new one). */
  entities: Array<Entity>;
  /** The events whose participants or place changed, as they are now. */
  events: Array<Event>;
};

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

/** A named entity: person, country, organization or place (one concrete type per kind). */
export type Entity = {
  /** Other names it goes by. */
  aliases: Array<Scalars['String']['output']>;
  /** Events the entity took part in (for a place: the events held there), by date (undated last) unless `order` says otherwise. Cost 400 in the complexity limit (the entity's events are read and counted). */
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


/** A named entity: person, country, organization or place (one concrete type per kind). */
export type EntityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  order?: InputMaybe<DateOrder>;
  relation?: InputMaybe<IntervalRelation>;
  status?: InputMaybe<Array<EventStatus>>;
  window?: InputMaybe<TimeWindow>;
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

/** How many entities there are of one kind. */
export type EntityKindCount = {
  __typename?: 'EntityKindCount';
  /** Number of entities of that kind. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: EntityKind;
};

/** Something that happened or was planned: a summit, meeting, letter, sanction... (one concrete type per kind). */
export type Event = {
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions imposed...; 085 for sanctions lifted or eased). */
  cameo: Scalars['String']['output'];
  /** Confidence, 0..1: grows with the independent articles reporting it (1 - 0.5^sources) and falls with a vague date (a week or month a little, a season, quarter or year more, none most). */
  confidence: Scalars['Float']['output'];
  /** How many times the text says it happened ("met Kim three times last year" gives 3); null for a single event. */
  count?: Maybe<Scalars['Int']['output']>;
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
  /** How the parties met: IN_PERSON, or at a distance by PHONE or VIDEO (a call, a video conference, a "virtual summit"); null for events that are no meetings (letters, sanctions, weapons tests, statements). */
  medium?: Maybe<EventMedium>;
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
  /** The window starts the day after this event's latest day (an event id; with from, the later start wins). */
  afterEvent?: InputMaybe<Scalars['ID']['input']>;
  /** The window ends the day before this event's earliest day (an event id; with to, the earlier end wins). */
  beforeEvent?: InputMaybe<Scalars['ID']['input']>;
  /** The window starts on this date (partial dates allowed: 2019 starts on 2019-01-01). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<EventKind>>;
  /** Any of these entities takes part (names, aliases or ids). */
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Held at this place (name, alias or id). */
  place?: InputMaybe<Scalars['String']['input']>;
  /** How an event's interval must relate to the window: OVERLAPS (default), DURING, BEFORE or AFTER. Undated events match no window. */
  relation?: InputMaybe<IntervalRelation>;
  /** Reported by this article (id). */
  source?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<EventStatus>>;
  /** The window ends on this date (partial dates allowed: 2019-02 ends on 2019-02-28). */
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

/** How many events there are of one kind. */
export type EventKindCount = {
  __typename?: 'EventKindCount';
  /** Number of events of that kind. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: EventKind;
};

/** How the parties of a meeting, summit, talks or visit met. */
export type EventMedium =
  /** Face to face (also when the text only says they met). */
  | 'IN_PERSON'
  /** By telephone: "a phone call", "talked by phone", "a telephone conversation". */
  | 'PHONE'
  /** By video: "a video call", "a video conference", "a virtual summit". */
  | 'VIDEO';

/** A mention of an event that its text does not anchor: evidence on its article, not an event of the graph. */
export type EventMention = {
  __typename?: 'EventMention';
  /**
   * The event it refers to, linked when read: its article's one event of this kind (summit, meeting
   * and talks are one kind here) and parties, else the one event of the graph it is compatible with
   * (dated, within what its article's day allows, parties among the event's or the event's among
   * its own); null when none or several are. Cost 60 in the complexity limit (its article's events,
   * read once for all its mentions, and its parties' events are read).
   */
  event?: Maybe<Event>;
  /** The sentence that holds it, with the trigger's character span in start and end. */
  evidence: Evidence;
  /** Kind of event mentioned. */
  kind: EventKind;
  /** The parties its own clause names, with their roles. */
  participants: Array<MentionParticipant>;
  /** The place its clause names, when one. */
  place?: Maybe<Entity>;
  /** Status the words around it give ("will hold", "called off"). */
  status: EventStatus;
  /** The trigger words ("summit", "met", "sanctions"). */
  trigger: Scalars['String']['output'];
  /** The date its clause gives, when one (coarser than a month, or none: that is why it is no event). */
  when?: Maybe<TimeSpan>;
};

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

/** How many events there are in one status. */
export type EventStatusCount = {
  __typename?: 'EventStatusCount';
  /** Number of events in that status. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: EventStatus;
};

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

/** What Mutation.ingestArticles did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The articles written. */
  articles: Array<Article>;
  /** The audit entry written with them. */
  audit: AuditEntry;
  /** Articles extracted and written. */
  ingested: Scalars['Int']['output'];
  /** Articles given. */
  read: Scalars['Int']['output'];
  /** Articles that could not be read or extracted, with the reason. */
  skipped: Array<SkippedArticle>;
  /** Articles the graph already held (same text), left alone. */
  unchanged: Scalars['Int']['output'];
};

/** How an event's interval of days must relate to a window. */
export type IntervalRelation =
  /** The event starts after the window ends (needs a window end: to or beforeEvent). */
  | 'AFTER'
  /** The event ends before the window starts (needs a window start: from or afterEvent). */
  | 'BEFORE'
  /** The event lies wholly inside the window (an open-ended event never does when the window ends). */
  | 'DURING'
  /** The event shares at least one day with the window (an open-ended event runs on). */
  | 'OVERLAPS';

/** A letter sent from one party to another (EventKind LETTER). */
export type Letter = Event & {
  __typename?: 'Letter';
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions imposed...; 085 for sanctions lifted or eased). */
  cameo: Scalars['String']['output'];
  /** Confidence, 0..1: grows with the independent articles reporting it (1 - 0.5^sources) and falls with a vague date (a week or month a little, a season, quarter or year more, none most). */
  confidence: Scalars['Float']['output'];
  /** How many times the text says it happened ("met Kim three times last year" gives 3); null for a single event. */
  count?: Maybe<Scalars['Int']['output']>;
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
  /** How the parties met: IN_PERSON, or at a distance by PHONE or VIDEO (a call, a video conference, a "virtual summit"); null for events that are no meetings (letters, sanctions, weapons tests, statements). */
  medium?: Maybe<EventMedium>;
  /** The ordinal the text gave ("second summit" gives 2). */
  ordinal?: Maybe<Scalars['Int']['output']>;
  /** Who took part, with which role. */
  participants: Array<Participant>;
  /** Where it was held. */
  place?: Maybe<Entity>;
  /** Who received it (participants in the role recipient), each with its evidence. */
  recipients: Array<Participant>;
  /** Who sent it (the first participant in the role sender), with the sentences that say so; null when the text named no sender. */
  sender?: Maybe<Participant>;
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

/** A meeting below summit level (EventKind MEETING); `participants` are the people who met. */
export type Meeting = Event & {
  __typename?: 'Meeting';
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions imposed...; 085 for sanctions lifted or eased). */
  cameo: Scalars['String']['output'];
  /** Confidence, 0..1: grows with the independent articles reporting it (1 - 0.5^sources) and falls with a vague date (a week or month a little, a season, quarter or year more, none most). */
  confidence: Scalars['Float']['output'];
  /** How many times the text says it happened ("met Kim three times last year" gives 3); null for a single event. */
  count?: Maybe<Scalars['Int']['output']>;
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
  /** How the parties met: IN_PERSON, or at a distance by PHONE or VIDEO (a call, a video conference, a "virtual summit"); null for events that are no meetings (letters, sanctions, weapons tests, statements). */
  medium?: Maybe<EventMedium>;
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

/** A party an event mention names, with its role. */
export type MentionParticipant = {
  __typename?: 'MentionParticipant';
  /** The entity. */
  entity: Entity;
  /** participant, host, sender, recipient, imposer, target or visitor. */
  role: Scalars['String']['output'];
};

/**
 * The changes an analyst or a feed can make, each needing an API token (see the schema description),
 * each written atomically together with an AuditEntry whose actor is the label of the token used.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Reads, extracts and resolves articles given as text, exactly as `newsgraph ingest` does with files,
   * and writes them in one change. An article whose text the graph already holds is left alone.
   * At most 50 articles per call.
   */
  ingestArticles: IngestResult;
  /**
   * Merges `drop` into `keep` (two entities of one kind that are the same thing): every event of `drop`
   * (as a participant or as its place) now has `keep` instead, the roles of `drop` move to `keep`,
   * the name and aliases of `drop` become aliases of `keep`, and `drop` is removed.
   */
  mergeEntities: EditResult;
  /**
   * Splits an alias off an entity into a new entity of the same kind named after the alias (id: the
   * same prefix and the alias as a slug). A participant link (or the place of an event) moves to the
   * new entity when a supporting sentence names the alias and none names the entity's name or its
   * other aliases; the rest, and the roles, stay.
   */
  splitEntity: EditResult;
};


/**
 * The changes an analyst or a feed can make, each needing an API token (see the schema description),
 * each written atomically together with an AuditEntry whose actor is the label of the token used.
 */
export type MutationIngestArticlesArgs = {
  articles: Array<ArticleInput>;
};


/**
 * The changes an analyst or a feed can make, each needing an API token (see the schema description),
 * each written atomically together with an AuditEntry whose actor is the label of the token used.
 */
export type MutationMergeEntitiesArgs = {
  drop: Scalars['String']['input'];
  keep: Scalars['String']['input'];
};


/**
 * The changes an analyst or a feed can make, each needing an API token (see the schema description),
 * each written atomically together with an AuditEntry whose actor is the label of the token used.
 */
export type MutationSplitEntityArgs = {
  alias: Scalars['String']['input'];
  entity: Scalars['String']['input'];
};

/** An organization: party, agency, company or international body (EntityKind ORGANIZATION). */
export type Organization = Entity & {
  __typename?: 'Organization';
  /** Other names it goes by. */
  aliases: Array<Scalars['String']['output']>;
  /** Events the entity took part in (for a place: the events held there), by date (undated last) unless `order` says otherwise. Cost 400 in the complexity limit (the entity's events are read and counted). */
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


/** An organization: party, agency, company or international body (EntityKind ORGANIZATION). */
export type OrganizationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  order?: InputMaybe<DateOrder>;
  relation?: InputMaybe<IntervalRelation>;
  status?: InputMaybe<Array<EventStatus>>;
  window?: InputMaybe<TimeWindow>;
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
  /** Sentences that name it as a participant: article, sentence index, character span and quote. */
  evidence: Array<Evidence>;
  /** participant, host, sender, recipient, imposer, target or visitor. */
  role: Scalars['String']['output'];
};

/** How two entities are connected (Query.path). */
export type Path = {
  __typename?: 'Path';
  /** Number of events on the path: 0 when both ends are the same entity, 1 when they share an event. */
  hops: Scalars['Int']['output'];
  /** The entities from `from` to `to`, each with the event linking it to the next one. */
  steps: Array<PathStep>;
};

/** One entity of a path and the event that links it to the next entity. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The entity. */
  entity: Entity;
  /** The event this entity shares with the next entity of the path (see its `when` for the date); null on the last step. */
  via?: Maybe<Event>;
};

/** A person (EntityKind PERSON). */
export type Person = Entity & {
  __typename?: 'Person';
  /** Other names it goes by. */
  aliases: Array<Scalars['String']['output']>;
  /**
   * The people this person met in a summit, meeting, visit or talks (not cancelled) inside the window,
   * one encounter per person and event, in event order, in person unless `media` asks for calls, vaguer reports of a sharper event left out (as Query.encounters).
   * Cost 600 in the complexity limit (the person's whole history of meetings is read).
   */
  encounters: Array<Encounter>;
  /** Events the entity took part in (for a place: the events held there), by date (undated last) unless `order` says otherwise. Cost 400 in the complexity limit (the entity's events are read and counted). */
  events: EventConnection;
  /** Roles held over time (for a person): president of a country, chairman of an organization... */
  holdings: Array<Holding>;
  /** Stable id, e.g. person:kim-jong-un. */
  id: Scalars['ID']['output'];
  /** Kind of entity. */
  kind: EntityKind;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** The roles the person held (from HOLDS: title, country or organization, from, to), by start date. */
  roles: Array<Holding>;
};


/** A person (EntityKind PERSON). */
export type PersonEncountersArgs = {
  certainty?: InputMaybe<Certainty>;
  media?: InputMaybe<Array<EventMedium>>;
  window?: InputMaybe<TimeWindow>;
};


/** A person (EntityKind PERSON). */
export type PersonEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  order?: InputMaybe<DateOrder>;
  relation?: InputMaybe<IntervalRelation>;
  status?: InputMaybe<Array<EventStatus>>;
  window?: InputMaybe<TimeWindow>;
};


/** A person (EntityKind PERSON). */
export type PersonRolesArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
};

/** A place: city, venue or region (EntityKind PLACE); its events are the ones held there. */
export type Place = Entity & {
  __typename?: 'Place';
  /** Other names it goes by. */
  aliases: Array<Scalars['String']['output']>;
  /** Events the entity took part in (for a place: the events held there), by date (undated last) unless `order` says otherwise. Cost 400 in the complexity limit (the entity's events are read and counted). */
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


/** A place: city, venue or region (EntityKind PLACE); its events are the ones held there. */
export type PlaceEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  order?: InputMaybe<DateOrder>;
  relation?: InputMaybe<IntervalRelation>;
  status?: InputMaybe<Array<EventStatus>>;
  window?: InputMaybe<TimeWindow>;
};

/** The questions the graph answers. */
export type Query = {
  __typename?: 'Query';
  /** One article by id; null when unknown. */
  article?: Maybe<Article>;
  /** The articles the graph was built from, by publication date (then id), undated last. Cost 1,300 in the complexity limit (every article is sorted by date). */
  articles: ArticleConnection;
  /** The audit trail of mutations (ingests, merges, splits), oldest first. */
  auditLog: AuditEntryConnection;
  /**
   * The gaps between consecutive summits of `person` (summits not cancelled and with a date, by
   * earliest day) with the encounters of `person` strictly between them. When the last summit has
   * OCCURRED, a last open gap (before: null) runs from it onwards; a PLANNED next summit closes it instead.
   * Events only, as encounters: passing mentions of summits are evidence on their articles
   * (Article.mentions), never summits or gaps here.
   * Cost 400 in the complexity limit (the person's whole history of meetings is read).
   */
  betweenSummits: Array<SummitGap>;
  /**
   * The people who took part with `person` in a summit, meeting, visit or talks (not cancelled) inside
   * the window, one encounter per person and event, in event order. An event is DEFINITELY inside the
   * window when its whole interval of days is, POSSIBLY when the intervals only overlap. Without a
   * window every such event counts as definite, undated ones included; with one, undated events are left out.
   * In person only unless `media` asks for calls too. An event that is a vaguer report of a sharper
   * one with the same person is left out: an undated event, or one dated to a month or a year, when a
   * dated event with that person lies inside its days (a plan reported before the day, an article that
   * gave no day), and a second event with that person on the very same days, a week at most (the
   * OCCURRED, more widely reported one stays). They remain in `timeline` and `events`.
   * Events only: what the text anchors (a date of its own clause, a place, an ordinal in a series, or a
   * named pair told as past fact); passing mentions ("ahead of the summit") are evidence on their
   * articles (Article.mentions), never encounters.
   * Cost 400 in the complexity limit (the person's whole history of meetings is read).
   */
  encounters: Array<Encounter>;
  /** Entities ordered by id, optionally of one kind and matching a search text. Cost 1,500 in the complexity limit (a search reads the names of every entity). */
  entities: EntityConnection;
  /** One entity by id, canonical name or alias, case-insensitive ("Kim", "Kim Jong-un", "Kim Jong Un" are one person), else the person whose id the name makes, spellings folded ("Mohammad Faisal" finds "Muhammad Faisal"); null when nothing matches. */
  entity?: Maybe<Entity>;
  /** One event by id; null when unknown. */
  event?: Maybe<Event>;
  /** Events ordered by date (earliest day, then id; `order: DESC` for latest first), undated events last. Cost 500 in the complexity limit (a filter reads the date, kind and status of every event, and counts the matches). */
  events: EventConnection;
  /**
   * How two entities are connected: the shortest chain of entities in which each one shares an event
   * (as a participant, or as the place where it was held) with the next, each step with that event and
   * its date. One event between the two is one hop. null when they are not connected within maxHops.
   * Among several shortest paths, the one whose ids come first in code-unit order.
   * Cost 1,700 in the complexity limit (a breadth-first search of up to six hops).
   */
  path?: Maybe<Path>;
  /**
   * Full-text search over entity names and aliases and event titles: every word of the text must
   * match (the last one as a prefix), case-insensitive. Best matches first: exact names, then word
   * prefixes, then other matches; entities before events; then by id.
   * Cost 6,000 in the complexity limit (a one-letter prefix can match thousands of titles, each scored).
   */
  search: Array<SearchHit>;
  /** How big the graph is: counts by kind and status, and the days its dated events cover. Cost 1,500 in the complexity limit (every node is counted). */
  stats: Stats;
  /** The events of an entity (as a participant; for a place, the events held there) ordered by date, all of them. Cost 2,000 in the complexity limit (unpaged: a country in hundreds of events hands them all out). */
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
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions the graph answers. */
export type QueryBetweenSummitsArgs = {
  certainty?: InputMaybe<Certainty>;
  media?: InputMaybe<Array<EventMedium>>;
  person: Scalars['String']['input'];
  with?: InputMaybe<Scalars['String']['input']>;
};


/** The questions the graph answers. */
export type QueryEncountersArgs = {
  certainty?: InputMaybe<Certainty>;
  media?: InputMaybe<Array<EventMedium>>;
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
  order?: InputMaybe<DateOrder>;
};


/** The questions the graph answers. */
export type QueryPathArgs = {
  from: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


/** The questions the graph answers. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** The questions the graph answers. */
export type QueryTimelineArgs = {
  entity: Scalars['String']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Sanctions imposed, kept or eased by one party on another (EventKind SANCTION). */
export type Sanction = Event & {
  __typename?: 'Sanction';
  /** What was done about them, read from the extractor's description of the event (see SanctionAction); null when the text said nothing more. */
  action?: Maybe<SanctionAction>;
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions imposed...; 085 for sanctions lifted or eased). */
  cameo: Scalars['String']['output'];
  /** Confidence, 0..1: grows with the independent articles reporting it (1 - 0.5^sources) and falls with a vague date (a week or month a little, a season, quarter or year more, none most). */
  confidence: Scalars['Float']['output'];
  /** How many times the text says it happened ("met Kim three times last year" gives 3); null for a single event. */
  count?: Maybe<Scalars['Int']['output']>;
  /** How the text described it (a "beautiful" letter). */
  description?: Maybe<Scalars['String']['output']>;
  /** Every sentence that supports it. */
  evidence: Array<Evidence>;
  /** Extractor (and version) that made it, e.g. events/summit@1. */
  extractor: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Who imposes them (the first participant in the role imposer), with evidence; null when the text named none. */
  imposer?: Maybe<Participant>;
  /** Kind of event. */
  kind: EventKind;
  /** How the parties met: IN_PERSON, or at a distance by PHONE or VIDEO (a call, a video conference, a "virtual summit"); null for events that are no meetings (letters, sanctions, weapons tests, statements). */
  medium?: Maybe<EventMedium>;
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
  /** Who is under them (the first participant in the role target), with evidence; null when the text named none. */
  target?: Maybe<Participant>;
  /** Short human-readable title. */
  title: Scalars['String']['output'];
  /** When it happened or is planned; null when no date is known. */
  when?: Maybe<TimeSpan>;
};

/**
 * What was done about sanctions, read from the description the sanctions extractor gives the event
 * (src/extract/events/sanctionMove.ts writes "imposed", "maintained", "eased" or "lifted"; a
 * description starting with impos-/slap-/tighten-, maintain-/keep-/extend-, eas-/relax-, lift-/remov-/rescind-
 * counts as IMPOSED, MAINTAINED, EASED, LIFTED). The event's status tells whether it was done
 * (OCCURRED) or is only to come (PLANNED: "will lift", "agreed to lift", "the decision to remove").
 * A refusal to lift ("refused to lift sanctions") is MAINTAINED, never a lift; a lift demanded or
 * offered ("urged Washington to lift", "sanctions relief") is no event at all, and neither is a
 * threat ("would face sanctions"). Lifting and easing are separate events from the imposing they undo.
 */
export type SanctionAction =
  /** Sanctions were eased or relaxed (some stay in force). */
  | 'EASED'
  /** Sanctions were imposed (or are to be): a package, a listing, an embargo, cut ties, closed borders. */
  | 'IMPOSED'
  /** Sanctions were lifted, removed or rescinded: a designation rescinded, borders reopened, ties restored. */
  | 'LIFTED'
  /** Sanctions already in force were kept, extended or renewed, or their lifting was refused. */
  | 'MAINTAINED';

/** One result of Query.search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The name, alias or title that matched. */
  matched: Scalars['String']['output'];
  /** The entity or event found. */
  node: SearchResult;
  /** Rank class: 3 the name or title is exactly the text, 2 it starts with the text (the last word as a prefix), 1 the words appear elsewhere in it. */
  score: Scalars['Int']['output'];
};

/** What search finds: an entity or an event, as its concrete type. */
export type SearchResult = Country | Letter | Meeting | Organization | Person | Place | Sanction | Statement | Summit | Talks | Visit | WeaponsTest;

/** An input that could not be ingested. */
export type SkippedArticle = {
  __typename?: 'SkippedArticle';
  /** Why it was skipped. */
  reason: Scalars['String']['output'];
  /** The reference of the article (its id, or input:N for the N-th article given without one). */
  source: Scalars['String']['output'];
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

/** A public statement (EventKind STATEMENT); `participants` are the speakers. */
export type Statement = Event & {
  __typename?: 'Statement';
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions imposed...; 085 for sanctions lifted or eased). */
  cameo: Scalars['String']['output'];
  /** Confidence, 0..1: grows with the independent articles reporting it (1 - 0.5^sources) and falls with a vague date (a week or month a little, a season, quarter or year more, none most). */
  confidence: Scalars['Float']['output'];
  /** How many times the text says it happened ("met Kim three times last year" gives 3); null for a single event. */
  count?: Maybe<Scalars['Int']['output']>;
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
  /** How the parties met: IN_PERSON, or at a distance by PHONE or VIDEO (a call, a video conference, a "virtual summit"); null for events that are no meetings (letters, sanctions, weapons tests, statements). */
  medium?: Maybe<EventMedium>;
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

/** Size of the graph. */
export type Stats = {
  __typename?: 'Stats';
  /** Number of articles. */
  articles: Scalars['Int']['output'];
  /** The days the dated events cover: the smallest earliest day and the largest latest day; null when no event is dated. */
  dateRange?: Maybe<DateRange>;
  /** Number of relationships (ATTENDED, MET, SUPPORTS, HOLDS...). */
  edges: Scalars['Int']['output'];
  /** Number of entities. */
  entities: Scalars['Int']['output'];
  /** Entities of each kind, every kind listed (0 when none), in the order of EntityKind. */
  entitiesByKind: Array<EntityKindCount>;
  /** Number of events. */
  events: Scalars['Int']['output'];
  /** Events of each kind, every kind listed (0 when none), in the order of EventKind. */
  eventsByKind: Array<EventKindCount>;
  /** Events in each status, every status listed (0 when none), in the order of EventStatus. */
  eventsByStatus: Array<EventStatusCount>;
};

/** A status an event was reported in, with the sentence that says so. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** The sentence that reports it. */
  evidence: Evidence;
  /** The status. */
  status: EventStatus;
};

/** A meeting of heads of state or government (EventKind SUMMIT); `participants` are the leaders. */
export type Summit = Event & {
  __typename?: 'Summit';
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions imposed...; 085 for sanctions lifted or eased). */
  cameo: Scalars['String']['output'];
  /** Confidence, 0..1: grows with the independent articles reporting it (1 - 0.5^sources) and falls with a vague date (a week or month a little, a season, quarter or year more, none most). */
  confidence: Scalars['Float']['output'];
  /** How many times the text says it happened ("met Kim three times last year" gives 3); null for a single event. */
  count?: Maybe<Scalars['Int']['output']>;
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
  /** How the parties met: IN_PERSON, or at a distance by PHONE or VIDEO (a call, a video conference, a "virtual summit"); null for events that are no meetings (letters, sanctions, weapons tests, statements). */
  medium?: Maybe<EventMedium>;
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

/** Negotiations, often between delegations (EventKind TALKS); `participants` are the sides. */
export type Talks = Event & {
  __typename?: 'Talks';
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions imposed...; 085 for sanctions lifted or eased). */
  cameo: Scalars['String']['output'];
  /** Confidence, 0..1: grows with the independent articles reporting it (1 - 0.5^sources) and falls with a vague date (a week or month a little, a season, quarter or year more, none most). */
  confidence: Scalars['Float']['output'];
  /** How many times the text says it happened ("met Kim three times last year" gives 3); null for a single event. */
  count?: Maybe<Scalars['Int']['output']>;
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
  /** How the parties met: IN_PERSON, or at a distance by PHONE or VIDEO (a call, a video conference, a "virtual summit"); null for events that are no meetings (letters, sanctions, weapons tests, statements). */
  medium?: Maybe<EventMedium>;
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

/** An interval of days with the granularity the text gave, e.g. "in late February" = 2019-02-20..2019-02-28. */
export type TimeSpan = {
  __typename?: 'TimeSpan';
  /** First possible day (ISO date), null when unbounded. */
  earliest?: Maybe<Scalars['String']['output']>;
  /** day, week, early-month, mid-month, late-month, month, season, quarter, half, year, decade, century, duration, set or reference. */
  granularity: Scalars['String']['output'];
  /** Last possible day (ISO date), null when unbounded. */
  latest?: Maybe<Scalars['String']['output']>;
  /** The words of the text that gave the date. */
  text: Scalars['String']['output'];
  /** TimeML TIMEX3 type: DATE, TIME (a time of day), DURATION or SET (a recurring time). */
  type: TimexType;
  /** TimeML TIMEX3 value: 2019-02-27, 2019-02, 2019-W26, 2019-SU, 2018, P4M, PAST_REF, 2019-02-27TNI (a time of day keeps its time here; the interval stays the day). */
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

/** The TimeML TIMEX3 type of a time expression. */
export type TimexType =
  /** A calendar date or period: 2019-02-27, 2019-02, 2019-W26, 2018, PAST_REF. */
  | 'DATE'
  /** A length of time: P4M, PT2H. */
  | 'DURATION'
  /** A recurring time: every Monday (XXXX-WXX-1), annually (P1Y). */
  | 'SET'
  /** A time of day: 2019-02-27T15:00, 2019-02-27TNI. */
  | 'TIME';

/** A visit of one party to another or to a place (EventKind VISIT). */
export type Visit = Event & {
  __typename?: 'Visit';
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions imposed...; 085 for sanctions lifted or eased). */
  cameo: Scalars['String']['output'];
  /** Confidence, 0..1: grows with the independent articles reporting it (1 - 0.5^sources) and falls with a vague date (a week or month a little, a season, quarter or year more, none most). */
  confidence: Scalars['Float']['output'];
  /** How many times the text says it happened ("met Kim three times last year" gives 3); null for a single event. */
  count?: Maybe<Scalars['Int']['output']>;
  /** How the text described it (a "beautiful" letter). */
  description?: Maybe<Scalars['String']['output']>;
  /** Every sentence that supports it. */
  evidence: Array<Evidence>;
  /** Extractor (and version) that made it, e.g. events/summit@1. */
  extractor: Scalars['String']['output'];
  /** Who received the visitor (the first participant in the role host), with evidence; null when the text named no one. */
  host?: Maybe<Participant>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Kind of event. */
  kind: EventKind;
  /** How the parties met: IN_PERSON, or at a distance by PHONE or VIDEO (a call, a video conference, a "virtual summit"); null for events that are no meetings (letters, sanctions, weapons tests, statements). */
  medium?: Maybe<EventMedium>;
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
  /** Who travelled (the first participant in the role visitor), with evidence; null when the text named no one. */
  visitor?: Maybe<Participant>;
  /** When it happened or is planned; null when no date is known. */
  when?: Maybe<TimeSpan>;
};

/** A missile or nuclear test (EventKind WEAPONS_TEST). */
export type WeaponsTest = Event & {
  __typename?: 'WeaponsTest';
  /** CAMEO event code of its kind (044 summit, 040 meeting, 042 visit, 046 talks, 163 sanctions imposed...; 085 for sanctions lifted or eased). */
  cameo: Scalars['String']['output'];
  /** Confidence, 0..1: grows with the independent articles reporting it (1 - 0.5^sources) and falls with a vague date (a week or month a little, a season, quarter or year more, none most). */
  confidence: Scalars['Float']['output'];
  /** How many times the text says it happened ("met Kim three times last year" gives 3); null for a single event. */
  count?: Maybe<Scalars['Int']['output']>;
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
  /** How the parties met: IN_PERSON, or at a distance by PHONE or VIDEO (a call, a video conference, a "virtual summit"); null for events that are no meetings (letters, sanctions, weapons tests, statements). */
  medium?: Maybe<EventMedium>;
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



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchResult:
    | ( EntityModel )
    | ( EventModel )
    | ( EventModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EventModel )
    | ( EventModel )
    | ( EventModel )
    | ( EventModel )
    | ( EventModel )
    | ( EventModel )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleModel>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleInput: ArticleInput;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Certainty: Certainty;
  Country: ResolverTypeWrapper<EntityModel>;
  DateOrder: DateOrder;
  DateRange: ResolverTypeWrapper<DateRange>;
  EditResult: ResolverTypeWrapper<EditResultModel>;
  Encounter: ResolverTypeWrapper<EncounterModel>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityKind: EntityKind;
  EntityKindCount: ResolverTypeWrapper<EntityKindCount>;
  Event: ResolverTypeWrapper<EventModel>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventKind: EventKind;
  EventKindCount: ResolverTypeWrapper<EventKindCount>;
  EventMedium: EventMedium;
  EventMention: ResolverTypeWrapper<EventMentionModel>;
  EventStatus: EventStatus;
  EventStatusCount: ResolverTypeWrapper<EventStatusCount>;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Holding: ResolverTypeWrapper<HoldingModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<IngestResultModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntervalRelation: IntervalRelation;
  Letter: ResolverTypeWrapper<EventModel>;
  Meeting: ResolverTypeWrapper<EventModel>;
  MentionParticipant: ResolverTypeWrapper<Omit<MentionParticipant, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<EntityModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participant: ResolverTypeWrapper<ParticipantModel>;
  Path: ResolverTypeWrapper<PathModel>;
  PathStep: ResolverTypeWrapper<PathStepModel>;
  Person: ResolverTypeWrapper<EntityModel>;
  Place: ResolverTypeWrapper<EntityModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Sanction: ResolverTypeWrapper<EventModel>;
  SanctionAction: SanctionAction;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SkippedArticle: ResolverTypeWrapper<SkippedModel>;
  Source: ResolverTypeWrapper<SourceModel>;
  Statement: ResolverTypeWrapper<EventModel>;
  Stats: ResolverTypeWrapper<StatsModel>;
  StatusChange: ResolverTypeWrapper<StatusChangeModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Summit: ResolverTypeWrapper<EventModel>;
  SummitGap: ResolverTypeWrapper<SummitGapModel>;
  Talks: ResolverTypeWrapper<EventModel>;
  TimeSpan: ResolverTypeWrapper<TimeSpanModel>;
  TimeWindow: TimeWindow;
  TimexType: TimexType;
  Visit: ResolverTypeWrapper<EventModel>;
  WeaponsTest: ResolverTypeWrapper<EventModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleModel;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleInput: ArticleInput;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  Country: EntityModel;
  DateRange: DateRange;
  EditResult: EditResultModel;
  Encounter: EncounterModel;
  Entity: EntityModel;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityKindCount: EntityKindCount;
  Event: EventModel;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventKindCount: EventKindCount;
  EventMention: EventMentionModel;
  EventStatusCount: EventStatusCount;
  Evidence: EvidenceModel;
  Float: Scalars['Float']['output'];
  Holding: HoldingModel;
  ID: Scalars['ID']['output'];
  IngestResult: IngestResultModel;
  Int: Scalars['Int']['output'];
  Letter: EventModel;
  Meeting: EventModel;
  MentionParticipant: Omit<MentionParticipant, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Mutation: Record<PropertyKey, never>;
  Organization: EntityModel;
  PageInfo: PageInfo;
  Participant: ParticipantModel;
  Path: PathModel;
  PathStep: PathStepModel;
  Person: EntityModel;
  Place: EntityModel;
  Query: Record<PropertyKey, never>;
  Sanction: EventModel;
  SearchHit: SearchHitModel;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SkippedArticle: SkippedModel;
  Source: SourceModel;
  Statement: EventModel;
  Stats: StatsModel;
  StatusChange: StatusChangeModel;
  String: Scalars['String']['output'];
  Summit: EventModel;
  SummitGap: SummitGapModel;
  Talks: EventModel;
  TimeSpan: TimeSpanModel;
  TimeWindow: TimeWindow;
  Visit: EventModel;
  WeaponsTest: EventModel;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<ArticleEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['EventMention']>, ParentType, ContextType>;
  photographers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
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

export type AuditEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<CountryEventsArgs, 'order' | 'relation'>>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DateRangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DateRange'] = ResolversParentTypes['DateRange']> = {
  earliest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EditResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EditResult'] = ResolversParentTypes['EditResult']> = {
  audit?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
};

export type EncounterResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Encounter'] = ResolversParentTypes['Encounter']> = {
  certainty?: Resolver<ResolversTypes['Certainty'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Country' | 'Organization' | 'Person' | 'Place', ParentType, ContextType>;
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

export type EntityKindCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityKindCount'] = ResolversParentTypes['EntityKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  __resolveType: TypeResolveFn<'Letter' | 'Meeting' | 'Sanction' | 'Statement' | 'Summit' | 'Talks' | 'Visit' | 'WeaponsTest', ParentType, ContextType>;
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

export type EventKindCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventKindCount'] = ResolversParentTypes['EventKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
};

export type EventMentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventMention'] = ResolversParentTypes['EventMention']> = {
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['MentionParticipant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
};

export type EventStatusCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventStatusCount'] = ResolversParentTypes['EventStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
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

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  audit?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  ingested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedArticle']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LetterResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Letter'] = ResolversParentTypes['Letter']> = {
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['EventMedium']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  sender?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['EventMedium']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionParticipantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionParticipant'] = ResolversParentTypes['MentionParticipant']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticles?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'articles'>>;
  mergeEntities?: Resolver<ResolversTypes['EditResult'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'drop' | 'keep'>>;
  splitEntity?: Resolver<ResolversTypes['EditResult'], ParentType, ContextType, RequireFields<MutationSplitEntityArgs, 'alias' | 'entity'>>;
};

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<OrganizationEventsArgs, 'order' | 'relation'>>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  encounters?: Resolver<Array<ResolversTypes['Encounter']>, ParentType, ContextType, RequireFields<PersonEncountersArgs, 'certainty' | 'media'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<PersonEventsArgs, 'order' | 'relation'>>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType, Partial<PersonRolesArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<PlaceEventsArgs, 'order' | 'relation'>>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  betweenSummits?: Resolver<Array<ResolversTypes['SummitGap']>, ParentType, ContextType, RequireFields<QueryBetweenSummitsArgs, 'certainty' | 'media' | 'person'>>;
  encounters?: Resolver<Array<ResolversTypes['Encounter']>, ParentType, ContextType, RequireFields<QueryEncountersArgs, 'certainty' | 'media' | 'person'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<QueryEntitiesArgs>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'name'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'order'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'entity'>>;
};

export type SanctionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Sanction'] = ResolversParentTypes['Sanction']> = {
  action?: Resolver<Maybe<ResolversTypes['SanctionAction']>, ParentType, ContextType>;
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imposer?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['EventMedium']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Country' | 'Letter' | 'Meeting' | 'Organization' | 'Person' | 'Place' | 'Sanction' | 'Statement' | 'Summit' | 'Talks' | 'Visit' | 'WeaponsTest', ParentType, ContextType>;
};

export type SkippedArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SkippedArticle'] = ResolversParentTypes['SkippedArticle']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StatementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['EventMedium']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dateRange?: Resolver<Maybe<ResolversTypes['DateRange']>, ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesByKind?: Resolver<Array<ResolversTypes['EntityKindCount']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventsByKind?: Resolver<Array<ResolversTypes['EventKindCount']>, ParentType, ContextType>;
  eventsByStatus?: Resolver<Array<ResolversTypes['EventStatusCount']>, ParentType, ContextType>;
};

export type StatusChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
};

export type SummitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Summit'] = ResolversParentTypes['Summit']> = {
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['EventMedium']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SummitGapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SummitGap'] = ResolversParentTypes['SummitGap']> = {
  after?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  encounters?: Resolver<Array<ResolversTypes['Encounter']>, ParentType, ContextType>;
};

export type TalksResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Talks'] = ResolversParentTypes['Talks']> = {
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['EventMedium']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimeSpanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimeSpan'] = ResolversParentTypes['TimeSpan']> = {
  earliest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TimexType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VisitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Visit'] = ResolversParentTypes['Visit']> = {
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['EventMedium']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitor?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WeaponsTestResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WeaponsTest'] = ResolversParentTypes['WeaponsTest']> = {
  cameo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  extractor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  medium?: Resolver<Maybe<ResolversTypes['EventMedium']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  DateRange?: DateRangeResolvers<ContextType>;
  EditResult?: EditResultResolvers<ContextType>;
  Encounter?: EncounterResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityKindCount?: EntityKindCountResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventKindCount?: EventKindCountResolvers<ContextType>;
  EventMention?: EventMentionResolvers<ContextType>;
  EventStatusCount?: EventStatusCountResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Letter?: LetterResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MentionParticipant?: MentionParticipantResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sanction?: SanctionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SkippedArticle?: SkippedArticleResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  Summit?: SummitResolvers<ContextType>;
  SummitGap?: SummitGapResolvers<ContextType>;
  Talks?: TalksResolvers<ContextType>;
  TimeSpan?: TimeSpanResolvers<ContextType>;
  Visit?: VisitResolvers<ContextType>;
  WeaponsTest?: WeaponsTestResolvers<ContextType>;
};

