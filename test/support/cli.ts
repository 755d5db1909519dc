// Runs the built CLI (dist/cli.js) as a user does, for tests that check its language: the locale
// variables of the test's own environment are removed, so only `env` decides (LANG, LC_ALL …).
import * as path from 'path';
import { spawnSync, SpawnSyncReturns } from 'child_process';
import { assertFreshBundle } from './freshBundle';

export const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');

/** `node dist/cli.js ...args` with no inherited locale variables, plus `env`. */
export function runCliInLocale(args: string[], env: Record<string, string>): SpawnSyncReturns<string> {
  const clean = { ...process.env };
  delete clean.LC_ALL;
  delete clean.LC_MESSAGES;
  delete clean.LANG;
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, ...env } });
}

/** A mocha `before` hook: the CLI bundle exists and is newer than its sources. */
export function cliBundleIsFresh(): void {
  assertFreshBundle('dist/cli.js');
}
