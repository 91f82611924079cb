import type { TokenProvider } from './http/http-client.js';

/** How a `FetchAdapter` reaches the Harmony Public API. */
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
