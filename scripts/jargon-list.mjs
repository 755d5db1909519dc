#!/usr/bin/env node
// Lists the most frequent pieces of report jargon of a corpus, for the glossary coverage test.
//
//   node esbuild.js && node scripts/jargon-list.mjs [corpus-dir=/tmp/corpus]
//     → test/fixtures/jargon-top300.json (all years) and test/fixtures/jargon-2000-2012.json
//
// How the list is made (so another half of the corpus can be listed the same way):
// - a piece of jargon is a term a report puts in Chinese quotes: “六稳”, “放管服”, “三去一降一补”,
//   “十四五”, “僵尸企业” — 2 to 10 characters of Han script, digits, Latin letters or +, nothing else
//   (no punctuation, so quoted phrases and sentences are out);
// - numeral slogans written without quotes are counted under their quoted form when the same report
//   also quotes them; every term is counted once per report (document frequency);
// - national jargon, not one place's: a term must be quoted by reports of at least 3 different places
//   (the place as the analysis reads it, else from the title / 人民代表大会 line — the text's, never
//   the file's; reports without a readable place do not count as places);
// - counts of consecutive wins (九连冠, 五连增, 十五连丰) are records, not terms;
// - a report's year is the analysis's plan year (the text's, via dist/core.js); the era list keeps
//   reports of 2000–2012;
// - ranked by document frequency, ties by the term; the first 300 are written (the era's first 150:
//   it has far fewer reports, and past that a term is quoted by under 3 % of them).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { corpusFiles } from './lib/corpus.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const core = require(path.join(ROOT, 'dist/core.js'));
const DIR = path.resolve(process.argv[2] ?? '/tmp/corpus');
const TOP = 300;
/** The era has far fewer reports (331 in the development half): past ~150 terms a term is quoted by under 3 % of them. */
const TOP_ERA = 150;

const QUOTED = /“([\u4e00-\u9fffA-Za-z0-9+＋]{2,10})”/g;

/** Not jargon though quoted: a bare number or year, a count of consecutive wins. */
function isJargon(t) {
  if (/^[\d+]+$/.test(t)) return false;
  if (/^\d{4}年?$/.test(t)) return false;
  if (/^[一二三四五六七八九十\d]+连(?:冠|增|丰|胜|降)$/.test(t)) return false;
  return true;
}

const PLACE_RE = /^[\u4e00-\u9fff]{2,12}(?:省|自治区|自治州|市|州|盟|地区|县|区|旗)$/;
/** The report's place from its own text: the analysis's, else its title or 人民代表大会 line. */
function placeOf(r, text) {
  if (typeof r.place === 'string' && PLACE_RE.test(r.place)) return r.place;
  const head = text.slice(r.start, Math.min(r.end, r.start + 600));
  const m = /(?:^|\d{4}年)\s*([\u4e00-\u9fff]{2,12}?(?:省|自治区|自治州|市|州|盟|地区|县|区|旗))(?:人民)?政府工作报告/.exec(r.title ?? '')
    ?? /在([\u4e00-\u9fff]{2,12}?(?:省|自治区|自治州|市|州|盟|地区|县|区|旗))第[一二三四五六七八九十]+届人民代表大会/.exec(head);
  return m && !/人民|政府|代表/.test(m[1]) ? m[1] : null;
}
const MIN_PLACES = 3;

const all = new Map();
const era = new Map();
/** term → the places that quote it */
const places = new Map();
let eraReports = 0;
let reports = 0;
for (const file of corpusFiles(DIR)) {
  const text = fs.readFileSync(file, 'utf8');
  for (const r of core.analyzeReports(text)) {
    reports++;
    const body = text.slice(r.start, r.end);
    const seen = new Set();
    for (const m of body.matchAll(QUOTED)) {
      const t = m[1].replace(/＋/g, '+');
      if (isJargon(t)) seen.add(t);
    }
    const place = placeOf(r, text);
    for (const t of seen) {
      all.set(t, (all.get(t) ?? 0) + 1);
      if (place) {
        if (!places.has(t)) places.set(t, new Set());
        places.get(t).add(place);
      }
    }
    if (r.year !== null && r.year >= 2000 && r.year <= 2012) {
      eraReports++;
      for (const t of seen) era.set(t, (era.get(t) ?? 0) + 1);
    }
  }
}

function top(counts, n = TOP) {
  return [...counts].filter(([t]) => (places.get(t)?.size ?? 0) >= MIN_PLACES).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([term, df]) => ({ term, df }));
}

const about = (n, what, k = TOP) => `Top ${k} quoted report jargon by document frequency over ${n} reports (${what}); made by scripts/jargon-list.mjs, see its header.`;
fs.writeFileSync(path.join(ROOT, 'test/fixtures/jargon-top300.json'),
  JSON.stringify({ about: about(reports, 'all years'), terms: top(all) }, null, 0).replace(/\},\{/g, '},\n{') + '\n');
fs.writeFileSync(path.join(ROOT, 'test/fixtures/jargon-2000-2012.json'),
  JSON.stringify({ about: about(eraReports, 'plan years 2000–2012', TOP_ERA), terms: top(era, TOP_ERA) }, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`${reports} reports (${eraReports} of 2000–2012); ${all.size} quoted terms, ${era.size} in the era`);
