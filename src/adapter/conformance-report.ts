// Conformance cases for downloadReport's options: the sections and language of the report. An adapter
// without downloadReport skips them; one with it must make a PDF, refuse what no report can hold, and stop
// when aborted.
import { HarmonyError, type HarmonyErrorCode } from './errors.js';
import { abortedSignal, check, describe, expectRefusal, expectRejection } from './conformance-checks.js';
import type { ConformanceCase, ConformanceSubject } from './conformance.js';
import type { ReportSection } from './types.js';

/** The codes after which the elements make the report in the browser instead. */
const FALLBACK_CODES: readonly HarmonyErrorCode[] = [
  'unsupported',
  'unavailable',
  'timeout',
  'invalid-response',
];

async function startsLikePdf(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === '%PDF-';
}

export function reportCases({ adapter, ids }: ConformanceSubject): ConformanceCase[] {
  if (!adapter.downloadReport) return [];
  const download = adapter.downloadReport.bind(adapter);
  // What a host's JavaScript may pass although the types forbid it.
  const wrong = (sections: unknown[]) => sections as ReportSection[];
  return [
    {
      name: 'downloadReport with sections and a locale returns a PDF, or fails with a code that lets the browser make it',
      async run() {
        let report;
        try {
          report = await download(ids.completed, { sections: ['action-items'], locale: 'de' });
        } catch (error) {
          check(
            error instanceof HarmonyError,
            `downloadReport should reject with a HarmonyError, got ${describe(error)}`,
          );
          check(
            FALLBACK_CODES.includes(error.code),
            `downloadReport(sections, locale) failed with '${error.code}'; only ${FALLBACK_CODES.join(', ')} let the browser fall back`,
          );
          return;
        }
        check(await startsLikePdf(report.blob), 'the report should be a PDF (its bytes start with %PDF-)');
        check(/\.pdf$/i.test(report.filename), `the filename should end in .pdf, got '${report.filename}'`);
      },
    },
    {
      name: 'downloadReport refuses an unknown section, the transcript and an empty list with a HarmonyError',
      async run() {
        for (const sections of [['summary', 'bogus'], ['transcript'], []]) {
          await expectRefusal(
            download(ids.completed, { sections: wrong(sections) }),
            `downloadReport(sections: ${JSON.stringify(sections)})`,
          );
        }
      },
    },
    {
      name: "downloadReport with sections rejects with 'aborted' when aborted before or while it runs",
      async run() {
        const options = { sections: ['summary', 'key-points'] as ReportSection[], locale: 'en' };
        await expectRejection(
          download(ids.completed, { ...options, signal: abortedSignal() }),
          'aborted',
          'downloadReport aborted before it started',
        );
        const controller = new AbortController();
        const pending = download(ids.completed, { ...options, signal: controller.signal });
        controller.abort();
        await expectRejection(pending, 'aborted', 'downloadReport aborted in flight');
      },
    },
  ];
}
