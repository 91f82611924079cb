import { HarmonyError } from '../../adapter/errors.js';
import type { FontLoader } from './loader.js';
import type { FontPiece } from './piece-index.js';

// Named in a variable, and marked, so that no bundler tries to pack a Node built-in into a browser build.
const NODE_FS = 'node:fs/promises';

/** A piece's bytes from a file: URL, which exists only in Node (the package's own files). */
async function readFileUrl(url: URL, piece: FontPiece): Promise<Uint8Array> {
  try {
    const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_FS)) as {
      readFile(path: URL): Promise<Uint8Array>;
    };
    return new Uint8Array(await fs.readFile(url));
  } catch (error) {
    throw new HarmonyError('unsupported', `The report font ${piece.file} could not be read.`, {
      cause: error,
    });
  }
}

/**
 * The default font loader, for browsers, workers and Node alike: each piece
 * is fetched from the URL beside the report module, or read from the file
 * when that URL is a file (Node, the package's own copy). A host that serves
 * the fonts elsewhere (a CDN) passes its own `resolveUrl`, or `fontsBaseUrl`
 * to the renderer.
 */
export function createBrowserFontLoader(
  resolveUrl: (piece: FontPiece) => URL | string = (piece) => piece.url(),
): FontLoader {
  return async (piece) => {
    const url = resolveUrl(piece);
    if (String(url).startsWith('file:')) return readFileUrl(new URL(url), piece);
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new HarmonyError(
        'network',
        `The report font ${piece.file} could not be downloaded from ${url}.`,
        {
          cause: error,
        },
      );
    }
    if (!response.ok) {
      // A missing font is a deployment problem, not something a retry fixes.
      throw new HarmonyError(
        'unsupported',
        `The report font ${piece.file} answered HTTP ${response.status} at ${url}.`,
        { status: response.status },
      );
    }
    return response.arrayBuffer();
  };
}

export const browserFontLoader: FontLoader = /* @__PURE__ */ createBrowserFontLoader();

const baseLoaders = new Map<string, FontLoader>();

/** The loader for pieces served under one base URL (one per URL, so each piece is still parsed once). */
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
