#!/usr/bin/env node
// Era screen of the built-in glossary: every longest-match hit over the development corpus, read
// once without a year and once with the year of the report it sits in (the year the core reads from
// the text: analyze's report.year, never the file name), and how the years change the readings.
//
//   node esbuild.js && node scripts/glossary-era-scan.mjs [--corpus /tmp/corpus] [--out FILE]
//       [--fixture test/fixtures/glossary-precision.json] [--glossary data/glossary.json]
//
// Prints: hits in all, hits whose reading changes (dropped, or another sense), by entry with the
// years; for entries with a `since`, the years of hits before it (kept or dropped) — the list a
// curator checks before dating an entry. With --fixture, the fixture's excerpts are found in the
// corpus (first file containing the excerpt's line text), given that file's report year, and
// re-read: how many of them change with years applied.
import fs from 'node:fs';
import path from 'node:path';
import { corpusFiles } from './lib/corpus.mjs';
import { ROOT, loadCore, option as opt } from './lib/script.mjs';

const core = loadCore();
const DIR = path.resolve(opt('--corpus', '/tmp/corpus'));
const OUT = opt('--out', '/tmp/glossary-era-scan.json');
const FIXTURE = opt('--fixture', null);

const entries = JSON.parse(fs.readFileSync(opt('--glossary', path.join(ROOT, 'data/glossary.json')), 'utf8')).entries;
const index = new core.GlossaryIndex([{ id: 'builtin', label: 'built-in', entries }]);
const dated = (e) => e.since !== undefined || e.until !== undefined || (e.senses ?? []).some(s => s.since !== undefined || s.until !== undefined);


const files = corpusFiles(DIR);
let hits = 0;
let changed = 0;
let dropped = 0;
const byEntry = new Map();
const texts = [];
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const reports = core.analyze(text).reports;
  const year = reports.find(r => r.year !== null)?.year ?? null;
  texts.push({ file, text, year });
  for (const r of reports.length ? reports : [{ start: 0, end: text.length, year: null }]) {
    const body = text.slice(r.start, r.end);
    const plain = index.findAll(body);
    const withYear = new Map(index.findAll(body, r.year).map(m => [m.start, m]));
    for (const m of plain) {
      hits++;
      const y = withYear.get(m.start);
      const e = m.entry;
      if (!dated(entries.find(x => x.term === e.term) ?? e)) continue;
      const rec = byEntry.get(e.term) ?? { term: e.term, hits: 0, years: {}, dropped: 0, resensed: 0, examples: [] };
      byEntry.set(e.term, rec);
      rec.hits++;
      rec.years[r.year ?? 'null'] = (rec.years[r.year ?? 'null'] ?? 0) + 1;
      const change = !y ? 'dropped' : y.entry.definition !== e.definition ? 'resensed' : null;
      if (change) {
        changed++;
        if (change === 'dropped') { dropped++; rec.dropped++; } else rec.resensed++;
        if (rec.examples.length < 6) {
          const a = Math.max(0, m.start - 16);
          rec.examples.push({ file: path.relative(DIR, file), year: r.year, change, text: body.slice(a, m.end + 16).replace(/\s+/g, ' ') });
        }
      }
    }
  }
}
const rows = [...byEntry.values()].sort((a, b) => (b.dropped + b.resensed) - (a.dropped + a.resensed) || b.hits - a.hits);
console.log(`${files.length} files; ${hits} hits; ${changed} change with years applied (${dropped} dropped, ${changed - dropped} another sense)`);
for (const r of rows) {
  const years = Object.entries(r.years).sort().map(([y, n]) => `${y}:${n}`).join(' ');
  console.log(`${r.term}\thits ${r.hits}\tdropped ${r.dropped}\tresensed ${r.resensed}\t${years}`);
  for (const x of r.examples) console.log(`    ${x.change} ${x.year} ${x.file}: ${x.text}`);
}

let fixture = null;
if (FIXTURE) {
  const items = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')).items;
  let located = 0;
  let fchanged = 0;
  const fx = [];
  for (const it of items) {
    const m = index.lookupAt(it.text, it.at);
    if (!m) continue;
    const e = entries.find(x => x.term === m.entry.term);
    if (!e || !dated(e)) continue;
    const host = texts.find(t => t.text.includes(it.text));
    if (!host) continue;
    located++;
    const y = index.lookupAt(it.text, it.at, host.year);
    const change = !y ? 'dropped' : y.entry.definition !== m.entry.definition ? 'resensed' : null;
    if (change) { fchanged++; fx.push({ year: host.year, change, judged: it.judged, ok: it.ok, text: it.text }); }
  }
  fixture = { items: items.length, datedLocated: located, changed: fchanged, changes: fx };
  console.log(`fixture: ${items.length} items; ${located} hits of dated entries located in the corpus; ${fchanged} change with years applied`);
  for (const x of fx) console.log(`    ${x.change} ${x.year} judged ${x.judged} ok=${x.ok}: ${x.text}`);
}
fs.writeFileSync(OUT, JSON.stringify({ files: files.length, hits, changed, dropped, entries: rows, fixture }, null, 1));
