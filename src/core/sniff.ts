/**
 * Content sniffing: does a plain-text document look like a government work report?
 * Pure TypeScript: no `vscode`, no Node APIs.
 */

/** Phrases that open (almost) every 政府工作报告. */
export const REPORT_SIGNALS: readonly RegExp[] = [
  /政\s*府\s*工\s*作\s*报\s*告/,
  /各\s*位\s*代\s*表/,
  /请\s*予\s*审\s*议/,
];

/** How much of the document's opening is inspected. */
export const SNIFF_LENGTH = 2000;

/** The number of distinct report signals in the opening `SNIFF_LENGTH` characters of `text`. */
export function reportSignals(text: string): number {
  const head = text.slice(0, SNIFF_LENGTH);
  return REPORT_SIGNALS.filter(re => re.test(head)).length;
}

/** True when the opening text shows at least two of the report signals. */
export function looksLikeReport(text: string): boolean {
  return reportSignals(text) >= 2;
}
