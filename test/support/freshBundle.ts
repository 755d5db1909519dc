// Tests that run a bundle (dist/cli.js, dist/segmenterWorker.js) must not run a stale one: the
// bundle must be newer than every source it is built from. `npm run test:unit` builds first; a
// direct `npx mocha …` after editing src/ fails here with the fix instead of testing old code.
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');
const SOURCES = ['src', 'data', 'l10n', 'esbuild.js'];

function newest(p: string): { file: string; mtime: number } {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return { file: p, mtime: st.mtimeMs };
  let best = { file: p, mtime: 0 };
  for (const e of fs.readdirSync(p)) {
    const n = newest(path.join(p, e));
    if (n.mtime > best.mtime) best = n;
  }
  return best;
}

/** Throws unless `bundle` (relative to the project) exists and is newer than every source file. */
export function assertFreshBundle(bundle: string): void {
  const file = path.join(ROOT, bundle);
  if (!fs.existsSync(file)) throw new Error(`${bundle} does not exist: run npm run build`);
  const built = fs.statSync(file).mtimeMs;
  const src = SOURCES.map(s => path.join(ROOT, s)).filter(fs.existsSync).map(newest).reduce((a, b) => (b.mtime > a.mtime ? b : a));
  if (src.mtime > built) throw new Error(`${bundle} is older than ${path.relative(ROOT, src.file)}: run npm run build (npm run test:unit does)`);
}
