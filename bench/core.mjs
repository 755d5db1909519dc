#!/usr/bin/env node
// Core benchmarks (npm run bench): analyze() on a ≥1 MB report file assembled from the fixtures,
// hover lookups, and extension activation with a stub `vscode` — each against a simple baseline
// measured in the same process. Prints a table and one JSON line (for the README).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = require(path.join(ROOT, 'dist/core.js'));

const reportsDir = path.join(ROOT, 'test/fixtures/reports');
const parts = fs.readdirSync(reportsDir).sort().map(f => fs.readFileSync(path.join(reportsDir, f), 'utf8'));
let text = '';
while (Buffer.byteLength(text) < 1024 * 1024) text += parts.join('\n');
const bytes = Buffer.byteLength(text);

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = xs => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
function timeIt(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

// --- analyze vs one regex pass -------------------------------------------------------------
// the baseline: one tokenizing regex pass, every character consumed by a match
const baselineRe = /[\u4e00-\u9fa5]+|\d+(?:\.\d+)?%?|\S/g;
const numberRe = /\d+(?:\.\d+)?(?:%|亿元|万元|万人)?/g;
// analyze() computes indicators on first access: the full analysis touches them all
const analyzeFull = t => { const a = core.analyze(t); for (const r of a.reports) void r.indicators.length; return a; };
const regexPass = () => { let n = 0; baselineRe.lastIndex = 0; while (baselineRe.exec(text)) n++; return n; };
// warm the JIT up for both before measuring; medians of many runs (this machine has 2 shared cores)
timeIt(regexPass, 10);
timeIt(() => analyzeFull(text), 6);
const tRegex = median(timeIt(regexPass, 31));
const numberPass = () => { let n = 0; numberRe.lastIndex = 0; while (numberRe.exec(text)) n++; return n; };
timeIt(numberPass, 3);
const tNumber = median(timeIt(numberPass, 9));
const tAnalyze = median(timeIt(() => analyzeFull(text), 15));
const tStructure = median(timeIt(() => core.analyze(text), 7));

// peak memory: heap growth while analysing (after a GC), vs the input string and vs the regex pass
const gc = globalThis.gc ?? (() => {});
function peakHeap(fn) {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 1);
  const keep = fn();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(timer);
  void keep;
  return peak - base;
}
const memAnalyze = peakHeap(() => analyzeFull(text));
const memRegex = Math.max(1, peakHeap(() => text.match(baselineRe)));
const analysis = analyzeFull(text);
const indicators = analysis.reports.reduce((n, r) => n + r.indicators.length, 0);

// --- hover lookup: binary search over the analysed indicators vs a Map.get --------------------
const spans = analysis.reports.flatMap(r => r.indicators).sort((a, b) => a.start - b.start);
const starts = Float64Array.from(spans.map(s => s.start));
const offsets = Array.from({ length: 20000 }, (_, i) => Math.floor((i * 7919) % text.length));
const lookup = o => { let lo = 0, hi = starts.length; while (lo < hi) { const m = (lo + hi) >> 1; if (starts[m] <= o) lo = m + 1; else hi = m; } const s = spans[lo - 1]; return s && o < s.end ? s : null; };
let hoverModel = null;
try { hoverModel = require(path.join(ROOT, 'dist/core.js')).buildHoverIndex ?? null; } catch { /* not exported */ }
const map = new Map(offsets.map(o => [o, o]));
const perLookup = fn => { const t = process.hrtime.bigint(); for (const o of offsets) fn(o); return Number(process.hrtime.bigint() - t) / 1e6 / offsets.length; };
perLookup(lookup); perLookup(o => map.get(o));
const tLookup = median([1, 2, 3, 4, 5].map(() => perLookup(lookup)));
const tMap = median([1, 2, 3, 4, 5].map(() => perLookup(o => map.get(o))));
const glossaryLookup = (() => {
  if (!core.GlossaryIndex) return null;
  const g = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/glossary.json'), 'utf8'));
  const idx = new core.GlossaryIndex([{ id: 'builtin', label: 'built-in', entries: g.entries }]);
  const sample = text.slice(0, 200000);
  const offs = Array.from({ length: 20000 }, (_, i) => (i * 104729) % sample.length);
  const per = () => { const t = process.hrtime.bigint(); for (const o of offs) idx.lookupAt(sample, o); return Number(process.hrtime.bigint() - t) / 1e6 / offs.length; };
  per();
  return median([1, 2, 3].map(per));
})();

// --- activation with a stub vscode vs requiring an empty module -------------------------------
function activation() {
  const script = `
    const Module = require('module');
    const orig = Module._load;
    const any = new Proxy(function () {}, { get: (t, k) => k === 'then' ? undefined : k === Symbol.iterator ? function* () {} : k === Symbol.toPrimitive ? () => '' : any, apply: () => any, construct: () => any, set: () => true });
    class EventEmitter { constructor() { this.event = () => ({ dispose() {} }); } fire() {} dispose() {} }
    class Disposable { constructor(f) { this.f = f; } static from() { return new Disposable(); } dispose() {} }
    const stub = {};
    for (const k of ['languages','workspace','window','commands','Uri','Range','Position','Location','Hover','MarkdownString','SymbolKind','DocumentSymbol','FoldingRange','FoldingRangeKind','StatusBarAlignment','ViewColumn','l10n','env','extensions','ProgressLocation','CodeLens','TextEdit','WorkspaceEdit','Selection','TextEditorRevealType','ThemeColor','ConfigurationTarget','SymbolInformation','RelativePattern','CancellationTokenSource','DiagnosticSeverity','ThemeIcon','QuickPickItemKind','FileType','TabInputText','LocationLink','ConfigurationScope']) stub[k] = any;
    stub.EventEmitter = EventEmitter; stub.Disposable = Disposable;
    // enums activation compares against (a Proxy is no number): the values of the real API
    stub.ExtensionMode = { Production: 1, Development: 2, Test: 3 };
    Module._load = function (req, ...rest) { return req === 'vscode' ? stub : orig.call(this, req, ...rest); };
    const t0 = process.hrtime.bigint();
    const ext = require(${JSON.stringify(path.join(ROOT, 'dist/extension.js'))});
    const t1 = process.hrtime.bigint();
    try { ext.activate({ subscriptions: [], extensionUri: any, extensionPath: ${JSON.stringify(ROOT)}, extensionMode: 1, globalState: any, workspaceState: any, secrets: any, storageUri: any, globalStorageUri: any, logUri: any, asAbsolutePath: p => p }); } catch (e) { console.error('activate threw (stub vscode):', e.stack); process.exit(1); }
    const t2 = process.hrtime.bigint();
    const loaded = Object.keys(require.cache).some(k => /nodejs-jieba/.test(k));
    console.log(JSON.stringify({ load: Number(t1 - t0) / 1e6, activate: Number(t2 - t1) / 1e6, jieba: loaded }));`;
  const { execFileSync } = require('node:child_process');
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split('\n').pop()));
  const empty = [];
  for (let i = 0; i < 5; i++) {
    empty.push(Number(execFileSync(process.execPath, ['-e', `const t=process.hrtime.bigint();require(${JSON.stringify(path.join(ROOT, 'bench/empty.cjs'))});console.log(Number(process.hrtime.bigint()-t)/1e6)`], { encoding: 'utf8' }).trim()));
  }
  return { ms: median(runs.map(r => r.load + r.activate)), load: median(runs.map(r => r.load)), activate: median(runs.map(r => r.activate)), baseline: median(empty), jieba: runs.some(r => r.jieba) };
}
const act = activation();

const result = {
  input: { bytes, chars: text.length, reports: analysis.reports.length, indicators },
  analyze: { medianMs: +tAnalyze.toFixed(1), regexPassMs: +tRegex.toFixed(2), ratio: +(tAnalyze / tRegex).toFixed(1),
    structureOnlyMs: +tStructure.toFixed(1), numberRegexMs: +tNumber.toFixed(2), ratioToNumberRegex: +(tAnalyze / tNumber).toFixed(1),
    peakHeapMB: +(memAnalyze / 1048576).toFixed(1), inputMB: +(text.length * 2 / 1048576).toFixed(1), heapPerInput: +(memAnalyze / (text.length * 2)).toFixed(1),
    regexPeakHeapMB: +(memRegex / 1048576).toFixed(2) },
  hover: { indicatorLookupUs: +(tLookup * 1000).toFixed(2), mapGetUs: +(tMap * 1000).toFixed(3), ratio: +(tLookup / tMap).toFixed(1),
    glossaryLookupUs: glossaryLookup === null ? null : +(glossaryLookup * 1000).toFixed(2) },
  activation: { ms: +act.ms.toFixed(1), requireMs: +act.load.toFixed(1), activateMs: +act.activate.toFixed(1), emptyModuleMs: +act.baseline.toFixed(2), ratio: +(act.ms / act.baseline).toFixed(1), loadsSegmenter: act.jieba },
};
void hoverModel;
console.log(`analyze ${(bytes / 1048576).toFixed(2)} MB (${result.input.reports} reports, ${indicators} indicators): median ${result.analyze.medianMs} ms vs one tokenizing regex pass ${result.analyze.regexPassMs} ms → ${result.analyze.ratio}× (vs a numbers-only regex ${result.analyze.numberRegexMs} ms: ${result.analyze.ratioToNumberRegex}×)`);
console.log(`  structure only (reports, outline, glossary; indicators on first access): ${result.analyze.structureOnlyMs} ms`);
console.log(`  peak heap ${result.analyze.peakHeapMB} MB (${result.analyze.heapPerInput}× the ${result.analyze.inputMB} MB input string; regex pass ${result.analyze.regexPeakHeapMB} MB)`);
console.log(`hover: indicator lookup ${result.hover.indicatorLookupUs} µs vs Map.get ${result.hover.mapGetUs} µs (${result.hover.ratio}×); glossary longest-match ${result.hover.glossaryLookupUs} µs`);
console.log(`activation (stub vscode): ${result.activation.ms} ms (require ${result.activation.requireMs} + activate ${result.activation.activateMs}) vs empty module ${result.activation.emptyModuleMs} ms; loads segmenter: ${result.activation.loadsSegmenter}`);
console.log('BENCH_CORE ' + JSON.stringify(result));
