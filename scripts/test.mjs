// `npm test`: every check in order — lint, types, Node tests, browser tests, consumer apps built from the
// packed tarball, built stories — with one summary line at the end that adds up the tests of every runner.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'types', command: 'npm run --silent typecheck' },
  { name: 'node tests', command: 'npm run --silent test:node', counts: nodeTestCounts },
  { name: 'browser tests', command: 'npm run --silent test:browser', counts: lastPassedFailed },
  { name: 'consumer apps', command: 'npm run --silent test:consumers', counts: nodeTestCounts },
  { name: 'stories', command: 'npm run --silent test:stories', counts: lastPassedFailed },
];

// Runners colour their summaries; the counts are read from the plain text.
// eslint-disable-next-line no-control-regex
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

function nodeTestCounts(output) {
  const pass = [...output.matchAll(/^ℹ pass (\d+)$/gm)].at(-1);
  const fail = [...output.matchAll(/^ℹ fail (\d+)$/gm)].at(-1);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
}

function lastPassedFailed(output) {
  const match = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, output: stripAnsi(output) }));
  });
}

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const { code, output } = await run(step.command);
  const counts = step.counts?.(output);
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  if (code !== 0) failedSteps.push(step.name);
}

if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`);
if (failedSteps.length && failed === 0) failed = failedSteps.length;
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failedSteps.length ? 1 : 0;
