/**
 * One install shared by every consumer app: the package as `npm pack` publishes it, installed from its
 * tarball with the host tools and frameworks an app would have (React 19, React 18 under an alias, Vite,
 * TypeScript, Vue). The apps under apps/ are copied in beside that node_modules, as a host's source.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export interface Workspace {
  dir: string;
  tarball: string;
  /** Runs a tool installed in the workspace (e.g. `vite`, `tsc`) in `cwd`; rejects with its output on failure. */
  tool(name: string, args: string[], cwd?: string): Promise<{ stdout: string; stderr: string }>;
  /** Runs a script of the workspace (a path relative to it) with Node. */
  node(script: string): Promise<{ stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

/**
 * The shared workspace: the one `npm run test:consumers` prepared (HARMONY_CONSUMERS), so test files
 * running side by side use one install; otherwise a fresh one (a test file run on its own).
 */
export async function prepareWorkspace(): Promise<Workspace> {
  const shared = process.env.HARMONY_CONSUMERS;
  if (shared) return workspaceAt(shared, await tarballIn(shared), async () => {});
  return installWorkspace();
}

async function tarballIn(dir: string): Promise<string> {
  const name = (await readdir(dir)).find((file) => file.endsWith('.tgz'));
  if (!name) throw new Error(`No packed tarball in ${dir}`);
  return join(dir, name);
}

export async function installWorkspace(): Promise<Workspace> {
  await run(process.execPath, ['scripts/build.mjs'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const dir = await mkdtemp(join(tmpdir(), 'harmony-consumers-'));
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', dir], { cwd: root });
  const tarball = join(dir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
  const ours = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const same = (name: string) => ours.devDependencies[name]!;
  const manifest = {
    name: 'harmony-consumer-apps',
    private: true,
    type: 'module',
    dependencies: {
      '@harmony/share-components': `file:${tarball}`,
      react: same('react'),
      'react-dom': same('react-dom'),
      'react-18': 'npm:react@18.3.1',
      'react-dom-18': 'npm:react-dom@18.3.1',
      '@types/react': same('@types/react'),
      '@types/react-dom': same('@types/react-dom'),
      vite: same('vite'),
      webpack: same('webpack'),
      'webpack-cli': same('webpack-cli'),
      '@vitejs/plugin-react': same('@vitejs/plugin-react'),
      typescript: same('typescript'),
      vue: same('vue'),
      'vue-tsc': same('vue-tsc'),
    },
  };
  await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  // react-dom-18 asks for React 18 as a peer while the root has 19: the React 18 app aliases both to the
  // 18 copies (apps/react18/vite.config.js), so npm is told not to reconcile peers across the two.
  const flags = ['--no-audit', '--no-fund', '--prefer-offline', '--legacy-peer-deps', '--loglevel=error'];
  await run(npm, ['install', ...flags], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  });
  await mkdir(join(dir, 'apps'));
  await cp(join(root, 'test/consumers/apps'), join(dir, 'apps'), { recursive: true });
  return workspaceAt(dir, tarball, () => rm(dir, { recursive: true, force: true }));
}

function workspaceAt(dir: string, tarball: string, remove: () => Promise<void>): Workspace {
  return {
    dir,
    tarball,
    tool: (name, args, cwd = dir) =>
      run(process.execPath, [join(dir, 'node_modules/.bin', name), ...args], {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
      }),
    node: (script) => run(process.execPath, [join(dir, script)], { cwd: dir }),
    remove,
  };
}
