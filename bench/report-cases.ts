/**
 * The reports the bench renders, from the reference server's fixtures: the weekly sync (a typical
 * report), the same with its action items repeated to 100 and to 1,000, and the multi-script kickoff.
 */
import type { Conversation, Insight } from '../src/adapter/types.js';
import { loadFixtures } from '../server/fixtures.js';

export interface ReportCase {
  label: string;
  conversation: Conversation;
  insights: Insight[];
}

function fixture(id: string): { conversation: Conversation; insights: Insight[] } {
  const record = loadFixtures().conversations.find((candidate) => candidate.conversation.id === id);
  if (!record) throw new Error(`No conversation "${id}" in server/fixtures/conversations.json.`);
  // What the API returns: no store-only fields, and the page URL the report's QR code points to.
  const { createdBy: _createdBy, team: _team, ...fields } = record.conversation;
  return {
    conversation: { ...fields, url: `https://harmony.example/conversations/${fields.id}` },
    insights: record.insights,
  };
}

/** The fixture with its action items repeated until there are `count`, each numbered so no two lines match. */
function withActionItems(base: ReportCase, count: number): ReportCase {
  const insights = base.insights.map((insight) => {
    const items = insight.items;
    if (insight.type !== 'action-items' || !items?.length) return insight;
    const repeated = Array.from({ length: count }, (_, index) => {
      const item = items[index % items.length]!;
      return { ...item, text: `${item.text} (${index + 1})` };
    });
    return { ...insight, items: repeated };
  });
  return { ...base, label: `weekly sync, ${count.toLocaleString('en-US')} action items`, insights };
}

export function typicalReport(): ReportCase {
  return { label: 'weekly sync (typical)', ...fixture('weekly-sync') };
}

/** Typical, 100 and 1,000 action items: the last is the size DESIGN.md §6 budgets. */
export function scaledReports(): ReportCase[] {
  const typical = typicalReport();
  return [typical, withActionItems(typical, 100), withActionItems(typical, 1000)];
}

export function multiScriptReport(): ReportCase {
  return { label: 'global kickoff (Latin, Greek, Cyrillic, Arabic, CJK)', ...fixture('global-kickoff') };
}

/** The weekly sync with participants named in Chinese, Japanese and Korean: a few CJK names. */
export function cjkNamesReport(): ReportCase {
  const typical = typicalReport();
  const names = ['李雷', '韩梅梅', '王芳', '陳美麗', '佐藤花子', '김민준'];
  return {
    ...typical,
    label: 'weekly sync, six CJK participants',
    conversation: { ...typical.conversation, participants: names.map((name) => ({ name })) },
  };
}
