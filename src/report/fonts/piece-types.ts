/** One slice of a font: the code points it covers and, per weight it ships in, where its file is. */
export interface PieceEntry {
  name: string;
  /** Covered code points as comma-separated hex ranges: '20-7e,a0-ff'. */
  ranges: string;
  regular: () => URL;
  bold?: () => URL;
}

/** A font family as the slicing script wrote it: every piece, in the order they are tried. */
export interface FamilyPieces {
  id: string;
  /** The family's file-name stem, such as 'NotoSans'. */
  name: string;
  /** The npm package it was sliced from (all SIL Open Font License 1.1). */
  source: string;
  /** The licence file beside the pieces. */
  license: string;
  pieces: readonly PieceEntry[];
}
