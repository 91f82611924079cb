import type { Browser } from 'playwright-core';
import { startServer, type RunningServer, type StartServerOptions } from '../../server/serve.js';
import { launchChromium } from '../support/chromium.js';

/** The demo under test: the reference server on a free port of 127.0.0.1, and a Chromium to drive it. */
export async function startDemo(
  options: StartServerOptions = {},
): Promise<{ server: RunningServer; browser: Browser }> {
  const server = await startServer({ port: 0, ...options });
  return { server, browser: await launchChromium() };
}

/** Stops what `startDemo` started, whatever of it did start. */
export async function stopDemo(server?: RunningServer, browser?: Browser): Promise<void> {
  await browser?.close();
  await server?.close();
}
