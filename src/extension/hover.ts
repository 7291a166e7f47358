// Hovers: on a name a line bound, the object's type, size, refcount and blocks; on
// the rest of an analyzed line, that line's allocations and frees.
import * as vscode from 'vscode';
import { bindingHover, lineHover } from '../analysis/annotate';
import type { Controller } from './controller';

export class MemoryHover implements vscode.HoverProvider {
  constructor(private readonly controller: Controller) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | null {
    const r = this.controller.resultFor(doc.uri);
    if (r === undefined) return null;
    const word = doc.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/);
    const name = word ? doc.getText(word) : null;
    const lineNo = pos.line + 1;
    if (name !== null) {
      // The binding on this line, else the latest line above that bound the name.
      const candidates = r.lines.filter((s) => s.line <= lineNo && s.bindings.some((b) => b.name === name));
      const s = candidates.find((c) => c.line === lineNo) ?? candidates[candidates.length - 1];
      const b = s?.bindings.find((x) => x.name === name);
      if (s && b) {
        const md = new vscode.MarkdownString(bindingHover(b, s.line));
        md.isTrusted = { enabledCommands: ['arenaLens.openHeapExplorer'] };
        return new vscode.Hover(md, word);
      }
    }
    const s = r.lines.find((l) => l.line === lineNo);
    if (s === undefined || (s.allocs === 0 && s.frees === 0)) return null;
    return new vscode.Hover(new vscode.MarkdownString(lineHover(s)));
  }
}
