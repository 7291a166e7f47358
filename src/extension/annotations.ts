// After-line annotations: one decoration type, created once, updated in one call per
// editor; theme colours; modes all / current line / off.
import * as vscode from 'vscode';
import type { AnalysisResult } from '../protocol/messages';
import { annotationText } from '../analysis/annotate';
import type { AnnotationMode } from './config';

export class Annotations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    after: {
      color: new vscode.ThemeColor('editorCodeLens.foreground'),
      margin: '0 0 0 2em',
      fontStyle: 'italic',
    },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
  });

  constructor(private mode: AnnotationMode) {}

  setMode(mode: AnnotationMode): void {
    this.mode = mode;
  }

  /** The decorations for an editor from the latest result of its document (null clears). */
  render(editor: vscode.TextEditor, result: AnalysisResult | null): void {
    if (result === null || this.mode === 'off') {
      editor.setDecorations(this.type, []);
      return;
    }
    const current = editor.selection.active.line + 1;
    const options: vscode.DecorationOptions[] = [];
    for (const s of result.lines) {
      if (this.mode === 'currentLine' && s.line !== current) continue;
      if (s.line > editor.document.lineCount) continue;
      const text = annotationText(s);
      if (text === null) continue;
      const end = editor.document.lineAt(s.line - 1).range.end;
      options.push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: text } } });
    }
    editor.setDecorations(this.type, options);
  }

  dispose(): void {
    this.type.dispose();
  }
}
