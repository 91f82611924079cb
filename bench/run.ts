/**
 * `npm run bench`: measures what DESIGN.md §6 budgets and prints a report
 * (also written to bench/RESULTS.md). Figures are measured, never asserted:
 * a slow machine must not fail a build. Only a measurement that could not
 * run at all sets a failing exit code.
 *
 * `npm run bench -- --only chromium,sizes` runs only the parts whose title starts with one of those words
 * and prints them; RESULTS.md is left alone, since it reports the whole run.
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { measureInChromium } from './browser/run-in-chromium.js';
import { renderSection, table, verdict, type BenchPart } from './markdown.js';
import { measureNodeRendering } from './node-render.js';
import { progress } from './progress.js';
import { measureInstallSize } from './install-size.js';
import { measureServerUnderLoad } from './server-load.js';
import { measureSizes } from './sizes.js';

const resultsFile = fileURLToPath(new URL('./RESULTS.md', import.meta.url));

const { values: options } = parseArgs({ options: { only: { type: 'string' } } });
const only = options.only?.split(',').map((word) => word.trim().toLowerCase());
const chosen = (title: string) => !only || only.some((word) => title.toLowerCase().startsWith(word));

/** A part that throws still leaves a report: its section says what went wrong. */
async function attempt(title: string, measure: () => Promise<BenchPart>): Promise<BenchPart> {
  if (!chosen(title)) return { sections: [], budgets: [] };
  progress(title);
  try {
    return await measure();
  } catch (error) {
    process.exitCode = 1;
    const message = error instanceof Error ? error.message : String(error);
    console.error(error);
    return {
      sections: [{ title, method: 'Not measured: the measurement failed.', lines: ['```', message, '```'] }],
      budgets: [],
    };
  }
}

// Timings swing with whatever else the machine runs: the report says how busy it was.
const loadAtStart = loadavg()[0]!.toFixed(2);
const parts = [
  await attempt('Sizes', measureSizes),
  await attempt('Install size', measureInstallSize),
  await attempt('Report rendering in Node', measureNodeRendering),
  await attempt('Chromium', measureInChromium),
  await attempt('Reference server under report load', measureServerUnderLoad),
];
const budgets = parts.flatMap((part) => part.budgets).sort((a, b) => a.row - b.row);

const markdown = [
  '# Harmony share components — bench',
  '',
  `${new Date().toISOString()} · Node ${process.version} · ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'} · load average ${loadAtStart} at start, ${loadavg()[0]!.toFixed(2)} at end`,
  '',
  '## Summary: the budgets of DESIGN.md §6',
  '',
  '_Each budget next to its figure from the sections below; measured and reported, never asserted._',
  '',
  ...table(
    ['budget', 'limit', 'measured', 'verdict'],
    budgets.map((b) => [b.what, b.budget, b.measured, verdict(b.within)]),
  ),
  '',
  ...parts.flatMap((part) => part.sections.flatMap(renderSection)),
].join('\n');

const report = await format(markdown, { ...(await resolveConfig(resultsFile)), parser: 'markdown' });
console.log(report);
if (!only) await writeFile(resultsFile, report);
