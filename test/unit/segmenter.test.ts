import * as assert from 'assert';
import * as path from 'path';
import { IntlSegmenter, domainVocabulary } from '../../src/core/segmenter';
import { JiebaSegmenter, WorkerSegmenter, tokenLengths, tokensFromLengths } from '../../src/node/jiebaSegmenter';
import { assertFreshBundle } from '../support/freshBundle';

const SENTENCE = '扎实做好“六稳”工作，推进放管服，地区生产总值增长5%，培育专精特新企业。';
const DOMAIN = ['六稳', '放管服', '地区生产总值', '专精特新'];

describe('segmenter', () => {
  it('domain vocabulary holds glossary terms, indicator aliases and slogans, without quotes', () => {
    const v = new Set(domainVocabulary());
    for (const w of [...DOMAIN, '规模以上工业增加值', '双碳']) assert.ok(v.has(w), w);
    for (const w of v) assert.ok(!/[“”"\s]/.test(w), `quoted or blank: ${w}`);
  });

  it('Intl fallback keeps domain words whole and loses no character', () => {
    const seg = new IntlSegmenter();
    const tokens = seg.cut(SENTENCE);
    assert.strictEqual(tokens.join(''), SENTENCE);
    for (const w of DOMAIN) assert.ok(tokens.includes(w), `${w} split: ${tokens.join('|')}`);
    assert.match(seg.name, /Intl/);
  });

  it('Intl fallback: addWords, and plain Intl.Segmenter alone would split these words', () => {
    const seg = new IntlSegmenter([]);
    const plain = seg.cut('深化放管服改革');
    assert.ok(!plain.includes('放管服'), `expected the bare ICU split, got ${plain.join('|')}`);
    seg.addWords(['放管服']);
    assert.ok(seg.cut('深化放管服改革').includes('放管服'));
  });

  it('Intl fallback is linear enough on a long text (ICU is slow on huge inputs; chunks keep it fast)', () => {
    const text = SENTENCE.repeat(4000); // 160k characters
    const t0 = Date.now();
    const tokens = new IntlSegmenter().cut(text);
    assert.strictEqual(tokens.join('').length, text.length);
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  });

  it('token lengths round-trip', () => {
    const tokens = ['扎实', '做好', '“', '六稳'];
    const text = tokens.join('');
    assert.deepStrictEqual(tokensFromLengths(text, tokenLengths(text, tokens)!), tokens);
    assert.strictEqual(tokenLengths('abc', ['a', 'x']), null);
  });

  describe('jieba (needs the nodejs-jieba addon)', function () {
    this.timeout(30000);
    let jiebaOk = true;
    before(() => {
      try {
        require('nodejs-jieba');
      } catch {
        jiebaOk = false;
      }
    });

    it('in-process jieba keeps domain words whole', function () {
      if (!jiebaOk) this.skip();
      const tokens = new JiebaSegmenter(domainVocabulary()).cut(SENTENCE);
      assert.strictEqual(tokens.join(''), SENTENCE);
      for (const w of DOMAIN) assert.ok(tokens.includes(w), `${w} split: ${tokens.join('|')}`);
    });

    it('worker-thread jieba: starts on first cut, counts terms, ends when idle, restarts', async function () {
      if (!jiebaOk) this.skip();
      // the bundled worker entry (npm run build → dist/segmenterWorker.js)
      const script = path.join(__dirname, '../../../dist/segmenterWorker.js');
      assertFreshBundle('dist/segmenterWorker.js');
      const exits: string[] = [];
      const w = new WorkerSegmenter({ script, words: domainVocabulary(), idleMs: 300, onExit: r => exits.push(r) });
      assert.strictEqual(w.running, false);
      const tokens = await w.cut(SENTENCE);
      assert.strictEqual(tokens.join(''), SENTENCE);
      for (const d of DOMAIN) assert.ok(tokens.includes(d), d);
      const counts = await w.countTerms('推进放管服，推进放管服。2023年');
      assert.strictEqual(counts.get('放管服'), 2);
      assert.ok(![...counts.keys()].some(k => /\d/.test(k)));
      await new Promise(r => setTimeout(r, 800));
      assert.strictEqual(w.running, false, 'worker should end after idleMs');
      assert.deepStrictEqual(exits, ['idle']);
      assert.ok((await w.cut('六稳')).includes('六稳'), 'restarts on the next cut');
      w.dispose();
    });

    it('a worker that cannot load jieba rejects start()', async () => {
      const w = new WorkerSegmenter({ script: path.join(__dirname, 'no-such-worker.js'), words: [] });
      await assert.rejects(w.start());
      w.dispose();
    });
  });
});
