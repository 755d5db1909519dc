/**
 * The VS Code layer's hardening decisions (src/features/shared/hardeningPolicy.ts, no `vscode`
 * import): user glossaries only in trusted workspaces (the integration harness runs with workspace
 * trust disabled, so an untrusted workspace cannot be opened there — this is where that decision is
 * tested), regular files under a size limit, and which URIs a restored webview panel may reopen.
 */
import * as assert from 'assert';
import { fileReadRefusal, restorableUri, userGlossariesAllowed, MAX_GLOSSARY_BYTES } from '../../src/features/shared/hardeningPolicy';

const uri = (s: string): { scheme: string; authority: string; path: string; str: string } => {
  const u = new URL(s);
  return { scheme: u.protocol.replace(/:$/, ''), authority: u.host, path: decodeURIComponent(u.pathname), str: s };
};

describe('hardening (VS Code layer decisions)', () => {
  it('user glossaries load only in a trusted workspace', () => {
    assert.strictEqual(userGlossariesAllowed(true), true);
    assert.strictEqual(userGlossariesAllowed(false), false);
  });

  it('only regular files under the size limit are read', () => {
    assert.strictEqual(fileReadRefusal({ isFile: true, size: 1000 }, MAX_GLOSSARY_BYTES), null);
    assert.strictEqual(fileReadRefusal({ isFile: false, size: 0 }, MAX_GLOSSARY_BYTES), 'not-a-file');
    assert.strictEqual(fileReadRefusal({ isFile: true, size: MAX_GLOSSARY_BYTES + 1 }, MAX_GLOSSARY_BYTES), 'too-large');
  });

  it('a restored panel reopens workspace files and open documents only', () => {
    const ws = uri('file:///home/u/reports');
    const ctx = { folders: [ws], openDocs: ['untitled:Untitled-1', 'file:///tmp/open.txt'] };
    const ok = (s: string): boolean => { const u = uri(s); return restorableUri(u, u.str, ctx); };
    assert.ok(ok('file:///home/u/reports/2024.txt'));
    assert.ok(ok('file:///home/u/reports/sub/a.md'));
    assert.ok(ok('untitled:Untitled-1'), 'an open untitled document');
    assert.ok(ok('file:///tmp/open.txt'), 'an open document outside the workspace');
    assert.ok(!ok('untitled:Untitled-9'), 'an untitled document that is not open');
    assert.ok(!ok('file:///etc/passwd'), 'a file outside the workspace');
    assert.ok(!ok('file:///home/u/reports-other/x.txt'), 'a sibling folder sharing the prefix');
    assert.ok(!ok('file:///home/u/reports/../secret.txt'), 'a path climbing out');
    assert.ok(!ok('https://example.com/home/u/reports/x.txt'), 'a remote scheme');
    assert.ok(!ok('command:workbench.action.terminal.new'), 'a command URI');
    assert.ok(!ok('vscode-userdata:/home/u/reports/x.txt'));
  });

  it('the web host: the workspace’s own virtual scheme is accepted inside the folder', () => {
    const ws = uri('vscode-test-web://mount/');
    const ctx = { folders: [ws], openDocs: [] };
    const u = uri('vscode-test-web://mount/report.txt');
    assert.ok(restorableUri(u, u.str, ctx));
    const other = uri('vscode-test-web://other/report.txt');
    assert.ok(!restorableUri(other, other.str, ctx), 'another authority');
  });
});
