/**
 * The adapter conformance suite. An integrator who writes their own
 * `HarmonyAdapter` runs these cases against it (with any test runner) to learn
 * whether Harmony's elements will behave with it: shapes, error codes, aborts.
 *
 * ```ts
 * for (const c of adapterConformanceCases({ adapter, ids })) test(c.name, c.run);
 * ```
 */
import { HarmonyError, type HarmonyErrorCode } from './errors.js';
import type { HarmonyAdapter } from './types.js';
import {
  abortedSignal,
  check,
  checkShape,
  checkUrl,
  describe,
  expectRejection,
} from './conformance-checks.js';
import { reportCases } from './conformance-report.js';
import { sharingCases } from './conformance-sharing.js';
import {
  conversationProblems,
  companionThreadProblems,
  insightProblems,
  shareLinkProblems,
  transcriptProblems,
} from './shape-problems.js';

export interface ConformanceSubject {
  adapter: HarmonyAdapter;
  ids: {
    /** A conversation the adapter's caller can read, with status `completed` and at least one insight. */
    completed: string;
    /** A readable conversation still `processing`. */
    processing: string;
    /** An id the backend does not know. */
    missing: string;
    /** A conversation that exists but the caller may not read; omit when the backend has no such case. */
    forbidden?: string;
  };
  /** The same backend without credentials; omit when the backend has no authentication. */
  unauthenticatedAdapter?: HarmonyAdapter;
  /**
   * The API's origin, when it serves plain `http:` (local development): the elements then accept
   * `http:` URLs on that origin only. Every other URL a backend returns must be `https:`.
   */
  apiOrigin?: string;
}

export interface ConformanceCase {
  name: string;
  run(): Promise<void>;
}

export interface ConformanceResult {
  passed: string[];
  failed: { name: string; message: string }[];
}

/** The cases, each independent; run them in order (later ones create links). */
export function adapterConformanceCases(subject: ConformanceSubject): ConformanceCase[] {
  const { adapter, ids, apiOrigin } = subject;
  // Called from untyped code too: say what the suite needs instead of failing on `undefined.completed`.
  const missingIds = (['completed', 'processing', 'missing'] as const).filter(
    (key) => typeof ids?.[key] !== 'string' || !ids[key],
  );
  if (!adapter || missingIds.length) {
    throw new TypeError(
      `The conformance suite needs { adapter, ids: { completed, processing, missing } }; missing: ${[
        ...(adapter ? [] : ['adapter']),
        ...missingIds.map((key) => `ids.${key}`),
      ].join(', ')}.`,
    );
  }
  const cases: ConformanceCase[] = [
    {
      name: 'getConversation returns a valid completed conversation',
      async run() {
        const conversation = await adapter.getConversation(ids.completed);
        checkShape(conversationProblems(conversation), 'The conversation');
        check(conversation.id === ids.completed, `id should be '${ids.completed}', got '${conversation.id}'`);
        check(
          conversation.status === 'completed',
          `status should be 'completed', got '${conversation.status}'`,
        );
        checkUrl(conversation.url, apiOrigin, 'The conversation url');
      },
    },
    {
      name: "getConversation reports a processing conversation's status",
      async run() {
        const conversation = await adapter.getConversation(ids.processing);
        checkShape(conversationProblems(conversation), 'The conversation');
        check(
          conversation.status === 'processing',
          `status should be 'processing', got '${conversation.status}'`,
        );
      },
    },
    {
      name: "getConversation rejects an unknown id with 'not-found'",
      run: () =>
        expectRejection(adapter.getConversation(ids.missing), 'not-found', 'getConversation(missing)'),
    },
    {
      name: 'getInsights returns valid insights',
      async run() {
        const insights = await adapter.getInsights(ids.completed);
        check(Array.isArray(insights), 'getInsights should resolve with an array');
        check(insights.length > 0, 'the completed conversation should have at least one insight');
        insights.forEach((insight, i) => checkShape(insightProblems(insight), `Insight ${i}`));
      },
    },
    {
      name: "getInsights rejects a processing conversation with 'not-ready'",
      run: () => expectRejection(adapter.getInsights(ids.processing), 'not-ready', 'getInsights(processing)'),
    },
    {
      name: 'createShareLink returns a new link each time',
      async run() {
        const first = await adapter.createShareLink(ids.completed);
        const second = await adapter.createShareLink(ids.completed);
        checkShape(shareLinkProblems(first), 'The share link');
        checkShape(shareLinkProblems(second), 'The share link');
        check(
          first.id !== second.id && first.url !== second.url,
          'two calls should create two distinct links',
        );
        checkUrl(first.url, apiOrigin, 'The share link url');
      },
    },
    {
      name: "createShareLink rejects a processing conversation with 'not-ready'",
      run: () =>
        expectRejection(adapter.createShareLink(ids.processing), 'not-ready', 'createShareLink(processing)'),
    },
    {
      name: 'startCompanionThread returns a thread carrying the suggestion',
      async run() {
        const suggestion = 'Summarize this meeting…';
        const thread = await adapter.startCompanionThread(ids.completed, { suggestion });
        checkShape(companionThreadProblems(thread), 'The thread');
        check(
          thread.suggestion === suggestion,
          `suggestion should be '${suggestion}', got '${thread.suggestion}'`,
        );
        checkUrl(thread.url, apiOrigin, 'The thread url');
      },
    },
    {
      name: "every method rejects an already-aborted signal with 'aborted'",
      async run() {
        const signal = abortedSignal();
        await expectRejection(
          adapter.getConversation(ids.completed, { signal }),
          'aborted',
          'getConversation',
        );
        await expectRejection(adapter.getInsights(ids.completed, { signal }), 'aborted', 'getInsights');
        await expectRejection(
          adapter.createShareLink(ids.completed, { signal }),
          'aborted',
          'createShareLink',
        );
        await expectRejection(
          adapter.startCompanionThread(ids.completed, { suggestion: 'x', signal }),
          'aborted',
          'startCompanionThread',
        );
        if (adapter.getTranscript) {
          await expectRejection(adapter.getTranscript(ids.completed, { signal }), 'aborted', 'getTranscript');
        }
        if (adapter.downloadReport) {
          await expectRejection(
            adapter.downloadReport(ids.completed, { signal }),
            'aborted',
            'downloadReport',
          );
        }
      },
    },
    {
      name: "a call aborted while in flight rejects with 'aborted'",
      async run() {
        const controller = new AbortController();
        const pending = adapter.getInsights(ids.completed, { signal: controller.signal });
        controller.abort();
        await expectRejection(pending, 'aborted', 'getInsights aborted in flight');
      },
    },
  ];

  if (adapter.getTranscript) {
    const getTranscript = adapter.getTranscript.bind(adapter);
    cases.push({
      name: 'getTranscript returns a valid transcript',
      async run() {
        const transcript = await getTranscript(ids.completed);
        checkShape(transcriptProblems(transcript), 'The transcript');
      },
    });
  }

  if (adapter.revokeShareLink) {
    const revoke = adapter.revokeShareLink.bind(adapter);
    cases.push({
      name: "revokeShareLink ends a link, again without error (idempotent); an unknown link is 'not-found'",
      async run() {
        const link = await adapter.createShareLink(ids.completed);
        await revoke(ids.completed, link.id);
        // A retried DELETE whose first answer was lost must not turn a success into a failure.
        await revoke(ids.completed, link.id);
        await expectRejection(
          revoke(ids.completed, `${link.id}-never-created`),
          'not-found',
          'revokeShareLink(unknown link)',
        );
      },
    });
  }

  if (adapter.downloadReport) {
    const download = adapter.downloadReport.bind(adapter);
    const fallbackCodes: HarmonyErrorCode[] = ['unsupported', 'unavailable', 'timeout', 'invalid-response'];
    cases.push({
      name: 'downloadReport returns a PDF, or fails with a code that lets the browser make it',
      async run() {
        let report;
        try {
          report = await download(ids.completed);
        } catch (error) {
          check(
            error instanceof HarmonyError,
            `downloadReport should reject with a HarmonyError, got ${describe(error)}`,
          );
          check(
            fallbackCodes.includes(error.code),
            `downloadReport failed with '${error.code}'; only ${fallbackCodes.join(', ')} let the browser fall back`,
          );
          return;
        }
        check(report.blob instanceof Blob && report.blob.size > 0, 'the report should be a non-empty Blob');
        check(/\.pdf$/i.test(report.filename), `the filename should end in .pdf, got '${report.filename}'`);
      },
    });
  }

  if (ids.forbidden) {
    const forbidden = ids.forbidden;
    cases.push({
      name: "a conversation the caller may not read is 'forbidden'",
      run: () =>
        expectRejection(adapter.getConversation(forbidden), 'forbidden', 'getConversation(forbidden)'),
    });
  }

  if (subject.unauthenticatedAdapter) {
    const anonymous = subject.unauthenticatedAdapter;
    cases.push({
      name: "a caller without credentials is 'unauthenticated'",
      run: () =>
        expectRejection(
          anonymous.getConversation(ids.completed),
          'unauthenticated',
          'getConversation signed out',
        ),
    });
  }

  return [...cases, ...sharingCases(subject), ...reportCases(subject)];
}

/** Runs every case and reports, for runners-free use (a script, a CI step, a health page). */
export async function runAdapterConformance(subject: ConformanceSubject): Promise<ConformanceResult> {
  const result: ConformanceResult = { passed: [], failed: [] };
  for (const testCase of adapterConformanceCases(subject)) {
    try {
      await testCase.run();
      result.passed.push(testCase.name);
    } catch (error) {
      result.failed.push({ name: testCase.name, message: describe(error) });
    }
  }
  return result;
}
