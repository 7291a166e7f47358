// The arena-lens command line: the same engine as the extension, without VS Code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isVersionId, PYTHON3_VERSIONS, VERSION_IDS, getProfile, VersionId } from '../profiles';
import { run } from '../runtime/interpreter';

const USAGE = `usage: arena-lens <command> [options]

commands:
  run FILE [--python X.Y]   run a script in the mini-runtime, printing what CPython would print
  versions            list the modeled CPython versions and their allocator constants
  help                show this text
`;

export function main(argv: readonly string[]): number {
  const [cmd] = argv;
  switch (cmd) {
    case 'run': {
      const opts = parseOptions(argv.slice(1));
      if (typeof opts === 'string') {
        process.stderr.write(`arena-lens: ${opts}\n`);
        return 2;
      }
      const source = readFileSync(opts.file, 'utf8');
      const r = run(source, { version: opts.version, filename: opts.file });
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
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
function parseOptions(args: readonly string[]): { file: string; version: VersionId } | string {
  let file: string | null = null;
  let version: VersionId | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--python') {
      const v = args[++i];
      if (v === undefined || !isVersionId(v)) return `--python takes one of ${VERSION_IDS.join(', ')}`;
      version = v;
    } else if (a.startsWith('--python=')) {
      const v = a.slice('--python='.length);
      if (!isVersionId(v)) return `--python takes one of ${VERSION_IDS.join(', ')}`;
      version = v;
    } else if (file === null) {
      file = a;
    } else {
      return `unexpected argument '${a}'`;
    }
  }
  if (file === null) return 'run needs a FILE';
  return { file, version: version ?? defaultVersion() };
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
