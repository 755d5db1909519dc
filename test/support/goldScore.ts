/**
 * Scores `analyze` against the hand-annotated gold (test/fixtures/gold): precision and recall of
 * targets, headline actuals and top-level sections per report. A record matches a gold record with
 * the same value, upper, unit and qualifier (null values: both qualitative) whose name overlaps.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import type { Indicator, Report } from '../../src/core';

export const FIXTURES = process.env.GOV_FIXTURES ?? path.join(__dirname, '../../../test/fixtures');

export interface GoldRecord {
  name: string; value: number | null; upper: number | null; unit: string; qualifier: string;
  line: number; text: string; qualitative?: boolean;
}
export interface GoldReport {
  title: string; titleLine: number; year: number; place: string;
  sections: Array<{ line: number; text: string }>;
  targets: GoldRecord[]; actuals: GoldRecord[];
  glossary: Array<{ term: string; definition: string; line: number }>;
}
export interface Score { tp: number; fp: number; fn: number }
export interface ReportScore {
  file: string; title: string; found: boolean;
  /** What the analysis read as title, place and year (null when the report was not found). */
  gotTitle: string | null; gotPlace: string | null; gotYear: number | null;
  titleOk: boolean; placeOk: boolean; yearOk: boolean;
  targets: Score; actuals: Score; sections: Score; glossary: Score;
  missedTargets: GoldRecord[]; extraTargets: Indicator[]; missedActuals: GoldRecord[];
}

function norm(s: string): string {
  return s.replace(/[\s“”"()（）]/g, '');
}

/** Names overlap: one contains the other, or they share a run of at least 4 characters. */
export function namesOverlap(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  for (let i = 0; i + 4 <= x.length; i++) if (y.includes(x.slice(i, i + 4))) return true;
  return false;
}

export function recordsMatch(r: Indicator, g: GoldRecord): boolean {
  if (g.value === null) return r.value === null && namesOverlap(r.name, g.name);
  // units compare by their characters, not their width: a gold "％" copied from the text is "%"
  return r.value === g.value && (r.upper ?? null) === (g.upper ?? null) && r.unit.normalize('NFKC') === g.unit.normalize('NFKC')
    && r.qualifier === (g.qualifier ?? '') && namesOverlap(r.name, g.name);
}

function match(found: Indicator[], gold: GoldRecord[]): { score: Score; missed: GoldRecord[]; extra: Indicator[] } {
  const used = new Set<number>();
  const missed: GoldRecord[] = [];
  for (const g of gold) {
    const k = found.findIndex((r, i) => !used.has(i) && recordsMatch(r, g));
    if (k >= 0) used.add(k);
    else missed.push(g);
  }
  const extra = found.filter((_, i) => !used.has(i));
  return { score: { tp: used.size, fp: extra.length, fn: missed.length }, missed, extra };
}

/** The national government is 国务院; gold files may write it 全国 or 中国. */
const NATIONAL = new Set(['国务院', '全国', '中国', '中华人民共和国']);
export function samePlace(got: string | null, gold: string): boolean {
  if (got === null) return false;
  return got === gold || (NATIONAL.has(got) && NATIONAL.has(gold));
}
/** Titles compare without blanks (a title broken by spaces is the same title). */
export function sameTitle(got: string | null, gold: string): boolean {
  return got !== null && got.replace(/\s+/g, '') === gold.replace(/\s+/g, '');
}

function sectionScore(r: Report, gold: GoldReport): Score {
  const top = r.outline.filter(n => n.level === 1);
  const tp = gold.sections.filter(s => top.some(n => n.line === s.line)).length;
  return { tp, fp: top.length - tp, fn: gold.sections.length - tp };
}

export function scoreFile(goldFile: string): ReportScore[] {
  const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'gold', goldFile), 'utf8'));
  const text = fs.readFileSync(path.join(FIXTURES, 'reports', gold.file), 'utf8');
  const a = analyze(text);
  return (gold.reports as GoldReport[]).map(g => {
    const r = a.reports.find(x => x.line === g.titleLine);
    if (!r) {
      const none: Score = { tp: 0, fp: 0, fn: 0 };
      return { file: gold.file, title: g.title, found: false,
        gotTitle: null, gotPlace: null, gotYear: null, titleOk: false, placeOk: false, yearOk: false, targets: { ...none, fn: g.targets.length },
        actuals: { ...none, fn: g.actuals.length }, sections: { ...none, fn: g.sections.length },
        glossary: { ...none, fn: g.glossary.length }, missedTargets: g.targets, extraTargets: [], missedActuals: g.actuals };
    }
    const t = match(r.indicators.filter(i => i.kind === 'target'), g.targets);
    const ac = match(r.indicators.filter(i => i.kind === 'actual'), g.actuals);
    const gl = g.glossary.filter(e => r.glossary.some(x => x.term === e.term && x.definition === e.definition && x.line === e.line)).length;
    return {
      file: gold.file, title: g.title, found: true,
      gotTitle: r.title, gotPlace: r.place, gotYear: r.year,
      titleOk: sameTitle(r.title, g.title), placeOk: samePlace(r.place, g.place), yearOk: r.year === g.year,
      targets: t.score, actuals: ac.score, sections: sectionScore(r, g),
      glossary: { tp: gl, fp: r.glossary.length - gl, fn: g.glossary.length - gl },
      missedTargets: t.missed, extraTargets: t.extra, missedActuals: ac.missed,
    };
  });
}

export function prf(s: Score): { p: number; r: number; f: number } {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function sum(scores: Score[]): Score {
  return scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
}

export function goldFiles(): string[] {
  return fs.readdirSync(path.join(FIXTURES, 'gold')).filter(f => f.endsWith('.gold.json')).sort();
}
