// Sets up a real VS Code on a fresh machine, idempotently: Debian's Chromium, ripgrep and
// build tools, and code-server (VS Code's workbench and Node extension host, from npm) in a
// cache folder outside the source tree. See shared/notes/real-vscode.md. `node setup.mjs` runs it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE = process.env.ARENA_LENS_CACHE ?? join(homedir(), '.cache', 'arena-lens');
export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
const vscodeDir = (dir) => join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
const MARKER = join(CODE_SERVER_DIR, '.arena-lens-ready.json');
// Checkouts from before the JSON marker look for this one; without it they would rebuild (and
// delete) a cache that this script made and that runs may be using.
const LEGACY_MARKER = join(CODE_SERVER_DIR, '.arena-lens-ready');
const LOCK = `${CODE_SERVER_DIR}.lock`;

// chromium and ripgrep are used directly; python3, make, g++ and libkrb5-dev (krb5-config)
// are what node-gyp needs to build VS Code's native modules, which have no Linux prebuilds here.
const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'python3', 'make', 'g++', 'libkrb5-dev'];

// Install scripts that must run in `npm rebuild`. npm 11 runs scripts not covered by a
// package's `allowScripts` with only a warning today, but fails under strict-allow-scripts and
// will block them in a future release; naming them keeps the rebuild working either way.
const VSCODE_NATIVE = ['kerberos', 'native-watchdog', 'node-pty', '@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog', '@vscode/windows-process-tree', '@vscode/windows-registry'];
// code-server's own postinstall is replaced by the steps below, so it stays denied.
const OUTER_SCRIPTS = { argon2: true, 'code-server': false };

// The native modules code-server loads on Linux; each must load in this Node after the rebuild.
const mustLoad = (dir) => [
  join(vscodeDir(dir), 'node_modules', '@vscode', 'spdlog'),
  join(vscodeDir(dir), 'node_modules', 'native-watchdog'),
  join(vscodeDir(dir), 'node_modules', 'node-pty'),
  join(vscodeDir(dir), 'node_modules', 'kerberos'),
  join(vscodeDir(dir), 'node_modules', '@parcel', 'watcher'),
  join(dir, 'node_modules', 'argon2'),
];

const MINUTE = 60_000;
const log = (s) => process.stdout.write(`[vscode setup] ${s}\n`);

function npmEnv() {
  const env = { ...process.env, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  // node-gyp would download Node's headers from nodejs.org, which is unreachable here; Debian's
  // (or NodeSource's) nodejs package ships them under /usr/include/node.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h') && process.execPath.startsWith('/usr/')) env.npm_config_nodedir = '/usr';
  return env;
}

/** Runs a command, echoing its output and keeping the tail for the error message; rejects on failure or timeout. */
function run(cmd, args, { cwd, env = npmEnv(), timeoutMs }) {
  return new Promise((resolve, reject) => {
    let tail = '';
    const keep = (d) => {
      tail = (tail + d).slice(-6000);
    };
    const p = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    p.stdout.on('data', (d) => (process.stdout.write(d), keep(d)));
    p.stderr.on('data', (d) => (process.stderr.write(d), keep(d)));
    const timer = setTimeout(() => {
      killGroup(p.pid);
      reject(new Error(`\`${cmd} ${args.join(' ')}\` did not finish within ${timeoutMs / MINUTE} min; its last output:\n${tail}`));
    }, timeoutMs);
    if (p.pid) track(p.pid);
    p.on('error', (e) => {
      clearTimeout(timer);
      untrack(p.pid);
      reject(new Error(`could not start \`${cmd}\`: ${e.message}`));
    });
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      untrack(p.pid);
      if (code === 0) resolve(tail);
      else reject(new Error(`\`${cmd} ${args.join(' ')}\` in ${cwd ?? process.cwd()} exited with ${code ?? signal}; its last output:\n${tail}`));
    });
  });
}

// Commands run in their own process groups so that a timeout ends node-gyp and make too; that
// also keeps a terminal's Ctrl+C from reaching them, so this process ends them on its way out.
const running = new Set();
function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
process.on('exit', () => running.forEach(killGroup));
const onSignal = (signal) => {
  console.error(`[vscode setup] ${signal}: stopping ${running.size} running command(s)`);
  running.forEach(killGroup);
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
function track(pid) {
  if (running.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  running.add(pid);
}
function untrack(pid) {
  running.delete(pid);
  if (running.size === 0) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function step(name, fn) {
  const t0 = Date.now();
  log(`${name}…`);
  try {
    await fn();
  } catch (e) {
    throw new Error(`step failed: ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  log(`${name}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function debInstalled(pkg) {
  const r = spawnSync('dpkg', ['-s', pkg], { encoding: 'utf8' });
  return r.status === 0 && /^Status: install ok installed$/m.test(r.stdout);
}

function readyFingerprint() {
  // Native modules are built for one Node ABI: a different Node needs a rebuild.
  return { codeServer: CODE_SERVER_VERSION, nodeAbi: process.versions.modules, platform: `${process.platform}-${process.arch}` };
}

function isReady() {
  try {
    const m = JSON.parse(readFileSync(MARKER, 'utf8'));
    const want = readyFingerprint();
    return Object.keys(want).every((k) => m[k] === want[k]) && existsSync(CODE_SERVER_ENTRY) && existsSync(join(vscodeDir(CODE_SERVER_DIR), 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'));
  } catch {
    return false;
  }
}

function linkRipgrep(dir) {
  const bin = join(vscodeDir(dir), 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(bin, { recursive: true });
  const rg = join(bin, 'rg');
  try {
    if (lstatSync(rg).isSymbolicLink() && readlinkSync(rg) === '/usr/bin/rg') return;
    unlinkSync(rg);
  } catch {
    // not there yet
  }
  symlinkSync('/usr/bin/rg', rg);
}

function addAllowScripts(pkgJson, entries) {
  const p = JSON.parse(readFileSync(pkgJson, 'utf8'));
  p.allowScripts = { ...(p.allowScripts ?? {}), ...entries };
  writeFileSync(pkgJson, JSON.stringify(p, null, 2) + '\n');
}

function checkNativeModules(dir) {
  const broken = [];
  for (const m of mustLoad(dir)) {
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(m)})`], { encoding: 'utf8', timeout: 30_000 });
    if (r.status !== 0) broken.push(`${m}:\n${(r.stderr || r.stdout || String(r.error)).trim().split('\n').slice(0, 6).join('\n')}`);
  }
  if (broken.length > 0) {
    throw new Error(
      `native modules that do not load (did \`npm rebuild\` skip their install scripts, e.g. an allowScripts policy, or did node-gyp fail? see the output above):\n${broken.join('\n')}`,
    );
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

/** One set-up at a time per cache (parallel test runs share it); a dead holder's lock is taken over. */
async function withLock(fn) {
  mkdirSync(CACHE, { recursive: true });
  let announced = false;
  const deadline = Date.now() + 45 * MINUTE;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        // just created, pid not written yet
      }
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
        log(`taking over the lock of set-up process ${holder}, which is gone`);
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another set-up (pid ${holder}) has held ${LOCK} for 45 min; if it is gone, remove that folder`);
      if (!announced) log(`waiting for another set-up (pid ${holder}) to finish…`);
      announced = true;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Installs what is missing; takes a fraction of a second when everything is already there. */
export async function setup() {
  const t0 = Date.now();
  const missing = DEBIAN_PACKAGES.filter((p) => !debInstalled(p));
  if (missing.length > 0) {
    await step(`apt-get install ${missing.join(' ')}`, async () => {
      if (process.getuid?.() !== 0) {
        throw new Error(`these Debian packages are missing and installing them needs root: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
      }
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      await run('apt-get', ['update', '-qq'], { env, timeoutMs: 10 * MINUTE });
      await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, timeoutMs: 20 * MINUTE });
    });
  }
  if (isReady()) {
    log(`code-server ${CODE_SERVER_VERSION} ready in ${CODE_SERVER_DIR} (${Date.now() - t0} ms)`);
    return;
  }
  await withLock(async () => {
    if (isReady()) {
      log(`code-server ${CODE_SERVER_VERSION} was set up meanwhile in ${CODE_SERVER_DIR}`);
      return;
    }
    await install();
    log(`code-server ${CODE_SERVER_VERSION} installed in ${CODE_SERVER_DIR} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });
}

/** Builds code-server in a staging folder and moves it into place only once it works. */
async function install() {
  const stage = `${CODE_SERVER_DIR}.partial`;
  // A half-finished earlier attempt is not worth repairing: start over.
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'arena-lens-vscode', private: true, allowScripts: OUTER_SCRIPTS }, null, 2) + '\n');
  await step(`npm install code-server@${CODE_SERVER_VERSION} (no scripts)`, () =>
    run('npm', ['install', '--no-save', '--ignore-scripts', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], { cwd: stage, timeoutMs: 15 * MINUTE }),
  );
  const version = JSON.parse(readFileSync(join(stage, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  if (version !== CODE_SERVER_VERSION) throw new Error(`step failed: npm installed code-server ${version}, not ${CODE_SERVER_VERSION}`);
  await step("VS Code's own dependencies (no scripts)", () =>
    run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], { cwd: vscodeDir(stage), timeoutMs: 15 * MINUTE }),
  );
  // @vscode/ripgrep's own install script downloads rg from GitHub, which is unreachable.
  await step('ripgrep from Debian (/usr/bin/rg)', () => linkRipgrep(stage));
  await step('allowScripts for the native modules', () => addAllowScripts(join(vscodeDir(stage), 'package.json'), Object.fromEntries(VSCODE_NATIVE.map((n) => [n, true]))));
  // node-pty's install script calls `npx node-gyp`, hence npm_config_yes in npmEnv().
  await step("VS Code's native modules (npm rebuild, node-gyp)", () => run('npm', ['rebuild'], { cwd: vscodeDir(stage), timeoutMs: 20 * MINUTE }));
  await step('node_modules.asar link', () => {
    // Relative, so that the folder can move from staging into place.
    const asar = join(vscodeDir(stage), 'node_modules.asar');
    if (!existsSync(asar)) symlinkSync('node_modules', asar);
  });
  // Without lock-file identities npm cannot match code-server's `false` entry and would count it
  // as unreviewed (a hard error under strict-allow-scripts), though this rebuild never runs it.
  await step('argon2 (npm rebuild)', () => run('npm', ['rebuild', 'argon2', '--strict-allow-scripts=false'], { cwd: stage, timeoutMs: 10 * MINUTE }));
  await step('move into place', () => {
    if (existsSync(CODE_SERVER_DIR)) {
      const old = `${CODE_SERVER_DIR}.old-${process.pid}`;
      renameSync(CODE_SERVER_DIR, old);
      rmSync(old, { recursive: true, force: true });
    }
    renameSync(stage, CODE_SERVER_DIR);
  });
  await step('native modules load in this Node', () => checkNativeModules(CODE_SERVER_DIR));
  writeFileSync(MARKER, JSON.stringify({ ...readyFingerprint(), node: process.version, at: new Date().toISOString() }, null, 2) + '\n');
  writeFileSync(LEGACY_MARKER, `code-server ${version}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  try {
    await setup();
    log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`[vscode setup] ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  }
}
