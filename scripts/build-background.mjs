#!/usr/bin/env node
// Builds data/background.json, the background model of Key Terms and Term Trends (issue 13), from a
// folder of government work reports laid out like the development corpus
// (`<政府工作报告-国务院|省自治区|主要城市|其他地市>/<place>/<year>.md`). Developer-run:
//
//   node scripts/build-background.mjs [CORPUS_DIR=/tmp/corpus] [--out data/background.json]
//                                     [--budget 2000000] [--min-df N]
//
// For every file: the report spans found by the analysis (src/core analyze) are segmented with jieba
// exactly as Key Terms segments them (src/node/jiebaSegmenter loadJieba + the domain vocabulary,
// full-width normalised text, prose lines only (src/core/keywords proseLines), countTerms as the term
// filter), and the file adds one document to its year bucket and to its level bucket.
//  - year: the plan year the analysis reads from the text (reports[].year); the file name's leading
//    four digits only when the analysis finds none. (Aggregate training data only; Key Terms and
//    Trends take a report's year from its text.)
//  - level: from the folder (国务院 → national, 省自治区 → provincial, 主要城市/其他地市 → city). The
//    corpus files municipality reports (北京, 上海 …) under 主要城市, so they count as cities here.
// The output (format "govreport-background/1", decoded by src/core/background.ts):
//   years/docs/tokens: the year buckets, documents and term tokens per year;
//   levels/levelDocs/levelTokens: the same per level;
//   terms: the kept terms, most widespread first; pos: one jieba part-of-speech letter per term
//   ('n' noun, 's' place 'ns', 'm' numeral/measure, 'f' function word: c/p/u/r/d/f/y/e/o/q/t …, '-' none);
//   rows: one string per term of varints (5 bits per character, see varint below): the document
//   frequency per level (national, provincial, city), then per year with the term: the year index
//   (Δ from the previous one), the document frequency and the occurrences minus the document frequency.
// Rare terms are pruned (minimum document frequency raised until the file fits --budget bytes).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const out = path.resolve(opt('--out', path.join(ROOT, 'data', 'background.json')));
const budget = Number(opt('--budget', '2000000'));
let minDf = Number(opt('--min-df', '0'));
const corpus = path.resolve(args[0] ?? '/tmp/corpus');

// bundle the project's own segmentation and analysis code (TypeScript) once into a temp CommonJS file
const esbuild = require('esbuild');
// (inside the project, so the bundle finds node_modules/nodejs-jieba like dist/cli.js does)
fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
const tmp = fs.mkdtempSync(path.join(ROOT, '.cache', 'build-background-'));
const entry = path.join(tmp, 'entry.ts');
fs.writeFileSync(entry, [
  `export { loadJieba } from ${JSON.stringify(path.join(ROOT, 'src/node/jiebaSegmenter'))};`,
  `export { domainVocabulary } from ${JSON.stringify(path.join(ROOT, 'src/core/segmenter'))};`,
  `export { countTerms, proseLines } from ${JSON.stringify(path.join(ROOT, 'src/core/keywords'))};`,
  `export { analyze } from ${JSON.stringify(path.join(ROOT, 'src/core/analyze'))};`,
  `export { normalizeWidth } from ${JSON.stringify(path.join(ROOT, 'src/core/text'))};`,
  `export { BackgroundBuilder, Background } from ${JSON.stringify(path.join(ROOT, 'src/core/background'))};`,
].join('\n'));
const bundle = path.join(tmp, 'entry.cjs');
esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, external: ['nodejs-jieba'], logLevel: 'warning', nodePaths: [path.join(ROOT, 'node_modules')] });
const lib = require(bundle);
fs.rmSync(tmp, { recursive: true, force: true });

const LEVELS = ['national', 'provincial', 'city'];
function levelOf(rel) {
  const top = rel.split(path.sep)[0];
  if (top.includes('国务院')) return 0;
  if (top.includes('省')) return 1;
  if (top.includes('城市') || top.includes('地市')) return 2;
  return -1;
}

function files(dir) {
  const outList = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) outList.push(...files(p));
    else if (/\.(md|txt)$/i.test(e.name)) outList.push(p);
  }
  return outList.sort();
}

const t0 = performance.now();
const jieba = lib.loadJieba(lib.domainVocabulary());
const all = files(corpus);
if (!all.length) {
  console.error(`no .md/.txt files under ${corpus}`);
  process.exit(2);
}

const builder = new lib.BackgroundBuilder(LEVELS);
const yearSource = { text: 0, fileName: 0, agree: 0, disagree: 0, none: 0 };
let skipped = 0;
for (const [k, file] of all.entries()) {
  const rel = path.relative(corpus, file);
  const level = levelOf(rel);
  const raw = fs.readFileSync(file, 'utf8');
  const analysis = lib.analyze(raw);
  const fromName = /^(\d{4})/.exec(path.basename(file))?.[1];
  const fromText = analysis.reports.find(r => r.year)?.year ?? null;
  let year = fromText;
  if (year) yearSource.text++;
  else if (fromName) { year = Number(fromName); yearSource.fileName++; }
  if (fromText && fromName) yearSource[fromText === Number(fromName) ? 'agree' : 'disagree']++;
  if (!year || level < 0) { skipped++; yearSource.none += year ? 0 : 1; continue; }
  const text = lib.normalizeWidth(raw);
  const spans = analysis.reports.length ? analysis.reports.map(r => text.slice(r.start, r.end)) : [text];
  const counts = new Map();
  for (const s of spans) for (const [t, n] of lib.countTerms(jieba.cut(lib.proseLines(s)))) counts.set(t, (counts.get(t) ?? 0) + n);
  builder.add({ year, level, counts });
  if ((k + 1) % 200 === 0) console.error(`${k + 1}/${all.length} files, ${builder.termCount} terms, ${Math.round(performance.now() - t0)} ms`);
}

// one part-of-speech letter per term (jieba's dictionary tag of the word on its own)
function posLetter(term) {
  const tags = jieba.tag(term);
  if (tags.length !== 1) return '-';
  const tag = tags[0].tag;
  if (tag === 'ns') return 's';
  if (tag === 'm' || tag === 'mq' || tag === 'q') return 'm';
  if (/^(c|p|u|r|d|f|y|e|o|t|tg|dg|ug|uj|ul|uv|uz|ud|rr|rz|zg)$/.test(tag)) return 'f';
  if (tag[0] === 'n') return 'n';
  return '-';
}

const posCache = new Map();
const pos = t => {
  if (!posCache.has(t)) posCache.set(t, posLetter(t));
  return posCache.get(t);
};
const description = 'Background model of Key Terms and Term Trends: document frequencies of jieba terms (with the domain vocabulary) of the development corpus by year and level. Built by scripts/build-background.mjs; decoded by src/core/background.ts.';
function serialise(min) {
  const json = builder.build({ minDf: min, pos, extra: { description, built: new Date().toISOString().slice(0, 10), corpus: { files: all.length, skipped, year: yearSource } } });
  lib.Background.parse(json); // the decoder accepts it
  const text = JSON.stringify(json).replace(/,"(terms|pos|rows)":/g, ',\n"$1":') + '\n';
  return { text, kept: json.terms.length, docs: json.docs.reduce((a, b) => a + b, 0), years: json.years.length };
}

let result;
for (let min = Math.max(2, minDf || 2); ; min++) {
  result = serialise(min);
  if (Buffer.byteLength(result.text) <= budget || minDf) {
    minDf = min;
    break;
  }
}
fs.writeFileSync(out, result.text);
console.error(`${all.length} files (${skipped} skipped), ${result.docs} documents in ${result.years} years; year from the text ${yearSource.text}, from the file name ${yearSource.fileName} (text and name agree ${yearSource.agree}, differ ${yearSource.disagree})`);
console.error(`${builder.termCount} distinct terms, ${result.kept} kept (document frequency ≥ ${minDf}); ${out}: ${Buffer.byteLength(result.text)} bytes; ${Math.round(performance.now() - t0)} ms`);
