// Starts code-server on 127.0.0.1 (a free port, fresh user and extension folders) and
// Debian's Chromium through playwright-core; every handle's stop() ends its processes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CODE_SERVER_ENTRY } from './setup.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, ms, proc, log) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`code-server exited with ${proc.exitCode}:\n${log()}`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${ms / 1000} s:\n${log()}`);
}

/**
 * Start code-server on `folder`. Options: extensionsDir (to keep installed extensions),
 * installVsix (a VSIX to install first).
 */
export async function startCodeServer(folder, options = {}) {
  const root = mkdtempSync(join(tmpdir(), 'arena-lens-vscode-'));
  const userData = join(root, 'user');
  // A quiet workbench: no welcome page or tips in front of the editor.
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'extensions.ignoreRecommendations': true,
      'telemetry.telemetryLevel': 'off',
      'editor.hover.delay': 200,
      'git.openRepositoryInParentFolders': 'never',
      'git.enabled': false,
      ...(options.settings ?? {}),
    }),
  );
  const extensions = options.extensionsDir ?? join(root, 'extensions');
  const base = [CODE_SERVER_ENTRY, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions];
  if (options.installVsix) {
    await new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [...base, '--install-extension', options.installVsix], { stdio: ['ignore', 'inherit', 'inherit'] });
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`installing ${options.installVsix} failed (${code})`))));
    });
  }
  const port = options.port ?? (await freePort());
  let output = '';
  const proc = spawn(process.execPath, [...base, '--bind-addr', `127.0.0.1:${port}`, folder], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  proc.stdout.on('data', (d) => (output += d));
  proc.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${url}/healthz`, 60_000, proc, () => output);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, port, stop, log: () => output };
}

/** Debian's Chromium, headless, driven by playwright-core. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
