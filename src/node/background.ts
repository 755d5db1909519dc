/**
 * Loads the bundled background model (data/background.json, see src/core/background.ts) for the
 * CLI and the extension host, once, on first use (Key Terms, Compare Key Terms, Term Trends): never
 * at activation. ~2 MB of JSON; parsing and indexing take some 20–40 ms.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Background } from '../core/background';

/**
 * data/background.json of the project or the installed extension, looked up from this module's
 * folder upwards (the bundles in <ext>/dist/ → <ext>/data; the compiled tests in out/src/node/ →
 * the project's data/). Null when not found.
 */
export function defaultBackgroundPath(from: string = __dirname): string | null {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const p = path.join(dir, 'data', 'background.json');
    if (fs.existsSync(p)) return p;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

export interface LoadedBackground {
  background: Background;
  file: string;
  bytes: number;
  /** Milliseconds to read, parse and index the file. */
  loadMs: number;
}

const cache = new Map<string, Promise<LoadedBackground>>();

function parse(file: string, text: string, t0: number): LoadedBackground {
  const background = Background.parse(JSON.parse(text));
  return { background, file, bytes: Buffer.byteLength(text), loadMs: performance.now() - t0 };
}

/** Reads and parses a background file synchronously (the CLI). Throws when missing or malformed. */
export function loadBackgroundSync(file: string | null = defaultBackgroundPath()): LoadedBackground {
  if (!file) throw new Error('data/background.json not found');
  const t0 = performance.now();
  return parse(file, fs.readFileSync(file, 'utf8'), t0);
}

/** Reads and parses a background file once per path (later calls share the first load). */
export function loadBackground(file: string | null = defaultBackgroundPath()): Promise<LoadedBackground> {
  if (!file) return Promise.reject(new Error('data/background.json not found'));
  let p = cache.get(file);
  if (!p) {
    const t0 = performance.now();
    p = fs.promises.readFile(file, 'utf8').then(text => parse(file, text, t0));
    p.catch(() => cache.delete(file));
    cache.set(file, p);
  }
  return p;
}
