// Conformance cases for the optional sharing methods: who can open a link, checking one teammate, link
// expiry. An adapter without a method skips its cases; one with it must answer in the documented shapes.
import { abortedSignal, check, checkShape, expectRejection } from './conformance-checks.js';
import type { ConformanceCase, ConformanceSubject } from './conformance.js';
import { shareAccessProblems, shareAudienceProblems } from './shape-problems.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function sharingCases({ adapter, ids }: ConformanceSubject): ConformanceCase[] {
  const cases: ConformanceCase[] = [
    {
      name: 'createShareLink with expiresInDays: 7 expires seven days after it was made, if it says when',
      async run() {
        const link = await adapter.createShareLink(ids.completed, { expiresInDays: 7 });
        if (link.expiresAt === undefined) return;
        const days = (Date.parse(link.expiresAt) - Date.parse(link.createdAt)) / DAY_MS;
        check(
          Math.abs(days - 7) < 1 / 24,
          `expiresAt should be 7 days after createdAt, is ${days.toFixed(2)}`,
        );
      },
    },
  ];
  const { getShareAudience, checkShareAccess } = adapter;
  if (getShareAudience) {
    const audience = getShareAudience.bind(adapter);
    cases.push(
      {
        name: 'getShareAudience names people with a reason each, and teams',
        async run() {
          checkShape(shareAudienceProblems(await audience(ids.completed)), 'getShareAudience(completed)');
        },
      },
      {
        name: "getShareAudience of an unknown conversation is 'not-found'; an aborted one 'aborted'",
        async run() {
          await expectRejection(audience(ids.missing), 'not-found', 'getShareAudience(missing)');
          await expectRejection(
            audience(ids.completed, { signal: abortedSignal() }),
            'aborted',
            'getShareAudience',
          );
        },
      },
    );
  }
  if (checkShareAccess) {
    const access = checkShareAccess.bind(adapter);
    cases.push(
      {
        name: 'checkShareAccess answers someone nobody knows plainly: cannot open, unknown-person',
        async run() {
          const answer = await access(ids.completed, 'Nobody Anyone-Knows 7f3a9c');
          checkShape(shareAccessProblems(answer), 'checkShareAccess(unknown person)');
          check(answer.canOpen === false, 'an unknown person cannot open the link');
          check(
            answer.because === 'unknown-person',
            `because should be 'unknown-person', got '${answer.because}'`,
          );
        },
      },
      {
        name: "checkShareAccess with an aborted signal rejects with 'aborted'",
        run: () =>
          expectRejection(
            access(ids.completed, 'someone', { signal: abortedSignal() }),
            'aborted',
            'checkShareAccess',
          ),
      },
    );
  }
  if (getShareAudience && checkShareAccess) {
    const audience = getShareAudience.bind(adapter);
    const access = checkShareAccess.bind(adapter);
    cases.push({
      name: 'checkShareAccess agrees with getShareAudience: each person it names can open it, for the same reason',
      async run() {
        const { people } = await audience(ids.completed);
        for (const person of people.slice(0, 3)) {
          const answer = await access(ids.completed, person.email ?? person.name);
          const where = `checkShareAccess(${JSON.stringify(person.email ?? person.name)})`;
          checkShape(shareAccessProblems(answer), where);
          check(answer.canOpen, `${where} should say they can open it, as the audience does`);
          check(
            answer.because === person.because,
            `${where}: because is '${answer.because}', the audience says '${person.because}'`,
          );
          check(
            person.team === undefined || answer.team === person.team,
            `${where}: team is '${answer.team}', the audience says '${person.team}'`,
          );
        }
      },
    });
  }
  return cases;
}
