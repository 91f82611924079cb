import { HarmonyError, throwIfAborted, type HarmonyErrorCode } from './errors.js';
import { sleep } from './http/signals.js';
import { accessOf } from './memory-people.js';
import { REPORT_SECTIONS, reportSectionsProblem } from './report-sections.js';
import type {
  CompanionThread,
  CompanionThreadOptions,
  Conversation,
  HarmonyAdapter,
  Insight,
  ReportFile,
  ReportRequestOptions,
  RequestOptions,
  ShareAccess,
  ShareAudience,
  ShareLink,
  ShareLinkOptions,
  Transcript,
} from './types.js';
import { DEFAULT_REPORT_FILENAME } from './types.js';

export type MemoryAdapterMethod =
  | 'getConversation'
  | 'getInsights'
  | 'getTranscript'
  | 'createShareLink'
  | 'revokeShareLink'
  | 'downloadReport'
  | 'getShareAudience'
  | 'checkShareAccess'
  | 'startCompanionThread';

/** A failure to inject: a code, a ready error, or a function deciding per call (return undefined to pass). */
export type InjectedFailure =
  HarmonyErrorCode | HarmonyError | ((conversationId: string) => HarmonyErrorCode | HarmonyError | undefined);

export interface MemoryConversationRecord {
  conversation: Conversation;
  insights?: Insight[];
  transcript?: Transcript;
  /** Bytes the in-memory `downloadReport` returns; without them the adapter has no server report. */
  report?: Blob;
  /** Who can open a link to it (`getShareAudience`); nobody is listed when absent. */
  audience?: ShareAudience;
}

export interface MemoryAdapterOptions {
  conversations?: MemoryConversationRecord[];
  /** Milliseconds every call waits before answering, or per method. */
  latency?: number | Partial<Record<MemoryAdapterMethod, number>>;
  failures?: Partial<Record<MemoryAdapterMethod, InjectedFailure>>;
  /** Where generated links and threads point; must be https (or http on this origin). */
  origin?: string;
  /**
   * Everyone `checkShareAccess` can find, beyond a conversation's audience, with why they cannot
   * open it; anyone else is an unknown person.
   */
  people?: { name: string; email?: string; scope: 'own' | 'team' }[];
}

const clone = <T>(value: T): T => structuredClone(value);

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A backend that lives in memory: for stories, tests and prototypes. Latency and
 * failures can be changed at any time (`setLatency`, `failNext`, `setFailure`), so a
 * story's controls can drive every state of an element.
 */
export class MemoryAdapter implements HarmonyAdapter {
  private readonly records = new Map<string, MemoryConversationRecord>();
  private readonly links = new Map<string, ShareLink & { conversationId: string; revoked: boolean }>();
  private latency: MemoryAdapterOptions['latency'];
  private readonly failures = new Map<MemoryAdapterMethod, InjectedFailure>();
  private readonly oneShotFailures = new Map<MemoryAdapterMethod, HarmonyErrorCode[]>();
  private readonly origin: string;
  private readonly people: NonNullable<MemoryAdapterOptions['people']>;
  /** Every call made, in order: lets tests and stories show what the element asked for. */
  readonly calls: { method: MemoryAdapterMethod; conversationId: string }[] = [];

  constructor(options: MemoryAdapterOptions = {}) {
    for (const record of options.conversations ?? []) this.put(record);
    this.latency = options.latency ?? 0;
    for (const [method, failure] of Object.entries(options.failures ?? {})) {
      this.failures.set(method as MemoryAdapterMethod, failure);
    }
    this.origin = options.origin ?? 'https://harmony.example';
    this.people = options.people ?? [];
  }

  /** Adds or replaces a conversation. */
  put(record: MemoryConversationRecord): void {
    this.records.set(record.conversation.id, clone(record));
  }

  /** Changes a conversation in place, e.g. `{ status: 'completed' }` once processing ends. */
  update(id: string, changes: Partial<Conversation>): void {
    const record = this.records.get(id);
    if (!record) throw new Error(`No conversation "${id}" in this MemoryAdapter.`);
    record.conversation = { ...record.conversation, ...changes };
  }

  setLatency(latency: MemoryAdapterOptions['latency']): void {
    this.latency = latency;
  }

  setFailure(method: MemoryAdapterMethod, failure: InjectedFailure | undefined): void {
    if (failure === undefined) this.failures.delete(method);
    else this.failures.set(method, failure);
  }

  /** The next call of `method` fails with `code`; later calls succeed again. */
  failNext(method: MemoryAdapterMethod, code: HarmonyErrorCode): void {
    this.oneShotFailures.set(method, [...(this.oneShotFailures.get(method) ?? []), code]);
  }

  async getConversation(id: string, options?: RequestOptions): Promise<Conversation> {
    const record = await this.begin('getConversation', id, options);
    return clone(record.conversation);
  }

  async getInsights(id: string, options?: RequestOptions): Promise<Insight[]> {
    const record = await this.begin('getInsights', id, options);
    this.requireCompleted(record);
    return clone(record.insights ?? []);
  }

  async getTranscript(id: string, options?: RequestOptions): Promise<Transcript> {
    const record = await this.begin('getTranscript', id, options);
    this.requireCompleted(record);
    return clone(record.transcript ?? { conversationId: id, segments: [] });
  }

  async createShareLink(id: string, options?: ShareLinkOptions): Promise<ShareLink> {
    const record = await this.begin('createShareLink', id, options);
    this.requireCompleted(record);
    const token = randomToken();
    const now = Date.now();
    const days = options?.expiresInDays;
    const link: ShareLink = {
      id: `link-${token.slice(0, 8)}`,
      url: `${this.origin}/s/${token}`,
      createdAt: new Date(now).toISOString(),
      ...(days === undefined ? {} : { expiresAt: new Date(now + days * 86_400_000).toISOString() }),
    };
    this.links.set(link.id, { ...link, conversationId: id, revoked: false });
    return clone(link);
  }

  async revokeShareLink(id: string, linkId: string, options?: RequestOptions): Promise<void> {
    await this.begin('revokeShareLink', id, options);
    const link = this.links.get(linkId);
    // Revoking twice succeeds, as an idempotent DELETE does; only a link that never existed is unknown.
    if (!link || link.conversationId !== id) {
      throw new HarmonyError('not-found', `No share link "${linkId}" on "${id}".`, { status: 404 });
    }
    link.revoked = true;
  }

  /**
   * The stored bytes stand for a report holding every section. A request for fewer is checked as the
   * reference server checks it, then declined as `unsupported`: the browser makes that report instead,
   * so nobody receives a section they left out.
   */
  async downloadReport(id: string, options?: ReportRequestOptions): Promise<ReportFile> {
    const record = await this.begin('downloadReport', id, options);
    this.requireCompleted(record);
    const sections = options?.sections;
    const problem = sections && reportSectionsProblem(sections);
    if (problem) throw new HarmonyError('invalid-response', problem, { status: 400 });
    if (!record.report) {
      throw new HarmonyError('unsupported', 'This in-memory backend has no server-side report.', {
        status: 501,
      });
    }
    if (sections && sections.length < REPORT_SECTIONS.length) {
      throw new HarmonyError('unsupported', 'This in-memory backend keeps only a report of every section.', {
        status: 501,
      });
    }
    return { blob: record.report, filename: DEFAULT_REPORT_FILENAME };
  }

  async getShareAudience(id: string, options?: RequestOptions): Promise<ShareAudience> {
    const record = await this.begin('getShareAudience', id, options);
    return clone(record.audience ?? { people: [], teams: [] });
  }

  async checkShareAccess(id: string, who: string, options?: RequestOptions): Promise<ShareAccess> {
    const record = await this.begin('checkShareAccess', id, options);
    return accessOf(record.audience?.people ?? [], this.people, who);
  }

  async startCompanionThread(id: string, options: CompanionThreadOptions): Promise<CompanionThread> {
    const record = await this.begin('startCompanionThread', id, options);
    this.requireCompleted(record);
    const threadId = `thread-${randomToken().slice(0, 12)}`;
    return { id: threadId, url: `${this.origin}/companion/${threadId}`, suggestion: options.suggestion };
  }

  /** Shared preamble: record the call, wait the latency, apply injected failures, find the conversation. */
  private async begin(
    method: MemoryAdapterMethod,
    id: string,
    options?: RequestOptions,
  ): Promise<MemoryConversationRecord> {
    this.calls.push({ method, conversationId: id });
    await sleep(this.latencyFor(method), options?.signal);
    // A caller that aborted while we "worked" gets 'aborted', as from a real network call.
    throwIfAborted(options?.signal);
    const failure = this.takeFailure(method, id);
    if (failure) throw failure;
    const record = this.records.get(id);
    if (!record) throw new HarmonyError('not-found', `No conversation "${id}".`, { status: 404 });
    return record;
  }

  private latencyFor(method: MemoryAdapterMethod): number {
    const latency = this.latency;
    if (typeof latency === 'number') return latency;
    return latency?.[method] ?? 0;
  }

  private takeFailure(method: MemoryAdapterMethod, id: string): HarmonyError | undefined {
    const queued = this.oneShotFailures.get(method);
    const code = queued?.shift();
    if (code) return injectedError(code);
    const failure = this.failures.get(method);
    const decided = typeof failure === 'function' ? failure(id) : failure;
    if (decided === undefined) return undefined;
    return typeof decided === 'string' ? injectedError(decided) : decided;
  }

  private requireCompleted(record: MemoryConversationRecord): void {
    const { status, id } = record.conversation;
    if (status !== 'completed') {
      throw new HarmonyError('not-ready', `Conversation "${id}" is ${status}, not completed.`, {
        status: 409,
      });
    }
  }
}

function injectedError(code: HarmonyErrorCode): HarmonyError {
  return new HarmonyError(code, `Injected failure: ${code}.`, {
    ...(code === 'rate-limited' ? { retryAfterMs: 30_000, status: 429 } : {}),
  });
}
