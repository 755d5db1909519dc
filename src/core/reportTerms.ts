/**
 * Terms the reports define themselves (data/reportTerms.json, mined by scripts/mine-glossary.mjs from
 * every report's 名词解释 section): how many reports define a term, every report's definition (for a
 * side-by-side view) and the one nearest the report being read (same place, then same province,
 * then the latest). The data is passed in — the host reads the JSON from disk when first needed, so
 * it is never bundled. Pure TypeScript: no `vscode`, no Node APIs.
 */
import type { GlossaryEntry, GlossarySource } from './glossary';
import { normalizeTerm } from './glossaryTrie';

/** [place, province, level, year, title, source, line] as the mining script writes it. */
export type ReportRow = [string | null, string | null, string | null, number | null, string, string, number];
/** [reports (indices into `reports`), sense (0 = the commonest), definition]. */
export type TermDefinitionRow = [number[], number, string];

export interface ReportTermsData {
  version: number;
  reports: ReportRow[];
  terms: Record<string, TermDefinitionRow[]>;
  aliases?: Record<string, string>;
}

/** One report's definition of a term, with where it came from. */
export interface ReportDefinition {
  /** The normalised term as mined (quotes and blanks removed). */
  term: string;
  definition: string;
  /** 0 for the commonest sense; definitions of the same sense share the number. */
  sense: number;
  place: string | null;
  province: string | null;
  /** national | province | city, or null when the report's place could not be read. */
  level: string | null;
  year: number | null;
  /** The report's title as the analysis read it. */
  title: string;
  /** The report file, relative to the mined corpus (provenance only). */
  source: string;
  /** 1-based line of the report's title in that file. */
  line: number;
}

/** Where the reader is: the report open in the editor. */
export interface ReaderContext {
  place?: string | null;
  province?: string | null;
  year?: number | null;
}

/** The 34 province-level divisions, as reports name them. */
export const PROVINCES: readonly string[] = ['北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省',
  '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省',
  '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区',
  '宁夏回族自治区', '新疆维吾尔自治区', '香港特别行政区', '澳门特别行政区'];

/**
 * The province a report belongs to: its place when that is a province-level division, else the
 * province its text names most (full names only — a short name is often a partner region), when
 * that one dominates (more than 1.5 times the runner-up). Null when unclear.
 */
export function provinceOf(place: string | null | undefined, text: string): string | null {
  if (place && PROVINCES.includes(place)) return place;
  if (place && PROVINCES.includes(place + '市')) return place + '市';
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  // a prefecture (市, 州, 盟) is in no municipality: 天津市 in a 甘肃 city's report is its partner
  const prefecture = !!place && /(?:市|州|盟|地区)$/.test(place);
  for (const p of PROVINCES) {
    if (/特别行政区|台湾/.test(p) || (prefecture && /^(?:北京|天津|上海|重庆)市$/.test(p))) continue;
    let n = 0;
    for (let i = text.indexOf(p); i >= 0 && n < 500; i = text.indexOf(p, i + 1)) n++;
    if (n > bestN) { second = bestN; best = p; bestN = n; } else if (n > second) second = n;
  }
  return bestN >= 1 && bestN > 1.5 * second ? best : null;
}

function isRow(r: unknown): r is ReportRow {
  return Array.isArray(r) && r.length >= 7 && typeof r[4] === 'string' && typeof r[5] === 'string';
}

/** Report-defined terms, indexed for look-ups. Build once per loaded data file. */
export class ReportTerms {
  private readonly reports: ReportRow[];
  private readonly terms: Map<string, TermDefinitionRow[]>;
  private readonly aliases: Map<string, string>;

  /** Throws on data of the wrong shape (a hand-edited or truncated file). */
  constructor(data: ReportTermsData) {
    if (!data || typeof data !== 'object' || !Array.isArray(data.reports) || typeof data.terms !== 'object' || data.terms === null) {
      throw new Error('reportTerms: not a report-terms data file');
    }
    if (!data.reports.every(isRow)) throw new Error('reportTerms: malformed report row');
    this.reports = data.reports;
    this.terms = new Map(Object.entries(data.terms));
    this.aliases = new Map(Object.entries(data.aliases ?? {}));
  }

  /** Parses the JSON text of data/reportTerms.json. */
  static fromJson(text: string): ReportTerms {
    return new ReportTerms(JSON.parse(text) as ReportTermsData);
  }

  /** The province the mined reports of `place` belong to (the commonest), or null. */
  provinceOfPlace(place: string): string | null {
    const counts = new Map<string, number>();
    for (const r of this.reports) if (r[0] === place && r[1]) counts.set(r[1], (counts.get(r[1]) ?? 0) + 1);
    let best: string | null = null;
    let n = 0;
    for (const [p, c] of counts) if (c > n) { best = p; n = c; }
    return best;
  }

  /** Number of terms. */
  get size(): number {
    return this.terms.size;
  }

  /** The mined key of a term or alias (quotes, blanks, full-width ASCII normalised), or null. */
  keyOf(term: string): string | null {
    const k = normalizeTerm(term);
    if (this.terms.has(k)) return k;
    const a = this.aliases.get(k);
    return a !== undefined && this.terms.has(a) ? a : null;
  }

  /** The key of a glossary entry: its term, else the first of its aliases reports define. */
  keyOfEntry(entry: GlossaryEntry): string | null {
    for (const t of [entry.term, ...(entry.aliases ?? [])]) {
      const k = this.keyOf(t);
      if (k) return k;
    }
    return null;
  }

  /** How many reports define the term (0 when none). */
  count(term: string): number {
    const k = this.keyOf(term);
    if (!k) return 0;
    let n = 0;
    for (const d of this.terms.get(k)!) n += d[0].length;
    return n;
  }

  /**
   * Every report's definition of the term, one per report: the commonest sense first, within a
   * sense national, provincial, then latest wording first (the data's order).
   */
  definitions(term: string): ReportDefinition[] {
    const k = this.keyOf(term);
    if (!k) return [];
    const out: ReportDefinition[] = [];
    for (const [reports, sense, definition] of this.terms.get(k)!) {
      for (const r of reports) {
        const row = this.reports[r];
        if (!row) continue;
        const [place, province, level, year, title, source, line] = row;
        out.push({ term: k, definition, sense, place, province, level, year, title, source, line });
      }
    }
    return out;
  }

  /**
   * The definition nearest the reader: from a report of the same place (the year closest to the
   * reader's, the later on a tie), else of the same province (the latest), else the latest of all
   * (national and provincial wording first on a tie).
   */
  nearest(term: string, ctx: ReaderContext = {}): ReportDefinition | undefined {
    const all = this.definitions(term);
    if (all.length === 0) return undefined;
    const year = (d: ReportDefinition) => d.year ?? 0;
    const latest = (list: ReportDefinition[]) => list.reduce((a, b) => (year(b) > year(a) ? b : a));
    if (ctx.place) {
      const same = all.filter(d => d.place === ctx.place);
      if (same.length) {
        if (ctx.year == null) return latest(same);
        const y = ctx.year;
        return same.reduce((a, b) => {
          const da = Math.abs(year(a) - y);
          const db = Math.abs(year(b) - y);
          return db < da || (db === da && year(b) > year(a)) ? b : a;
        });
      }
    }
    if (ctx.province) {
      const same = all.filter(d => d.province === ctx.province);
      if (same.length) return latest(same);
    }
    return latest(all);
  }

  /**
   * The report-defined terms as a glossary source (each with its commonest, preferred wording), for
   * a host that wants them matched in text below the built-in and user glossaries. Terms of up to
   * three characters match only in quotes (三区, 双百 mean different things in different places).
   */
  toGlossarySource(label = '报告自释 defined by reports'): GlossarySource {
    const entries: GlossaryEntry[] = [];
    for (const [k, defs] of this.terms) {
      if (defs.length === 0) continue;
      let n = 0;
      for (const d of defs) n += d[0].length;
      entries.push({ term: k, definition: defs[0][2], origin: `${n} 份报告的名词解释 (defined in ${n} reports)`, quoted: k.length <= 3 || undefined });
    }
    return { id: 'report-terms', label, entries };
  }
}

/** "2023年泸州市政府工作报告" or, when the title does not say it, "泸州市 2023年 · 《title》". */
export function reportLabel(d: ReportDefinition): string {
  const t = d.title.replace(/^[—\-\s*]+|[*\s]+$/g, '');
  const hasPlace = d.place ? t.includes(d.place) : true;
  const hasYear = d.year !== null ? t.includes(String(d.year)) : true;
  if (hasPlace && hasYear && /政府工作报告/.test(t)) return t;
  const parts = [d.place, d.year !== null ? `${d.year}年` : null].filter((x): x is string => !!x);
  return parts.length ? `${parts.join(' ')}政府工作报告` : t || d.source;
}
