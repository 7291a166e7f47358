// Starts code-server on 127.0.0.1 (a free port, fresh user and extension folders under a
// temp folder) and Debian's Chromium through playwright-core. Every handle's stop() ends its
// whole process tree; anything still running when this process exits is killed too.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CODE_SERVER_ENTRY } from './setup.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Process groups of running code-servers (pid -> their temp folder). code-server forks its
// extension host, pty host and file watcher without detaching them, so killing the group ends
// the whole tree.
const groups = new Map();
const killGroup = (pid, signal) => {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // already gone
  }
};
// The last resort when something calls process.exit (a timeout, Playwright's SIGINT handler)
// before stop() ran.
process.on('exit', () => {
  for (const [pid, folder] of groups) {
    killGroup(pid, 'SIGKILL');
    try {
      if (folder) rmSync(folder, { recursive: true, force: true });
    } catch (e) {
      console.error(`[vscode] could not remove ${folder}: ${e.message}`);
    }
  }
});

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
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`code-server exited with ${proc.exitCode ?? proc.signalCode} before answering; its output:\n${log()}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (r.ok) return;
      lastError = `HTTP ${r.status}`;
    } catch (e) {
      lastError = e instanceof Error ? (e.cause?.code ?? e.message) : String(e);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${ms / 1000} s (last: ${lastError}); its output:\n${log()}`);
}

function runToEnd(args, what, ms) {
  return new Promise((resolve, reject) => {
    let out = '';
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    groups.set(p.pid, null);
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => killGroup(p.pid, 'SIGKILL'), ms);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      groups.delete(p.pid);
      if (code === 0) resolve(out);
      else reject(new Error(`${what} failed (${signal === 'SIGKILL' ? `no end after ${ms / 1000} s` : `exit ${code ?? signal}`}):\n${out}`));
    });
  });
}

/**
 * Start code-server on `folder`. Options: extensionsDir (keep installed extensions),
 * installVsix (a VSIX to install first), port (default: a free one), settings (user settings).
 * Returns { url, port, stop(), log() }; stop() resolves once the process tree is gone.
 */
export async function startCodeServer(folder, options = {}) {
  const root = mkdtempSync(join(tmpdir(), 'arena-lens-vscode-'));
  const userData = join(root, 'user');
  // A quiet workbench: nothing in front of the editor, no calls to the marketplace.
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'extensions.ignoreRecommendations': true,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      'editor.hover.delay': 200,
      'git.openRepositoryInParentFolders': 'never',
      'git.enabled': false,
      ...(options.settings ?? {}),
    }),
  );
  const extensions = options.extensionsDir ?? join(root, 'extensions');
  // Its own config file: otherwise code-server reads, or creates, ~/.config/code-server/config.yaml.
  writeFileSync(join(root, 'config.yaml'), 'auth: none\ncert: false\n');
  const base = [CODE_SERVER_ENTRY, '--config', join(root, 'config.yaml'), '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions];
  try {
    if (options.installVsix) await runToEnd([...base, '--install-extension', options.installVsix], `installing ${options.installVsix}`, 120_000);
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
  const port = options.port ?? (await freePort());
  let output = '';
  // Its own process group, so that stop() can end the extension host and pty host with it.
  const proc = spawn(process.execPath, [...base, '--bind-addr', `127.0.0.1:${port}`, folder], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  groups.set(proc.pid, root);
  proc.stdout.on('data', (d) => (output = (output + d).slice(-200_000)));
  proc.stderr.on('data', (d) => (output = (output + d).slice(-200_000)));
  const exited = new Promise((r) => proc.once('close', r));
  const url = `http://127.0.0.1:${port}`;
  let stopping = null;
  const stop = () =>
    (stopping ??= (async () => {
      if (killGroup(proc.pid, 'SIGTERM')) {
        const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
        // The group may outlive its leader (an extension host still shutting down).
        killGroup(proc.pid, 'SIGKILL');
        if (!gone) await exited;
      }
      groups.delete(proc.pid);
      rmSync(root, { recursive: true, force: true });
    })());
  try {
    await waitForHttp(`${url}/healthz`, 60_000, proc, () => output);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, pid: proc.pid, stop, log: () => output };
}

/**
 * Debian's Chromium, headless, driven by playwright-core, which kills it if this process exits.
 * handleSignals: false leaves SIGINT/SIGTERM to a caller that closes things in order itself
 * (Playwright's own handlers close the browser and exit at once).
 */
export async function launchChromium({ handleSignals = true } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
  });
}
