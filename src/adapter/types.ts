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

export interface HarmonyAdapter {
  /** GET /v1/conversations/{id} */
  getConversation(id: string, options?: RequestOptions): Promise<Conversation>;
  /** GET /v1/conversations/{id}/insights */
  getInsights(id: string, options?: RequestOptions): Promise<Insight[]>;
  /** GET /v1/conversations/{id}/transcript */
  getTranscript?(id: string, options?: RequestOptions): Promise<Transcript>;
  /** POST /v1/conversations/{id}/share-links */
  createShareLink(id: string, options?: RequestOptions): Promise<ShareLink>;
  /** DELETE /v1/conversations/{id}/share-links/{linkId} */
  revokeShareLink?(id: string, linkId: string, options?: RequestOptions): Promise<void>;
  /** GET /v1/conversations/{id}/report.pdf */
  downloadReport?(id: string, options?: RequestOptions): Promise<ReportFile>;
  /** POST /v1/companion/threads */
  startCompanionThread(id: string, options: CompanionThreadOptions): Promise<CompanionThread>;
}

/** The name a report gets when the server does not say otherwise. */
export const DEFAULT_REPORT_FILENAME = 'Conversation Insights Report.pdf';

/** The suggestion a new Companion thread opens with. */
export const DEFAULT_COMPANION_SUGGESTION = 'Summarize this meeting…';
