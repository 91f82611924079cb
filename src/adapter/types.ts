/**
 * The contract between Harmony's elements and a backend. Every method takes
 * `{ signal }` last and rejects only with a `HarmonyError` (see errors.ts), so
 * elements can map any failure to a message and a next step without knowing
 * which backend they talk to.
 */

export type ConversationStatus = 'processing' | 'completed' | 'failed';

export interface Participant {
  name: string;
  email?: string;
}

export interface Conversation {
  id: string;
  title: string;
  /** ISO 8601 instant. */
  startedAt: string;
  durationSeconds?: number;
  participants: Participant[];
  /** Where the meeting happened: 'zoom', 'teams', 'meet', 'phone', or any other value a backend uses. */
  medium: string;
  status: ConversationStatus;
  /** The conversation page in Harmony; the report's QR code points here. */
  url: string;
}

export type InsightType = 'summary' | 'action-items' | 'key-points' | 'custom';

export interface InsightItem {
  text: string;
  owner?: string;
  /** ISO 8601 date or instant. */
  due?: string;
}

export interface Insight {
  id: string;
  type: InsightType;
  title: string;
  text?: string;
  items?: InsightItem[];
}

export interface TranscriptSegment {
  speaker: string;
  /** Offset from the start of the conversation, in seconds. */
  startSeconds: number;
  text: string;
}

export interface Transcript {
  conversationId: string;
  segments: TranscriptSegment[];
}

export interface ShareLink {
  id: string;
  url: string;
  /** ISO 8601 instant. */
  createdAt: string;
  /** ISO 8601 instant; absent when the link lasts until revoked. */
  expiresAt?: string;
}

export interface CompanionThread {
  id: string;
  url?: string;
  suggestion: string;
}

export interface ReportFile {
  blob: Blob;
  filename: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface CompanionThreadOptions extends RequestOptions {
  suggestion: string;
}

/** How long a new share link opens the conversation; without it, until revoked. */
export type ShareLinkExpiryDays = 1 | 7 | 30;

export interface ShareLinkOptions extends RequestOptions {
  expiresInDays?: ShareLinkExpiryDays;
}

/** The parts of the report a sender may leave out; the transcript is never one of them. */
export type ReportSection = 'summary' | 'action-items' | 'key-points' | 'custom';

export interface ReportRequestOptions extends RequestOptions {
  /** Every section when absent. */
  sections?: readonly ReportSection[];
  /** BCP 47 language of the report's own words and dates. */
  locale?: string;
}

/** Why someone can open a conversation: they created it, a team of theirs owns it, their role reads all. */
export type AccessReason = 'creator' | 'team' | 'all';

export interface ShareAudiencePerson {
  name: string;
  email?: string;
  because: AccessReason;
  /** For `because: 'team'`: the team of theirs that owns the conversation, when the backend names it. */
  team?: string;
}

export interface ShareAudience {
  /** Everyone who can open a link to the conversation, each with the reason. */
  people: ShareAudiencePerson[];
  /** The teams whose members can open it. */
  teams: string[];
}

export interface ShareAccess {
  canOpen: boolean;
  /** Who the query found; absent when it matched nobody. */
  person?: { name: string; email?: string };
  /**
   * Why: as for the audience when they can open it; otherwise their role reads only their own
   * (`scope-own`) or their teams' (`scope-team`) conversations, or nobody matched (`unknown-person`).
   */
  because: AccessReason | 'scope-own' | 'scope-team' | 'unknown-person';
  /** For `because: 'team'`: the team of theirs that owns the conversation, when the backend names it. */
  team?: string;
}

export interface HarmonyAdapter {
  /** GET /v1/conversations/{id} */
  getConversation(id: string, options?: RequestOptions): Promise<Conversation>;
  /** GET /v1/conversations/{id}/insights */
  getInsights(id: string, options?: RequestOptions): Promise<Insight[]>;
  /** GET /v1/conversations/{id}/transcript */
  getTranscript?(id: string, options?: RequestOptions): Promise<Transcript>;
  /** POST /v1/conversations/{id}/share-links */
  createShareLink(id: string, options?: ShareLinkOptions): Promise<ShareLink>;
  /** DELETE /v1/conversations/{id}/share-links/{linkId} */
  revokeShareLink?(id: string, linkId: string, options?: RequestOptions): Promise<void>;
  /** GET /v1/conversations/{id}/share-audience: who can open a link to it. */
  getShareAudience?(id: string, options?: RequestOptions): Promise<ShareAudience>;
  /** GET /v1/conversations/{id}/share-access?who=: whether one person (a name or an email) can open it. */
  checkShareAccess?(id: string, who: string, options?: RequestOptions): Promise<ShareAccess>;
  /** GET /v1/conversations/{id}/report.pdf?sections=&locale= */
  downloadReport?(id: string, options?: ReportRequestOptions): Promise<ReportFile>;
  /** POST /v1/companion/threads */
  startCompanionThread(id: string, options: CompanionThreadOptions): Promise<CompanionThread>;
}

/** The name a report gets when the server does not say otherwise. */
export const DEFAULT_REPORT_FILENAME = 'Conversation Insights Report.pdf';

/** The suggestion a new Companion thread opens with. */
export const DEFAULT_COMPANION_SUGGESTION = 'Summarize this meeting…';
