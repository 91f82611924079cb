import { describeScope } from './access.js';
import { parseReportFailure } from './report-failure.js';
import { startServer } from './serve.js';
import { createStore } from './store.js';

const DEFAULT_PORT = 8787;

const port = process.env['PORT'] ? Number(process.env['PORT']) : DEFAULT_PORT;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env['PORT']}".`);
  process.exit(1);
}
const reportFailure = parseReportFailure(process.env['HARMONY_REPORT_FAILURE'] ?? null);
if (reportFailure === undefined) {
  console.error('HARMONY_REPORT_FAILURE must be 501, 503 or empty.');
  process.exit(1);
}

const store = createStore();
const server = await startServer({ port, reportFailure, store });

console.log(`Harmony demo: ${server.origin}/`);
console.log('Demo users (sign in on the page, or send "Authorization: Bearer demo-<user>"):');
for (const user of store.listUsers())
  console.log(`  ${user.id.padEnd(4)} ${user.name}, reads ${describeScope(user)}`);
if (reportFailure !== null) console.log(`The report endpoint answers ${reportFailure}.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
