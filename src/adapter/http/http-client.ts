import { HarmonyError, abortedError, throwIfAborted } from '../errors.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { errorForStatus } from './response.js';
import { RETRY_AFTER_CAP_MS, backoffDelayMs, isRetryable } from './retry.js';
import { raceAbort, sleep, startAttempt } from './signals.js';
import type { AttemptSignal } from './signals.js';

export type TokenProvider = () => string | undefined | null | Promise<string | undefined | null>;

export interface HttpClientOptions {
  baseUrl: string;
  credentials: RequestCredentials;
  getToken?: TokenProvider;
  retries: number;
  retryDelayMs: number;
  fetch: typeof fetch;
}

export interface HttpRequest<T> {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path below the base URL, with every id already percent-encoded. */
  path: string;
  accept: string;
  /** Sent as JSON. */
  body?: unknown;
  timeoutMs: number;
  /** Overrides the client's retry count for this request. */
  retries?: number;
  signal?: AbortSignal | undefined;
  /** Turns a 2xx response into the result, throwing a HarmonyError when the body is unusable. */
  read: (response: Response, request: string) => Promise<T>;
}

/** Token68 characters and friends: anything else would make `Headers` throw or split the header. */
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]+$/;

/**
 * Sends one logical request: bearer auth, a deadline per attempt, retries with backoff for transient
 * failures, and every failure turned into a HarmonyError.
 */
export class HttpClient {
  private readonly options: HttpClientOptions;
  private readonly baseUrl: string;

  constructor(options: HttpClientOptions) {
    this.options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async send<T>(request: HttpRequest<T>): Promise<T> {
    throwIfAborted(request.signal);
    // Every POST carries a key, reused across its retries, so the server can drop a repeat of a
    // request it already served; that is what makes retrying a POST safe.
    const idempotencyKey = request.method === 'POST' ? newIdempotencyKey() : undefined;
    // Waits between attempts are silent (a spinner): together they stay within the request's timeout,
    // and a longer Retry-After fails at once so the element can show the wait counting down instead.
    let waitedMs = 0;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.attempt(request, idempotencyKey);
      } catch (error) {
        const delayMs = this.retryDelayMs(error as HarmonyError, attempt, request.retries);
        if (delayMs === undefined || waitedMs + delayMs > request.timeoutMs) throw error;
        waitedMs += delayMs;
        await sleep(delayMs, request.signal);
      }
    }
  }

  /** How long to wait before the next attempt, or `undefined` when the failure is final. */
  private retryDelayMs(
    error: HarmonyError,
    attempt: number,
    retries = this.options.retries,
  ): number | undefined {
    if (attempt >= retries || !isRetryable(error)) return undefined;
    if (error.retryAfterMs === undefined) return backoffDelayMs(attempt, this.options.retryDelayMs);
    return error.retryAfterMs <= RETRY_AFTER_CAP_MS ? error.retryAfterMs : undefined;
  }

  private async attempt<T>(request: HttpRequest<T>, idempotencyKey: string | undefined): Promise<T> {
    const described = `${request.method} ${request.path}`;
    const attempt = startAttempt(request.signal, request.timeoutMs);
    try {
      // The provider is asked on every attempt: a retry may come after the token was refreshed.
      const token = await raceAbort(this.token(described), attempt.signal);
      const response = await raceAbort(
        this.options.fetch(this.baseUrl + request.path, this.init(request, token, idempotencyKey, attempt)),
        attempt.signal,
      );
      if (!response.ok) throw await raceAbort(errorForStatus(response, described, token), attempt.signal);
      return await raceAbort(request.read(response, described), attempt.signal);
    } catch (error) {
      throw classify(error, request.signal, attempt, described, request.timeoutMs);
    } finally {
      attempt.dispose();
    }
  }

  private async token(described: string): Promise<string | undefined> {
    let token: string | undefined | null;
    try {
      token = await this.options.getToken?.();
    } catch (cause) {
      throw new HarmonyError('unauthenticated', `${described} was not sent: getToken failed.`, { cause });
    }
    if (!token) return undefined;
    if (!HEADER_SAFE_TOKEN.test(token)) {
      throw new HarmonyError(
        'unauthenticated',
        `${described} was not sent: the token is not a valid header value.`,
      );
    }
    return token;
  }

  private init(
    request: HttpRequest<unknown>,
    token: string | undefined,
    idempotencyKey: string | undefined,
    attempt: AttemptSignal,
  ): RequestInit {
    const headers = new Headers({ Accept: request.accept });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
    const init: RequestInit = {
      method: request.method,
      headers,
      credentials: this.options.credentials,
      signal: attempt.signal,
    };
    if (request.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      init.body = JSON.stringify(request.body);
    }
    return init;
  }
}

/**
 * Names what ended an attempt. The caller's abort wins over everything (the caller no longer cares
 * why), then our own deadline; a fetch that rejects on its own is a network failure (TypeError).
 */
function classify(
  error: unknown,
  callerSignal: AbortSignal | undefined,
  attempt: AttemptSignal,
  described: string,
  timeoutMs: number,
): HarmonyError {
  if (callerSignal?.aborted) return abortedError(callerSignal);
  if (attempt.timedOut) {
    return new HarmonyError('timeout', `${described} got no response within ${timeoutMs} ms.`, {
      cause: error,
    });
  }
  if (error instanceof HarmonyError) return error;
  return new HarmonyError('network', `${described} could not reach the server.`, { cause: error });
}
