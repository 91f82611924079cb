/**
 * The fetch adapter's requests, with its HTTP client and the checks of their answers. They load with
 * the first request (`FetchAdapter` is only their facade), so a page that only shows its triggers pays
 * for none of this until the page is idle or a user reaches for an element.
 */
import { conversationProblems } from './conversation-shape.js';
import type { FetchAdapterOptions } from './fetch-options.js';
import { filenameFromContentDisposition } from './http/content-disposition.js';
import { HttpClient } from './http/http-client.js';
import { discardBody, readPdf } from './http/response.js';
import { conversationPath, encodeSegment, jsonReader, request, requireId } from './fetch-request.js';
import type { FetchContext } from './fetch-request.js';
import {
  companionThreadProblems,
  insightListProblems,
  shareAccessProblems,
  shareAudienceProblems,
  shareLinkProblems,
  transcriptProblems,
} from './shape-problems.js';
import { DEFAULT_REPORT_FILENAME } from './types.js';
import type {
  CompanionThread,
  CompanionThreadOptions,
  Conversation,
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

/** What every request of one adapter shares: its API origin, deadlines and HTTP client. */
export function createContext(options: FetchAdapterOptions, apiOrigin: string): FetchContext {
  return {
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

export function getConversation(
  context: FetchContext,
  id: string,
  options: RequestOptions,
): Promise<Conversation> {
  const read = jsonReader<Conversation>(context, conversationProblems, { urlChecked: true });
  return context.http.send({ ...request(context, 'GET', conversationPath(id), options), read });
}

export async function getInsights(
  context: FetchContext,
  id: string,
  options: RequestOptions,
): Promise<Insight[]> {
  const read = jsonReader<{ insights: Insight[] }>(context, insightListProblems);
  const path = `${conversationPath(id)}/insights`;
  const body = await context.http.send({ ...request(context, 'GET', path, options), read });
  return body.insights;
}

export function getTranscript(
  context: FetchContext,
  id: string,
  options: RequestOptions,
): Promise<Transcript> {
  const read = jsonReader<Transcript>(context, transcriptProblems);
  return context.http.send({
    ...request(context, 'GET', `${conversationPath(id)}/transcript`, options),
    read,
  });
}

export function createShareLink(
  context: FetchContext,
  id: string,
  options: ShareLinkOptions,
): Promise<ShareLink> {
  const read = jsonReader<ShareLink>(context, shareLinkProblems, { urlChecked: true });
  const { expiresInDays } = options;
  return context.http.send({
    ...request(context, 'POST', `${conversationPath(id)}/share-links`, options),
    body: expiresInDays === undefined ? {} : { expiresInDays },
    read,
  });
}

export function getShareAudience(
  context: FetchContext,
  id: string,
  options: RequestOptions,
): Promise<ShareAudience> {
  const read = jsonReader<ShareAudience>(context, shareAudienceProblems);
  const path = `${conversationPath(id)}/share-audience`;
  return context.http.send({ ...request(context, 'GET', path, options), read });
}

export function checkShareAccess(
  context: FetchContext,
  id: string,
  who: string,
  options: RequestOptions,
): Promise<ShareAccess> {
  const read = jsonReader<ShareAccess>(context, shareAccessProblems);
  const path = `${conversationPath(id)}/share-access?who=${encodeURIComponent(who)}`;
  return context.http.send({ ...request(context, 'GET', path, options), read });
}

export async function revokeShareLink(
  context: FetchContext,
  id: string,
  linkId: string,
  options: RequestOptions,
): Promise<void> {
  const path = `${conversationPath(id)}/share-links/${encodeSegment(linkId, 'share link')}`;
  // 204 is the usual answer; whatever body a 200 carries has nothing we need.
  await context.http.send({ ...request(context, 'DELETE', path, options), read: discardBody });
}

export function downloadReport(
  context: FetchContext,
  id: string,
  options: ReportRequestOptions,
): Promise<ReportFile> {
  const query = new URLSearchParams();
  if (options.sections) query.set('sections', options.sections.join(','));
  if (options.locale) query.set('locale', options.locale);
  const search = query.size ? `?${query}` : '';
  return context.http.send({
    ...request(context, 'GET', `${conversationPath(id)}/report.pdf${search}`, options),
    accept: 'application/pdf',
    timeoutMs: context.reportTimeoutMs,
    // No retries: a report that fails or hangs is made in the browser instead, at once.
    retries: 0,
    read: async (response, sent) => {
      const blob = await readPdf(response, sent);
      const filename = filenameFromContentDisposition(response.headers.get('content-disposition'));
      return { blob, filename: filename ?? DEFAULT_REPORT_FILENAME };
    },
  });
}

export function startCompanionThread(
  context: FetchContext,
  id: string,
  options: CompanionThreadOptions,
): Promise<CompanionThread> {
  const body = { conversationId: requireId(id, 'conversation'), suggestion: options.suggestion };
  const read = jsonReader<CompanionThread>(context, companionThreadProblems, { urlChecked: true });
  return context.http.send({ ...request(context, 'POST', '/v1/companion/threads', options), body, read });
}
