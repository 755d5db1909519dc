/**
 * The UI strings of the webviews (media/table.js, media/compare.js here; Key Terms and Term Trends
 * define theirs next to their panels with `lazyStrings`), localised on the extension side with
 * vscode.l10n.t and sent to the webview in its `data` messages. The webview scripts hold no UI text
 * of their own; they fill `{0}`-style placeholders with `fmt()` and render every string with
 * textContent.
 */
import * as vscode from 'vscode';

/** A webview's string table, localised on the first call and reused after that. */
export function lazyStrings(make: () => Record<string, string>): () => Record<string, string> {
  let strings: Record<string, string> | undefined;
  return () => strings ??= make();
}

/** Strings of the indicator table (media/table.js). */
export const tableStrings = lazyStrings(() => ({
    colKind: vscode.l10n.t('Kind'),
    colIndicator: vscode.l10n.t('Indicator'),
    colValue: vscode.l10n.t('Value'),
    colUpper: vscode.l10n.t('Upper'),
    colUnit: vscode.l10n.t('Unit'),
    colQualifier: vscode.l10n.t('Qualifier'),
    colAim: vscode.l10n.t('Aim'),
    colYear: vscode.l10n.t('Year'),
    colPlace: vscode.l10n.t('Place'),
    colSection: vscode.l10n.t('Section'),
    colLine: vscode.l10n.t('Line'),
    colVs: vscode.l10n.t('vs target'),
    colDataYear: vscode.l10n.t("Data year"),
    statusExceeded: vscode.l10n.t("▲ exceeded"),
    statusWithinCeiling: vscode.l10n.t("✓ within ceiling"),
    kindTarget: vscode.l10n.t('target'),
    kindActual: vscode.l10n.t('actual'),
    kindOther: vscode.l10n.t('other'),
    allKinds: vscode.l10n.t('All kinds'),
    statusMet: vscode.l10n.t('✓ met'),
    statusMissed: vscode.l10n.t('✗ missed'),
    statusNotComparable: vscode.l10n.t('– n/c'),
    filterPlaceholder: vscode.l10n.t('Filter (name, section, text…)'),
    filterLabel: vscode.l10n.t('Filter rows'),
    groupBySection: vscode.l10n.t('Group by section'),
    sortBy: vscode.l10n.t('Sort by {0}'),
    waiting: vscode.l10n.t('Waiting for data…'),
    noSection: vscode.l10n.t('(no section)'),
    rows: vscode.l10n.t('{0} rows'),
    rowsOf: vscode.l10n.t('{0} of {1} rows'),
    noIndicators: vscode.l10n.t('No indicators in this document.'),
    qualitative: vscode.l10n.t('(qualitative)'),
    aim: vscode.l10n.t('力争 (strive for)'),
    vsTarget: vscode.l10n.t('{0} (vs {1})'),
    unitRelative: vscode.l10n.t('{0} vs {1}'),
    detailHint: vscode.l10n.t('Select a row to read its whole sentence here.'),
    detailLine: vscode.l10n.t('{0} · line {1}'),
    detailQualitative: vscode.l10n.t('Qualitative target: {0}'),
    closed: vscode.l10n.t('The document was closed. The table shows its last analysis; click a row to reopen it.'),
}));

/** Strings of the Compare Reports view (media/compare.js). */
export const compareStrings = lazyStrings(() => ({
    heading: vscode.l10n.t('Compare reports'),
    indicator: vscode.l10n.t('Indicator'),
    indicatorColon: vscode.l10n.t('Indicator:'),
    exportSvg: vscode.l10n.t('Export SVG…'),
    exportPng: vscode.l10n.t('Export PNG…'),
    pngFailed: vscode.l10n.t('PNG export failed: {0}'),
    matrixHeading: vscode.l10n.t('Targets (T) and actuals (A) by report'),
    pairsHeading: vscode.l10n.t('Targets vs actuals'),
    legendTarget: vscode.l10n.t('target'),
    legendActual: vscode.l10n.t('actual (reviewed year)'),
    barTarget: vscode.l10n.t('target {0} — {1}'),
    barActual: vscode.l10n.t('actual {0} — {1}'),
    statusVs: vscode.l10n.t('{0} vs {1}'),
    chartKey: vscode.l10n.t('≈ 左右   ≥ 以上   ≤ 以内/以下   * other unit or relative (not plotted)   … qualitative'),
    chartNote: vscode.l10n.t('{0} of {1} reports have a target for this indicator.'),
    report: vscode.l10n.t('Report'),
    cellTarget: vscode.l10n.t('T {0}'),
    cellActual: vscode.l10n.t('A {0}'),
    atLine: vscode.l10n.t('{0} (line {1})'),
    vsTargetNote: vscode.l10n.t('{0} — target {1}'),
    noPairs: vscode.l10n.t('No target/actual pairs: compare consecutive years of one place, or reports whose review restates last year\'s targets.'),
    pairIndicator: vscode.l10n.t('Indicator'),
    pairTargetReport: vscode.l10n.t('Target (report)'),
    pairTarget: vscode.l10n.t('Target'),
    pairActualReport: vscode.l10n.t('Actual (report)'),
    pairActual: vscode.l10n.t('Actual'),
    pairStatus: vscode.l10n.t('Status'),
    pairWhy: vscode.l10n.t('Why'),
    review: vscode.l10n.t('{0} (review)'),
    met: vscode.l10n.t('met'),
    missed: vscode.l10n.t('missed'),
    notComparable: vscode.l10n.t('not comparable'),
    summary: vscode.l10n.t('{0} reports · {1} indicators · {2} target/actual pairs'),
    exceeded: vscode.l10n.t("exceeded"),
    withinCeiling: vscode.l10n.t("within ceiling"),
    seriesHeading: vscode.l10n.t("Targets and actuals over the years"),
    seriesNote: vscode.l10n.t("Target for year N (report N) against the actual for year N (reviewed in report N+1); verdicts by the target's bound."),
    seriesYear: vscode.l10n.t("Year"),
    seriesTarget: vscode.l10n.t("Target (report of the year)"),
    seriesActual: vscode.l10n.t("Actual (next year's review)"),
    seriesBound: vscode.l10n.t("Bound"),
    seriesOutcome: vscode.l10n.t("Verdict"),
    seriesGap: vscode.l10n.t("Gap"),
    boundFloor: vscode.l10n.t("floor (≥)"),
    boundCeiling: vscode.l10n.t("ceiling (≤)"),
    boundPoint: vscode.l10n.t("about (≈)"),
    boundRange: vscode.l10n.t("range"),
    fromReview: vscode.l10n.t("{0} (restated in the review)"),
    includeLowConfidence: vscode.l10n.t("Include low-confidence records"),
    dataYear: vscode.l10n.t("{0} ({1})"),
    legendActualSeries: vscode.l10n.t("actual"),
    seriesNone: vscode.l10n.t("No targets or actuals of this indicator."),
}));

/** A qualitative value's text in the table and Compare (core formatValue gives English "(qualitative…)"). */
export function qualitativeText(relative: string | null | undefined): string {
  return relative ? vscode.l10n.t('(qualitative, vs {0})', relative) : vscode.l10n.t('(qualitative)');
}
