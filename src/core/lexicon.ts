/**
 * The data the extractor reads reports with (units, indicator lexicon, phrase lists), loaded from
 * the JSON files in `data/` and compiled once into lookups and linear-time regexes.
 */
import unitsData from '../../data/units.json';
import indicatorData from '../../data/indicators.json';

export interface UnitInfo {
  unit: string;
  kind: string;
  base: string;
  factor: number;
  en: string;
}

export interface CanonicalIndicator {
  key: string;
  label: string;
  en: string;
  aliases: string[];
  /** A whole-name pattern for names no alias holds (经济增长 → gdp), or undefined. */
  pattern?: RegExp;
}

const MAGNITUDES: Record<string, number> = unitsData.magnitudes;
/** Listed units plus every magnitude × scalable unit (万亿斤, 亿立方米 …), longest first. */
function expandUnits(): UnitInfo[] {
  const listed = unitsData.units.map(u => ({ unit: u.unit, kind: u.kind, base: u.base, factor: u.factor, en: u.en }));
  const names = new Set(listed.map(u => u.unit));
  const out = [...listed];
  for (const u of unitsData.units) {
    if (!('scalable' in u) || !u.scalable) continue;
    for (const [m, f] of Object.entries(MAGNITUDES)) {
      const unit = m + u.unit;
      if (names.has(unit)) continue;
      names.add(unit);
      out.push({ unit, kind: u.kind, base: u.base, factor: f * u.factor, en: `${m} ${u.en}`.trim() });
    }
  }
  return out.sort((a, b) => b.unit.length - a.unit.length);
}
export const UNITS: UnitInfo[] = expandUnits();
const UNIT_BY_NAME = new Map(UNITS.map(u => [u.unit, u]));
export function unitInfo(unit: string): UnitInfo | undefined {
  return UNIT_BY_NAME.get(unit);
}

export const QUALIFIER_WORDS: Record<string, string> = unitsData.qualifiers;
export const PREFIXES: string[] = [...unitsData.prefixes].sort((a, b) => b.length - a.length);
export const AIM_WORDS: string[] = unitsData.aimWords;

export const CANONICAL: CanonicalIndicator[] = Object.entries(indicatorData.indicators).map(([key, v]) => ({
  key,
  label: v.label,
  en: v.en,
  aliases: v.aliases,
  pattern: 'pattern' in v && v.pattern ? new RegExp(v.pattern) : undefined,
}));
const PATTERNS = CANONICAL.filter(c => c.pattern).map(c => [c.pattern!, c.key] as [RegExp, string]);

/** alias → key, longest alias first, for "contains" matching. */
const ALIASES: Array<[string, string]> = CANONICAL.flatMap(c => c.aliases.map(a => [a.toUpperCase(), c.key] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

/** A memo of a function of a string, bounded in size (cleared when full). */
export class StringMemo<T> {
  private readonly table = new Map<string, T>();
  constructor(private readonly limit = 50000) {}
  get(key: string): T | undefined {
    return this.table.get(key);
  }
  set(key: string, value: T): void {
    if (this.table.size >= this.limit) this.table.clear();
    this.table.set(key, value);
  }
}

/** Canonical key of an indicator name: the longest lexicon alias the name contains, or null. */
const canonicalMemo = new StringMemo<string | null>();
export function canonicalOf(name: string): string | null {
  if (!name) return null;
  const hit = canonicalMemo.get(name);
  if (hit !== undefined) return hit;
  const n = name.toUpperCase().replace(/[“”"\s]/g, '');
  let found: string | null = null;
  for (const [alias, key] of ALIASES) if (n.includes(alias)) { found = key; break; }
  if (!found) for (const [re, key] of PATTERNS) if (re.test(n)) { found = key; break; }
  canonicalMemo.set(name, found);
  return found;
}

export function canonicalInfo(key: string): CanonicalIndicator | undefined {
  return CANONICAL.find(c => c.key === key);
}

export const VERBS: string[] = [...indicatorData.verbs].sort((a, b) => b.length - a.length);
export const FILLERS: string[] = [...indicatorData.fillers].sort((a, b) => b.length - a.length);
export const WEAK_NAMES = new Set(indicatorData.weakNames);
export const QUALITATIVE_PREDICATES: string[] = [...indicatorData.qualitativePredicates].sort((a, b) => b.length - a.length);

/** Escapes a literal for use in a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literals, longest first (so the regex engine never backtracks between them). */
export function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
}
