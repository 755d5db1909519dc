/**
 * The settings the extension reads, with the type each must have and the default it falls back to
 * when a user value has the wrong type. No `vscode` here: test/unit/configKeys.test.ts checks these
 * defaults against the `contributes.configuration` of package.json, so the two cannot drift apart.
 */

export type SegmenterMode = 'auto' | 'intl';

/** `govreport.detect.markdown`: what to do with a Markdown document that reads like a report. */
export type MarkdownDetection = 'ask' | 'always' | 'never';

export const CONFIG_SECTION = 'govreport';

/** Key (under `govreport.`) → its default; the type of the default is the type accepted. */
export const CONFIG_DEFAULTS = {
  'detect.enabled': true as boolean,
  'detect.markdown': 'ask' as MarkdownDetection,
  'hover.enabled': true as boolean,
  'glossary.files': [] as string[],
  'indicators.codeLens': true as boolean,
  'keyTerms.workerIdleMinutes': 3 as number,
  'keyTerms.segmenter': 'auto' as SegmenterMode,
  'keyTerms.top': 20 as number,
};

export type ConfigKey = keyof typeof CONFIG_DEFAULTS;

/** A user value of the setting `key`, if it has the accepted type (and range), else the default. */
export function validValue<K extends ConfigKey>(key: K, value: unknown): (typeof CONFIG_DEFAULTS)[K] {
  const d = CONFIG_DEFAULTS[key];
  if (Array.isArray(d)) {
    return (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : d) as (typeof CONFIG_DEFAULTS)[K];
  }
  if (key === 'detect.markdown') return (value === 'ask' || value === 'always' || value === 'never' ? value : d) as (typeof CONFIG_DEFAULTS)[K];
  if (key === 'keyTerms.segmenter') return (value === 'auto' || value === 'intl' ? value : d) as (typeof CONFIG_DEFAULTS)[K];
  if (typeof d === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return d;
    if (key === 'keyTerms.top') return Math.min(200, Math.max(1, Math.round(value))) as (typeof CONFIG_DEFAULTS)[K];
    return Math.max(0, value) as (typeof CONFIG_DEFAULTS)[K];
  }
  return (typeof value === typeof d ? value : d) as (typeof CONFIG_DEFAULTS)[K];
}
