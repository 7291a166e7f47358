// Arena Lens inside a real VS Code extension host: activation, annotations, hovers,
// version switching, diagnostics, and a runaway script that does not block the host.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArenaLensApi } from '../../src/extension/extension';
import { annotationText } from '../../src/analysis/annotate';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'extension', 'fixtures');
const uriOf = (name: string) => vscode.Uri.file(path.join(FIXTURES, name));

/** What python3 prints for an expression evaluated after the first `lines` lines of a fixture. */
function cpython(file: string, lines: number, expr: string): string {
  const src = require('node:fs').readFileSync(path.join(FIXTURES, file), 'utf8').split('\n').slice(0, lines).join('\n');
  return execFileSync('python3', ['-c', `import sys\n${src}\nprint(${expr})`], { encoding: 'utf8' }).trim();
}

async function api(): Promise<ArenaLensApi> {
  const ext = vscode.extensions.getExtension<ArenaLensApi>('arena-lens.arena-lens');
  assert.ok(ext, 'the extension is installed');
  return ext.activate();
}

async function analyzed(name: string) {
  const doc = await vscode.workspace.openTextDocument(uriOf(name));
  await vscode.window.showTextDocument(doc);
  const a = await api();
  const r = await a.controller.analyze(doc);
  assert.ok(r, `an analysis of ${name}`);
  return { doc, r: r!, a };
}

describe('Arena Lens in VS Code', function () {
  this.timeout(120_000);

  it('activates on a Python file and registers its commands', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('memory.py'));
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension('arena-lens.arena-lens')!;
    const exports = (await ext.activate()) as ArenaLensApi;
    assert.equal(ext.isActive, true);
    // The figure goes to test-results/ for the notes (the extension host's console is not relayed).
    const results = path.resolve(__dirname, '..', '..', '..', 'test-results');
    require('node:fs').mkdirSync(results, { recursive: true });
    require('node:fs').writeFileSync(path.join(results, 'extension-activation.txt'), `activate() took ${exports.activationMs} ms\n`);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['arenaLens.analyze', 'arenaLens.chooseVersion', 'arenaLens.toggleAnnotations', 'arenaLens.clear']) {
      assert.ok(commands.includes(c), `${c} is registered`);
    }
  });

  it('annotates the lines that allocate with their blocks and the names they bind', async () => {
    await vscode.commands.executeCommand('arenaLens.chooseVersion', '3.11');
    const { r } = await analyzed('memory.py');
    const line1 = r.lines.find((s) => s.line === 1)!;
    const text = annotationText(line1)!;
    // The list object comes off the list free list (start-up leaves some there) and its items
    // array from pymalloc: together, the bytes python3's getsizeof reports.
    assert.equal(line1.allocBytes + line1.reusedBytes, Number(cpython('memory.py', 1, 'sys.getsizeof(x)')));
    assert.match(text, new RegExp(`^\\+1 block ${line1.allocBytes} B \\(.*\\), 1 reused ${line1.reusedBytes} B`));
    assert.match(text, new RegExp(`x: list rc=${Number(cpython('memory.py', 1, 'sys.getrefcount(x)')) - 1}`));
    const loop = r.lines.find((s) => s.line === 6)!;
    assert.match(annotationText(loop)!, /^×1000 /);
    assert.match(annotationText(r.lines.find((s) => s.line === 4)!)!, /total: int rc=/);
  });

  it('hovers a name with its size class, pool and reference count', async () => {
    const { doc } = await analyzed('memory.py');
    const pos = new vscode.Position(1, 0); // `y` on line 2
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    const rc = Number(cpython('memory.py', 2, 'sys.getrefcount(y)')) - 1;
    assert.match(text, new RegExp(`reference count after line 2: \\*\\*${rc}\\*\\*`));
    assert.match(text, /size class 3 \(64-byte blocks\)/);
    assert.match(text, new RegExp(`getsizeof\`: ${cpython('memory.py', 2, 'sys.getsizeof(y)')} bytes`));
  });

  it('changes the sizes it shows when the CPython version changes', async () => {
    await vscode.commands.executeCommand('arenaLens.chooseVersion', '3.11');
    const before = (await analyzed('memory.py')).r.lines.find((s) => s.line === 3)!.bindings[0].sizeof;
    await vscode.commands.executeCommand('arenaLens.chooseVersion', '3.12');
    const after = (await analyzed('memory.py')).r.lines.find((s) => s.line === 3)!.bindings[0].sizeof;
    assert.equal(before, Number(cpython('memory.py', 3, 'sys.getsizeof(name)')), 'CPython 3.11 size of the str');
    assert.notEqual(after, before, 'a str is smaller from 3.12 on (no wstr field)');
    await vscode.commands.executeCommand('arenaLens.chooseVersion', '3.11');
  });

  it("gives an import that searches the script's directory that directory's names, as the CLI does", async () => {
    await vscode.commands.executeCommand('arenaLens.chooseVersion', '3.12');
    const { r } = await analyzed('dir_cache_import.py');
    const inHost = r.lines.find((s) => s.line === 2)!;
    // The same run in this process, with and without the directory's names (os.listdir's).
    const { analyzeRun } = await import('../../src/analysis/analyze');
    const source = require('node:fs').readFileSync(path.join(FIXTURES, 'dir_cache_import.py'), 'utf8');
    const req = { runId: 1, source, filename: path.join(FIXTURES, 'dir_cache_import.py'), version: '3.12', stepBudget: 1e7, timeBudgetMs: 10_000 } as const;
    const entries: string[] = require('node:fs').readdirSync(FIXTURES);
    const line2 = (names?: string[]) => analyzeRun({ ...req, scriptDirEntries: names }).result.lines.find((s) => s.line === 2)!;
    assert.equal(inHost.allocs, line2(entries).allocs);
    assert.equal(inHost.liveBlocks, line2(entries).liveBlocks);
    assert.notEqual(inHost.allocs, line2([]).allocs, 'the names are blocks of the import line');
    // The tests after this one read 3.11's figures and wording.
    await vscode.commands.executeCommand('arenaLens.chooseVersion', '3.11');
  });

  it('reports a syntax error and an uncaught exception as diagnostics at their lines', async () => {
    await analyzed('broken_syntax.py');
    const d1 = vscode.languages.getDiagnostics(uriOf('broken_syntax.py'));
    assert.equal(d1.length, 1);
    assert.equal(d1[0].range.start.line, 1);
    assert.match(d1[0].message, /SyntaxError: expected ':'/);
    const { r } = await analyzed('uncaught.py');
    const d2 = vscode.languages.getDiagnostics(uriOf('uncaught.py'));
    assert.equal(d2[0].range.start.line, 2);
    assert.match(d2[0].message, /KeyError: 'b'/);
    assert.ok(r.lines.some((s) => s.line === 1 && s.bindings.length === 1), 'the lines that ran keep their summaries');
  });

  it('shows what CPython warns about while reading a script as a warning at its line', async () => {
    const { r } = await analyzed('warning.py');
    const d = vscode.languages.getDiagnostics(uriOf('warning.py'));
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(d[0].range.start.line, 1);
    // CPython 3.11's words (python3.11 -c 'compile("x is 1", "f", "eval")').
    assert.match(d[0].message, /^SyntaxWarning: "is" with a literal\. Did you mean "=="\?$/);
    assert.equal(r.outcome.kind, 'ok', 'the script still runs');
  });

  it('stops an endless loop with a message while the host keeps answering commands', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('endless.py'));
    const a = await api();
    const running = a.controller.analyze(doc);
    const t0 = Date.now();
    await vscode.commands.executeCommand('arenaLens.toggleAnnotations');
    await vscode.commands.executeCommand('arenaLens.toggleAnnotations');
    assert.ok(Date.now() - t0 < 2000, 'commands answer while the script runs');
    const r = await running;
    assert.ok(r && r.outcome.kind === 'stop', 'the run was stopped');
    const d = vscode.languages.getDiagnostics(doc.uri);
    assert.match(d[0].message, /Stopped: .*budget/);
    assert.ok([1, 2].includes(d[0].range.start.line));
  });
});
