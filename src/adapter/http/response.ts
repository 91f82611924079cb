import { HarmonyError } from '../errors.js';
import { codeForStatus } from './status.js';
import { parseRetryAfter } from './retry.js';

/** Longest piece of a server's error message we repeat in ours. */
const SERVER_MESSAGE_LIMIT = 300;

// eslint-disable-next-line no-control-regex -- a server's message must not break a log line
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;

/** An `invalid-response` error for a success status whose body we cannot use. */
export function invalidResponse(
  request: string,
  problem: string,
  response: Response,
  cause?: unknown,
): HarmonyError {
  return new HarmonyError('invalid-response', `${request} returned ${problem}.`, {
    status: response.status,
    cause,
  });
}

/**
 * The error for a failure status: its code from the status, and a message naming the request, the
 * status and the server's own `{ error: { message } }` when it sent one. `secret` (the bearer token)
 * is blanked out in case a server echoes request headers back.
 */
export async function errorForStatus(
  response: Response,
  request: string,
  secret?: string,
): Promise<HarmonyError> {
  let serverMessage = await readServerMessage(response);
  if (serverMessage && secret) serverMessage = serverMessage.split(secret).join('[redacted]');
  const detail = serverMessage ? `: ${serverMessage}` : '.';
  // Without `redirect: 'manual'` a non-ok response is always 4xx/5xx; anything else is a protocol oddity.
  const code = codeForStatus(response.status) ?? 'invalid-response';
  return new HarmonyError(code, `${request} failed with HTTP ${response.status}${detail}`, {
    status: response.status,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  });
}

async function readServerMessage(response: Response): Promise<string | undefined> {
  if (!isJsonContentType(response.headers.get('content-type'))) {
    await discardBody(response);
    return undefined;
  }
  try {
    const body: unknown = JSON.parse(await response.text());
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    if (typeof message !== 'string') return undefined;
    return message.replace(CONTROL_CHARACTERS, ' ').trim().slice(0, SERVER_MESSAGE_LIMIT) || undefined;
  } catch {
    return undefined;
  }
}

/** The parsed JSON body of a success response; wrong content type or malformed JSON is `invalid-response`. */
export async function readJson(response: Response, request: string): Promise<unknown> {
  const contentType = response.headers.get('content-type');
  if (!isJsonContentType(contentType)) {
    await discardBody(response);
    return Promise.reject(
      invalidResponse(request, `${contentType || 'no content type'} instead of JSON`, response),
    );
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw invalidResponse(request, 'malformed JSON', response, cause);
  }
}

/** The body of a success response as a PDF Blob; anything that is not a non-empty PDF is `invalid-response`. */
export async function readPdf(response: Response, request: string): Promise<Blob> {
  const contentType = response.headers.get('content-type');
  if (!/^application\/pdf\s*(;|$)/i.test(contentType ?? '')) {
    await discardBody(response);
    throw invalidResponse(request, `${contentType || 'no content type'} instead of a PDF`, response);
  }
  const blob = await response.blob();
  if (blob.size === 0) throw invalidResponse(request, 'an empty PDF', response);
  // A proxy's error page labelled as a PDF would otherwise download as a file no viewer opens.
  if ((await blob.slice(0, 5).text()) !== '%PDF-')
    throw invalidResponse(request, 'a body that is not a PDF', response);
  return blob;
}

function isJsonContentType(contentType: string | null): boolean {
  return /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType ?? '');
}

/** Lets the connection go back to the pool without reading a body we do not need. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
