/** How a copy happened, or that it did not. */
export type CopyOutcome = 'clipboard' | 'selection' | 'failed';

/**
 * Copies `text`, trying the async Clipboard API first and then a selection-based
 * copy of `field` (which works in more embedding contexts, e.g. iframes without
 * the clipboard-write permission). Reports 'failed' unless a copy really
 * happened; the field is left selected so the user can press Ctrl/⌘+C.
 */
export async function copyText(text: string, field: HTMLInputElement): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'clipboard';
    }
  } catch {
    // Permission denied or no user activation: fall through to the selection copy.
  }
  field.focus();
  field.select();
  try {
    // execCommand is deprecated but remains the only synchronous copy that
    // works where the Clipboard API is blocked; it returns false when it did not copy.
    if (document.execCommand('copy')) return 'selection';
  } catch {
    // Some browsers throw instead of returning false.
  }
  return 'failed';
}

/** The copy shortcut on this platform, for the "press … to copy" hint. */
export function copyShortcut(): string {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform;
  return /mac|iphone|ipad/i.test(platform) ? '⌘C' : 'Ctrl+C';
}
