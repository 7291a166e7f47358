// The extension under development is present in the real extension host, activates by itself
// when a Python file from the samples is opened (nothing here calls activate()), and registers
// its commands. Runs first (files are sorted) so that no other test has activated it yet.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string; activationEvents?: string[] };
const ID = `${manifest.publisher}.${manifest.name}`;
const HELLO = path.join(ROOT, 'samples', 'hello.py');

async function until(what: string, ms: number, cond: () => boolean): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Activation', function () {
  this.timeout(60_000);

  it(`finds ${ID} loaded from this repository`, () => {
    const ext = vscode.extensions.getExtension(ID);
    assert.ok(ext, `${ID} is not among the extensions of the host: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
    assert.equal(path.resolve(ext.extensionPath), ROOT, 'the extension under development, not an installed copy');
  });

  it('activates when a Python file from the samples is opened', async () => {
    const ext = vscode.extensions.getExtension(ID)!;
    // Only meaningful while every activation event waits for something the tests do.
    const lazy = (manifest.activationEvents ?? []).every((e) => /^on(Language|Command|WebviewPanel|View):/.test(e));
    if (lazy) {
      assert.equal(ext.isActive, false, `active before any Python file was opened (activationEvents: ${manifest.activationEvents?.join(', ')})`);
      // getCommands lists handlers, not manifest entries: this is what makes the next test mean something.
      assert.ok(!(await vscode.commands.getCommands(true)).includes('arenaLens.analyze'), 'arenaLens.analyze is listed before activation');
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(HELLO));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'python');
    await until(`${ID} active after opening ${HELLO}`, 30_000, () => ext.isActive);
  });

  it('registers arenaLens.analyze and the other commands of its manifest', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    assert.ok(commands.has('arenaLens.analyze'), 'arenaLens.analyze is registered');
    const contributed = (vscode.extensions.getExtension(ID)!.packageJSON.contributes?.commands ?? []) as { command: string }[];
    const missing = contributed.map((c) => c.command).filter((c) => !commands.has(c));
    assert.deepEqual(missing, [], 'every contributed command has a handler');
  });
});
