// Sets up a real VS Code on a fresh machine, idempotently: Debian's Chromium and
// ripgrep, and code-server (VS Code's workbench and Node extension host, from npm) in
// a cache folder outside the source tree. See shared/notes/real-vscode.md.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync, unlinkSync, lstatSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE = process.env.ARENA_LENS_CACHE ?? join(homedir(), '.cache', 'arena-lens');
export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
const MARKER = join(CODE_SERVER_DIR, '.arena-lens-ready');

function step(name, fn) {
  const t0 = Date.now();
  process.stdout.write(`[vscode setup] ${name}…\n`);
  try {
    fn();
  } catch (e) {
    throw new Error(`[vscode setup] step failed: ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  process.stdout.write(`[vscode setup] ${name}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

function debInstalled(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return false;
  }
}

const env = { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
const run = (cmd, cwd) => execSync(cmd, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });

/** Install what is missing; returns quickly when everything is already there. */
export function setup() {
  const missing = ['chromium', 'ripgrep', 'libkrb5-dev'].filter((p) => !debInstalled(p));
  if (missing.length > 0) {
    step(`apt-get install ${missing.join(' ')}`, () => {
      run('apt-get update -qq');
      run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`);
    });
  }
  if (existsSync(MARKER) && existsSync(CODE_SERVER_ENTRY)) {
    process.stdout.write(`[vscode setup] code-server ${CODE_SERVER_VERSION} ready in ${CODE_SERVER_DIR}\n`);
    return;
  }
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  writeFileSync(join(CODE_SERVER_DIR, 'package.json'), JSON.stringify({ name: 'arena-lens-vscode', private: true }));
  step(`npm install code-server@${CODE_SERVER_VERSION} (no scripts)`, () =>
    run(`npm install --no-save --ignore-scripts --no-package-lock code-server@${CODE_SERVER_VERSION}`, CODE_SERVER_DIR),
  );
  const vs = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
  step("VS Code's own dependencies (no scripts)", () => run('npm install --omit=dev --ignore-scripts --no-package-lock', vs));
  step('ripgrep from Debian', () => {
    const bin = join(vs, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(bin, { recursive: true });
    const rg = join(bin, 'rg');
    try {
      lstatSync(rg);
      unlinkSync(rg);
    } catch {
      // not there yet
    }
    symlinkSync('/usr/bin/rg', rg);
  });
  step('native modules of VS Code (npm rebuild)', () => run('npm rebuild', vs));
  step('node_modules.asar link', () => {
    const asar = join(vs, 'node_modules.asar');
    if (!existsSync(asar)) symlinkSync(join(vs, 'node_modules'), asar);
  });
  step('argon2 (npm rebuild)', () => run('npm rebuild argon2', CODE_SERVER_DIR));
  const v = JSON.parse(readFileSync(join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  writeFileSync(MARKER, `code-server ${v}\n`);
  process.stdout.write(`[vscode setup] code-server ${v} installed in ${CODE_SERVER_DIR}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  setup();
  process.stdout.write(`[vscode setup] total ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
