/**
 * engines.vscode is ^1.89 (the VS Code of the web build the browser tests run in) and
 * @types/vscode is pinned to 1.89, so tsc rejects newer API; code that uses newer API checks the
 * running version here first and says what is missing when it is older.
 */
import * as vscode from 'vscode';

/** Is the running VS Code at least `major.minor`? (`vscode.version` is e.g. "1.100.3" or "1.89.1".) */
export function vscodeAtLeast(major: number, minor: number, version = vscode.version): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const [maj, min] = [Number(m[1]), Number(m[2])];
  return maj > major || (maj === major && min >= minor);
}
