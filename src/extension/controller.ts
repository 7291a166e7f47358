// Keeps one analysis per open Python document: when to run (open, save, typing,
// command), where results go (annotations, diagnostics, status bar), and the version.
import * as vscode from 'vscode';
import type { AnalysisResult, Version } from '../protocol/messages';
import { AnalysisClient } from '../analysis/client';
import { outcomeMessage, formatBytes } from '../analysis/annotate';
import { Annotations } from './annotations';
import { readSettings, Settings } from './config';
import { NEWEST } from './python';

export class Controller implements vscode.Disposable {
  private readonly results = new Map<string, AnalysisResult>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Per document, how many analyses were started: one whose directory read was overtaken is dropped. */
  private readonly started = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly annotations: Annotations;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('arena-lens');
  private readonly status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's analysis changes (tests and the heap explorer listen). */
  readonly onDidAnalyze = this.changed.event;
  private settings: Settings;
  private detected: Version | null = null;

  constructor(
    private readonly client: AnalysisClient,
    private readonly log: vscode.OutputChannel,
  ) {
    this.settings = readSettings();
    this.annotations = new Annotations(this.settings.annotations);
    this.status.command = 'arenaLens.chooseVersion';
    this.status.name = 'Arena Lens';
    this.disposables.push(
      this.annotations,
      this.diagnostics,
      this.status,
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.settings.analyzeOn !== 'command') void this.analyze(d);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshEditors()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.settings.annotations === 'currentLine') this.renderEditor(e.textEditor);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('arenaLens')) this.onSettings();
      }),
    );
    this.updateStatus();
  }

  setDetectedPython(v: Version | null): void {
    this.detected = v;
    this.updateStatus();
  }

  /** The version runs use now. */
  get version(): Version {
    return this.settings.version === 'auto' ? (this.detected ?? NEWEST) : this.settings.version;
  }

  resultFor(uri: vscode.Uri): AnalysisResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Analyze every open Python document (at activation). */
  analyzeOpenDocuments(): void {
    for (const d of vscode.workspace.textDocuments) this.onOpen(d);
  }

  async analyze(doc: vscode.TextDocument): Promise<AnalysisResult | null> {
    if (doc.languageId !== 'python') return null;
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    // The directory is read first; a newer analysis of the document started meanwhile wins.
    const started = (this.started.get(key) ?? 0) + 1;
    this.started.set(key, started);
    const scriptDirEntries = await directoryNames(doc.uri);
    if (this.started.get(key) !== started) return null;
    const source = doc.getText();
    const outcome = await this.client.analyze({
      source,
      filename: doc.uri.fsPath || doc.fileName,
      version: this.version,
      stepBudget: this.settings.stepBudget,
      timeBudgetMs: this.settings.timeBudgetMs,
      scriptDirEntries,
    });
    switch (outcome.kind) {
      case 'superseded':
        return null;
      case 'timeout':
        this.report(doc, 0, `Stopped: the analysis took longer than ${outcome.ms} ms and was cancelled`);
        this.log.appendLine(`[${doc.fileName}] analysis cancelled after ${outcome.ms} ms`);
        return null;
      case 'failed':
        this.log.appendLine(`[${doc.fileName}] analysis failed: ${outcome.message}`);
        this.report(doc, 0, 'Arena Lens could not analyze this file (see the Arena Lens output)');
        return null;
      case 'result':
        break;
    }
    const result = outcome.result;
    this.results.set(key, result);
    const msg = outcomeMessage(result.outcome);
    const found = result.warnings.map((w) => this.diagnostic(doc, w.line, `SyntaxWarning: ${w.message}`, vscode.DiagnosticSeverity.Warning));
    if (msg !== null && result.outcome.kind !== 'ok') found.push(this.diagnostic(doc, result.outcome.line, msg, vscode.DiagnosticSeverity.Error));
    this.diagnostics.set(doc.uri, found);
    this.log.appendLine(
      `[${doc.fileName}] CPython ${result.version}: ${result.eventCount} events, ${result.durationMs} ms, ${msg ?? 'ok'}`,
    );
    this.refreshEditors();
    this.updateStatus();
    this.changed.fire(doc.uri);
    return result;
  }

  clear(): void {
    this.results.clear();
    this.diagnostics.clear();
    this.refreshEditors();
    this.updateStatus();
  }

  toggleAnnotations(): Thenable<void> {
    const next = this.settings.annotations === 'off' ? 'all' : 'off';
    return vscode.workspace.getConfiguration('arenaLens').update('annotations', next, vscode.ConfigurationTarget.Global);
  }

  async setVersion(v: Version | 'auto'): Promise<void> {
    await vscode.workspace.getConfiguration('arenaLens').update('pythonVersion', v, vscode.ConfigurationTarget.Global);
  }

  private report(doc: vscode.TextDocument, line: number, message: string): void {
    this.diagnostics.set(doc.uri, [this.diagnostic(doc, line, message, vscode.DiagnosticSeverity.Error)]);
  }

  private diagnostic(doc: vscode.TextDocument, line: number, message: string, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
    const l = Math.min(Math.max(line, 1), doc.lineCount) - 1;
    const d = new vscode.Diagnostic(doc.lineAt(l).range, message, severity);
    d.source = 'Arena Lens';
    return d;
  }

  private onOpen(d: vscode.TextDocument): void {
    if (d.languageId === 'python' && this.settings.analyzeOn !== 'command' && !this.results.has(d.uri.toString())) {
      void this.analyze(d);
    }
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    const d = e.document;
    if (d.languageId !== 'python' || e.contentChanges.length === 0 || this.settings.analyzeOn !== 'type') return;
    const key = d.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.set(
      key,
      setTimeout(() => void this.analyze(d), this.settings.typingDelayMs),
    );
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.results.delete(key);
    // An analysis still reading the directory of a closed document is dropped too.
    this.started.delete(key);
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.diagnostics.delete(uri);
  }

  private onSettings(): void {
    const before = this.settings;
    this.settings = readSettings();
    this.annotations.setMode(this.settings.annotations);
    if (before.version !== this.settings.version) {
      this.results.clear();
      for (const d of vscode.workspace.textDocuments) if (d.languageId === 'python') void this.analyze(d);
    }
    this.refreshEditors();
    this.updateStatus();
  }

  private refreshEditors(): void {
    for (const e of vscode.window.visibleTextEditors) this.renderEditor(e);
  }

  private renderEditor(e: vscode.TextEditor): void {
    if (e.document.languageId !== 'python') return;
    this.annotations.render(e, this.results.get(e.document.uri.toString()) ?? null);
  }

  private updateStatus(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const r = doc ? this.results.get(doc.uri.toString()) : undefined;
    const v = this.version;
    if (r === undefined) {
      this.status.text = `$(pulse) CPython ${v}`;
      this.status.tooltip = 'Arena Lens: click to choose the CPython version to model';
    } else {
      const h = r.heap;
      this.status.text = `$(pulse) CPython ${v} · ${h.arenasCurrent} arena${h.arenasCurrent === 1 ? '' : 's'} · ${h.poolsInUse} pools · ${formatBytes(h.bytesInAllocatedBlocks)}`;
      this.status.tooltip =
        `Arena Lens (CPython ${r.version}): ${h.arenasCurrent} arenas of ${formatBytes(h.arenaSize)} ` +
        `(${h.arenasAllocatedTotal} allocated, ${h.arenasReclaimed} released, high-water ${h.arenasHighwater}), ` +
        `${h.poolsInUse} pools in use, ${formatBytes(h.bytesInAllocatedBlocks)} in allocated blocks, ` +
        `${h.allocatedBlocks} blocks (sys.getallocatedblocks). Click to switch version.`;
    }
    this.status.show();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** The names in a saved script's directory (what CPython's path finder lists there); none for an unsaved one. */
async function directoryNames(uri: vscode.Uri): Promise<string[] | undefined> {
  if (uri.scheme !== 'file') return undefined;
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(uri, '..'));
    return entries.map(([name]) => name);
  } catch {
    return undefined;
  }
}
