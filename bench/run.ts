/**
 * `npm run bench`: measures what DESIGN.md §6 budgets and prints a report
 * (also written to bench/RESULTS.md). Figures are measured, never asserted:
 * a slow machine must not fail a build.
 */
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { measureEntries } from './bundle-size.js';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

say(`# Harmony share components — bench`);
say();
say(`${new Date().toISOString()} · Node ${process.version} · ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}`);
say();
say('## Eager JavaScript per entry (esbuild, minified, dependencies included)');
say();
say('| entry | min | min+gzip | lazy chunks (min+gzip) |');
say('|---|---:|---:|---|');
const sizes = await measureEntries();
for (const size of sizes) {
  const lazy = size.lazy.length ? size.lazy.map((l) => `${l.file} ${kB(l.gzip)}`).join(', ') : '—';
  say(`| ${size.entry} | ${kB(size.eagerMin)} | ${kB(size.eagerGzip)} | ${lazy} |`);
}
const flow = sizes.find((s) => s.entry === 'whole flow')!;
say();
say(`Total eager (all elements + fetch adapter): ${kB(flow.eagerGzip)} min+gzip (budget 18 kB).`);

await writeFile(new URL('./RESULTS.md', import.meta.url), lines.join('\n') + '\n');
