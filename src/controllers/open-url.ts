/**
 * Opens `url` in this tab, or with `target` in another browsing context.
 * Returns false when the browser blocked the new window, so the caller can
 * offer a link the user opens themselves.
 */
export function openUrl(url: string, target: string | undefined): boolean {
  if (!target || target === '_self') {
    location.assign(url);
    return true;
  }
  // Not 'noopener': with it window.open always returns null, and a blocked popup could not be told apart.
  const opened = window.open(url, target);
  if (!opened) return false;
  try {
    opened.opener = null;
  } catch {
    // Already cross-origin: nothing of this page is reachable from there anyway.
  }
  return true;
}
