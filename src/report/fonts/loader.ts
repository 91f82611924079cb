import type { FontPiece } from './piece-index.js';

/** Fetches or reads the bytes of one font piece; injected so each environment (and each test) brings its own. */
export type FontLoader = (piece: FontPiece) => Promise<ArrayBuffer | Uint8Array>;
