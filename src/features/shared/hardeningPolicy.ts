/**
 * Pure decisions of the VS Code layer's hardening (no `vscode` import, so plain Node unit tests
 * cover them): which user glossaries a workspace may load, which files may be read, and which URIs
 * a restored webview panel may reopen.
 */

/** User glossaries (`.govreport/glossary.json` and the setting's files) are read only in trusted workspaces. */
export function userGlossariesAllowed(isTrusted: boolean): boolean {
  return isTrusted === true;
}

/** Largest user glossary file read (bytes): larger files are reported, not read. */
export const MAX_GLOSSARY_BYTES = 4 * 1024 * 1024;
/** Largest report file read from disk (bytes). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/** Why a file on disk is not read (a message key and its argument), or null when it may be read. */
export function fileReadRefusal(st: { isFile: boolean; size: number }, maxBytes: number): 'not-a-file' | 'too-large' | null {
  if (!st.isFile) return 'not-a-file';
  if (st.size > maxBytes) return 'too-large';
  return null;
}

/** The parts of a URI the restore decision needs. */
export interface UriParts { scheme: string; authority: string; path: string }

/**
 * May a restored panel reopen `uri`? Only `file:` and `untitled:` URIs (plus the workspace's own
 * virtual scheme in the web host) of a file inside a workspace folder, or of an open document.
 * `openDocs` are the open documents' URI strings; `folders` the workspace folders.
 */
export function restorableUri(uri: UriParts, uriString: string, ctx: { folders: UriParts[]; openDocs: string[] }): boolean {
  const schemes = new Set(['file', 'untitled']);
  for (const f of ctx.folders) schemes.add(f.scheme);
  if (!schemes.has(uri.scheme)) return false;
  if (ctx.openDocs.includes(uriString)) return true;
  if (uri.scheme === 'untitled') return false;
  if (uri.path.split('/').includes('..')) return false;
  return ctx.folders.some(f => {
    if (f.scheme !== uri.scheme || f.authority !== uri.authority) return false;
    const base = f.path.endsWith('/') ? f.path : f.path + '/';
    return uri.path.startsWith(base);
  });
}
