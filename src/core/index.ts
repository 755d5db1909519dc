export * from './types';
export { analyze } from './analyze';
export { normalizeWidth, LineIndex, splitLines, parseChineseNumeral } from './text';
export { findQuantities, toBaseUnits } from './quantity';
export { unitEnglish } from './units';
export { canonicalOf, canonicalInfo, CANONICAL, unitInfo } from './lexicon';
export { isChromeLine } from './chrome';
export * from './export';
export * from './encoding';
