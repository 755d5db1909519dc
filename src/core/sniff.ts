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

/** How much of a text `readsLikeReport` reads at most (the signals stand near the top or in the body's first pages). */
export const READ_LENGTH = 60000;

/** Content signals of a report, each counted once. */
const CONTENT_SIGNALS: ReadonlyArray<{ re: RegExp; within: number; strong: boolean }> = [
  // the title, possibly spaced out (政 府 工 作 报 告) or in front matter
  { re: /政\s*府\s*工\s*作\s*报\s*告/, within: 4000, strong: true },
  // the session it is delivered to: 在…市第十六届人民代表大会第一次会议上
  { re: /人民代表大会第?[一二三四五六七八九十\d]+次会议/, within: 4000, strong: true },
  // the address to the deputies
  { re: /各\s*位\s*代\s*表/, within: 20000, strong: true },
  { re: /请\s*予\s*审\s*议|请予审查|请大会审议/, within: 8000, strong: false },
  // the review of the past year(s) and the plan of this one
  { re: /过去(?:的)?一年|过去五年|五年来|一年来|(?:\d{4}|[〇零一二三四五六七八九]{4})年工作回顾/, within: READ_LENGTH, strong: false },
  { re: /主要预期目标|主要目标是|总体要求|今年(?:政府)?工作(?:的)?(?:总体|主要|重点)/, within: READ_LENGTH, strong: false },
  { re: /政府自身建设|建设人民满意的政府|法治政府/, within: READ_LENGTH, strong: false },
];

/** The content signals found in `text` (see CONTENT_SIGNALS): how many, and how many strong. */
export function contentSignals(text: string): { all: number; strong: number } {
  let all = 0;
  let strong = 0;
  for (const s of CONTENT_SIGNALS) {
    if (s.re.test(text.slice(0, s.within))) {
      all++;
      if (s.strong) strong++;
    }
  }
  return { all, strong };
}

/**
 * True when a text reads like a government work report, whatever its file name: at least three
 * signals, one of them strong (the title, the people's congress session, 各位代表), in mostly
 * Chinese text (see cjkShare). Reads at most
 * READ_LENGTH characters. For listing the reports of a folder (CLI directories, Compare, Export).
 */
export function readsLikeReport(text: string): boolean {
  const s = contentSignals(text);
  return s.strong >= 1 && s.all >= 3 && cjkShare(text.slice(0, 20000)) >= 0.5;
}

/**
 * Share of CJK characters among the non-blank characters: a report is Chinese prose (≥ 0.78 in the
 * development corpus), a README or schema that quotes report phrases is mostly Latin (≤ 0.15).
 */
export function cjkShare(text: string): number {
  let cjk = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0x3000) continue;
    visible++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) cjk++;
  }
  return visible ? cjk / visible : 0;
}
