import type { InsightType } from '../../adapter/types.js';

/** The places meetings happen whose names change with the language (brand names never do). */
export type GenericMedium = 'phone' | 'slackHuddle' | 'inPerson' | 'upload';

/**
 * Every fixed word the report prints, in one language. Plain strings only, so a set of words can be
 * posted to the report's worker; `{name}` marks where a value goes.
 */
export interface ReportWords {
  /** The language these words are in, as a BCP 47 tag: it cases the labels and names the PDF's language. */
  lang: string;
  reportName: string;
  /** The PDF's file name: the report's name, without characters file systems refuse. */
  filename: string;
  creator: string;
  untitled: string;
  date: string;
  duration: string;
  participants: string;
  medium: string;
  notRecorded: string;
  noParticipants: string;
  /** Between two participants' names. */
  listSeparator: string;
  insights: string;
  noInsights: string;
  emptyInsight: string;
  /** An insight's heading again on the page it goes on to: '{title} (continued)'. */
  continued: string;
  owner: string;
  due: string;
  /** A label and its value on one line: '{label}: {value}' gives 'Owner: Ben'. */
  labelled: string;
  qrCaption: string;
  /** What a screen reader says for the QR code (its URL follows). */
  qrAlt: string;
  linkCaption: string;
  access: string;
  noLink: string;
  /** The footer's counter, 'Page {page} of {count}'; the numbers come formatted for the locale. */
  page: string;
  defaultTitles: Readonly<Record<InsightType, string>>;
  mediums: Readonly<Record<GenericMedium, string>>;
}
