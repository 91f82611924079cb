import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { commonJsPackagesAsEsm } from './scripts/dev-server-cjs.mjs';
import { nodeBuiltinsAsStubs } from './scripts/dev-server-node-builtins.mjs';
import { typeScriptForMissingJs } from './scripts/dev-server-ts-urls.mjs';
import { unavailableModules } from './scripts/dev-server-unavailable.mjs';

const unavailable = unavailableModules();

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
  middleware: [unavailable.middleware, typeScriptForMissingJs()],
  plugins: [
    // Tests of a lazily loaded part that the server fails or delays (scripts/dev-server-unavailable.mjs).
    unavailable.plugin,
    // qrcode ships CommonJS only; the dev server cannot serve that to the browser (TOOLCHAIN pitfall 5).
    commonJsPackagesAsEsm(['qrcode']),
    // harfbuzzjs imports node:module on its Node-only branch; the browser never reaches it.
    nodeBuiltinsAsStubs(['module']),
    // Legacy decorators must be lowered: esbuild's `auto` target leaves them raw for current Chromium.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
};
