#!/usr/bin/env node
// Mines the reports' own glossaries (名词解释 / 注释 sections) into data/reportTerms.json.
//
//   node esbuild.js && node scripts/mine-glossary.mjs [corpus-dir=/tmp/corpus] [--out data/reportTerms.json]
//
// Developer-run, never at run time. Every Markdown/text report under the directory is analysed with
// the core's own reader (dist/core.js: analyze → report.glossary, report.place/year/title), so the
// data is exactly what the extension would read. Place and year come from the analysis (the text),
// with a fallback to the report's title and 人民代表大会 line (text too), never from file names; the
// file's relative path is kept only as `source`, for tracing a definition back to its report.
// Terms are clustered by their normalised form (quotes, blanks, bold removed); definitions that say
// the same thing (character-bigram overlap) form one sense; distinct senses are kept apart. In each
// sense the national, then provincial, then latest wording comes first.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const core = require(path.join(ROOT, 'dist/core.js'));

const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const OUT = outIdx >= 0 ? path.resolve(args[outIdx + 1]) : path.join(ROOT, 'data/reportTerms.json');
const DIR = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out') ?? '/tmp/corpus');
/** Longest definition kept (a hover quotes it; the side-by-side view shows it). */
const MAX_DEF = 200;

/** The 34 province-level divisions: to tell a provincial report and the province a city report names most. */
export const PROVINCES = ['北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省',
  '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省',
  '云南省', '陕西省', '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区',
  '新疆维吾尔自治区', '香港特别行政区', '澳门特别行政区'];

function walk(dir, out = []) {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (/\.(md|txt)$/i.test(name)) out.push(p);
  }
  return out;
}

/** Place from the report's own words when the analysis has none: title, then the 人民代表大会 line. */
function placeFromText(title, head) {
  const m = /(?:^|\d{4}年)\s*([\u4e00-\u9fff]{2,12}?(?:省|自治区|自治州|市|州|盟|地区|县|区|旗))(?:人民)?政府工作报告/.exec(title)
    ?? /在([\u4e00-\u9fff]{2,12}?(?:省|自治区|自治州|市|州|盟|地区|县|区|旗))第[一二三四五六七八九十]+届人民代表大会/.exec(head);
  return m && !/人民|政府|代表/.test(m[1]) ? m[1] : null;
}

function yearFromText(title, head) {
  const m = /((?:19|20)\d{2})年/.exec(title) ?? /((?:19|20)\d{2})年\s*\d{1,2}月\s*\d{1,2}日/.exec(head);
  return m ? Number(m[1]) : null;
}

/** national | province | city (a prefecture, county or district) — from the place and title. */
function levelOf(place, title, head) {
  if (/国务院/.test(title) || /在第[一二三四五六七八九十]+届全国人民代表大会/.test(head)) return 'national';
  if (!place) return null;
  if (PROVINCES.includes(place) || /^(?:北京|天津|上海|重庆)$/.test(place)) return 'province';
  return 'city';
}

/**
 * The province a report belongs to: itself, or the one its text names most often (`江西省`,
 * `江西省委`, `广西壮族自治区`, `北京市`, full names only: a short name is often a partner region). Hong Kong, Macao and Taiwan are never a city's province.
 */
function provinceOf(place, level, text) {
  if (level === 'national') return null;
  if (place && PROVINCES.includes(place)) return place;
  if (place && PROVINCES.includes(place + '市')) return place + '市';
  let best = null;
  let bestN = 0;
  let second = 0;
  for (const p of PROVINCES) {
    if (/特别行政区|台湾/.test(p)) continue;
    const needle = p;
    let n = 0;
    for (let i = text.indexOf(needle); i >= 0 && n < 500; i = text.indexOf(needle, i + 1)) n++;
    if (n > bestN) { second = bestN; best = p; bestN = n; } else if (n > second) second = n;
  }
  // a partner region (对口支援) named now and then must not win: the province dominates
  return bestN >= 1 && bestN > 2 * second ? best : null;
}

/** A place as the analysis reads it, when it is one (a name ending in 省/市/县/区 …), else null. */
function validPlace(p) {
  return typeof p === 'string' && /^[\u4e00-\u9fff]{2,12}(?:省|自治区|自治州|市|州|盟|地区|县|区|旗)$/.test(p) && !/人民|政府|代表/.test(p) ? p : null;
}

/** 永州市 → 永州, 黔西南布依族苗族自治州 → 黔西南: the short name texts use. */
function shortName(place) {
  return place.replace(/(?:[\u4e00-\u9fff]{1,8}族)*(?:自治州|自治县|自治旗|地区|盟|市|州|县|区|旗)$/, '').replace(/(?:[\u4e00-\u9fff]{1,2}族)+$/, '');
}

/** Adds to `acc[place]` how often `text` names each province (full names; not HK, Macao, Taiwan). */
function countProvinces(acc, place, text) {
  if (!acc.has(place)) acc.set(place, new Map());
  const m = acc.get(place);
  for (const p of PROVINCES) {
    if (/特别行政区|台湾/.test(p)) continue;
    let n = 0;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) n++;
    if (n) m.set(p, (m.get(p) ?? 0) + n);
  }
}

/** Normalised term: no quotes, blanks, bold or trailing punctuation; full-width ASCII folded. */
function normTerm(t) {
  return core.normalizeTerm(t.replace(/\*/g, '')).replace(/[。.:：,，;；]+$/, '');
}

/** A term worth keeping: a name of 2–24 units, no sentence punctuation, not a list of terms or a note. */
function usableTerm(t) {
  if (t.length < 2 || t.length > 24) return false;
  if (/[，。；！？,;!?]/.test(t)) return false;
  if (/、/.test(t.replace(/“[^”]*”/g, ''))) return false;
  if (/^(?:\d{4}年|\d+$)|完成情况|主要指标|数据|预计|同比/.test(t)) return false;
  return /[\u4e00-\u9fffA-Za-z]/.test(t);
}

/** `金融发展三项计划（简称“三P”计划）` → term and alias. */
function splitAlias(term) {
  const m = /^(.+?)[（(](?:简称|又称|即|以下简称)?[“"]?([^（）()“”"]{1,12})[”"]?[）)]$/.exec(term);
  return m ? { term: m[1], alias: m[2] } : { term, alias: null };
}

function cleanDef(d) {
  let s = d.replace(/\s+/g, '').replace(/^[：:，,]/, '').replace(/\[\^?\d+\]/g, '');
  if (s.length > MAX_DEF) {
    const cut = s.slice(0, MAX_DEF);
    const stop = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'));
    s = (stop > MAX_DEF / 2 ? cut.slice(0, stop + 1) : cut) + '…';
  }
  return s;
}

function bigrams(s) {
  const set = new Set();
  const t = s.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
  for (let i = 0; i + 1 < t.length; i++) set.add(t.slice(i, i + 2));
  return set;
}
/** Overlap of two definitions relative to the shorter one (same sense when high). */
function overlap(a, b) {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

const LEVEL_RANK = { national: 0, province: 1, city: 2 };

function main() {
  const files = walk(DIR);
  const reports = [];
  /** city → province → times its reports (all years) name the province */
  const placeProv = new Map();
  /** normalised term → [{ report, term, definition }] */
  const byTerm = new Map();
  const aliases = new Map();
  let entries = 0;
  let withGlossary = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const source = path.relative(DIR, file).split(path.sep).join('/');
    let fileHas = false;
    for (const r of core.analyzeReports(text)) {
      const head = text.slice(r.start, Math.min(r.end, r.start + 600));
      const title = r.title || '';
      const place = validPlace(r.place) ?? placeFromText(title, head);
      const level = levelOf(place, title, head);
      if (level === 'city' && place) countProvinces(placeProv, place, text.slice(r.start, r.end));
      if (!r.glossary.length) continue;
      fileHas = true;
      const year = r.year ?? yearFromText(title, head);
      const province = provinceOf(place, level, text.slice(r.start, r.end));
      const idx = reports.length;
      reports.push({ place, province, level, year, title, source, line: r.line });
      for (const g of r.glossary) {
        entries++;
        const { term: rawTerm, alias } = splitAlias(g.term.replace(/\*/g, '').trim());
        const key = normTerm(rawTerm);
        if (!usableTerm(key)) continue;
        const definition = cleanDef(g.definition);
        if (definition.length < 4) continue;
        if (!byTerm.has(key)) byTerm.set(key, []);
        byTerm.get(key).push({ report: idx, line: g.line, definition });
        if (alias && usableTerm(normTerm(alias))) aliases.set(normTerm(alias), key);
      }
    }
    if (fileHas) withGlossary++;
  }

  // a city's province: the province its reports of all years name most (full names), when dominant
  for (const r of reports) {
    if (r.level !== 'city' || !r.place) continue;
    const counts = placeProv.get(r.place);
    if (!counts) continue;
    // a prefecture (市, 州, 盟) is in no municipality: 天津市 in a 甘肃 city's report is its partner
    const prefecture = /(?:市|州|盟|地区)$/.test(r.place);
    const ranked = [...counts].filter(([p]) => !(prefecture && /^(?:北京|天津|上海|重庆)市$/.test(p))).sort((a, b) => b[1] - a[1]);
    r.province = ranked.length && ranked[0][1] >= 2 && ranked[0][1] > 1.5 * (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
  }

  // cluster each term's definitions into senses; keep terms defined by ≥ 2 reports
  const terms = {};
  const used = new Set();
  let defs = 0;
  const keys = [...byTerm.keys()].sort();
  for (const key of keys) {
    const list = byTerm.get(key);
    const reportsOf = new Set(list.map(x => x.report));
    if (reportsOf.size < 2) continue;
    const rank = x => {
      const r = reports[x.report];
      return [LEVEL_RANK[r.level] ?? 3, -(r.year ?? 0)];
    };
    list.sort((a, b) => { const ra = rank(a); const rb = rank(b); return ra[0] - rb[0] || ra[1] - rb[1]; });
    const senses = [];
    for (const x of list) {
      const bg = bigrams(x.definition);
      let s = senses.find(s => overlap(s.bg, bg) >= 0.34);
      if (!s) { s = { bg, items: [] }; senses.push(s); }
      s.items.push(x);
    }
    // biggest sense first; within a sense the preferred wording (national, provincial, latest) first
    senses.sort((a, b) => new Set(b.items.map(x => x.report)).size - new Set(a.items.map(x => x.report)).size);
    // the same wording in several reports (a city repeating its glossary) is stored once
    const out = [];
    senses.forEach((s, si) => {
      const byDef = new Map();
      for (const x of s.items) {
        used.add(x.report);
        defs++;
        const same = byDef.get(x.definition);
        if (same) same[0].push(x.report);
        else { const d = [[x.report], si, x.definition]; byDef.set(x.definition, d); out.push(d); }
      }
    });
    terms[key] = out;
  }
  // renumber reports to the used ones
  const order = [...used].sort((a, b) => a - b);
  const newIdx = new Map(order.map((r, i) => [r, i]));
  for (const k of Object.keys(terms)) for (const d of terms[k]) d[0] = d[0].map(r => newIdx.get(r));
  const aliasOut = {};
  for (const [a, k] of [...aliases].sort()) if (terms[k] && !terms[a] && a !== k) aliasOut[a] = k;

  const data = {
    $comment: 'Generated by scripts/mine-glossary.mjs from the reports\' own 名词解释 sections; do not edit by hand. ' +
      'reports: [place, province, level, year, title, source, line]; terms: normalised term → [[[report, …], sense, definition], …] ' +
      '(sense 0 is the commonest; within a sense national, provincial, then latest wording first); aliases: alias → term.',
    version: 1,
    reports: order.map(i => { const r = reports[i]; return [r.place, r.province, r.level, r.year, r.title, r.source, r.line]; }),
    terms,
    aliases: aliasOut,
  };
  const json = JSON.stringify(data);
  // one report or term per line: compact, yet diffs stay readable
  const pretty = json
    .replace(/,"reports":\[/, ',\n"reports":[\n')
    .replace(/\],\[(?=[^\]]*\],\[|[^\]]*\]\],"terms")/g, '],\n[')
    .replace(/,"terms":\{/, ',\n"terms":{\n')
    .replace(/\]\],"(?=[^"]+":\[\[\[)/g, ']],\n"')
    .replace(/,"aliases":\{/, ',\n"aliases":{');
  fs.writeFileSync(OUT, pretty + '\n');
  JSON.parse(fs.readFileSync(OUT, 'utf8'));
  const size = fs.statSync(OUT).size;
  console.log(`${files.length} files, ${withGlossary} with a glossary, ${entries} entries, ${byTerm.size} distinct terms; ` +
    `${Object.keys(terms).length} defined by ≥ 2 reports (${defs} definitions, ${order.length} reports) → ${path.relative(process.cwd(), OUT)} ${(size / 1024).toFixed(0)} KB`);
}

main();
