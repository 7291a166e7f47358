// Extension entry point: wires commands to the analysis engine. VS Code glue only.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Arena Lens');
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand('arenaLens.analyze', () => {
      output.appendLine('Arena Lens: analysis of scripts arrives with the mini-runtime (see the README).');
      output.show(true);
    }),
  );
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
