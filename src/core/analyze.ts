/**
 * `analyze(text)`: reports, outline, indicators, the document's glossary and footnotes. Pure and
 * deterministic; every offset is a UTF-16 offset into `text`.
 */
import type { Analysis, Indicator, Report, Span } from './types';
import { LineIndex, scanText, splitLines } from './text';
import { findReports } from './reports';
import { buildOutline } from './outline';
import { readDocGlossary, findFootnotes } from './docGlossary';
import { findQuantities } from './quantity';
import { extractIndicators } from './indicators';
import { applySemantics } from './semantics';
import { isChromeLine } from './chrome';
import { hardWrapWidth } from './sentences';

/** A part title that plans: the next five years, the year's work, targets and tasks. */
const PLAN_PART_RE = /今后五年|未来五年|今后一个时期|今后几年|目标任务|主要任务|工作安排|工作部署|工作任务|总体要求|奋斗目标|发展目标|主要目标|工作建议|工作的建议|十[一二三四五]五.{0,8}(?:规划|目标|任务)|展望/;
/** …and words of a review part (主要任务完成情况, 2023年工作回顾). */
const REVIEW_PART_RE = /回顾|完成情况|执行情况|成绩|成就|进展|总结|过去/;

// 附件： / 附件1 / 附件2 2024年重点项目 / 《政府工作报告》附件1
const APPENDIX_RE = /^[*#\s]*(?:《[^》]{1,20}》)?(?:附件|附表|附录)(?:\d{1,2}|[一二三四五六七八九十]{1,2})?(?:[:：]|\s*$|(?<=\d|[一二三四五六七八九十])\s+\S)(?!.*下载)/;

export function analyze(input: string): Analysis {
  return { length: input.length, reports: [...analyzeReports(input)] };
}

/**
 * The reports of a text one at a time, so a caller that streams its output (the CLI on a 50 MB
 * file) never holds more than one report's analysis. Each report's `indicators` are computed on
 * first access (and then kept), so structure-only consumers (outline, folding) stay cheap.
 */
export function* analyzeReports(input: string): Generator<Report> {
  // the width-normalised text, and where its sentence ends, marker starts and numeral runs stand
  const { text, marks } = scanText(input);
  const index = new LineIndex(text);
  // line texts come from the input (strings shown to people); matching uses the normalised text
  const lines = splitLines(input);
  const frames = findReports(input, lines);
  const ctx = {
    source: input,
    text,
    lineOf: (o: number) => index.line(o),
    columnOf: (o: number) => index.column(o),
    lineStartOf: (o: number) => index.lineStart(index.line(o)),
    marks,
  };
  for (const f of frames) {
    const first = index.line(f.start) - 1;
    const last = index.line(f.end) - 1;
    const rLines = lines.slice(first, last + 1);
    const g = readDocGlossary(rLines, f.end);
    const bodyEnd = g.section ? g.section.start : f.end;
    const chrome = new Set(rLines.filter(l => isChromeLine(l.text)));
    // an appendix (附件 / 附表 and its numbered project list) is no section of the speech
    const appendix = rLines.find(l => l.start < bodyEnd && !chrome.has(l) && APPENDIX_RE.test(l.text.trim()));
    const outlineEnd = appendix && appendix.start > f.start ? appendix.start : bodyEnd;
    const outline = buildOutline(text, rLines, outlineEnd, input, l => chrome.has(l));
    const footnotes = findFootnotes(text, f.start, bodyEnd, g.entries, ctx.lineOf, marks.markerStarts);
    const skip: Span[] = footnotes.map(n => ({ start: n.start, end: n.end }));
    for (const l of chrome) skip.push({ start: l.start, end: l.end });
    const tops = outline.filter(n => n.level === outline[0]?.level);
    // indicators are read on first use: the outline of a large report does not wait for them
    let indicators: Indicator[] | undefined;
    // the speech's numbers follow its salutation: the header (front matter, subtitle, a page's ad
    // lines between the front matter and the title) states none
    const speechStart = f.salutationIndex >= 0 ? Math.max(f.start, lines[f.salutationIndex].start) : f.start;
    const planStart = tops.length >= 2 ? tops[1].start : null;
    // the first later part that plans (今后五年的目标任务, 2023年工作安排): no review figure stands in it
    const planPart = tops.slice(1).find(n => PLAN_PART_RE.test(n.text) && !REVIEW_PART_RE.test(n.text));
    // direction, data year, bound and confidence of every record: see semantics.ts
    const readIndicators = (): Indicator[] => (indicators ??= applySemantics(extractIndicators(ctx, findQuantities(text, speechStart, bodyEnd, marks.numeralRuns), {
      body: { start: speechStart, end: bodyEnd },
      skip,
      planStart,
      reviewLimit: planPart ? planPart.start : null,
      wrapWidth: hardWrapWidth(rLines),
      year: f.year,
    }), text, { year: f.year, planStart, lineStartOf: ctx.lineStartOf }));
    yield {
      title: f.title,
      line: f.titleLine,
      year: f.year,
      place: f.place,
      start: f.start,
      end: f.end,
      outline,
      get indicators(): Indicator[] {
        return readIndicators();
      },
      glossary: g.entries,
      footnotes,
      glossarySection: g.section,
    };
  }
}
