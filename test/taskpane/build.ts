// The end-to-end tests run the production build in dist/. `npm test` builds before jest; run alone
// (`npx jest test/taskpane`), the tests build once themselves when dist/ is missing or older than
// the sources.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const OUT = path.join(ROOT, 'test/out');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

export function ensureBuilt(): void {
  const page = path.join(DIST, 'taskpane.html');
  const stale =
    !fs.existsSync(page) ||
    fs.statSync(page).mtimeMs < Math.max(newest(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs, fs.statSync(path.join(ROOT, 'manifest.xml')).mtimeMs);
  if (stale) execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
  fs.mkdirSync(OUT, { recursive: true });
}
