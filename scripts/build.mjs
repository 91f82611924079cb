// `npm run build`: the publishable ESM build in dist/ (JavaScript, declarations, source maps) from src/.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const root = new URL('../', import.meta.url).pathname;
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
console.log('Built dist/');
