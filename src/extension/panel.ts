// The heap explorer's host: one webview panel beside the editor. It relays the page's
// questions to the analysis worker, and links the page and the editor both ways
// (the current event's line, revealing a block's line, the cursor's line's blocks).
import * as vscode from 'vscode';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AnalysisClient } from '../analysis/client';
import { outcomeMessage } from '../analysis/annotate';
import { assertNever, HeapAnswer, HeapQuery, Version } from '../protocol/messages';
import type { HostToPage, PageToHost, PersistedState, RunInfo } from '../protocol/panel';
import type { Controller } from './controller';
import { MODELED } from './python';

export const HEAP_EXPLORER_VIEW = 'arenaLens.heapExplorer';
const PINS_LIMIT = 30;

export class HeapExplorer implements vscode.Disposable, vscode.WebviewPanelSerializer<PersistedState> {
  private panel: vscode.WebviewPanel | null = null;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  /** The document the panel shows, and the moment of its run the page is at. */
  private uri: vscode.Uri | null = null;
  private lastAnalyzed: vscode.Uri | null = null;
  private eventIndex: number | null = null;
  private cursorLine: number | null = null;
  private cursorTimer: NodeJS.Timeout | null = null;
  /** Runs the worker no longer holds that we already asked to run again (once each). */
  private readonly rerun = new Set<number>();
  private readonly currentLine = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  private readonly revealed = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    borderWidth: '1px',
    borderStyle: 'solid',
    borderColor: new vscode.ThemeColor('focusBorder'),
  });

  constructor(
    private readonly controller: Controller,
    private readonly client: AnalysisClient,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      this.currentLine,
      this.revealed,
      controller.onDidAnalyze((uri) => this.onAnalyzed(uri)),
      vscode.window.onDidChangeActiveTextEditor((e) => this.onActiveEditor(e)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
    );
  }

  /** A pool to open once the page is ready (from a hover's link). */
  private pendingPool: { arenaIndex: number; poolInArena: number } | null = null;

  /** The command: show the panel beside the editor, or bring it back; optionally on one pool. */
  open(pool?: { arenaIndex: number; poolInArena: number }): void {
    if (pool !== undefined && typeof pool.arenaIndex === 'number' && typeof pool.poolInArena === 'number') {
      this.pendingPool = { arenaIndex: pool.arenaIndex, poolInArena: pool.poolInArena };
    }
    if (this.panel !== null) {
      this.panel.reveal(undefined, true);
      this.sendPendingPool();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      HEAP_EXPLORER_VIEW,
      'Heap Explorer',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this.webviewOptions(),
    );
    this.uri = this.pickDocument();
    this.attach(panel);
  }

  /** After a window reload VS Code hands back the panel and the page's last setState. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PersistedState | undefined): Promise<void> {
    this.panel?.dispose();
    this.uri = state?.uri ? vscode.Uri.parse(state.uri) : this.pickDocument();
    this.attach(panel);
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      // The page keeps its state with setState; a hidden panel costs nothing.
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'heap.svg');
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((m: PageToHost) => void this.onPage(m)),
      panel.onDidDispose(() => this.detach()),
    );
    this.updateTitle();
  }

  private detach(): void {
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
    this.panel = null;
    this.eventIndex = null;
    this.clearDecorations();
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js'));
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'explorer.css'));
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
      `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css.toString()}" nonce="${nonce}">
<title>Heap Explorer</title>
</head>
<body>
<script nonce="${nonce}" src="${js.toString()}"></script>
</body>
</html>`;
  }

  private post(msg: HostToPage): void {
    void this.panel?.webview.postMessage(msg);
  }

  private async onPage(msg: PageToHost): Promise<void> {
    switch (msg.type) {
      case 'ready':
        if (msg.uri !== null && this.controller.resultFor(vscode.Uri.parse(msg.uri)) !== undefined) this.uri = vscode.Uri.parse(msg.uri);
        this.cursorLine = this.editorFor(this.uri)?.selection.active.line ?? null;
        if (this.cursorLine !== null) this.cursorLine++;
        this.sendRun();
        this.sendPendingPool();
        return;
      case 'seek':
        return this.seek(msg.runId, msg.seq, msg.eventIndex, msg.want.stats, msg.want.pins);
      case 'openPool': {
        const a = await this.ask(msg.runId, { kind: 'pool', eventIndex: msg.eventIndex, arenaIndex: msg.arenaIndex, poolInArena: msg.poolInArena });
        if (a?.kind === 'pool') this.post({ type: 'pool', runId: msg.runId, detail: a.detail });
        return;
      }
      case 'reveal':
        return this.revealLine(msg.line);
      case 'chooseVersion':
        await vscode.commands.executeCommand('arenaLens.chooseVersion', msg.version);
        return;
      default:
        assertNever(msg);
    }
  }

  private sendPendingPool(): void {
    if (this.pendingPool === null) return;
    this.post({ type: 'showPool', ...this.pendingPool });
    this.pendingPool = null;
  }

  /** A worker question about the shown run; null (after arranging a re-run) when the worker moved on. */
  private async ask(runId: number, q: HeapQuery): Promise<HeapAnswer | null> {
    const a = await this.client.query(runId, q);
    if (a.kind !== 'stale') return a;
    const doc = this.document();
    if (doc !== undefined && this.controller.resultFor(doc.uri)?.runId === runId && !this.rerun.has(runId)) {
      // The worker keeps only the latest run; run this document again to explore it.
      this.rerun.add(runId);
      this.post({ type: 'busy', message: 'Running the script again to replay it…' });
      void this.controller.analyze(doc);
    }
    return null;
  }

  private async seek(runId: number, seq: number, eventIndex: number, stats: boolean, pins: boolean): Promise<void> {
    this.eventIndex = eventIndex;
    const line = this.cursorLine;
    const [snap, st, pn, lb] = await Promise.all([
      this.ask(runId, { kind: 'snapshot', eventIndex }),
      stats ? this.ask(runId, { kind: 'stats', eventIndex }) : null,
      pins ? this.ask(runId, { kind: 'pins', eventIndex, limit: PINS_LIMIT }) : null,
      line !== null ? this.ask(runId, { kind: 'lineBlocks', eventIndex, line }) : null,
    ]);
    if (snap?.kind !== 'snapshot') return;
    this.post({
      type: 'frame',
      seq,
      runId,
      snapshot: snap.snapshot,
      stats: st?.kind === 'stats' ? st.stats : null,
      pins: pn?.kind === 'pins' ? pn.pins : null,
      lineBlocks: lb?.kind === 'lineBlocks' ? lb.lineBlocks : null,
    });
    this.decorate(snap.snapshot.line);
  }

  private sendRun(): void {
    const r = this.uri ? this.controller.resultFor(this.uri) : undefined;
    this.updateTitle();
    if (this.uri === null || r === undefined) {
      this.post({ type: 'run', run: null, message: 'Open a Python file and run Arena Lens: Analyze Current File; its heap appears here.' });
      return;
    }
    const setting = vscode.workspace.getConfiguration('arenaLens').get<Version | 'auto'>('pythonVersion', 'auto');
    const versions: Array<Version | 'auto'> = ['auto', ...MODELED, '2.4'];
    const run: RunInfo = {
      runId: r.runId,
      uri: this.uri.toString(),
      fileName: path.basename(this.uri.fsPath || this.uri.path),
      version: r.version,
      versions,
      setting,
      eventCount: r.eventCount,
      heap: r.heap,
      outcome: r.outcome.kind === 'ok' ? null : outcomeMessage(r.outcome),
    };
    this.post({ type: 'run', run, message: null });
  }

  private onAnalyzed(uri: vscode.Uri): void {
    this.lastAnalyzed = uri;
    if (this.panel === null) return;
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (this.uri === null || uri.toString() === this.uri.toString() || uri.toString() === active) {
      this.uri = uri;
      this.sendRun();
    }
  }

  private onActiveEditor(e: vscode.TextEditor | undefined): void {
    // Focusing the panel leaves no active editor: keep showing what we show.
    if (this.panel === null || e === undefined || e.document.languageId !== 'python') return;
    if (this.uri?.toString() === e.document.uri.toString() || this.controller.resultFor(e.document.uri) === undefined) return;
    this.clearDecorations();
    this.uri = e.document.uri;
    this.sendRun();
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (this.panel === null || this.uri === null || e.textEditor.document.uri.toString() !== this.uri.toString()) return;
    this.cursorLine = e.selections[0].active.line + 1;
    if (this.cursorTimer !== null) clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = null;
      void this.sendLineBlocks();
    }, 120);
  }

  private async sendLineBlocks(): Promise<void> {
    const r = this.uri ? this.controller.resultFor(this.uri) : undefined;
    if (r === undefined || this.cursorLine === null || this.eventIndex === null) return;
    const a = await this.ask(r.runId, { kind: 'lineBlocks', eventIndex: this.eventIndex, line: this.cursorLine });
    if (a?.kind === 'lineBlocks') this.post({ type: 'lineBlocks', runId: r.runId, lineBlocks: a.lineBlocks });
  }

  private document(): vscode.TextDocument | undefined {
    const key = this.uri?.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  private editorFor(uri: vscode.Uri | null): vscode.TextEditor | undefined {
    const key = uri?.toString();
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
  }

  private pickDocument(): vscode.Uri | null {
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'python') return active.uri;
    if (this.lastAnalyzed !== null) return this.lastAnalyzed;
    return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'python')?.document.uri ?? null;
  }

  /** The current event's line, on every editor showing the document. */
  private decorate(line: number): void {
    const key = this.uri?.toString();
    for (const e of vscode.window.visibleTextEditors) {
      if (e.document.uri.toString() !== key) continue;
      const ok = line > 0 && line <= e.document.lineCount;
      e.setDecorations(this.currentLine, ok ? [e.document.lineAt(line - 1).range] : []);
    }
  }

  private clearDecorations(): void {
    for (const e of vscode.window.visibleTextEditors) {
      e.setDecorations(this.currentLine, []);
      e.setDecorations(this.revealed, []);
    }
  }

  /** A block was clicked: show the line that allocated it, and put the cursor there. */
  private async revealLine(line: number): Promise<void> {
    if (this.uri === null) return;
    const existing = this.editorFor(this.uri);
    const editor =
      existing ??
      (await vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.One, preserveFocus: true, preview: false }));
    if (line < 1 || line > editor.document.lineCount) return;
    const range = editor.document.lineAt(line - 1).range;
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    editor.setDecorations(this.revealed, [range]);
  }

  private updateTitle(): void {
    if (this.panel === null) return;
    this.panel.title = this.uri ? `Heap: ${path.basename(this.uri.fsPath || this.uri.path)}` : 'Heap Explorer';
  }

  dispose(): void {
    if (this.cursorTimer !== null) clearTimeout(this.cursorTimer);
    this.panel?.dispose();
    this.detach();
    for (const d of this.disposables) d.dispose();
  }
}
