// The message protocol between the extension and the webview scripts: the extension's panels
// (src/features/indicators/panel.ts, compare/panel.ts, keyTerms/panel.ts) post To* messages typed by
// it, and the scripts (media/*.js, `// @ts-check`, tsconfig.media.json) read them and post From*
// messages through `import('../types/webview-protocol')` JSDoc types.

/** Messages every webview sends. */
export type ReadyMessage = { type: 'ready' };
/** A generation of data is on screen; `rows` as counted by the view. */
export type RenderedMessage = { type: 'rendered'; generation: number; rows: number; total?: number; header?: string };
/** Test mode only (ExtensionMode.Test): the answer to a `test` request. */
export type TestResultMessage = { type: 'testResult'; id: number; result: unknown };
/** Test mode only: an operation on the view (`op`: dumpText, click, state, setFilter, chart …). */
export type TestRequest = { type: 'test'; id: number; op: string; [k: string]: unknown };

/** Localised UI strings, sent with every data message (the scripts hold no UI text). */
export type Strings = Record<string, string>;

// --- indicator table (media/table.js) --------------------------------------------------------
export interface TableRow {
  i: number; kind: string; name: string; canonical: string | null; canonicalLabel: string; verb: string;
  value: number | null; upper: number | null; unit: string; qualifier: string; aim: boolean; qualitative: boolean;
  relative: string | null; year: number | null; place: string | null; report: string; section: string;
  line: number; text: string;
  /** The indicator's whole sentence (at most 400 characters), shown in the table's detail pane. */
  sentence: string;
  vs: { status: 'met' | 'missed' | 'not-comparable'; target: string; reason: string;
    /** Verdict by the target's bound (issue 11). */
    outcome?: 'met' | 'exceeded' | 'within-ceiling' | 'missed' | 'not-comparable' } | null;
  /** Signed value/upper (a decline negative), direction, the year(s) the figure refers to ("2022", "2018–2022"), bound, confidence. */
  signedValue?: number | null; signedUpper?: number | null; direction?: string | null; dataYear?: string; bound?: string | null; confidence?: 'high' | 'low';
}
export type TableData = { type: 'data'; generation: number; uri: string; scope: 'all' | 'target'; file: string; rows: TableRow[]; closed: boolean; strings: Strings };
export type ToTable = TableData | { type: 'highlight'; index: number } | { type: 'closed'; closed: boolean } | TestRequest;
export type FromTable = ReadyMessage | RenderedMessage | TestResultMessage | { type: 'reveal'; index: number };

// --- compare (media/compare.js) ----------------------------------------------------------------
/**
 * `matrix`: core CompareMatrix (cells carry signedValue and dataYear). `series`: for one place over
 * the years, the SeriesView of every indicator (compare/compute.ts: points year/target/actual/
 * bound/outcome/gap, summary, summaryText), else null. `includeLowConfidence`: the toggle's state.
 */
export type CompareData = { type: 'data'; generation: number; matrix: unknown; strings: Strings; sources: Array<{ uri: string; index: number }>;
  series?: unknown[] | null; includeLowConfidence?: boolean };
export type ToCompare = CompareData | TestRequest;
export type FromCompare = ReadyMessage | RenderedMessage | TestResultMessage | { type: 'saveChart'; format: 'svg' | 'png'; key: string; data: string }
  | { type: 'lowConfidence'; include: boolean };

// --- key terms (media/keyterms.js) -------------------------------------------------------------
/** `background`: what report terms were ranked against (the background model's size), null when within the report. */
export type KeyTermsTerms = { type: 'terms'; generation: number; strings: Strings; file: string; segmenter: string; reason: string; reports: unknown[]; background?: { reports: number; terms: number } | null };
export type KeyTermsCompare = { type: 'compare'; generation: number; strings: Strings; a: string; b: string; segmenter: string; reason: string; background?: boolean; tokensA: number; tokensB: number; rose: unknown[]; fell: unknown[]; new: unknown[]; vanished: unknown[] };
export type ToKeyTerms = KeyTermsTerms | KeyTermsCompare;
/** What media/keyterms.js receives: the data, and test requests in ExtensionMode.Test. */
export type ToKeyTermsView = ToKeyTerms | TestRequest;
export type FromKeyTerms = ReadyMessage | RenderedMessage | TestResultMessage | { type: 'reveal'; line: number };


// --- term trends (media/trends.js) -------------------------------------------------------------
export interface TrendsPoint { key: string; year: number | null; docs: number; docsWith: number; share: number; count: number | null; tokens: number; per10k: number | null }
export interface TrendsTerm { term: string; by: 'year' | 'level'; points: TrendsPoint[]; docsWith: number; firstSeen: number | null; lastSeen: number | null; peak: string | null }
export interface TrendsShift { term: string; shareA: number; shareB: number; per10kA: number; per10kB: number }
export type TrendsData = {
  type: 'data'; generation: number; strings: Strings; label: string; by: 'year' | 'level'; reports: number;
  buckets: Array<{ key: string; docs: number }>; trends: TrendsTerm[];
  /** Buckets with fewer reports were left out (0: none). */
  minDocs: number;
  shifts: { periodA: [number, number]; periodB: [number, number]; rose: TrendsShift[]; fell: TrendsShift[] } | null;
};
export type ToTrends = TrendsData | TestRequest;
export type FromTrends = ReadyMessage | RenderedMessage | TestResultMessage | { type: 'by'; by: 'year' | 'level' };
