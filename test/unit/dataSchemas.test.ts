// data/units.json, data/indicators.json and data/term-blockers.json against the schemas their "$schema" names; the schemas
// reject malformed entries (a unit without a factor, an alias list that is not a list of strings).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';

const DATA = path.join(__dirname, '..', '..', '..', 'data');
const read = (f: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as Record<string, unknown>;

for (const file of ['units.json', 'indicators.json', 'term-blockers.json']) {
  describe(`data/${file} schema`, () => {
    const data = read(file);
    const schemaFile = String(data.$schema ?? '').replace(/^\.\//, '');
    it('names a schema file that exists', () => {
      assert.ok(schemaFile && fs.existsSync(path.join(DATA, schemaFile)), `"$schema": ${String(data.$schema)}`);
    });
    const validate = (): ReturnType<Ajv['compile']> => new Ajv({ allErrors: true }).compile(read(schemaFile));
    it('validates against it', () => {
      const v = validate();
      assert.ok(v(data), new Ajv().errorsText(v.errors, { separator: '\n' }));
    });
    it('the schema rejects malformed data', () => {
      const v = validate();
      const bad = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
      if (file === 'units.json') {
        const units = bad.units as Array<Record<string, unknown>>;
        delete units[0].factor;
        assert.strictEqual(v(bad), false, 'a unit without factor');
        assert.strictEqual(v({ ...data, units: [{ ...(data.units as object[])[0], kind: 'weird' }] }), false, 'an unknown kind');
      } else if (file === 'term-blockers.json') {
        const groups = bad.groups as Array<Record<string, unknown>>;
        delete groups[0].why;
        assert.strictEqual(v(bad), false, 'a group without its reason');
        assert.strictEqual(v({ ...data, groups: [{ why: 'x', words: ['企'] }] }), false, 'a one-character blocker');
      } else {
        const indicators = bad.indicators as Record<string, Record<string, unknown>>;
        indicators.gdp.aliases = '地区生产总值';
        assert.strictEqual(v(bad), false, 'aliases not a list');
        assert.strictEqual(v({ ...data, verbs: [''] }), false, 'an empty verb');
      }
      assert.strictEqual(v({ ...data, surprise: 1 }), false, 'an unknown top-level key');
    });
  });
}
