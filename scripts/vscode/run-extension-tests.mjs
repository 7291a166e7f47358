// Runs the extension tests (test/extension, compiled to out/test/extension) inside a real VS
// Code: code-server on 127.0.0.1 driven by Debian's Chromium. VS Code calls the tests' run() in
// its extension host and reports the result through codeAutomationExit. Builds nothing itself.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from './setup.mjs';
import { launchChromium, startCodeServer } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(root, 'test-results');
const workspace = join(root, 'samples');
const entry = join(root, 'out', 'test', 'extension', 'index.js');
const report = join(results, 'extension-tests.txt');
const consoleLog = join(results, 'extension-host-console.log');
const screenshot = join(results, 'extension-tests-vscode.png');
// A first set-up on a 2-core machine takes a few minutes; the tests themselves well under one.
const OVERALL_MS = Number(process.env.ARENA_LENS_EXTENSION_TESTS_TIMEOUT_MS ?? 25 * 60_000);
const TESTS_MS = 10 * 60_000;

const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = (s) => console.log(`[extension tests] ${s}`);
let stepName = 'starting';
let server = null;
let browser = null;
let page = null;
// The extension host's console as the page saw it.
const lines = [];
let finishing = false;

async function cleanup() {
  await browser?.close().catch((e) => say(`closing Chromium: ${e.message}`));
  browser = null;
  await server?.stop();
  server = null;
}

/** Reports, stops everything this run started, and exits; the first caller wins. */
async function finish(code, why) {
  if (finishing) return;
  finishing = true;
  clearTimeout(watchdog);
  if (why) console.error(`[extension tests] ${why}`);
  if (lines.length > 0) writeFileSync(consoleLog, lines.join('\n') + '\n');
  if (code !== 0 && page) await page.screenshot({ path: join(results, 'extension-tests-failure.png'), timeout: 10_000 }).then(() => say('screenshot: test-results/extension-tests-failure.png'), () => undefined);
  if (code !== 0 && server) console.error(`[extension tests] code-server's last output:\n${server.log().slice(-4000)}`);
  await cleanup();
  process.exit(code);
}

const watchdog = setTimeout(() => void finish(2, `timed out after ${OVERALL_MS / 1000} s while ${stepName}`), OVERALL_MS);
process.on('SIGINT', () => void finish(130, `interrupted while ${stepName}`));
process.on('SIGTERM', () => void finish(143, `terminated while ${stepName}`));

async function main() {
  stepName = 'checking the build';
  if (!existsSync(entry) || !existsSync(join(root, 'dist', 'extension.js'))) {
    throw new Error(`${entry} or dist/extension.js is missing: build first with node scripts/build.mjs --tests`);
  }
  mkdirSync(results, { recursive: true });
  // A report left by an earlier run must not pass for this one's.
  for (const f of [report, consoleLog, screenshot, join(results, 'extension-tests-failure.png'), join(results, 'extension-activation.txt')]) rmSync(f, { force: true });
  if (!existsSync(join(workspace, 'hello.py'))) {
    mkdirSync(workspace, { recursive: true });
    writeFileSync(join(workspace, 'hello.py'), 'x = [1, 2, 3]\nprint(len(x))\n');
  }

  stepName = 'setting up code-server';
  await setup();

  stepName = 'starting code-server';
  server = await startCodeServer(workspace);
  say(`code-server answers at ${server.url} (${secs()})`);

  stepName = 'launching Chromium';
  browser = await launchChromium({ handleSignals: false });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

  // The extension host's console reaches the page (printf arguments unformatted): kept as a
  // log, and shown when the tests die before mocha writes its report.
  page.on('console', (m) => lines.push(`${m.type()}: ${m.text().replace(/^%c\s*(\w+)\s+color: #\w+\s*/, '$1 ')}`));
  page.on('pageerror', (e) => lines.push(`pageerror: ${e.message}`));
  let settle;
  const exited = new Promise((resolve, reject) => {
    settle = { resolve, reject };
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle.resolve(code));
  page.on('crash', () => settle.reject(new Error('the page crashed')));
  page.on('close', () => settle.reject(new Error('the page closed before the tests reported')));

  stepName = 'opening VS Code and running the tests (see test-results/extension-host-console.log)';
  // Plain paths fail with "No extension host found that can launch the test runner".
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(entry)],
  ];
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded' });
  let timer;
  const code = await Promise.race([
    exited,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`VS Code did not call codeAutomationExit within ${TESTS_MS / 60_000} min`)), TESTS_MS))),
  ]).finally(() => clearTimeout(timer));
  say(`VS Code exited with code ${code} (${secs()})`);

  stepName = 'taking the screenshot';
  await page.screenshot({ path: screenshot, timeout: 10_000 }).then(
    () => say('screenshot: test-results/extension-tests-vscode.png'),
    (e) => say(`no screenshot: ${e.message}`),
  );
  if (existsSync(report)) {
    console.log(readFileSync(report, 'utf8'));
  } else {
    console.error(`[extension tests] run() wrote no report; the extension host's console:\n${lines.slice(-60).join('\n')}`);
    return 1;
  }
  const activation = join(results, 'extension-activation.txt');
  if (existsSync(activation)) say(readFileSync(activation, 'utf8').trim());
  return typeof code === 'number' ? code : 1;
}

try {
  const code = await main();
  if (code === 0) say(`passed in ${secs()}`);
  await finish(code, code === 0 ? null : `FAILED in ${secs()}`);
} catch (e) {
  await finish(1, `failed while ${stepName}: ${e instanceof Error ? e.message : e}`);
}
