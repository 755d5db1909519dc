/**
 * The background model of Key Terms and Term Trends (issue 13): how many reports of the development
 * corpus use each jieba term, per year and per level (data/background.json, built by
 * scripts/build-background.mjs). Pure: the JSON comes in as data (`Background.parse`); callers load
 * the file (src/node/background.ts) only when Key Terms or Trends runs.
 *
 * Format "govreport-background/1": `years`/`docs`/`tokens` (documents and term tokens per year
 * bucket), `levels`/`levelDocs`/`levelTokens` (the same per level), `terms` (most widespread
 * first), `pos` (one letter per term from jieba's dictionary tag: 'n' noun, 's' place name (ns),
 * 'm' numeral/measure word, 'f' function word (conjunction, preposition, particle, pronoun, adverb,
 * direction, time …), '-' other), `rows` (one string per term of varints: document frequency per
 * level, then for each year with the term: Δ year index, document frequency, occurrences − document
 * frequency). Terms in fewer than `minDf` documents were pruned.
 */

export const BACKGROUND_FORMAT = 'govreport-background/1';

export interface BackgroundJson {
  format: string;
  minDf: number;
  years: number[];
  docs: number[];
  tokens: number[];
  levels: string[];
  levelDocs: number[];
  levelTokens: number[];
  terms: string[];
  pos: string;
  rows: string[];
  [k: string]: unknown;
}

/** One year of a term in the background. */
export interface BackgroundYear {
  year: number;
  /** Reports of that year that use the term. */
  df: number;
  /** Occurrences in those reports. */
  count: number;
}

export interface BackgroundTerm {
  term: string;
  /** Part of speech letter (see the module comment). */
  pos: string;
  /** Document frequency per level (same order as `Background.levels`). */
  levelDf: number[];
  df: number;
  years: BackgroundYear[];
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
/** Character code → digit (−1 for characters outside the alphabet). */
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** The varints of one row (5 bits per character; values ≥ 32 continue the number). */
export function decodeVarints(s: string): number[] {
  const out: number[] = [];
  let n = 0;
  let shift = 1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const d = code < 128 ? DIGIT[code] : -1;
    if (d < 0) throw new Error(`background: bad character '${s[i]}' in a row`);
    if (d >= 32) {
      n += (d - 32) * shift;
      shift *= 32;
    } else {
      out.push(n + d * shift);
      n = 0;
      shift = 1;
    }
  }
  if (shift !== 1) throw new Error('background: truncated row');
  return out;
}

function isNumArray(v: unknown, len?: number): v is number[] {
  return Array.isArray(v) && (len === undefined || v.length === len) && v.every(x => typeof x === 'number' && Number.isFinite(x) && x >= 0);
}

export class Background {
  readonly years: number[];
  /** Documents per year bucket (same order as `years`). */
  readonly docs: number[];
  /** Term tokens per year bucket. */
  readonly tokens: number[];
  readonly levels: string[];
  readonly levelDocs: number[];
  readonly levelTokens: number[];
  readonly totalDocs: number;
  /** Terms in fewer documents than this were pruned: an absent term is rarer than that. */
  readonly minDf: number;
  readonly size: number;
  private readonly index = new Map<string, number>();
  private readonly yearIndex = new Map<number, number>();
  private readonly cache = new Map<number, BackgroundTerm>();

  private constructor(private readonly json: BackgroundJson) {
    this.years = json.years;
    this.docs = json.docs;
    this.tokens = json.tokens;
    this.levels = json.levels;
    this.levelDocs = json.levelDocs;
    this.levelTokens = json.levelTokens;
    this.minDf = json.minDf;
    this.totalDocs = json.docs.reduce((a, b) => a + b, 0);
    json.terms.forEach((t, i) => this.index.set(t, i));
    json.years.forEach((y, i) => this.yearIndex.set(y, i));
    this.size = json.terms.length;
  }

  /** Checks the shape of parsed background JSON (throws with the reason) and indexes its terms. */
  static parse(data: unknown): Background {
    const j = data as BackgroundJson;
    if (!j || typeof j !== 'object' || j.format !== BACKGROUND_FORMAT) throw new Error(`background: not ${BACKGROUND_FORMAT} data`);
    const ny = Array.isArray(j.years) ? j.years.length : -1;
    const nl = Array.isArray(j.levels) ? j.levels.length : -1;
    if (!isNumArray(j.years) || !isNumArray(j.docs, ny) || !isNumArray(j.tokens, ny)) throw new Error('background: bad year buckets');
    if (!j.levels.every(l => typeof l === 'string') || !isNumArray(j.levelDocs, nl) || !isNumArray(j.levelTokens, nl)) throw new Error('background: bad levels');
    if (!Array.isArray(j.terms) || !Array.isArray(j.rows) || j.rows.length !== j.terms.length || typeof j.pos !== 'string' || j.pos.length !== j.terms.length)
      throw new Error('background: terms, pos and rows differ in length');
    if (typeof j.minDf !== 'number') throw new Error('background: no minDf');
    return new Background(j);
  }

  has(term: string): boolean {
    return this.index.has(term);
  }

  /** The term's data, or undefined when it is not in the background (pruned or never seen). */
  get(term: string): BackgroundTerm | undefined {
    const i = this.index.get(term);
    if (i === undefined) return undefined;
    let t = this.cache.get(i);
    if (t) return t;
    const v = decodeVarints(this.json.rows[i]);
    const nl = this.levels.length;
    const levelDf = v.slice(0, nl);
    const years: BackgroundYear[] = [];
    let yi = 0;
    for (let k = nl; k + 2 < v.length; k += 3) {
      yi += v[k];
      years.push({ year: this.years[yi], df: v[k + 1], count: v[k + 1] + v[k + 2] });
    }
    t = { term, pos: this.json.pos[i], levelDf, df: levelDf.reduce((a, b) => a + b, 0), years };
    this.cache.set(i, t);
    return t;
  }

  /** Part-of-speech letter of a term ('' when unknown). */
  pos(term: string): string {
    const i = this.index.get(term);
    return i === undefined ? '' : this.json.pos[i];
  }

  /** Documents of a year bucket (0 when the year is not in the background). */
  docsInYear(year: number): number {
    const i = this.yearIndex.get(year);
    return i === undefined ? 0 : this.docs[i];
  }

  /**
   * Document frequency of a term overall or in one year. A term absent from the background gets
   * an estimate: half the pruning threshold overall, scaled to the year's share of documents.
   */
  df(term: string, year?: number): number {
    const t = this.get(term);
    if (year === undefined) return t ? t.df : (this.minDf - 1) / 2;
    if (!t) return ((this.minDf - 1) / 2) * (this.docsInYear(year) / (this.totalDocs || 1));
    return t.years.find(y => y.year === year)?.df ?? 0;
  }

  /** Every term, most widespread first. */
  terms(): readonly string[] {
    return this.json.terms;
  }
}

/** Varints of `values` in the row alphabet (inverse of `decodeVarints`). */
export function encodeVarints(values: readonly number[]): string {
  let s = '';
  for (let n of values) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`background: cannot encode ${n}`);
    while (n >= 32) {
      s += ALPHABET[32 + (n % 32)];
      n = Math.floor(n / 32);
    }
    s += ALPHABET[n];
  }
  return s;
}

/** One document of a background under construction. */
export interface BackgroundDoc {
  year: number;
  /** Index into `levels`. */
  level: number;
  counts: ReadonlyMap<string, number>;
}

/**
 * Builds background JSON from documents added one at a time (scripts/build-background.mjs streams
 * the corpus through it; tests build small ones with `buildBackgroundJson`).
 */
export class BackgroundBuilder {
  private readonly stats = new Map<string, { lv: number[]; df: Map<number, number>; count: Map<number, number> }>();
  private readonly docsPerYear = new Map<number, number>();
  private readonly tokensPerYear = new Map<number, number>();
  private readonly levelDocs: number[];
  private readonly levelTokens: number[];

  constructor(readonly levels: string[]) {
    this.levelDocs = levels.map(() => 0);
    this.levelTokens = levels.map(() => 0);
  }

  add(d: BackgroundDoc): void {
    if (!(d.level >= 0 && d.level < this.levels.length)) throw new Error(`background: bad level ${d.level}`);
    if (!Number.isInteger(d.year)) throw new Error(`background: bad year ${d.year}`);
    let tokens = 0;
    for (const [t, n] of d.counts) {
      tokens += n;
      let st = this.stats.get(t);
      if (!st) this.stats.set(t, (st = { lv: this.levels.map(() => 0), df: new Map(), count: new Map() }));
      st.lv[d.level]++;
      st.df.set(d.year, (st.df.get(d.year) ?? 0) + 1);
      st.count.set(d.year, (st.count.get(d.year) ?? 0) + n);
    }
    this.docsPerYear.set(d.year, (this.docsPerYear.get(d.year) ?? 0) + 1);
    this.tokensPerYear.set(d.year, (this.tokensPerYear.get(d.year) ?? 0) + tokens);
    this.levelDocs[d.level]++;
    this.levelTokens[d.level] += tokens;
  }

  /** Distinct terms seen so far. */
  get termCount(): number {
    return this.stats.size;
  }

  /**
   * The JSON: terms in at least `minDf` documents, most widespread first (ties by code point),
   * `pos(term)` for the part-of-speech letters ('-' by default).
   */
  build(options: { minDf?: number; pos?: (term: string) => string; extra?: Record<string, unknown> } = {}): BackgroundJson {
    const years = [...this.docsPerYear.keys()].sort((a, b) => a - b);
    const yi = new Map(years.map((y, i) => [y, i]));
    const minDf = options.minDf ?? 1;
    const dfOf = (st: { lv: number[] }): number => st.lv.reduce((a, b) => a + b, 0);
    const kept = [...this.stats.entries()].filter(([, st]) => dfOf(st) >= minDf)
      .sort((a, b) => dfOf(b[1]) - dfOf(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const row = (st: { lv: number[]; df: Map<number, number>; count: Map<number, number> }): string => {
      const v = [...st.lv];
      let prev = 0;
      for (const y of [...st.df.keys()].sort((a, b) => a - b)) {
        const i = yi.get(y)!;
        const df = st.df.get(y)!;
        v.push(i - prev, df, st.count.get(y)! - df);
        prev = i;
      }
      return encodeVarints(v);
    };
    return {
      format: BACKGROUND_FORMAT,
      ...(options.extra ?? {}),
      minDf,
      years,
      docs: years.map(y => this.docsPerYear.get(y)!),
      tokens: years.map(y => this.tokensPerYear.get(y)!),
      levels: [...this.levels],
      levelDocs: [...this.levelDocs],
      levelTokens: [...this.levelTokens],
      terms: kept.map(([t]) => t),
      pos: kept.map(([t]) => (options.pos ? options.pos(t) : '-').slice(0, 1) || '-').join(''),
      rows: kept.map(([, st]) => row(st)),
    };
  }
}

/** Background JSON of a small document set (see `BackgroundBuilder`). */
export function buildBackgroundJson(
  docs: readonly BackgroundDoc[],
  options: { levels: string[]; minDf?: number; pos?: (term: string) => string; extra?: Record<string, unknown> },
): BackgroundJson {
  const b = new BackgroundBuilder(options.levels);
  for (const d of docs) b.add(d);
  return b.build(options);
}
