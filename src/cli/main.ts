// The arena-lens command line: the same engine as the extension, without VS Code.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isVersionId, PYTHON3_VERSIONS, VERSION_IDS, getProfile, VersionId } from '../profiles';
import { traceRun } from '../analysis/analyze';
import { formatTraceTable, traceReport } from '../analysis/report';
import { debugMallocStats } from '../runtime/modules/debugtypestats';
import { decodeSource, sourceErrorText } from '../runtime/syntax/source-encoding';

const USAGE = `usage: arena-lens <command> [options]

commands:
  run FILE [--python X.Y]             run a script in the mini-runtime, printing what CPython would print
  trace FILE [--python X.Y] [--json]  run a script and print, per line, how often it ran, its allocations,
                                      frees, reallocs, bytes by size class, bytes still live at the end,
                                      reference-count changes and the counts of the names it bound; then
                                      the totals, the trace's size and the heap at the end (the script's
                                      stderr still goes to stderr). With --json, one JSON object instead,
                                      holding the script's stdout and stderr.
  stats FILE [--python X.Y]           run a script (its output goes where it would), then write the modeled
                                      sys._debugmallocstats() report of its end to stderr, as CPython does

"The end" is where the script's code ended, before the exit's finalization (closing its suspended
generators, running __del__): what a sys.getallocatedblocks() on its last line would see.
  versions                            list the modeled CPython versions and their allocator constants
  help                                show this text

--python defaults to the version of the python3 on this machine when it is modeled, else the newest.
Exit status: the script's (as python3's would be); 2 for a usage error or a file that cannot be read.
`;

export function main(argv: readonly string[]): number {
  const [cmd] = argv;
  switch (cmd) {
    case 'run':
    case 'trace':
    case 'stats': {
      const opts = parseOptions(cmd, argv.slice(1));
      if (typeof opts === 'string') {
        process.stderr.write(`arena-lens: ${opts}\n`);
        return 2;
      }
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(opts.file);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
        process.stderr.write(`arena-lens: cannot read '${opts.file}': ${why}\n`);
        return 2;
      }
      // From 3.9 the main script's __file__ (and so its tracebacks) is an absolute path (bpo-20443).
      const minor = getProfile(opts.version).versionInfo[1];
      const filename = minor >= 9 ? resolve(opts.file) : opts.file;
      const decoded = decodeSource(bytes, minor, filename);
      if (!decoded.ok) {
        process.stderr.write(sourceErrorText(decoded, filename, minor));
        return 1;
      }
      const source = decoded.text;
      // sys.stdout buffers as python3's would here: unbuffered under PYTHONUNBUFFERED, by line on a terminal.
      const stdio = process.env.PYTHONUNBUFFERED ? 'unbuffered' : process.stdout.isTTY ? 'terminal' : 'pipe';
      // What the script's code left, before the exit's finalization: what `trace` and `stats` report as its end.
      let stats: string | null = null;
      const traced = traceRun(source, {
        version: opts.version,
        filename,
        stdio,
        environ: process.env,
        scriptDirEntries: dirEntries(opts.file),
        onScriptEnd: (h) => (stats = debugMallocStats(h)),
      });
      const r = traced.run;
      if (cmd === 'trace') {
        const rep = traceReport(opts.file, opts.version, traced);
        if (opts.json) process.stdout.write(JSON.stringify(rep, null, 1) + '\n');
        else {
          // The table replaces the script's stdout; its errors still say why a run ended early.
          process.stdout.write(formatTraceTable(rep, source));
          process.stderr.write(r.stderr);
        }
        return r.exitCode;
      }
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      // _PyObject_DebugMallocStats writes to stderr, after whatever the script printed.
      if (cmd === 'stats') process.stderr.write(stats ?? debugMallocStats(r.heap));
      return r.exitCode;
    }
    case 'versions': {
      for (const v of VERSION_IDS) {
        const c = getProfile(v).obmalloc;
        process.stdout.write(
          `${v.padEnd(5)} ${getProfile(v).label.padEnd(34)} pool ${c.poolSize / 1024} KiB, arena ${c.arenaSize / 1024} KiB, ` +
            `${c.smallRequestThreshold / c.alignment} classes of ${c.alignment} bytes up to ${c.smallRequestThreshold}` +
            `${PYTHON3_VERSIONS.includes(v) ? '' : ' (historical)'}\n`,
        );
      }
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`arena-lens: unknown command '${cmd}'\n${USAGE}`);
      return 2;
  }
}

/** The python3 on this machine's version when it is modeled, else the newest CPython 3 profile. */
function defaultVersion(): VersionId {
  try {
    const out = execFileSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
    if (isVersionId(out) && PYTHON3_VERSIONS.includes(out)) return out;
  } catch {
    // No python3: fall through to the newest profile.
  }
  return PYTHON3_VERSIONS[PYTHON3_VERSIONS.length - 1];
}

/** FILE and --python X.Y (default: the version of python3 on the machine, else the newest profile). */
function parseOptions(cmd: string, args: readonly string[]): { file: string; version: VersionId; json: boolean } | string {
  let file: string | null = null;
  let version: VersionId | null = null;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--python') {
      const v = args[++i];
      if (v === undefined || !isVersionId(v)) return `--python takes one of ${VERSION_IDS.join(', ')}${v === undefined ? '' : `, not '${v}'`}`;
      version = v;
    } else if (a.startsWith('--python=')) {
      const v = a.slice('--python='.length);
      if (!isVersionId(v)) return `--python takes one of ${VERSION_IDS.join(', ')}, not '${v}'`;
      version = v;
    } else if (a === '--json' && cmd === 'trace') {
      json = true;
    } else if (a.startsWith('-') && a !== '-') {
      return `${cmd}: unknown option '${a}'`;
    } else if (file === null) {
      file = a;
    } else {
      return `unexpected argument '${a}'`;
    }
  }
  if (file === null) return `${cmd} needs a FILE`;
  return { file, version: version ?? defaultVersion(), json };
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

/** os.listdir of the script's directory, as CPython's path finder reads it (null: the script alone). */
function dirEntries(file: string): string[] | undefined {
  try {
    return readdirSync(dirname(resolve(file)));
  } catch {
    return undefined;
  }
}
