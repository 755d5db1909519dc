/**
 * Report files: the one place that reads, decodes (core decodeReport: UTF-8, UTF-16, GB18030),
 * analyses and lists them. Open documents come from the editor (their text, the shared
 * AnalysisCache); files on disk are decoded from bytes and kept in one per-resource cache, checked
 * against the file's mtime and size and dropped when a watcher sees the file change.
 *
 * Listing finds reports by their content (core sniff: the report signals of the opening), not by
 * file name: every `*.txt` / `*.govreport` file of the workspace is read once and kept only if it
 * looks like a report.
 */
import * as vscode from 'vscode';
import { analyze, Analysis, decodeReport, LineIndex } from '../../core';
import { decodeWarning } from '../../core/encoding';
import { fileReadRefusal, MAX_REPORT_BYTES } from './hardeningPolicy';
import { looksLikeReport, SNIFF_LENGTH } from '../../core/sniff';
import type { AnalysisCache } from './analysisCache';
import { errorText } from './errors';

/** Files that may hold a report (the content decides). */
const CANDIDATE_GLOB = '**/*.{txt,TXT,md,govreport}';
/** The same file names, for folders read directly. */
const CANDIDATE_NAME = /\.(txt|md|govreport)$/i;
const EXCLUDE = '**/{node_modules,.git,out,dist}/**';
/** Larger files are not considered when listing (a report is rarely over a few MB). */
const MAX_LIST_BYTES = 20 * 1024 * 1024;
const MAX_FILES = 2000;

/** A decoded and analysed report file. */
export interface ReportFile {
  uri: vscode.Uri;
  analysis: Analysis;
  lines: LineIndex;
  /** Does the opening look like a work report (core sniff)? */
  isReport: boolean;
}

/** A file on disk as last read: its sniff verdict, and its analysis once someone asked for it. */
interface DiskEntry { mtime: number; size: number; isReport: boolean; file?: ReportFile }

/** Is an open document a report: in the govreport language, or its opening looks like one (core sniff)? */
function documentIsReport(doc: vscode.TextDocument): boolean {
  if (doc.languageId === 'govreport') return true;
  return looksLikeReport(doc.getText(new vscode.Range(0, 0, doc.positionAt(SNIFF_LENGTH).line + 1, 0)));
}

/** The open document of `uri`, if VS Code has it. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === key && !d.isClosed);
}

/** A uri from a command argument: a Uri, a URI string or a file path. */
export function toUri(u: unknown): vscode.Uri | undefined {
  if (u instanceof vscode.Uri) return u;
  if (typeof u === 'string' && u) return u.includes('://') ? vscode.Uri.parse(u) : vscode.Uri.file(u);
  return undefined;
}

/** The file name used in rows and exports: workspace-relative path, else the file name. */
export function displayFile(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** The uri a command should act on: its argument, else the active govreport editor's document. */
export function targetUri(arg: unknown): vscode.Uri | undefined {
  const direct = toUri(arg);
  if (direct) return direct;
  if (arg && typeof arg === 'object' && 'uri' in arg) return targetUri((arg as { uri: unknown }).uri);
  const ed = vscode.window.activeTextEditor;
  if (ed && ed.document.languageId === 'govreport') return ed.document.uri;
  return undefined;
}

export class ReportFiles implements vscode.Disposable {
  private readonly disk = new Map<string, DiskEntry>();
  private listing: Promise<vscode.Uri[]> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  /** Decode warnings already shown, per file (one per file and warning text). */
  private readonly warned = new Map<string, string>();
  /** Decode warnings shown so far, for tests. */
  readonly decodeWarnings: string[] = [];

  constructor(private readonly cache: AnalysisCache, private readonly log: vscode.LogOutputChannel) {}

  /** The text of a report file: the open document's text, else the file's bytes decoded. */
  async read(uri: vscode.Uri): Promise<string> {
    const doc = openDocument(uri);
    if (doc) return doc.getText();
    const d = await this.decode(uri, await vscode.workspace.fs.stat(uri));
    this.warnDecoded(uri, d.warning);
    return d.text;
  }

  /**
   * A regular file's bytes decoded (core decodeReport). Directories, devices and files over
   * MAX_REPORT_BYTES are refused with a clear message; a file decoded with replacements (UTF-8
   * but for a few bad bytes) is kept, with its warning (see warnDecoded).
   */
  private async decode(uri: vscode.Uri, st: vscode.FileStat): Promise<{ text: string; warning: string | null }> {
    const refusal = fileReadRefusal({ isFile: (st.type & vscode.FileType.File) !== 0, size: st.size }, MAX_REPORT_BYTES);
    if (refusal === 'not-a-file') throw new Error(vscode.l10n.t('{0} is not a regular file', displayFile(uri)));
    if (refusal === 'too-large') {
      throw new Error(vscode.l10n.t('{0} is too large to read as a report ({1} MB; the limit is {2} MB)', displayFile(uri), Math.ceil(st.size / 1048576), MAX_REPORT_BYTES / 1048576));
    }
    const d = decodeReport(await vscode.workspace.fs.readFile(uri));
    return { text: d.text, warning: decodeWarning(d, vscode.l10n.t) };
  }

  /** Tells the user once per file (and warning) that a report was decoded with replacements. */
  private warnDecoded(uri: vscode.Uri, warning: string | null): void {
    const key = uri.toString();
    if (warning && this.warned.get(key) !== warning) {
      this.warned.set(key, warning);
      const text = vscode.l10n.t('Gov Report: {0}: {1}', displayFile(uri), warning);
      this.decodeWarnings.push(text);
      this.log.warn(text);
      void vscode.window.showWarningMessage(text);
    } else if (!warning) {
      this.warned.delete(key);
    }
  }

  /** The analysis of a report file: the open document's cached analysis, else the file decoded from disk. */
  async analyse(uri: vscode.Uri): Promise<Analysis> {
    return (await this.get(uri)).analysis;
  }

  /** Analysis, line index and sniff verdict of a file (open document first, then the per-resource cache). */
  async get(uri: vscode.Uri): Promise<ReportFile> {
    const doc = openDocument(uri);
    if (doc) {
      const c = this.cache.get(doc);
      return { uri, analysis: c.analysis, lines: c.lines, isReport: documentIsReport(doc) };
    }
    const { st, hit } = await this.lookup(uri);
    if (hit?.file) return hit.file;
    return this.readFile(uri, st, true).then(e => e.file!);
  }

  /** The file's stat and its cached entry if that is still current (same mtime and size). */
  private async lookup(uri: vscode.Uri): Promise<{ st: vscode.FileStat; hit: DiskEntry | undefined }> {
    const st = await vscode.workspace.fs.stat(uri);
    const hit = this.disk.get(uri.toString());
    return { st, hit: hit && hit.mtime === st.mtime && hit.size === st.size ? hit : undefined };
  }

  /**
   * Reads and decodes a file; caches its sniff verdict, and its analysis when `analyse`. Listing
   * (isReport) only sniffs: a folder of thousands of reports is not analysed on this thread just to
   * be listed (Compare analyses them in its worker, Term Trends in jieba's).
   */
  private async readFile(uri: vscode.Uri, st: vscode.FileStat, analyse: boolean): Promise<DiskEntry> {
    const { text, warning } = await this.decode(uri, st);
    const isReport = looksLikeReport(text);
    if (analyse || isReport) this.warnDecoded(uri, warning);
    const entry: DiskEntry = { mtime: st.mtime, size: st.size, isReport };
    if (analyse) entry.file = { uri, analysis: analyze(text), lines: new LineIndex(text), isReport };
    this.disk.set(uri.toString(), entry);
    return entry;
  }

  /** Does this file look like a report (by its content)? Unreadable files do not. */
  async isReport(uri: vscode.Uri): Promise<boolean> {
    try {
      const doc = openDocument(uri);
      if (doc) return documentIsReport(doc);
      const { st, hit } = await this.lookup(uri);
      if (hit) return hit.isReport;
      if (st.size > MAX_LIST_BYTES) return false;
      return (await this.readFile(uri, st, false)).isReport;
    } catch (e) {
      this.log.warn(`cannot read ${uri.toString(true)}: ${errorText(e)}`);
      return false;
    }
  }

  /** Report files of the workspace (found by content), plus open govreport documents; deduplicated. */
  async list(): Promise<vscode.Uri[]> {
    const seen = new Map<string, vscode.Uri>();
    for (const d of vscode.workspace.textDocuments) if (d.languageId === 'govreport' && !d.isClosed) seen.set(d.uri.toString(), d.uri);
    for (const u of await this.workspaceReports()) seen.set(u.toString(), u);
    return [...seen.values()];
  }

  /** Report files under a folder (chosen in an open dialog), found by content; depth-limited. */
  async inFolder(folder: vscode.Uri, depth = 4): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    let entries: Array<[string, vscode.FileType]>;
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch (e) {
      this.log.warn(`cannot list ${folder.toString(true)}: ${errorText(e)}`);
      return out;
    }
    for (const [name, type] of entries) {
      const u = vscode.Uri.joinPath(folder, name);
      if (type === vscode.FileType.Directory && depth > 0 && name !== 'node_modules' && !name.startsWith('.')) out.push(...await this.inFolder(u, depth - 1));
      else if (type === vscode.FileType.File && CANDIDATE_NAME.test(name) && await this.isReport(u)) out.push(u);
    }
    return out;
  }

  private workspaceReports(): Promise<vscode.Uri[]> {
    this.watch();
    this.listing ??= (async () => {
      const files = await vscode.workspace.findFiles(CANDIDATE_GLOB, EXCLUDE, MAX_FILES);
      const out: vscode.Uri[] = [];
      for (const u of files) if (await this.isReport(u)) out.push(u);
      return out;
    })().catch(e => {
      this.log.error(`listing report files failed: ${errorText(e)}`);
      this.listing = undefined;
      return [];
    });
    return this.listing;
  }

  /** From the first listing on, keeps the list and the per-resource cache current. */
  private watch(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(CANDIDATE_GLOB);
    const forget = (u: vscode.Uri): void => { this.disk.delete(u.toString()); this.listing = undefined; };
    this.watcher.onDidCreate(forget);
    this.watcher.onDidChange(forget);
    this.watcher.onDidDelete(forget);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.disk.clear();
  }
}
