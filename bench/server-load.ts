/**
 * The reference server under report load (DESIGN.md §6): GET conversation p99 at rest, then while
 * four reports render, against a server in its own process on 127.0.0.1, so the load generator
 * never shares the server's event loop. Bounded: a fixed number of requests, and a time cap.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms, table, type BenchPart } from './markdown.js';
import { progress } from './progress.js';
import { median, percentile } from './stats.js';

const MAIN = fileURLToPath(new URL('../server/main.ts', import.meta.url));
const REQUESTS = 500;
/** Rounds of (at rest, under load): a shared machine's noise shows as spread between rounds. */
const ROUNDS = 3;
const PHASE_CAP_MS = 20_000;
const CONCURRENT_REPORTS = 4;
const LOCALES = ['en', 'de', 'fr', 'ja'];
const RATIO_BUDGET = 3;
const AUTH = { Authorization: 'Bearer demo-cy' };

async function startServerProcess(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HARMONY_DATA_DIR: dataDir, PUBLIC_ORIGIN: '', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      output += text;
      const match = /Harmony demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  return {
    origin,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Latencies of `REQUESTS` sequential GETs of a conversation, or fewer if the time cap comes first. */
async function conversationLatencies(origin: string): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = performance.now() + PHASE_CAP_MS;
  while (latencies.length < REQUESTS && performance.now() < deadline) {
    const start = performance.now();
    const response = await fetch(`${origin}/v1/conversations/global-kickoff`, { headers: AUTH });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET conversation answered ${response.status}`);
    latencies.push(performance.now() - start);
  }
  return latencies;
}

/** Keeps one report rendering until stopped; each loop asks in its own language, so none are shared. */
async function renderLoop(origin: string, locale: string, running: () => boolean): Promise<number> {
  let rendered = 0;
  while (running()) {
    const response = await fetch(`${origin}/v1/conversations/global-kickoff/report.pdf`, {
      headers: { ...AUTH, 'Accept-Language': locale },
    });
    await response.arrayBuffer();
    if (response.status === 200) rendered += 1;
  }
  return rendered;
}

interface Round {
  restP99: number;
  loadP99: number;
  restMedian: number;
  loadMedian: number;
  ratio: number;
  reports: number;
}

async function measureRound(origin: string): Promise<Round> {
  const atRest = await conversationLatencies(origin);
  let loading = true;
  const loops = LOCALES.map((locale) => renderLoop(origin, locale, () => loading));
  const underLoad = await conversationLatencies(origin);
  loading = false;
  const reports = (await Promise.all(loops)).reduce((sum, count) => sum + count, 0);
  const restP99 = percentile(atRest, 0.99);
  const loadP99 = percentile(underLoad, 0.99);
  return {
    restP99,
    loadP99,
    restMedian: median(atRest),
    loadMedian: median(underLoad),
    ratio: loadP99 / restP99,
    reports,
  };
}

export async function measureServerUnderLoad(): Promise<BenchPart> {
  const dataDir = await mkdtemp(join(tmpdir(), 'harmony-bench-'));
  const server = await startServerProcess(dataDir);
  try {
    progress('server: warm-up');
    let warmUps = 0;
    await renderLoop(server.origin, 'en', () => warmUps++ < 2);
    await conversationLatencies(server.origin);

    const rounds: Round[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      progress(`server: round ${round}/${ROUNDS}, GET conversation at rest, then while reports render`);
      rounds.push(await measureRound(server.origin));
    }
    const ratio = median(rounds.map((round) => round.ratio));
    return {
      sections: [
        {
          title: 'Reference server under report load',
          method: `The server in its own process (NODE_ENV=production, a fresh database), driven over HTTP on 127.0.0.1: ${REQUESTS} sequential GETs of global-kickoff at rest, then ${REQUESTS} more while ${CONCURRENT_REPORTS} clients keep its report rendering (each in another language, so no render is shared); each phase capped at ${PHASE_CAP_MS / 1000} s; ${ROUNDS} rounds.`,
          lines: [
            ...table(
              [
                'round',
                'p99 at rest:',
                'p99 while reports render:',
                'ratio:',
                'median at rest:',
                'median under load:',
                'reports made:',
              ],
              rounds.map((round, index) => [
                index + 1,
                ms(round.restP99),
                ms(round.loadP99),
                `${round.ratio.toFixed(2)}×`,
                ms(round.restMedian),
                ms(round.loadMedian),
                round.reports,
              ]),
            ),
            '',
            `p99 while ${CONCURRENT_REPORTS} reports render / p99 at rest, median over the rounds: **${ratio.toFixed(2)}×** (budget ≤ ${RATIO_BUDGET}×).`,
          ],
        },
      ],
      budgets: [
        {
          row: 7,
          what: 'server: GET conversation p99 while 4 reports render',
          budget: `≤ ${RATIO_BUDGET}× p99 at rest`,
          measured: `${ratio.toFixed(2)}× (median of ${ROUNDS} rounds)`,
          within: ratio <= RATIO_BUDGET,
        },
      ],
    };
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
