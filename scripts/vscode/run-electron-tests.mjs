// The same extension tests on a desktop: @vscode/test-electron downloads VS Code and
// runs out/test/extension/index.js in it. (Machines without Microsoft's download servers
// use run-extension-tests.mjs, which runs them in code-server.)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
try {
  const code = await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'extension', 'index.js'),
    launchArgs: [join(root, 'test', 'extension', 'fixtures'), '--disable-extensions'],
  });
  process.exitCode = code;
} catch (e) {
  console.error(`[electron tests] could not run VS Code through @vscode/test-electron: ${e instanceof Error ? e.message : e}`);
  console.error('[electron tests] this needs the VS Code download (update.code.visualstudio.com); here, use npm run test:extension');
  process.exitCode = 1;
}
