import { HarmonyError } from './errors.js';
import { HttpClient } from './http/http-client.js';
import type { HttpRequest, TokenProvider } from './http/http-client.js';
import { discardBody, invalidResponse, readJson, readPdf } from './http/response.js';
import { DEFAULT_REPORT_FILENAME } from './types.js';
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
import { isSafeNavigableUrl } from './url-policy.js';
import { conversationProblems } from './conversation-shape.js';
import type * as answerChecks from './shape-problems.js';

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

/** What is wrong with a parsed body; empty when it has the expected shape. */
type ShapeCheck = (value: unknown) => string[];
type AnswerChecks = typeof answerChecks;

let checksLoading: Promise<AnswerChecks> | undefined;

/**
 * The check of an answer only a user's action asks for (insights, links, Companion…): its code loads
 * while that first request is on its way, so a page that never shares does not pay for it up front.
 */
function later(pick: (checks: AnswerChecks) => ShapeCheck): () => Promise<ShapeCheck> {
  return async () => {
    checksLoading ??= import('./shape-problems.js');
    try {
      return pick(await checksLoading);
    } catch (error) {
      checksLoading = undefined;
      const cause = error instanceof Error ? error.message : String(error);
      throw new HarmonyError('unavailable', `The code that reads this answer could not be loaded: ${cause}`, {
        cause: error,
      });
    }
  };
}

/** Reference adapter for the Harmony Public API (`/v1/…`) over `fetch`, for browsers and Node ≥ 20. */
export class FetchAdapter implements HarmonyAdapter {
  private readonly http: HttpClient;
  private readonly apiOrigin: string;
  private readonly timeoutMs: number;
  private readonly reportTimeoutMs: number;

  constructor(options: FetchAdapterOptions) {
    let apiOrigin: string;
    try {
      apiOrigin = new URL(options.baseUrl).origin;
    } catch {
      throw new TypeError(`FetchAdapter: baseUrl must be an absolute URL, got "${options.baseUrl}".`);
    }
    this.apiOrigin = apiOrigin;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.reportTimeoutMs = options.reportTimeoutMs ?? 60_000;
    this.http = new HttpClient({
      baseUrl: options.baseUrl,
      credentials: options.credentials ?? 'same-origin',
      getToken: options.getToken,
      retries: options.retries ?? 2,
      retryDelayMs: options.retryDelayMs ?? 300,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    });
  }

  async getConversation(id: string, options: RequestOptions = {}): Promise<Conversation> {
    const read = this.jsonReader<Conversation>(() => conversationProblems, { urlChecked: true });
    return this.http.send({ ...this.request('GET', conversationPath(id), options), read });
  }

  async getInsights(id: string, options: RequestOptions = {}): Promise<Insight[]> {
    const read = this.jsonReader<{ insights: Insight[] }>(later((c) => c.insightListProblems));
    const body = await this.http.send({
      ...this.request('GET', `${conversationPath(id)}/insights`, options),
      read,
    });
    return body.insights;
  }

  async getTranscript(id: string, options: RequestOptions = {}): Promise<Transcript> {
    const read = this.jsonReader<Transcript>(later((c) => c.transcriptProblems));
    return this.http.send({ ...this.request('GET', `${conversationPath(id)}/transcript`, options), read });
  }

  async createShareLink(id: string, options: ShareLinkOptions = {}): Promise<ShareLink> {
    const read = this.jsonReader<ShareLink>(
      later((c) => c.shareLinkProblems),
      { urlChecked: true },
    );
    const { expiresInDays } = options;
    return this.http.send({
      ...this.request('POST', `${conversationPath(id)}/share-links`, options),
      body: expiresInDays === undefined ? {} : { expiresInDays },
      read,
    });
  }

  async getShareAudience(id: string, options: RequestOptions = {}): Promise<ShareAudience> {
    const read = this.jsonReader<ShareAudience>(later((c) => c.shareAudienceProblems));
    return this.http.send({
      ...this.request('GET', `${conversationPath(id)}/share-audience`, options),
      read,
    });
  }

  async checkShareAccess(id: string, who: string, options: RequestOptions = {}): Promise<ShareAccess> {
    const read = this.jsonReader<ShareAccess>(later((c) => c.shareAccessProblems));
    const path = `${conversationPath(id)}/share-access?who=${encodeURIComponent(who)}`;
    return this.http.send({ ...this.request('GET', path, options), read });
  }

  async revokeShareLink(id: string, linkId: string, options: RequestOptions = {}): Promise<void> {
    const path = `${conversationPath(id)}/share-links/${encodeSegment(linkId, 'share link')}`;
    // 204 is the usual answer; whatever body a 200 carries has nothing we need.
    await this.http.send({ ...this.request('DELETE', path, options), read: discardBody });
  }

  async downloadReport(id: string, options: ReportRequestOptions = {}): Promise<ReportFile> {
    const query = new URLSearchParams();
    if (options.sections) query.set('sections', options.sections.join(','));
    if (options.locale) query.set('locale', options.locale);
    const search = query.size ? `?${query}` : '';
    return this.http.send({
      ...this.request('GET', `${conversationPath(id)}/report.pdf${search}`, options),
      accept: 'application/pdf',
      timeoutMs: this.reportTimeoutMs,
      // No retries: a report that fails or hangs is made in the browser instead, at once.
      retries: 0,
      read: async (response, request) => {
        // The report is fine even if the name reader cannot load: it then gets the default name.
        const [blob, reader] = await Promise.all([
          readPdf(response, request),
          import('./http/content-disposition.js').catch(() => undefined),
        ]);
        const header = response.headers.get('content-disposition');
        const filename = reader?.filenameFromContentDisposition(header);
        return { blob, filename: filename ?? DEFAULT_REPORT_FILENAME };
      },
    });
  }

  async startCompanionThread(id: string, options: CompanionThreadOptions): Promise<CompanionThread> {
    const body = { conversationId: requireId(id, 'conversation'), suggestion: options.suggestion };
    const read = this.jsonReader<CompanionThread>(
      later((c) => c.companionThreadProblems),
      {
        urlChecked: true,
      },
    );
    return this.http.send({ ...this.request('POST', '/v1/companion/threads', options), body, read });
  }

  private request(
    method: HttpRequest<unknown>['method'],
    path: string,
    options: RequestOptions,
  ): Omit<HttpRequest<unknown>, 'read'> {
    return { method, path, accept: 'application/json', timeoutMs: this.timeoutMs, signal: options.signal };
  }

  /**
   * Reads a JSON body of the expected shape. With `urlChecked`, its `url` (shown, copied or opened by
   * the elements) must be https, or http on the API's own origin: never javascript:, data: or the like.
   */
  private jsonReader<T>(
    check: () => ShapeCheck | Promise<ShapeCheck>,
    { urlChecked = false } = {},
  ): HttpRequest<T>['read'] {
    return async (response, request) => {
      // The check's code loads while the body is read.
      const checking = Promise.resolve(check());
      checking.catch(() => {});
      const body = await readJson(response, request);
      const problems = (await checking)(body);
      if (problems.length > 0) {
        const sample = problems.slice(0, 3).join('; ');
        throw invalidResponse(request, `a body of the wrong shape (${sample})`, response);
      }
      const url = (body as { url?: unknown }).url;
      if (urlChecked && url !== undefined && !isSafeNavigableUrl(url, this.apiOrigin)) {
        throw invalidResponse(request, 'a url that is not safe to open', response);
      }
      return body as T;
    };
  }
}

export function createFetchAdapter(options: FetchAdapterOptions): HarmonyAdapter {
  return new FetchAdapter(options);
}

function conversationPath(id: string): string {
  return `/v1/conversations/${encodeSegment(id, 'conversation')}`;
}

/**
 * One path segment from an id. encodeURIComponent keeps "/", "?" and "#" from changing the path, but
 * "." and ".." (also as %2E) stay dot segments that URL parsing resolves, so no id may be only dots.
 */
function encodeSegment(id: unknown, what: string): string {
  const checked = requireId(id, what);
  if (/^\.{1,2}$/.test(checked)) throw notAnId(checked, what);
  return encodeURIComponent(checked);
}

function requireId(id: unknown, what: string): string {
  if (typeof id !== 'string' || id === '') throw notAnId(id, what);
  return id;
}

/** No resource can have such an id, so the answer is the server's for an unknown one, without asking. */
function notAnId(id: unknown, what: string): HarmonyError {
  return new HarmonyError('not-found', `"${String(id)}" is not a valid ${what} id.`);
}
