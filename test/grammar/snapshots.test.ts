// Token snapshots of every fixture report (like VS Code's colorize-results), plus a 50k-character line timing.
// UPDATE_SNAPSHOTS=1 → (re)written; otherwise compared, failing with a readable diff. A missing
// snapshot fails (a new fixture needs its snapshot written and committed with UPDATE_SNAPSHOTS=1).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadGrammar, tokenizeLines, longLine, ROOT, Tok } from './tokenizer';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'reports');
const SNAPSHOTS = path.join(ROOT, 'test', 'grammar', 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

type SnapTok = string[]; // [text, ...scopes] (root scope text.govreport omitted)
interface Snapshot { fixture: string; lines: SnapTok[][] }

function toSnap(lines: Tok[][]): SnapTok[][] {
  return lines.map((toks) => toks.map((t) => [t.text, ...t.scopes]));
}

/** One token per line keeps the files diff-friendly. */
function serialize(s: Snapshot): string {
  const body = s.lines.map((line) => (line.length === 0 ? '  []'
    : `  [\n${line.map((t) => `    ${JSON.stringify(t)}`).join(',\n')}\n  ]`)).join(',\n');
  return `{\n"fixture": ${JSON.stringify(s.fixture)},\n"lines": [\n${body}\n]\n}\n`;
}

const fmt = (line: SnapTok[]) => line.map((t) => (t.length > 1 ? `${t[0]}⟨${t.slice(1).join(' ')}⟩` : t[0])).join(' | ');

function describeDiff(expected: SnapTok[][], actual: SnapTok[][]): string | undefined {
  const diffs: string[] = [];
  let count = 0;
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i] ?? [];
    const a = actual[i] ?? [];
    if (JSON.stringify(e) === JSON.stringify(a)) { continue; }
    count++;
    if (diffs.length < 3) {
      let k = 0;
      while (k < Math.min(e.length, a.length) && JSON.stringify(e[k]) === JSON.stringify(a[k])) { k++; }
      diffs.push(`line ${i + 1}, first differing token #${k}:\n` +
        `  expected: ${fmt(e.slice(k, k + 4))}\n  actual:   ${fmt(a.slice(k, k + 4))}`);
    }
  }
  return count ? `${count} line(s) differ (rerun with UPDATE_SNAPSHOTS=1 if intended):\n${diffs.join('\n')}` : undefined;
}

describe('govreport grammar: fixture token snapshots', () => {
  const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

  it('has fixtures to snapshot', () => { assert.ok(fixtures.length > 0, `no fixtures in ${FIXTURES}`); });

  for (const fixture of fixtures) {
    it(`snapshot ${fixture}`, async () => {
      const grammar = await loadGrammar();
      const text = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
      const actual = toSnap(tokenizeLines(grammar, text));
      const snapFile = path.join(SNAPSHOTS, fixture.replace(/\.txt$/, '.json'));
      if (UPDATE) {
        fs.mkdirSync(SNAPSHOTS, { recursive: true });
        fs.writeFileSync(snapFile, serialize({ fixture, lines: actual }));
        return;
      }
      assert.ok(fs.existsSync(snapFile), `${fixture}: no snapshot ${path.relative(ROOT, snapFile)} (write it with UPDATE_SNAPSHOTS=1 and commit it)`);
      const expected = (JSON.parse(fs.readFileSync(snapFile, 'utf8')) as Snapshot).lines;
      const diff = describeDiff(expected, actual);
      if (diff) { assert.fail(`${fixture}: ${diff}`); }
    });
  }

  it('snapshots stay under 3 MB in total', () => {
    assert.ok(fs.existsSync(SNAPSHOTS), `no snapshot folder ${SNAPSHOTS}`);
    const total = fs.readdirSync(SNAPSHOTS).reduce((n, f) => n + fs.statSync(path.join(SNAPSHOTS, f)).size, 0);
    assert.ok(total < 3 * 1024 * 1024, `snapshots total ${total} bytes`);
  });
});

describe('govreport grammar: long line performance', () => {
  it('tokenizes a single 50,000-character line (time printed, not asserted)', async () => {
    const grammar = await loadGrammar();
    const line = longLine();
    tokenizeLines(grammar, line.slice(0, 2000)); // warm up the scanners
    const times: number[] = [];
    let tokenCount = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      tokenCount = tokenizeLines(grammar, line)[0].length;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`      50,000-char line: ${tokenCount} tokens; median ${times[2].toFixed(1)} ms ` +
      `(min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)})`);
    assert.ok(tokenCount > 0);
  });
});
