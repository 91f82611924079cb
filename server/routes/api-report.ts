import { Hono } from 'hono';
import type { ReportSection } from '../../src/adapter/types.js';
import { inReportOrder, REPORT_SECTIONS, reportSectionsProblem } from '../../src/adapter/report-sections.js';
import { apiError } from '../api-error.js';
import { conversationJson } from '../conversation-json.js';
import type { AppEnv } from '../env.js';
import type { ReportFailureSwitch } from '../report-failure.js';
import { contentDisposition, reportFilename } from '../report/filename.js';
import { ReportPoolFull, type ReportPool } from '../report/pool.js';
import type { Store } from '../store/index.js';
import { requireCompleted } from './api-guards.js';

/** The longest language tag taken (BCP 47 tags in use are far shorter). */
const MAX_LOCALE_LENGTH = 35;

/** The reader's first language, for the report's words and dates; the server's default without one. */
function preferredLocale(header: string | undefined): string | undefined {
  const first = header?.split(',')[0]?.split(';')[0]?.trim();
  // As long as a `locale=` may be: a made-up tag must not buy a fresh render per request.
  if (!first || first === '*' || first.length > MAX_LOCALE_LENGTH) return undefined;
  try {
    return Intl.getCanonicalLocales(first)[0];
  } catch {
    return undefined;
  }
}

/** The longest `sections=` that can name each section once; anything longer is refused unread. */
const MAX_SECTIONS_QUERY = REPORT_SECTIONS.join(',').length + 2 * REPORT_SECTIONS.length;

/**
 * `?sections=summary,action-items`: the insights to include, by type (all when absent). Anything else —
 * empty, an unknown name (the transcript is never a section), a name twice, the parameter twice — is a
 * refusal in words, never a report quietly made of something other than what was asked.
 */
function sectionsOf(asked: string[] | undefined): ReportSection[] | undefined | { problem: string } {
  if (asked === undefined || asked.length === 0) return undefined;
  if (asked.length > 1) return { problem: 'sections= is given more than once; give it once, as a list.' };
  const query = asked[0]!;
  if (query.length > MAX_SECTIONS_QUERY) return { problem: 'sections= is longer than any list of sections.' };
  const names = query === '' ? [] : query.split(',').map((part) => part.trim());
  const problem = reportSectionsProblem(names);
  // One order, so the same choice asked in another order is the same cached report.
  return problem ? { problem: `sections=: ${problem}` } : inReportOrder(names as ReportSection[]);
}

/** `?locale=de`: a well-formed BCP 47 tag, canonical, for the report's words and dates; null when malformed. */
function localeOf(query: string | undefined): string | undefined | null {
  if (query === undefined) return undefined;
  try {
    return query.length <= MAX_LOCALE_LENGTH ? (Intl.getCanonicalLocales(query)[0] ?? null) : null;
  } catch {
    return null;
  }
}

/** Seconds a client should wait before asking again when every report worker is busy. */
const RETRY_AFTER_SECONDS = 2;

const pdfHeaders = (filename: string) => ({
  'content-type': 'application/pdf',
  'content-disposition': contentDisposition(filename),
  'cache-control': 'no-store',
});

/**
 * GET /v1/conversations/{id}/report.pdf: the Conversation Insights Report, made by the same renderer
 * the browser falls back to. The failure switch makes it answer 501 or 503 on demand, so the
 * client-side fallback can always be shown. Rendering happens in the report pool, never on the event
 * loop; HEAD answers from the checks alone.
 */
export function reportRoute(store: Store, failure: ReportFailureSwitch, pool: ReportPool): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/:id/report.pdf', requireCompleted, async (c) => {
    if (failure.status === 503) return apiError(c, 503, 'The report service is unavailable right now.');
    if (failure.status === 501) {
      return apiError(c, 501, 'Server-side reports are switched off; render it client-side.', 'unsupported');
    }
    const sections = sectionsOf(c.req.queries('sections'));
    if (sections && 'problem' in sections) {
      const expected = `sections= takes a comma-separated list of: ${REPORT_SECTIONS.join(', ')}.`;
      return apiError(c, 400, `${sections.problem} ${expected}`);
    }
    const asked = localeOf(c.req.query('locale'));
    if (asked === null) return apiError(c, 400, 'locale= takes a BCP 47 language tag, such as de or ja-JP.');
    const locale = asked ?? preferredLocale(c.req.header('accept-language'));
    // Hono answers HEAD with the GET handler; a HEAD must not cost a render.
    if (c.req.method === 'HEAD') return c.body(null, 200, pdfHeaders(reportFilename(locale)));
    const record = c.get('conversation');
    const conversation = conversationJson(c, record);
    try {
      const key = JSON.stringify([conversation.id, conversation.url, locale, sections]);
      const report = await pool.render(key, {
        conversation,
        insights: await store.insightsOf(record.id),
        locale,
        sections,
      });
      return c.body(report.bytes.slice().buffer as ArrayBuffer, 200, pdfHeaders(report.filename));
    } catch (error) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      if (error instanceof ReportPoolFull) return apiError(c, 503, error.message, 'unavailable');
      console.error('Rendering a report failed:', error);
      return apiError(c, 503, 'The report could not be rendered.', 'unavailable');
    }
  });
  return routes;
}
