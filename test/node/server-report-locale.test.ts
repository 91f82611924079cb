import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contentDisposition } from '../../server/report/filename.js';
import { startServer } from '../../server/serve.js';
import { readPdf } from '../fixtures/report/read-pdf.js';
import { call, type RunningServer } from './helpers/server.js';

const REPORT = '/v1/conversations/weekly-sync/report.pdf';

describe('reference server: report.pdf in the reader’s language', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  test('?locale=de answers a German PDF under a German file name, with an ASCII fallback', async () => {
    const response = await call(server, `${REPORT}?locale=de`, { as: 'cy' });
    assert.equal(response.status, 200);
    assert.equal(
      response.headers.get('content-disposition'),
      `attachment; filename="Gespraechsbericht mit Erkenntnissen.pdf"; ` +
        `filename*=UTF-8''Gespr%C3%A4chsbericht%20mit%20Erkenntnissen.pdf`,
    );
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    for (const german of ['GESPRÄCHSBERICHT MIT ERKENNTNISSEN', 'TEILNEHMER', 'DATUM'])
      assert.ok(pdf.text.includes(german), german);
    assert.match(pdf.text, new RegExp(`Seite 1 von ${pdf.pageCount}`));
    assert.ok(!pdf.text.includes('PARTICIPANTS'));
  });

  test('a name in another script falls back to the English name for clients that read only filename=', async () => {
    const response = await call(server, `${REPORT}?locale=ar`, { as: 'cy', method: 'HEAD' });
    assert.equal(response.status, 200);
    const disposition = response.headers.get('content-disposition') ?? '';
    assert.match(disposition, /filename="Conversation Insights Report\.pdf"/);
    const encoded = disposition.match(/filename\*=UTF-8''(.*)$/)?.[1] ?? '';
    assert.equal(decodeURIComponent(encoded), 'تقرير رؤى المحادثة.pdf');
  });

  test('without ?locale= the first Accept-Language picks the words', async () => {
    const response = await call(server, REPORT, {
      as: 'cy',
      method: 'HEAD',
      headers: { 'Accept-Language': 'ja-JP,ja;q=0.9,en;q=0.5' },
    });
    const encoded = response.headers.get('content-disposition')?.match(/filename\*=UTF-8''(.*)$/)?.[1];
    assert.equal(decodeURIComponent(encoded ?? ''), '会話インサイトレポート.pdf');
  });

  test('a malformed locale, or one that tries to add a header line, is a 400', async () => {
    for (const locale of ['de_DE!', 'de%0d%0aSet-Cookie:%20x=1', 'a'.repeat(40), '']) {
      const response = await call(server, `${REPORT}?locale=${locale}`, { as: 'cy' });
      assert.equal(response.status, 400, locale);
      assert.equal(response.headers.get('set-cookie'), null);
      assert.match((await response.json()).error.message, /locale= takes/);
    }
  });
});

describe('Content-Disposition of a report', () => {
  test('never carries a line break, quote, backslash or path into the header', () => {
    const header = contentDisposition('Q3 "review"\r\nSet-Cookie: x=1\\..\\/etc.pdf');
    assert.ok(!/[\r\n]/.test(header), header);
    const ascii = header.match(/filename="([^"]*)"/)?.[1];
    assert.ok(ascii && !/["\\/]/.test(ascii), header);
    const encoded = header.match(/filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]*)$/)?.[1];
    assert.ok(encoded, `only RFC 5987 attr-chars: ${header}`);
    assert.ok(!decodeURIComponent(encoded).includes('/'));
  });
});
