// The files under a directory that tests walk: every program under test/programs and
// samples, every source file under src.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under dir (subdirectories too) whose name ends with ext, in sorted order. */
export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}
