// The same extension tests on a desktop: @vscode/test-electron downloads VS Code (Electron) and
// runs out/test/extension/index.js in it. Machines that cannot reach Microsoft's download
// servers use run-extension-tests.mjs, which runs the very same run() in code-server.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = join(root, 'out', 'test', 'extension', 'index.js');
const workspace = join(root, 'samples');
const report = join(root, 'test-results', 'extension-tests.txt');
// The VS Code that code-server 4.100.3 carries, so both runners test against the same editor.
const version = process.env.ARENA_LENS_VSCODE_VERSION ?? '1.100.3';

if (!existsSync(entry)) {
  console.error(`[electron tests] ${entry} is missing: build first with node scripts/build.mjs --tests`);
  process.exit(1);
}
if (!existsSync(join(workspace, 'hello.py'))) {
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, 'hello.py'), 'x = [1, 2, 3]\nprint(len(x))\n');
}
rmSync(report, { force: true });

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode(version);
} catch (e) {
  console.error(`[electron tests] could not download VS Code ${version} (@vscode/test-electron, from update.code.visualstudio.com): ${e instanceof Error ? e.message : e}`);
  console.error('[electron tests] this runner needs that download; on machines without it, run `npm run test:extension` (code-server from npm)');
  process.exit(1);
}
try {
  process.exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: entry,
    // A fresh profile each run (as in code-server); --disable-extensions leaves only the extension under development.
    launchArgs: [workspace, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'arena-lens-electron-'))}`, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  console.error(`[electron tests] VS Code ${version} ran the tests and they failed: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
}
if (existsSync(report)) console.log(readFileSync(report, 'utf8'));
