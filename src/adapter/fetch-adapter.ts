import { HarmonyError } from './errors.js';
import type { FetchAdapterOptions } from './fetch-options.js';
import type * as FetchOperations from './fetch-operations.js';
import type { FetchContext } from './fetch-request.js';
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

export type { FetchAdapterOptions } from './fetch-options.js';

type Operations = typeof FetchOperations;

let operationsLoading: Promise<Operations> | undefined;

/**
 * The requests and the checks of their answers: their code loads with the first request, which the
 * elements make when the page is idle or a user reaches for them, so a page pays for the adapter's
 * HTTP code only once it is needed. Code the host's server cannot deliver fails that request as
 * `unavailable`; the next one asks again (Chromium keeps the failure until the page reloads).
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
  private readonly options: FetchAdapterOptions;
  private readonly apiOrigin: string;
  private context?: FetchContext;

  constructor(options: FetchAdapterOptions) {
    try {
      this.apiOrigin = new URL(options.baseUrl).origin;
    } catch {
      throw new TypeError(`FetchAdapter: baseUrl must be an absolute URL, got "${options.baseUrl}".`);
    }
    this.options = { ...options };
  }

  /** The operations' code and this adapter's HTTP client, made with the first request. */
  private async run<T>(operation: (code: Operations, context: FetchContext) => Promise<T>): Promise<T> {
    const code = await operations();
    this.context ??= code.createContext(this.options, this.apiOrigin);
    return operation(code, this.context);
  }

  async getConversation(id: string, options: RequestOptions = {}): Promise<Conversation> {
    return this.run((code, context) => code.getConversation(context, id, options));
  }

  async getInsights(id: string, options: RequestOptions = {}): Promise<Insight[]> {
    return this.run((code, context) => code.getInsights(context, id, options));
  }

  async getTranscript(id: string, options: RequestOptions = {}): Promise<Transcript> {
    return this.run((code, context) => code.getTranscript(context, id, options));
  }

  async createShareLink(id: string, options: ShareLinkOptions = {}): Promise<ShareLink> {
    return this.run((code, context) => code.createShareLink(context, id, options));
  }

  async getShareAudience(id: string, options: RequestOptions = {}): Promise<ShareAudience> {
    return this.run((code, context) => code.getShareAudience(context, id, options));
  }

  async checkShareAccess(id: string, who: string, options: RequestOptions = {}): Promise<ShareAccess> {
    return this.run((code, context) => code.checkShareAccess(context, id, who, options));
  }

  async revokeShareLink(id: string, linkId: string, options: RequestOptions = {}): Promise<void> {
    return this.run((code, context) => code.revokeShareLink(context, id, linkId, options));
  }

  async downloadReport(id: string, options: ReportRequestOptions = {}): Promise<ReportFile> {
    return this.run((code, context) => code.downloadReport(context, id, options));
  }

  async startCompanionThread(id: string, options: CompanionThreadOptions): Promise<CompanionThread> {
    return this.run((code, context) => code.startCompanionThread(context, id, options));
  }
}

export function createFetchAdapter(options: FetchAdapterOptions): HarmonyAdapter {
  return new FetchAdapter(options);
}
