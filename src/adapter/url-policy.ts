/**
 * Which URLs a backend may hand us to show, copy or navigate to. A share link
 * or Companion thread URL is put in front of users, so a compromised or buggy
 * backend must not be able to smuggle in `javascript:` or `data:` URLs.
 *
 * Allowed: any `https:` URL; `http:` only on the configured API origin, so the
 * reference server works on localhost during development.
 */
/**
 * The page's own origin when it is served over plain http (the reference server on localhost): the
 * default `apiOrigin` of every element. Undefined on https pages and outside a browser.
 */
export function pageHttpOrigin(): string | undefined {
  if (typeof location === 'undefined') return undefined;
  return location.protocol === 'http:' ? location.origin : undefined;
}

export function isSafeNavigableUrl(value: unknown, apiOrigin?: string): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  if (url.protocol !== 'http:' || !apiOrigin) return false;
  try {
    return url.origin === new URL(apiOrigin).origin;
  } catch {
    return false;
  }
}
