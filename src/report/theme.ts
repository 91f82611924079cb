import type { TextStyle } from './layout/typeset.js';

export type PageSize = 'a4' | 'letter';

/** Page sizes in points (1/72 inch). */
export const PAGE_SIZES: Readonly<Record<PageSize, { width: number; height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export const MARGIN = { top: 56, bottom: 64, side: 56 } as const;

export const COLOR = {
  ink: '#111827',
  body: '#1f2937',
  muted: '#6b7280',
  accent: '#4338ca',
  rule: '#e5e7eb',
  panel: '#f4f4fb',
  white: '#ffffff',
} as const;

/** A text style with the line height it is set at. */
export interface TypeRole extends TextStyle {
  leading: number;
}

/** The typographic scale, largest to smallest; body text sits at 10.5 pt for print. */
export const TYPE = {
  title: { weight: 'bold', size: 22, leading: 28, color: COLOR.ink },
  heading: { weight: 'bold', size: 13.5, leading: 18, color: COLOR.ink },
  eyebrow: { weight: 'bold', size: 8.5, leading: 12, color: COLOR.accent, charSpace: 0.8 },
  body: { weight: 'regular', size: 10.5, leading: 15.5, color: COLOR.body },
  factLabel: { weight: 'bold', size: 8.5, leading: 15.5, color: COLOR.muted, charSpace: 0.4 },
  caption: { weight: 'bold', size: 10, leading: 14, color: COLOR.ink },
  link: { weight: 'regular', size: 9, leading: 12.5, color: COLOR.accent },
  meta: { weight: 'regular', size: 8.5, leading: 12.5, color: COLOR.muted },
  footer: { weight: 'regular', size: 8, leading: 10, color: COLOR.muted },
} as const satisfies Record<string, TypeRole>;

export const SPACE = {
  afterEyebrow: 6,
  beforeFacts: 16,
  factLabelWidth: 96,
  factRowGap: 3,
  beforePanel: 18,
  panelPadding: 14,
  qrSize: 84,
  beforeInsights: 26,
  beforeHeading: 20,
  afterHeading: 4,
  paragraphGap: 6,
  itemGap: 6,
  listIndent: 18,
  footerGap: 24,
} as const;
