import { cleanInline } from './sanitize.js';

/** Where and when the reader is: both passed to Intl, both optional. */
export interface ReportLocale {
  /**
   * BCP 47 tag such as 'en-GB': the report's words (its exact tag, then its language, else English),
   * its direction (Arabic, Hebrew, Persian and Urdu right to left) and how dates and numbers are
   * written; the runtime's default for dates when absent or invalid.
   */
  locale?: string;
  /** IANA zone such as 'Europe/Berlin'; the runtime's default when absent or invalid. */
  timeZone?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to make and a long report formats a date per action item: one per setting. */
function dateTimeFormat(where: ReportLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${where.locale}\u0000${where.timeZone}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = makeDateTimeFormat(where, options)));
  return format;
}

// Intl throws RangeError on a malformed locale or an unknown zone; a report must still come out.
function makeDateTimeFormat(where: ReportLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const attempts: [string | undefined, string | undefined][] = [
    [where.locale, where.timeZone],
    [undefined, where.timeZone],
    [undefined, undefined],
  ];
  for (const [locale, timeZone] of attempts) {
    try {
      return new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) });
    } catch {
      // fall through to a more forgiving combination
    }
  }
  return new Intl.DateTimeFormat('en', options);
}

function safeLocale(locale: string | undefined): string | undefined {
  try {
    return locale ? Intl.getCanonicalLocales(locale)[0] : undefined;
  } catch {
    return undefined;
  }
}

function parseInstant(value: unknown): Date | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** 'Monday, 9 June 2025 at 17:00 CEST' — the start of the meeting where the reader is. */
export function formatStart(startedAt: unknown, where: ReportLocale): string | undefined {
  const date = parseInstant(startedAt);
  if (!date) return undefined;
  return dateTimeFormat(where, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

// Formats are made once per locale and process, like the date formats above: making one costs more than
// the report's whole model.
const unitFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function unitFormat(locale: string | undefined, unit: 'hour' | 'minute' | 'second'): Intl.NumberFormat {
  const key = `${locale ?? ''}\u0000${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
    unitFormats.set(key, format);
  }
  return format;
}

function listFormat(locale: string | undefined): Intl.ListFormat {
  let format = listFormats.get(locale ?? '');
  if (!format)
    listFormats.set(locale ?? '', (format = new Intl.ListFormat(locale, { type: 'unit', style: 'long' })));
  return format;
}

/** '1 hour, 5 minutes' in the reader's language; under a minute it counts seconds. */
export function formatDuration(seconds: unknown, where: ReportLocale): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return undefined;
  const locale = safeLocale(where.locale);
  const unit = (value: number, name: 'hour' | 'minute' | 'second') => unitFormat(locale, name).format(value);
  if (seconds < 60) return unit(Math.round(seconds), 'second');
  const totalMinutes = Math.round(seconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts = [
    hours > 0 ? unit(hours, 'hour') : '',
    minutes > 0 || hours === 0 ? unit(minutes, 'minute') : '',
  ];
  return listFormat(locale).format(parts.filter(Boolean));
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** How many backends write a date as an instant: its day at midnight UTC, nothing set after it. */
const UTC_MIDNIGHT = /^\d{4}-\d{2}-\d{2}T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$/;
const CALENDAR_DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };

/**
 * A due date. A bare 'YYYY-MM-DD' is a calendar day, not an instant, so it is
 * shown in UTC: otherwise a reader west of Greenwich would see the day before.
 * So is midnight UTC ('2025-06-11T00:00:00Z'), the way many APIs write a day.
 * Any other instant is due at a moment: its day, time and zone where the reader is.
 */
export function formatDue(due: unknown, where: ReportLocale): string | undefined {
  const given = cleanInline(due);
  if (!given) return undefined;
  const date = parseInstant(given);
  if (!date) return given;
  if (DATE_ONLY.test(given) || UTC_MIDNIGHT.test(given))
    return dateTimeFormat({ locale: where.locale, timeZone: 'UTC' }, CALENDAR_DAY).format(date);
  return dateTimeFormat(where, {
    ...CALENDAR_DAY,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}
