/**
 * "The value in plain words": turns an indicator's value, unit and qualifier into readable text
 * (`340亿元` → `3.4×10¹⁰ 元`, 34 billion yuan; `左右` → approximately), in the UI's language through
 * the core's translate hook (Chinese UI: `13600万元` → 1.36亿元, `左右` → 约). Pure TypeScript.
 */
import type { IndicatorKind, Qualifier } from './types';
import { unitInfo, QUALIFIER_WORDS } from './lexicon';
import { englishUi, Translate, untranslated } from './l10n';

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

/** Rounds away binary noise (0.1 × 3 → 0.3): 12 significant digits. */
export function tidy(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

/** Plain decimal notation without exponent or grouping, noise removed: 5.5 → "5.5", 1e4 → "10000". */
export function plainNumber(n: number): string {
  const t = tidy(n);
  if (Math.abs(t) < 1e21 && Math.abs(t) >= 1e-6 || t === 0) {
    // trailing zeros (and a bare point) dropped by a loop, not by a quadratic `\.?0+$` regex
    const f = t.toFixed(12);
    let e = f.length;
    while (f[e - 1] === '0') e--;
    if (f[e - 1] === '.') e--;
    const s = f.slice(0, e);
    return s === '-0' ? '0' : s;
  }
  return String(t);
}

/**
 * Scientific notation with a superscript exponent for large numbers (|n| ≥ 100000):
 * 34000000000 → "3.4×10¹⁰"; smaller numbers in plain notation with thousands separators
 * (12345 → "12,345", 5.5 → "5.5").
 */
export function formatNumber(n: number): string {
  const t = tidy(n);
  if (!Number.isFinite(t)) return String(t);
  const a = Math.abs(t);
  if (a >= 1e5) {
    let exp = Math.floor(Math.log10(a));
    let mant = tidy(t / 10 ** exp);
    if (Math.abs(mant) >= 10) { mant = tidy(mant / 10); exp++; }
    const m = plainNumber(mant);
    const e = String(exp).split('').map(c => SUPERSCRIPT[c] ?? c).join('');
    return `${m === '1' ? '' : m + '×'}10${e}`;
  }
  const [int, frac] = plainNumber(t).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

const SCALES: Array<[number, number, string]> = [[1e12, 1e12, 'trillion'], [1e9, 1e9, 'billion'], [1e6, 1e6, 'million'], [1e4, 1e3, 'thousand']];

/** A number in English words of scale: 3.4e10 → "34 billion", 55000 → "55 thousand", 1200 → "1200". */
export function englishMagnitude(n: number): string {
  const t = tidy(n);
  const a = Math.abs(t);
  for (const [from, scale, word] of SCALES) if (a >= from) return `${plainNumber(tidy(t / scale))} ${word}`;
  return plainNumber(t);
}

export interface KindLabel { zh: string; en: string }

const KIND: Record<IndicatorKind, KindLabel> = {
  target: { zh: '目标', en: 'target' },
  actual: { zh: '实绩', en: 'actual (result achieved)' },
  other: { zh: '其他', en: 'other figure' },
};

/** Chinese and English label of an indicator kind (target → 目标 / target). */
export function kindLabel(kind: IndicatorKind): KindLabel {
  return KIND[kind] ?? KIND.other;
}

/** English meaning of a qualifier (左右 → "approximately", 以上 → "or more"), "" for none. */
export function qualifierMeaning(q: Qualifier | string): string {
  return q ? (QUALIFIER_WORDS[q] ?? '') : '';
}

export interface ValueInput {
  value: number | null;
  upper: number | null;
  unit: string;
  qualifier: Qualifier | string;
}

export interface ValueDescription {
  /** The value as written, rebuilt: "5.5%左右", "6.5—7%", "340亿元". */
  written: string;
  /** English unit words ("percent", "hundred million yuan"), "" when unknown or none. */
  unitEnglish: string;
  /** The value (or range) in the unit's base unit when that differs: "3.4×10¹⁰ 元". */
  base: string | null;
  /** Qualifier meaning in the UI's language ("approximately", "or more"; 大约, 不低于此数), "" when none. */
  qualifier: string;
  /** A range "6.5 to 7 percent" (Chinese UI: "6.5至7%", "1.2万至1.5万人"), or null for a single value. */
  range: string | null;
  /**
   * One line in plain words: "approximately 34 billion yuan", "8 percent or more", "6.5 to 7 percent"
   * in English; "约340亿元", "8%及以上", "1,360亿元" in the Chinese UI.
   */
  plain: string;
}

function withUnit(num: string, unitWords: string, rawUnit: string): string {
  if (unitWords) return `${num} ${unitWords}`;
  return rawUnit ? `${num} ${rawUnit}` : num;
}

/** Thousands separators without an exponent: 1360 → "1,360", 1.36 → "1.36". */
export function groupedNumber(n: number): string {
  const [int, frac] = plainNumber(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

const CHINESE_SCALES: Array<[number, string]> = [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']];

/**
 * A base-unit amount in Chinese magnitudes, as a reader of Chinese writes it: 1.36e11 → "1,360亿",
 * 1.5e12 → "1.5万亿", 55000 → "5.5万", 1200 → "1,200" (the unit is added by the caller).
 */
export function chineseMagnitude(n: number): string {
  const t = tidy(n);
  const a = Math.abs(t);
  for (const [scale, word] of CHINESE_SCALES) if (a >= scale) return `${groupedNumber(tidy(t / scale))}${word}`;
  return groupedNumber(t);
}

/** A qualifier meaning (English, from data/units.json) in the UI's language. */
function qualifierText(q: string, t: Translate): string {
  switch (q) {
    case 'approximately': return t('approximately');
    case 'or more': return t('or more');
    case 'or less': return t('or less');
    default: return q;
  }
}

/**
 * Describes a value in plain words. Returns null for a qualitative record (no number).
 * Percentages stay percentages; amounts in a scaled unit (亿元, 万人) are also given in the base
 * unit (元, 人) in scientific notation and in words of scale: English words (34 billion yuan) in
 * the English UI, Chinese magnitudes (340亿元, 1.36万亿元) in another (`t`, see englishUi). The
 * qualifier and range phrases come from `t`.
 */
export function describeValue(v: ValueInput, t: Translate = untranslated): ValueDescription | null {
  if (v.value === null || !Number.isFinite(v.value)) return null;
  const info = unitInfo(v.unit);
  const q = qualifierMeaning(v.qualifier);
  const written = `${plainNumber(v.value)}${v.upper !== null ? '—' + plainNumber(v.upper) : ''}${v.unit}${v.qualifier}`;
  const en = englishUi(t);
  let base: string | null = null;
  let amount: string;
  if (info && info.factor !== 1) {
    const lo = v.value * info.factor;
    const hi = v.upper !== null ? v.upper * info.factor : null;
    base = `${formatNumber(lo)}${hi !== null ? ' – ' + formatNumber(hi) : ''}${info.base ? ' ' + info.base : ''}`;
    if (en) {
      const baseInfo = info.base ? unitInfo(info.base) : undefined;
      const baseUnitEnglish = baseInfo?.en ?? info.base;
      amount = hi !== null
        ? t('{0} to {1}', englishMagnitude(lo), withUnit(englishMagnitude(hi), baseUnitEnglish, ''))
        : withUnit(englishMagnitude(lo), baseUnitEnglish, '');
    } else {
      const hiText = hi !== null ? chineseMagnitude(hi) + info.base : null;
      amount = hiText !== null ? t('{0} to {1}', chineseMagnitude(lo), hiText) : chineseMagnitude(lo) + info.base;
    }
  } else if (en) {
    const unitWords = info?.en ?? '';
    amount = v.upper !== null
      ? t('{0} to {1}', plainNumber(v.value), withUnit(plainNumber(v.upper), unitWords, v.unit))
      : withUnit(plainNumber(v.value), unitWords, v.unit);
  } else {
    amount = v.upper !== null
      ? t('{0} to {1}', groupedNumber(v.value), groupedNumber(v.upper) + v.unit)
      : groupedNumber(v.value) + v.unit;
  }
  const range = v.upper !== null ? amount : null;
  let plain = amount;
  if (q === 'approximately') plain = t('approximately {0}', amount);
  else if (q === 'or more') plain = t('{0} or more', amount);
  else if (q === 'or less') plain = t('{0} or less', amount);
  else if (q) plain = `${amount} (${q})`;
  return { written, unitEnglish: info?.en ?? '', base, qualifier: qualifierText(q, t), range, plain };
}
