import { Hono } from 'hono';
import { isHarmonyError } from '../../src/adapter/errors.js';
import { renderReportPdf } from '../../src/report/index.js';
import { apiError } from '../api-error.js';
import { conversationJson } from '../conversation-json.js';
import type { AppEnv } from '../env.js';
import type { ReportFailureSwitch } from '../report-failure.js';
import type { Store } from '../store.js';
import { requireCompleted } from './api-guards.js';

/** `attachment` with both the plain and the RFC 5987 form, so any client reads the name. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The reader's first language, for dates in the report; the server's default without one. */
function preferredLocale(header: string | undefined): string | undefined {
  const first = header?.split(',')[0]?.split(';')[0]?.trim();
  if (!first || first === '*') return undefined;
  try {
    return Intl.getCanonicalLocales(first)[0];
  } catch {
    return undefined;
  }
}

/**
 * GET /v1/conversations/{id}/report.pdf: the Conversation Insights Report, made by the same renderer
 * the browser falls back to. The failure switch makes it answer 501 or 503 on demand, so the
 * client-side fallback can always be shown.
 */
export function reportRoute(store: Store, failure: ReportFailureSwitch): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/:id/report.pdf', requireCompleted, async (c) => {
    if (failure.status === 503) return apiError(c, 503, 'The report service is unavailable right now.');
    if (failure.status === 501) {
      return apiError(c, 501, 'Server-side reports are switched off; render it client-side.', 'unsupported');
    }
    const record = c.get('conversation');
    try {
      // The package's `./report` entry, as an integrator's backend would call it (fonts read from the package).
      const report = await renderReportPdf(conversationJson(c, record), store.insightsOf(record.id), {
        locale: preferredLocale(c.req.header('accept-language')),
        signal: c.req.raw.signal,
      });
      return c.body(report.bytes.slice().buffer as ArrayBuffer, 200, {
        'content-type': 'application/pdf',
        'content-disposition': contentDisposition(report.filename),
        'cache-control': 'no-store',
      });
    } catch (error) {
      const detail = isHarmonyError(error) ? error.message : 'The report could not be rendered.';
      return apiError(c, 503, detail, 'unavailable');
    }
  });
  return routes;
}
