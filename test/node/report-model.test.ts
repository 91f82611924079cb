import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Conversation, Insight } from '../../src/adapter/types.js';
import { buildReportModel } from '../../src/report/index.js';
import { TRANSCRIPT_ONLY_SENTENCE, weeklySync } from '../fixtures/report/conversations.js';

const where = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
const withMedium = (medium: string) => buildReportModel({ ...weeklySync.conversation, medium }, []);
const factValue = (model: ReturnType<typeof buildReportModel>, label: string) =>
  model.facts.find((fact) => fact.label === label)?.value;

describe('report model', () => {
  it('lists title, date, duration, participants and medium in that order', () => {
    const model = buildReportModel(weeklySync.conversation, weeklySync.insights, where);
    assert.equal(model.title, 'Weekly Sales Sync');
    assert.deepEqual(model.facts, [
      { label: 'Date', value: 'Monday, 9 June 2025 at 17:00 CEST' },
      { label: 'Duration', value: '47 minutes' },
      { label: 'Participants', value: 'Ada Okafor, Ben Hartley, Priya Raman, tom.becker@harmony.example' },
      { label: 'Medium', value: 'Zoom' },
    ]);
    assert.equal(model.url, weeklySync.conversation.url);
  });

  it("formats the date in the caller's locale and time zone", () => {
    const model = buildReportModel(weeklySync.conversation, [], {
      locale: 'en-US',
      timeZone: 'America/New_York',
    });
    assert.equal(factValue(model, 'Date'), 'Monday, June 9, 2025 at 11:00 AM EDT');
  });

  it('puts the summary first, then action items, key points, and the others in the order given', () => {
    const insights: Insight[] = [
      { id: 'a', type: 'custom', title: 'Risks' },
      { id: 'b', type: 'key-points', title: 'Key points' },
      { id: 'c', type: 'custom', title: 'Open questions' },
      { id: 'd', type: 'action-items', title: 'Action items' },
      { id: 'e', type: 'summary', title: 'Summary' },
    ];
    const titles = buildReportModel(weeklySync.conversation, insights).insights.map(
      (insight) => insight.title,
    );
    assert.deepEqual(titles, ['Summary', 'Action items', 'Key points', 'Risks', 'Open questions']);
  });

  it('keeps owner and due date of action items, the due date as the calendar day given', () => {
    const model = buildReportModel(weeklySync.conversation, weeklySync.insights, {
      locale: 'en-GB',
      timeZone: 'America/Los_Angeles',
    });
    const actions = model.insights.find((insight) => insight.type === 'action-items')!;
    assert.deepEqual(actions.items[0], {
      text: 'Send the revised Northwind proposal with the 3-year term option',
      owner: 'Ben Hartley',
      due: '11 Jun 2025',
    });
    assert.deepEqual(actions.items[2], {
      text: 'Update the pipeline dashboard with the new stage definitions',
      owner: 'Tom Becker',
    });
  });

  it('shows a due date given as an instant with its time and zone where the reader is', () => {
    const insights: Insight[] = [
      {
        id: 'a',
        type: 'action-items',
        title: 'Action items',
        items: [{ text: 'Send the deck', due: '2025-06-11T23:30:00Z' }],
      },
    ];
    const due = (timeZone: string) =>
      buildReportModel(weeklySync.conversation, insights, { locale: 'en-GB', timeZone }).insights[0]!
        .items[0]!.due;
    // The same moment is the 12th in Berlin and still the 11th in Los Angeles: the zone says which.
    assert.equal(due('Europe/Berlin'), '12 Jun 2025, 01:30 CEST');
    assert.equal(due('America/Los_Angeles'), '11 Jun 2025, 16:30 GMT-7');
  });

  it('shows midnight UTC as the calendar day it stands for, in every zone', () => {
    for (const given of ['2025-06-11T00:00:00Z', '2025-06-11T00:00:00.000Z', '2025-06-11T00:00+00:00']) {
      const insights: Insight[] = [
        {
          id: 'a',
          type: 'action-items',
          title: 'Action items',
          items: [{ text: 'Send the deck', due: given }],
        },
      ];
      for (const timeZone of ['America/Los_Angeles', 'Asia/Tokyo']) {
        const model = buildReportModel(weeklySync.conversation, insights, { locale: 'en-GB', timeZone });
        assert.equal(model.insights[0]!.items[0]!.due, '11 Jun 2025', `${given} in ${timeZone}`);
      }
    }
  });

  it('says the medium as people say it and shows unknown ones as given', () => {
    const expected: Record<string, string> = {
      zoom: 'Zoom',
      teams: 'Microsoft Teams',
      meet: 'Google Meet',
      phone: 'Phone',
      webex: 'Webex',
      slack: 'Slack huddle',
      'Microsoft Teams': 'Microsoft Teams',
      'carrier pigeon': 'carrier pigeon',
      constructor: 'constructor',
    };
    for (const [medium, label] of Object.entries(expected)) {
      assert.equal(factValue(withMedium(medium), 'Medium'), label, medium);
    }
  });

  it('never carries the transcript, even when it rides along on the conversation', () => {
    const conversation = { ...weeklySync.conversation, transcript: weeklySync.transcript } as Conversation;
    const model = buildReportModel(conversation, weeklySync.insights);
    assert.ok(!JSON.stringify(model).includes(TRANSCRIPT_ONLY_SENTENCE));
  });

  it('says what is missing instead of failing on empty or malformed input', () => {
    const model = buildReportModel({} as Conversation, null as unknown as Insight[]);
    assert.equal(model.title, 'Untitled conversation');
    assert.deepEqual(
      model.facts.map((fact) => fact.value),
      ['Not recorded', 'Not recorded', 'No participants listed', 'Not recorded'],
    );
    assert.deepEqual(model.insights, []);
    assert.equal(model.url, '');

    const odd = buildReportModel(
      {
        ...weeklySync.conversation,
        participants: [null, { name: 42 }, 'x'],
        startedAt: 'yesterday',
      } as never,
      [null, 7, { type: 'mystery', items: 'not a list', text: '  ' }] as never,
      { locale: 'not a locale!!', timeZone: 'Mars/Olympus_Mons' },
    );
    assert.equal(factValue(odd, 'Participants'), '42');
    assert.equal(factValue(odd, 'Date'), 'Not recorded');
    assert.deepEqual(odd.insights, [{ type: 'custom', title: 'Insight', paragraphs: [], items: [] }]);
  });

  it('removes control and bidi-override characters and keeps paragraphs apart', () => {
    const model = buildReportModel(
      { ...weeklySync.conversation, title: 'Launch\u0000 review\u202e\u0007\tQ3' },
      [{ id: 's', type: 'summary', title: 'Summary', text: 'First line.\r\n\r\nSecond\u200b line.' }],
    );
    assert.equal(model.title, 'Launch review Q3');
    assert.deepEqual(model.insights[0]!.paragraphs, ['First line.', 'Second line.']);
  });
});
