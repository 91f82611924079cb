import type { Conversation, Insight, InsightType } from '../adapter/types.js';
import { formatDue, formatDuration, formatStart } from './formatting.js';
import type { ReportLocale } from './formatting.js';
import { mediumLabel } from './medium.js';
import { cleanInline, cleanParagraphs } from './sanitize.js';

/** Every fixed word the report prints. */
export const REPORT_TEXT = {
  reportName: 'Conversation Insights Report',
  creator: 'Harmony',
  untitled: 'Untitled conversation',
  date: 'Date',
  duration: 'Duration',
  participants: 'Participants',
  medium: 'Medium',
  notRecorded: 'Not recorded',
  noParticipants: 'No participants listed',
  insights: 'Insights',
  noInsights: 'No insights are available for this conversation yet.',
  emptyInsight: 'No details were generated for this insight.',
  continued: '(continued)',
  owner: 'Owner',
  due: 'Due',
  qrCaption: 'Scan to open this conversation in Harmony',
  /** What a screen reader says for the QR code (its URL follows). */
  qrAlt: 'QR code: link to this conversation in Harmony',
  linkCaption: 'Open this conversation in Harmony',
  access: 'Only people signed in to Harmony whose role can read this conversation can open it.',
  noLink: 'No link to this conversation was provided.',
  defaultTitles: {
    summary: 'Summary',
    'action-items': 'Action items',
    'key-points': 'Key points',
    custom: 'Insight',
  } satisfies Record<InsightType, string>,
} as const;

export interface ReportFact {
  label: string;
  value: string;
}

export interface ReportItem {
  text: string;
  owner?: string;
  /** Already formatted for the reader. */
  due?: string;
}

export interface ReportInsight {
  type: InsightType;
  title: string;
  paragraphs: string[];
  items: ReportItem[];
}

/** What the report shows, in reading order, as plain text ready to lay out. */
export interface ReportModel {
  title: string;
  /** Date, duration, participants and medium, in that order. */
  facts: ReportFact[];
  /** The conversation page the QR code and the printed link point to ('' when none was given). */
  url: string;
  /** Summary first, then action items, key points, then the others in the order given. */
  insights: ReportInsight[];
}

const INSIGHT_ORDER: readonly InsightType[] = ['summary', 'action-items', 'key-points'];

function insightType(value: unknown): InsightType {
  return INSIGHT_ORDER.includes(value as InsightType) ? (value as InsightType) : 'custom';
}

function rank(type: InsightType): number {
  const index = INSIGHT_ORDER.indexOf(type);
  return index === -1 ? INSIGHT_ORDER.length : index;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

function participantNames(participants: unknown): string[] {
  return asArray(participants)
    .map((participant) => {
      const { name, email } = asRecord(participant);
      return cleanInline(name) || cleanInline(email);
    })
    .filter((name) => name.length > 0);
}

function reportItem(value: unknown, where: ReportLocale): ReportItem | undefined {
  const fields = asRecord(value);
  const item: ReportItem = { text: cleanParagraphs(fields.text).join(' ') };
  const owner = cleanInline(fields.owner);
  const due = formatDue(fields.due, where);
  if (owner) item.owner = owner;
  if (due) item.due = due;
  return item.text || item.owner || item.due ? item : undefined;
}

function reportInsight(value: unknown, where: ReportLocale): ReportInsight {
  const fields = asRecord(value);
  const type = insightType(fields.type);
  return {
    type,
    title: cleanInline(fields.title) || REPORT_TEXT.defaultTitles[type],
    paragraphs: cleanParagraphs(fields.text),
    items: asArray(fields.items)
      .map((item) => reportItem(item, where))
      .filter((item): item is ReportItem => item !== undefined),
  };
}

/**
 * The report's content from a conversation and its insights. Pure and total:
 * any shape of input gives a model. Only the fields named here are read, so a
 * transcript riding along on the conversation never reaches the report.
 */
export function buildReportModel(
  conversation: Conversation,
  insights: readonly Insight[],
  where: ReportLocale = {},
): ReportModel {
  const fields = asRecord(conversation);
  const names = participantNames(fields.participants);
  const ranked = asArray(insights)
    .filter((insight) => insight !== null && typeof insight === 'object')
    .map((insight) => reportInsight(insight, where))
    .map((insight, position) => ({ insight, position }))
    .sort((a, b) => rank(a.insight.type) - rank(b.insight.type) || a.position - b.position);
  return {
    title: cleanInline(fields.title) || REPORT_TEXT.untitled,
    facts: [
      { label: REPORT_TEXT.date, value: formatStart(fields.startedAt, where) ?? REPORT_TEXT.notRecorded },
      {
        label: REPORT_TEXT.duration,
        value: formatDuration(fields.durationSeconds, where) ?? REPORT_TEXT.notRecorded,
      },
      {
        label: REPORT_TEXT.participants,
        value: names.length ? names.join(', ') : REPORT_TEXT.noParticipants,
      },
      { label: REPORT_TEXT.medium, value: mediumLabel(fields.medium) || REPORT_TEXT.notRecorded },
    ],
    url: cleanInline(fields.url),
    insights: ranked.map(({ insight }) => insight),
  };
}
