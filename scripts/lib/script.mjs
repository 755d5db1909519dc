// What the corpus scripts share: the project root, the built analysis core (dist/core.js, from
// `node esbuild.js`) and `--name value` options.
import path from 'node:path';
import { createRequire } from 'node:module';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** The built core (dist/core.js): run `node esbuild.js` first. */
export function loadCore() {
  return createRequire(import.meta.url)(path.join(ROOT, 'dist/core.js'));
}

/** `--name value` from the command line (`process.argv`), or `dflt`. */
export function option(name, dflt, args = process.argv.slice(2)) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
}
