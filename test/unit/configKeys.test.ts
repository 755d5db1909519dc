// The settings the extension reads (src/features/shared/configKeys.ts) against package.json: the
// same keys, the same defaults, and a resource scope for the settings read per document.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_DEFAULTS, validValue } from '../../src/features/shared/configKeys';

const ROOT = path.join(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { default: unknown; scope?: string }> } };
};
const props = pkg.contributes.configuration.properties;

describe('settings (configKeys.ts ↔ package.json)', () => {
  it('every setting of package.json is read through configKeys, with the same default', () => {
    assert.deepStrictEqual(Object.keys(CONFIG_DEFAULTS).map(k => `govreport.${k}`).sort(), Object.keys(props).sort());
    for (const [k, d] of Object.entries(CONFIG_DEFAULTS)) assert.deepStrictEqual(props[`govreport.${k}`].default, d, k);
  });
  it('settings read for a document or folder are resource-scoped (no "window scoped configuration accessed for a resource")', () => {
    for (const k of ['detect.enabled', 'indicators.codeLens', 'glossary.files']) assert.strictEqual(props[`govreport.${k}`].scope, 'resource', k);
  });
  it('values of the wrong type fall back to the default; numbers are clamped', () => {
    assert.strictEqual(validValue('detect.enabled', 'no'), true);
    assert.strictEqual(validValue('detect.enabled', false), false);
    assert.strictEqual(validValue('keyTerms.segmenter', 'jieba'), 'auto');
    assert.strictEqual(validValue('keyTerms.top', 1000), 200);
    assert.strictEqual(validValue('keyTerms.workerIdleMinutes', -5), 0);
    assert.deepStrictEqual(validValue('glossary.files', ['a.json', 3]), ['a.json']);
    assert.deepStrictEqual(validValue('glossary.files', undefined), []);
  });
});
