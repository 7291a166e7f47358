// Finds the real CPython interpreters on this machine (python3 on PATH and pyenv's),
// one per modeled version, so tests can use each as the oracle for its profile.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isVersionId, PYTHON3_VERSIONS, VersionId } from '../../src/profiles';
import { ORACLE_ENVIRON } from '../../src/runtime/interpreter';

export interface Interpreter {
  readonly version: VersionId;
  readonly path: string;
  /** e.g. "3.11.7" */
  readonly full: string;
}

/**
 * The environment CPython runs in for the tests: PATH, HOME and the locale of the caller,
 * nothing else (start-up's objects grow with the environment: at some sixty variables
 * CPython 3.12 ends a program with a block fewer, so the oracle must not depend on how the
 * tests were started), plus the runtime's default environment (ORACLE_ENVIRON: a fixed hash
 * seed, unbuffered output). None of these may have a one-character value: 3.8-3.10 keep a
 * one-byte object for each such name or value at start-up.
 */
export function oracleEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'LANG', 'LC_ALL']) {
    const v = process.env[k];
    if (v !== undefined && v.length > 1) env[k] = v;
  }
  return { ...env, ...ORACLE_ENVIRON };
}

let cached: { found: Interpreter[]; missing: Map<VersionId, string> } | undefined;

function probe(path: string): string | undefined {
  try {
    return execFileSync(path, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], {
      encoding: 'utf8',
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** Every interpreter found, and for each modeled version without one, why. */
export function findInterpreters(): { found: Interpreter[]; missing: Map<VersionId, string> } {
  if (cached) return cached;
  const candidates: string[] = ['python3'];
  const root = process.env.PYENV_ROOT ?? join(homedir(), '.pyenv');
  const versionsDir = join(root, 'versions');
  if (existsSync(versionsDir)) {
    for (const d of readdirSync(versionsDir).sort()) candidates.push(join(versionsDir, d, 'bin', 'python3'));
  }
  const byVersion = new Map<VersionId, Interpreter>();
  for (const path of candidates) {
    if (path !== 'python3' && !existsSync(path)) continue;
    const full = probe(path);
    if (!full) continue;
    const v = full.split('.').slice(0, 2).join('.');
    if (isVersionId(v) && !byVersion.has(v)) byVersion.set(v, { version: v, path, full });
  }
  const missing = new Map<VersionId, string>();
  for (const v of PYTHON3_VERSIONS) {
    if (!byVersion.has(v)) {
      missing.set(v, `no CPython ${v} interpreter on this machine (looked for python3 on PATH and in ${versionsDir})`);
    }
  }
  cached = { found: [...byVersion.values()], missing };
  return cached;
}

/** Prints, once per test file, which modeled versions could not be checked and why. */
export function reportMissing(what: string): void {
  for (const [v, why] of findInterpreters().missing) {
    console.log(`    (not checked against CPython ${v} for ${what}: ${why})`);
  }
}

export function runPython(interp: Interpreter, args: string[], input?: string): string {
  return execFileSync(interp.path, args, {
    encoding: 'utf8',
    input,
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...oracleEnv(), PYTHONMALLOC: '', PYTHONDEVMODE: '' },
  });
}

/** Run a file under the interpreter at path in the oracle's environment: its exit status and what it wrote to stderr (sys._debugmallocstats() writes there). */
export function cpythonStderr(path: string, file: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(path, [file], { env: oracleEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (status) => resolve({ status, stderr }));
  });
}
