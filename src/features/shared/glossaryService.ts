import * as vscode from 'vscode';
import { builtinGlossaryEntries } from '../../core/builtinGlossary';
import { GlossaryIndex, GlossaryEntry, GlossaryMatch, GlossarySource, parseGlossaryJson } from '../../core/glossary';
import { stripControlChars } from '../../core/sanitize';
import { Config } from './config';
import { fileReadRefusal, MAX_GLOSSARY_BYTES, userGlossariesAllowed } from './hardeningPolicy';

/** A problem found in a user glossary file (1-based line and column). */
export interface GlossaryLoadError {
  file: string;
  uri: string;
  message: string;
  line: number;
  column: number;
}

interface Candidate {
  uri: vscode.Uri;
  /** What a FileSystemWatcher watches for this file. */
  pattern: vscode.RelativePattern;
  /** Named in settings: a missing file is reported. */
  required: boolean;
}

export type GlossaryTier = 'user' | 'builtin';

/** The path of the glossary found automatically in every workspace folder. */
export const AUTO_GLOSSARY = '.govreport/glossary.json';

const BUILTIN_LABEL = '内置词表 built-in glossary';

/**
 * Built-in and user glossaries. The built-in entries come with the bundle; user glossaries
 * (setting `govreport.glossary.files`, honoured in trusted workspaces only, plus `.govreport/glossary.json`
 * in each workspace folder) are read on first use and re-read when they change. A malformed file
 * produces one warning (file, line:column); its valid entries and all other files keep working.
 */
export class GlossaryService implements vscode.Disposable {
  private builtinSource: GlossarySource | undefined;
  /** The built-in glossary, read on first use (not at activation). */
  get builtin(): GlossarySource {
    return (this.builtinSource ??= { id: 'builtin', label: BUILTIN_LABEL, entries: builtinGlossaryEntries() });
  }
  /** Problems of the last load, for tests and diagnostics. */
  lastErrors: GlossaryLoadError[] = [];
  /** Warnings shown so far (one per malformed file and problem set), for tests. */
  readonly warnings: string[] = [];
  /** User glossary files read by the last load. */
  userFiles: vscode.Uri[] = [];
  private builtinIdx: GlossaryIndex | undefined;
  private userIdx: GlossaryIndex | undefined;
  private allIdx: GlossaryIndex | undefined;
  private userSources: GlossarySource[] = [];
  private loading: Promise<void> | undefined;
  private watchers: vscode.Disposable[] = [];
  private readonly warned = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Fires after user glossaries were (re)loaded. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly config: Config, private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      config.onDidChange(e => { if (Config.affects(e, 'glossary.files')) this.invalidate(); }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()),
    );
  }

  /** Loads the user glossaries if that has not happened yet (or they changed). */
  ready(): Promise<void> {
    this.loading ??= this.load().catch(e => {
      // a user glossary must never take the built-in glossary and quantity hovers down with it
      this.log.error(`loading user glossaries failed: ${e instanceof Error ? e.message : String(e)}`);
      this.userSources = [];
      this.userIdx = new GlossaryIndex([]);
      this.allIdx = undefined;
    });
    return this.loading;
  }

  /** True once user glossaries are loaded (look-ups are then synchronous and complete). */
  get isReady(): boolean {
    return this.userIdx !== undefined;
  }

  /** Forgets the user glossaries; the next look-up or ready() reads them again. */
  invalidate(): void {
    this.loading = undefined;
    this.userIdx = undefined;
    this.allIdx = undefined;
    void this.ready();
  }

  private get builtinIndex(): GlossaryIndex {
    return (this.builtinIdx ??= new GlossaryIndex([this.builtin]));
  }

  /**
   * Longest user term under `offset` in `text`, else longest built-in term; with the report's
   * `year`, only readings dated to apply then (GlossaryIndex.lookupAt).
   */
  lookupAt(text: string, offset: number, year: number | null = null): { match: GlossaryMatch; tier: GlossaryTier } | null {
    const u = this.userIdx?.lookupAt(text, offset, year);
    if (u) return { match: u, tier: 'user' };
    const b = this.builtinIndex.lookupAt(text, offset, year);
    return b ? { match: b, tier: 'builtin' } : null;
  }

  /** Exact look-up of a term or alias (user first). */
  get(term: string): { entry: GlossaryEntry; source: GlossarySource; tier: GlossaryTier } | null {
    const u = this.userIdx?.get(term);
    if (u) return { ...u, tier: 'user' };
    const b = this.builtinIndex.get(term);
    return b ? { ...b, tier: 'builtin' } : null;
  }

  /** Every visible entry, user entries shadowing built-in ones of the same term. */
  all(): Array<{ entry: GlossaryEntry; source: GlossarySource }> {
    this.allIdx ??= new GlossaryIndex([...this.userSources, this.builtin]);
    return this.allIdx.all();
  }

  /**
   * The glossary files to read: each folder's `.govreport/glossary.json` and the configured ones —
   * none in an untrusted workspace (they are read once trust is granted: onDidGrantWorkspaceTrust).
   */
  private candidates(): Candidate[] {
    const out: Candidate[] = [];
    const seen = new Set<string>();
    if (!userGlossariesAllowed(vscode.workspace.isTrusted)) return out;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const push = (uri: vscode.Uri, pattern: vscode.RelativePattern, required: boolean): void => {
        if (!seen.has(uri.toString())) { seen.add(uri.toString()); out.push({ uri, pattern, required }); }
      };
      push(vscode.Uri.joinPath(folder.uri, AUTO_GLOSSARY), new vscode.RelativePattern(folder, AUTO_GLOSSARY), false);
      for (const f of this.config.glossaryFiles(folder.uri)) {
        if (!f.trim()) continue;
        const isAbs = /^([a-zA-Z]:[\\/]|\/)/.test(f);
        const uri = isAbs ? vscode.Uri.file(f) : vscode.Uri.joinPath(folder.uri, f);
        const pattern = isAbs
          ? new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop() ?? '')
          : new vscode.RelativePattern(folder, f.replace(/\\/g, '/').replace(/^\.\//, ''));
        push(uri, pattern, true);
      }
    }
    return out;
  }

  private async load(): Promise<void> {
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    const sources: GlossarySource[] = [];
    const errors: GlossaryLoadError[] = [];
    const files: vscode.Uri[] = [];
    for (const c of this.candidates()) {
      const watcher = vscode.workspace.createFileSystemWatcher(c.pattern);
      const reload = (): void => this.invalidate();
      watcher.onDidChange(reload);
      watcher.onDidCreate(reload);
      watcher.onDidDelete(reload);
      this.watchers.push(watcher);
      const name = vscode.workspace.asRelativePath(c.uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
      const text = await this.readGlossaryFile(c, name, errors);
      if (text === undefined) continue;
      files.push(c.uri);
      const parsed = parseGlossaryJson(text, name, (message, ...args) => vscode.l10n.t(message, ...args));
      for (const e of parsed.errors) errors.push({ file: name, uri: c.uri.toString(), ...e });
      sources.push({ id: c.uri.toString(), label: name, entries: parsed.entries });
    }
    this.userSources = sources;
    this.userIdx = new GlossaryIndex(sources);
    this.allIdx = undefined;
    this.userFiles = files;
    this.lastErrors = errors;
    const logged = Math.min(errors.length, 50);
    for (let i = 0; i < logged; i++) this.log.warn(stripControlChars(`glossary ${errors[i].file} ${errors[i].line}:${errors[i].column}: ${errors[i].message}`));
    if (errors.length > logged) this.log.warn(`glossary: ${errors.length - logged} more problem(s) not listed`);
    this.log.info(`glossaries loaded: ${files.length} user file(s), ${errors.length} problem(s)`);
    this.warn(errors);
    this.emitter.fire();
  }

  /**
   * The text of a glossary file, or undefined (a problem is added when the file is named in
   * settings and missing, or is no regular file, or is larger than MAX_GLOSSARY_BYTES — checked
   * before reading).
   */
  private async readGlossaryFile(c: Candidate, name: string, errors: GlossaryLoadError[]): Promise<string | undefined> {
    const problem = (message: string): undefined => { errors.push({ file: name, uri: c.uri.toString(), message, line: 1, column: 1 }); return undefined; };
    let st: vscode.FileStat;
    try {
      st = await vscode.workspace.fs.stat(c.uri);
    } catch {
      return c.required ? problem(vscode.l10n.t('{0}: file not found', name)) : undefined;
    }
    const refusal = fileReadRefusal({ isFile: (st.type & vscode.FileType.File) !== 0, size: st.size }, MAX_GLOSSARY_BYTES);
    if (refusal === 'not-a-file') return problem(vscode.l10n.t('{0}: not a regular file', name));
    if (refusal === 'too-large') return problem(vscode.l10n.t('{0}: file too large ({1} KB; the limit is {2} KB), not read', name, Math.ceil(st.size / 1024), MAX_GLOSSARY_BYTES / 1024));
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(c.uri));
    } catch {
      return c.required ? problem(vscode.l10n.t('{0}: file not found', name)) : undefined;
    }
  }

  /** One warning per malformed file (again only when its problems change). */
  private warn(errors: GlossaryLoadError[]): void {
    const byFile = new Map<string, GlossaryLoadError[]>();
    for (const e of errors) {
      const list = byFile.get(e.uri);
      if (list) list.push(e); else byFile.set(e.uri, [e]);
    }
    for (const uri of [...this.warned.keys()]) if (!byFile.has(uri)) this.warned.delete(uri);
    for (const [uri, list] of byFile) {
      const first = list[0];
      const key = list.map(e => `${e.line}:${e.column} ${e.message}`).join('\n');
      if (this.warned.get(uri) === key) continue;
      this.warned.set(uri, key);
      const more = list.length === 1 ? '' : list.length === 2
        ? vscode.l10n.t(' (+1 more problem)')
        : vscode.l10n.t(' (+{0} more problems)', list.length - 1);
      const msg = first.message.startsWith(first.file) ? first.message.slice(first.file.length).replace(/^[:：]\s*/, '') : first.message;
      const text = stripControlChars(vscode.l10n.t('Gov Report: glossary {0} line {1}:{2}: {3}{4}. Other glossary entries still work.', first.file, first.line, first.column, msg, more));
      this.warnings.push(text);
      const openFile = vscode.l10n.t('Open File');
      void vscode.window.showWarningMessage(text, openFile).then(choice => {
        if (choice === openFile) {
          void vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(first.line - 1, first.column - 1, first.line - 1, first.column - 1) });
        }
      });
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.watchers, ...this.disposables).dispose();
  }
}
