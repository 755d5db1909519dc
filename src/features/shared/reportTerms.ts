/**
 * The terms reports define themselves (data/reportTerms.json, src/core/reportTerms.ts): read from
 * the extension's folder on the first hover or command that needs them — never at activation, never
 * bundled — parsed and indexed once, and shared by the hover and Compare Definitions. Read through
 * `vscode.workspace.fs`, so the same code serves the desktop and the web extension host. A failed
 * load is not cached: the next use tries again.
 */
import * as vscode from 'vscode';
import { ReportTerms, ReaderContext, provinceOf } from '../../core/reportTerms';
import type { Report } from '../../core';
import type { Deps } from './deps';
import { errorText } from './errors';
import { lazyExtensionData } from './extensionData';

/** What the test commands and the bench read: loaded?, cost, size, which feature asked first. */
export interface ReportTermsState {
  loaded: boolean;
  loadMs: number;
  bytes: number;
  terms: number;
  firstUse: string;
}

let loaded: ReportTerms | undefined;
let state: ReportTermsState = { loaded: false, loadMs: 0, bytes: 0, terms: 0, firstUse: '' };

const load = lazyExtensionData('data/reportTerms.json', text => ReportTerms.fromJson(text), {
  loaded(d, deps) {
    loaded = d.value;
    state = { loaded: true, loadMs: d.loadMs, bytes: d.bytes, terms: d.value.size, firstUse: d.by };
    deps.log.info(`report-defined terms loaded for ${d.by}: ${d.value.size} terms, ${(d.bytes / 1e3).toFixed(0)} KB in ${Math.round(d.loadMs)} ms`);
  },
  failed(e, deps, by) {
    deps.log.warn(`report-defined terms unavailable (${by} works without them): ${errorText(e)}`);
  },
});

/** The report-defined terms, loaded on the first call (`by` names the feature, for the log). */
export function loadReportTerms(deps: Deps, by: string): Promise<ReportTerms> {
  return load(deps, by).then(d => d.value);
}

/** The report-defined terms if already loaded (synchronous paths: the hover). */
export function reportTermsIfLoaded(): ReportTerms | undefined {
  return loaded;
}

/** Test hook: the state of the shared report-defined terms. */
export function reportTermsState(): ReportTermsState {
  return { ...state };
}

const contexts = new WeakMap<Report, ReaderContext>();

/**
 * Where the reader is, for choosing the nearest report definition: the place and year of the report
 * under the cursor, and its province (its place's, else the one its text names most, else the one
 * the mined reports of that place belong to). Cached per analysed report.
 */
export function readerContext(doc: vscode.TextDocument, report: Report | undefined, terms: ReportTerms): ReaderContext {
  if (!report) return {};
  let ctx = contexts.get(report);
  if (!ctx) {
    const text = doc.getText(new vscode.Range(doc.positionAt(report.start), doc.positionAt(Math.max(report.end, report.start))));
    const province = provinceOf(report.place, text) ?? (report.place ? terms.provinceOfPlace(report.place) : null);
    ctx = { place: report.place, province, year: report.year };
    contexts.set(report, ctx);
  }
  return ctx;
}
