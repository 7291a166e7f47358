// The arena-lens command line: the same engine as the extension, without VS Code.
import { PYTHON3_VERSIONS, VERSION_IDS, getProfile } from '../profiles';

const USAGE = `usage: arena-lens <command> [options]

commands:
  versions            list the modeled CPython versions and their allocator constants
  help                show this text
`;

export function main(argv: readonly string[]): number {
  const [cmd] = argv;
  switch (cmd) {
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

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
