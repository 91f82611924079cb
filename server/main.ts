import { describeScope } from './access.js';
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { parseReportFailure } from './report-failure.js';
import { parsePublicOrigin, startServer } from './serve.js';

const DEFAULT_PORT = 8787;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const port = process.env['PORT'] ? Number(process.env['PORT']) : DEFAULT_PORT;
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`PORT must be a port number, not "${process.env['PORT']}".`);
const reportFailure = parseReportFailure(process.env['HARMONY_REPORT_FAILURE'] ?? null);
if (reportFailure === undefined) fail('HARMONY_REPORT_FAILURE must be 501, 503 or empty.');
const publicOriginSetting = process.env['PUBLIC_ORIGIN'] || undefined;
const publicOrigin = publicOriginSetting === undefined ? undefined : parsePublicOrigin(publicOriginSetting);
if (publicOriginSetting !== undefined && publicOrigin === undefined) {
  fail(`PUBLIC_ORIGIN must be an origin such as https://harmony.example, not "${publicOriginSetting}".`);
}
const dataDir = process.env['HARMONY_DATA_DIR'] || DEFAULT_DATA_DIR;

const server = await startServer({ port, reportFailure, publicOrigin, dataDir });

console.log(`Harmony demo: ${server.publicOrigin}/`);
if (server.publicOrigin !== server.origin) console.log(`Listening on ${server.origin}`);
console.log(`Data folder: ${dataDir}`);
console.log('Demo users (sign in on the page, or send "Authorization: Bearer demo-<user>"):');
for (const user of await server.store.listUsers())
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
