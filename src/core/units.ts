import { unitInfo } from './lexicon';

/** Converts a value in `unit` into the unit's base (亿元 → 元), or null when the unit has none. */
export function toBaseUnits(value: number, unit: string): { value: number; unit: string } | null {
  const u = unitInfo(unit);
  if (!u || !u.base) return null;
  return { value: value * u.factor, unit: u.base };
}

/** English words for a unit, "" when unknown. */
export function unitEnglish(unit: string): string {
  return unitInfo(unit)?.en ?? '';
}
