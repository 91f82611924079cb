/**
 * Saving a generated file. Object URLs are revoked a minute later rather than
 * at once: browsers read the URL after `click()` returns, and revoking it
 * before they do can cancel the download or break the "Open PDF" link.
 */
const REVOKE_AFTER_MS = 60_000;

/**
 * Whether this document may start downloads. A sandboxed iframe without
 * `allow-downloads` silently drops them, so the caller offers a link instead.
 */
export function downloadsAllowed(): boolean {
  try {
    const frame = window.frameElement as HTMLIFrameElement | null;
    if (frame?.hasAttribute('sandbox') && !frame.sandbox.contains('allow-downloads')) return false;
  } catch {
    // A cross-origin parent hides frameElement; fall back to the origin test below.
  }
  // Sandboxed documents without allow-same-origin have an opaque origin.
  return self.origin !== 'null';
}

export interface SavedFile {
  url: string;
  /** True when the browser was asked to download; false when only a link to open it was made. */
  downloaded: boolean;
}

export function saveFile(blob: Blob, filename: string, root: Node = document.body): SavedFile {
  const url = URL.createObjectURL(blob);
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  if (!downloadsAllowed()) return { url, downloaded: false };
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  root.appendChild(anchor);
  anchor.click();
  anchor.remove();
  return { url, downloaded: true };
}
