import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from '../../../server/serve.js';

const MAIN = fileURLToPath(new URL('../../../server/main.ts', import.meta.url));

/** Only what call() and the helpers use of a server: its origin. */
export type ServerProcess = Pick<RunningServer, 'origin' | 'url'> & { stop(): Promise<void> };

/**
 * `npm start` in a process of its own, on a free port of 127.0.0.1 and the given data folder:
 * another server sharing the database, as a second instance would in production.
 */
export async function startServerProcess(dataDir: string): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HARMONY_DATA_DIR: dataDir, PUBLIC_ORIGIN: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (text: string) => {
      output += text;
      const match = /Harmony demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server process exited (${code}) before listening`)));
  });
  return {
    origin,
    url: origin,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
