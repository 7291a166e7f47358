// Runs the extension tests (test/extension, compiled to out/test/extension) inside a
// real VS Code: code-server on 127.0.0.1 driven by Debian's Chromium; VS Code calls the
// tests' run() in its extension host and reports the result through codeAutomationExit.
import { mkdirSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from './setup.mjs';
import { launchChromium, startCodeServer } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(root, 'test-results');
const OVERALL_MS = 10 * 60_000;

async function main() {
  let stepName = 'setting up code-server';
  const watchdog = setTimeout(() => {
    console.error(`[extension tests] timed out after ${OVERALL_MS / 60000} min while ${stepName}`);
    process.exit(2);
  }, OVERALL_MS);
  mkdirSync(results, { recursive: true });
  const entry = join(root, 'out', 'test', 'extension', 'index.js');
  if (!existsSync(entry) || !existsSync(join(root, 'dist', 'extension.js'))) {
    throw new Error('build first: node scripts/build.mjs --tests');
  }
  setup();
  const fixtures = join(root, 'test', 'extension', 'fixtures');
  stepName = 'starting code-server';
  const server = await startCodeServer(fixtures);
  let browser = null;
  let page = null;
  const cleanup = async () => {
    try {
      await browser?.close();
    } catch {
      // already closed
    }
    server.stop();
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    stepName = 'launching Chromium';
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(entry)],
    ];
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    page.on('pageerror', (e) => console.error(`[extension tests] page error: ${e.message}`));
    stepName = 'opening VS Code and running the tests';
    const url = `${server.url}/?folder=${encodeURIComponent(fixtures)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const code = await exited;
    await page.screenshot({ path: join(results, 'extension-tests-vscode.png') }).catch(() => undefined);
    const report = join(results, 'extension-tests.txt');
    if (existsSync(report)) console.log(readFileSync(report, 'utf8'));
    const activation = join(results, 'extension-activation.txt');
    if (existsSync(activation)) console.log(`[extension tests] ${readFileSync(activation, 'utf8').trim()}`);
    console.log(`[extension tests] VS Code exited with code ${code}`);
    clearTimeout(watchdog);
    return code;
  } catch (e) {
    if (page) await page.screenshot({ path: join(results, 'extension-tests-failure.png') }).catch(() => undefined);
    console.error(`[extension tests] failed while ${stepName}: ${e instanceof Error ? e.message : e}`);
    console.error(`[extension tests] code-server log:\n${server.log().slice(-4000)}`);
    return 1;
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
}

process.exitCode = await main();
