/**
 * What `npm install @harmony/share-components` puts on a host's disk: the packed tarball installed into
 * an empty app (no React: it is an optional peer), node_modules measured, and the largest packages named.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './bundle-size.js';
import { MB, table, type BenchPart } from './markdown.js';

const run = promisify(execFile);

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

/** node_modules' packages (scoped ones by their full name) with their size on disk. */
async function packages(modules: string): Promise<[string, number][]> {
  const found: [string, number][] = [];
  for (const name of await readdir(modules)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      for (const inner of await readdir(join(modules, name)))
        found.push([`${name}/${inner}`, await sizeOf(join(modules, name, inner))]);
    } else found.push([name, await sizeOf(join(modules, name))]);
  }
  return found.sort((a, b) => b[1] - a[1]);
}

export async function measureInstallSize(): Promise<BenchPart> {
  const dir = await mkdtemp(join(tmpdir(), 'harmony-install-'));
  try {
    // The build the bench's size section made is what gets packed.
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root });
    const { filename, size, unpackedSize } = (
      JSON.parse(stdout) as { filename: string; size: number; unpackedSize: number }[]
    )[0]!;
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'empty-host-app', private: true }));
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, filename)], {
      cwd: dir,
    });
    const modules = join(dir, 'node_modules');
    const total = await sizeOf(modules);
    const rows = (await packages(modules)).slice(0, 8).map(([name, bytes]) => [name, MB(bytes)]);
    return {
      sections: [
        {
          title: 'Install size',
          method:
            'npm pack, then npm install of the tarball into an empty app (npm defaults: optional dependencies included), node_modules summed on disk.',
          lines: [
            `Tarball ${MB(size)} (${MB(unpackedSize)} unpacked); installed node_modules **${MB(total)}**.`,
            '',
            ...table(['largest packages', 'on disk:'], rows),
          ],
        },
      ],
      budgets: [
        {
          row: 8,
          what: '`npm install` of the package into an empty app',
          budget: '≤ 40 MB',
          measured: MB(total),
          within: total <= 40_000_000,
        },
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
