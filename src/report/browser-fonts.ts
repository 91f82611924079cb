import { HarmonyError } from '../adapter/errors.js';
import type { FontFace, FontLoader } from './font-faces.js';

/**
 * A font loader for browsers and workers. By default each face is fetched from
 * the URL beside the report module; a host that serves the fonts elsewhere (a
 * CDN) passes its own `resolveUrl`.
 */
export function createBrowserFontLoader(
  resolveUrl: (face: FontFace) => URL | string = (face) => face.url(),
): FontLoader {
  return async (face) => {
    const url = resolveUrl(face);
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
      throw new HarmonyError('network', `The report font ${face.file} could not be downloaded.`, {
        cause: error,
      });
    }
    if (!response.ok) {
      // A missing font is a deployment problem, not something a retry fixes.
      throw new HarmonyError(
        'unsupported',
        `The report font ${face.file} answered HTTP ${response.status}.`,
        {
          status: response.status,
        },
      );
    }
    return response.arrayBuffer();
  };
}

export const browserFontLoader: FontLoader = /* @__PURE__ */ createBrowserFontLoader();
