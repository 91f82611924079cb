import { HarmonyError } from '../../adapter/errors.js';
import type { FontLoader } from './loader.js';
import type { FontPiece } from './piece-index.js';

/**
 * A font loader for browsers and workers. By default each piece is fetched from
 * the URL beside the report module; a host that serves the fonts elsewhere (a
 * CDN) passes its own `resolveUrl`, or a base URL to `fontsBaseUrl`.
 */
export function createBrowserFontLoader(
  resolveUrl: (piece: FontPiece) => URL | string = (piece) => piece.url(),
): FontLoader {
  return async (piece) => {
    const url = resolveUrl(piece);
    if (String(url).startsWith('file:')) {
      throw new HarmonyError(
        'unsupported',
        'In Node, render with nodeFontLoader (report/node.js): fetch cannot read files.',
      );
    }
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new HarmonyError('network', `The report font ${piece.file} could not be downloaded.`, {
        cause: error,
      });
    }
    if (!response.ok) {
      // A missing font is a deployment problem, not something a retry fixes.
      throw new HarmonyError(
        'unsupported',
        `The report font ${piece.file} answered HTTP ${response.status}.`,
        {
          status: response.status,
        },
      );
    }
    return response.arrayBuffer();
  };
}

export const browserFontLoader: FontLoader = /* @__PURE__ */ createBrowserFontLoader();

const baseLoaders = new Map<string, FontLoader>();

/** The loader for fonts served under one base URL (kept per URL, so each piece is still parsed once). */
export function fontLoaderForBase(base: string | URL): FontLoader {
  const key = String(base);
  let loader = baseLoaders.get(key);
  if (!loader) {
    const folder = key.endsWith('/') ? key : `${key}/`;
    loader = createBrowserFontLoader((piece) => new URL(piece.file, folder));
    baseLoaders.set(key, loader);
  }
  return loader;
}
