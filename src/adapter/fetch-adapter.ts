import { HarmonyError } from './errors.js';
import { HttpClient } from './http/http-client.js';
import type { TokenProvider } from './http/http-client.js';
import { conversationProblems } from './conversation-shape.js';
import type * as FetchOperations from './fetch-operations.js';
import { conversationPath, jsonReader, request, type FetchContext } from './fetch-request.js';
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

export interface FetchAdapterOptions {
  /** Origin (and optional path prefix) of the Harmony Public API, e.g. `https://api.harmony.example`. */
  baseUrl: string;
  /** Default `'same-origin'`: cookies go along only when the API is served by the host's own origin. */
  credentials?: RequestCredentials;
  /** Asked before every attempt; the token goes only into `Authorization: Bearer …`. */
  getToken?: TokenProvider;
  /**
   * Deadline per attempt, default 15 000 ms. The silent waits between attempts together stay within it
   * too: a longer Retry-After fails at once with `rate-limited`, so the elements can show the wait.
   */
  timeoutMs?: number;
  /** Deadline per attempt of the PDF report, which the server renders on demand; default 60 000 ms. */
  reportTimeoutMs?: number;
  /**
   * Extra attempts after a transient failure (408/429/502/503/504, network, timeout); default 2.
   * The PDF report is tried once: when the server cannot make it, the browser does.
   */
  retries?: number;
  /** First backoff step, doubled per retry with jitter and capped at 5 s; default 300 ms. */
  retryDelayMs?: number;
  /** Default: the global `fetch`, looked up at call time. */
  fetch?: typeof fetch;
}

type Operations = typeof FetchOperations;

let operationsLoading: Promise<Operations> | undefined;

/**
 * The requests only a user's action makes, and the checks of their answers: their code loads with the
 * first of them. Code the host's server cannot deliver fails that request as `unavailable`; the next one
 * asks again (Chromium keeps the failure until the page reloads).
 */
async function operations(): Promise<Operations> {
  operationsLoading ??= import('./fetch-operations.js');
  try {
    return await operationsLoading;
  } catch (error) {
    operationsLoading = undefined;
    const cause = error instanceof Error ? error.message : String(error);
    throw new HarmonyError('unavailable', `The code for this request could not be loaded: ${cause}`, {
      cause: error,
    });
  }
}

/** Reference adapter for the Harmony Public API (`/v1/…`) over `fetch`, for browsers and Node ≥ 20. */
export class FetchAdapter implements HarmonyAdapter {
  private readonly context: FetchContext;

  constructor(options: FetchAdapterOptions) {
    let apiOrigin: string;
    try {
      apiOrigin = new URL(options.baseUrl).origin;
    } catch {
      throw new TypeError(`FetchAdapter: baseUrl must be an absolute URL, got "${options.baseUrl}".`);
    }
    this.context = {
      apiOrigin,
      timeoutMs: options.timeoutMs ?? 15_000,
      reportTimeoutMs: options.reportTimeoutMs ?? 60_000,
      http: new HttpClient({
        baseUrl: options.baseUrl,
        credentials: options.credentials ?? 'same-origin',
        getToken: options.getToken,
        retries: options.retries ?? 2,
        retryDelayMs: options.retryDelayMs ?? 300,
        fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      }),
    };
  }

  /** Asked as soon as an element shows a conversation, so its code comes with the adapter. */
  async getConversation(id: string, options: RequestOptions = {}): Promise<Conversation> {
    const { context } = this;
    const read = jsonReader<Conversation>(context, conversationProblems, { urlChecked: true });
    return context.http.send({ ...request(context, 'GET', conversationPath(id), options), read });
  }

  async getInsights(id: string, options: RequestOptions = {}): Promise<Insight[]> {
    return (await operations()).getInsights(this.context, id, options);
  }

  async getTranscript(id: string, options: RequestOptions = {}): Promise<Transcript> {
    return (await operations()).getTranscript(this.context, id, options);
  }

  async createShareLink(id: string, options: ShareLinkOptions = {}): Promise<ShareLink> {
    return (await operations()).createShareLink(this.context, id, options);
  }

  async getShareAudience(id: string, options: RequestOptions = {}): Promise<ShareAudience> {
    return (await operations()).getShareAudience(this.context, id, options);
  }

  async checkShareAccess(id: string, who: string, options: RequestOptions = {}): Promise<ShareAccess> {
    return (await operations()).checkShareAccess(this.context, id, who, options);
  }

  async revokeShareLink(id: string, linkId: string, options: RequestOptions = {}): Promise<void> {
    return (await operations()).revokeShareLink(this.context, id, linkId, options);
  }

  async downloadReport(id: string, options: ReportRequestOptions = {}): Promise<ReportFile> {
    return (await operations()).downloadReport(this.context, id, options);
  }

  async startCompanionThread(id: string, options: CompanionThreadOptions): Promise<CompanionThread> {
    return (await operations()).startCompanionThread(this.context, id, options);
  }
}

export function createFetchAdapter(options: FetchAdapterOptions): HarmonyAdapter {
  return new FetchAdapter(options);
}
