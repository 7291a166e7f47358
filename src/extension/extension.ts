// Extension entry point: wires the analysis worker, the controller, hovers and
// commands together. VS Code glue only; the logic lives in src/analysis and below.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnalysisClient } from '../analysis/client';
import type { Version } from '../protocol/messages';
import { Controller } from './controller';
import { MemoryHover } from './hover';
import { HEAP_EXPLORER_VIEW, HeapExplorer } from './panel';
import { detectPython3, MODELED } from './python';

/** What activate returns, for the extension tests (vscode.extensions.getExtension(...).exports). */
export interface ArenaLensApi {
  readonly controller: Controller;
  readonly client: AnalysisClient;
  /** How long activate() took (the extension tests print it). */
  readonly activationMs: number;
  readonly explorer: HeapExplorer;
}

export function activate(context: vscode.ExtensionContext): ArenaLensApi {
  const t0 = Date.now();
  const log = vscode.window.createOutputChannel('Arena Lens');
  const client = new AnalysisClient(path.join(context.extensionPath, 'dist', 'worker.js'));
  const controller = new Controller(client, log);
  const explorer = new HeapExplorer(controller, client, context.extensionUri);
  context.subscriptions.push(
    log,
    { dispose: () => client.dispose() },
    controller,
    explorer,
    vscode.window.registerWebviewPanelSerializer(HEAP_EXPLORER_VIEW, explorer),
    vscode.commands.registerCommand('arenaLens.openHeapExplorer', (pool?: { arenaIndex: number; poolInArena: number }) => explorer.open(pool)),
    vscode.languages.registerHoverProvider({ language: 'python' }, new MemoryHover(controller)),
    vscode.commands.registerCommand('arenaLens.analyze', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc === undefined || doc.languageId !== 'python') {
        void vscode.window.showInformationMessage('Arena Lens: open a Python file to analyze it.');
        return null;
      }
      return controller.analyze(doc);
    }),
    vscode.commands.registerCommand('arenaLens.chooseVersion', async (given?: Version | 'auto') => {
      const pick =
        given ??
        (await vscode.window.showQuickPick(['auto', ...MODELED, '2.4'], {
          placeHolder: `CPython version to model (now ${controller.version})`,
        }));
      if (pick) await controller.setVersion(pick as Version | 'auto');
    }),
    vscode.commands.registerCommand('arenaLens.toggleAnnotations', () => controller.toggleAnnotations()),
    vscode.commands.registerCommand('arenaLens.clear', () => controller.clear()),
  );
  void detectPython3().then((v) => {
    controller.setDetectedPython(v);
    controller.analyzeOpenDocuments();
  });
  const activationMs = Date.now() - t0;
  log.appendLine(`Arena Lens activated in ${activationMs} ms`);
  return { controller, client, activationMs, explorer };
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
