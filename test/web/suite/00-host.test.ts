// The suite runs where vscode.dev/github.dev run the extension: the browser's web-worker extension
// host, with the `browser` bundle — not the Node host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, extension } from '../support/host';

suite('web: the web-worker extension host', () => {
  test('this is a web worker (navigator, no Node `process` / `require`), VS Code for the Web', () => {
    const g = globalThis as Record<string, unknown>;
    assert.strictEqual(typeof g.navigator, 'object', 'navigator exists in a web worker');
    assert.strictEqual(typeof g.process, 'undefined', 'no Node process object in the web worker host');
    assert.strictEqual(typeof g.importScripts, 'function', 'importScripts: a worker global scope');
    assert.strictEqual(typeof g.document, 'undefined', 'not the window (UI) thread');
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    assert.match(vscode.version, /^1\.89\./);
  });

  test('the extension runs from its browser bundle and reports its activation cost', async () => {
    const ext = extension();
    assert.strictEqual(ext.packageJSON.browser, './dist/web/extension.js');
    const api = await activate();
    assert.ok(ext.isActive);
    assert.ok(api.activation.loadMs > 0 && api.activation.loadMs < 2000, `bundle load ${api.activation.loadMs} ms`);
    assert.ok(api.activation.activateMs >= 0 && api.activation.activateMs < 2000, `activate ${api.activation.activateMs} ms`);
    console.log(`      [web] activation: bundle load ${api.activation.loadMs.toFixed(1)} ms, activate() ${api.activation.activateMs.toFixed(1)} ms`);
  });
});
