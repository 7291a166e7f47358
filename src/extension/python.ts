// Which CPython the machine has: the default version to model is python3's, if any.
import { execFile } from 'node:child_process';
import type { Version } from '../protocol/messages';

const MODELED: readonly Version[] = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14'];
export const NEWEST: Version = '3.14';

/** The modeled version matching `python3 --version`, or null when there is none. */
export function detectPython3(): Promise<Version | null> {
  return new Promise((resolve) => {
    execFile('python3', ['--version'], { timeout: 5000 }, (err, stdout, stderr) => {
      if (err) return resolve(null);
      const m = /Python (\d+)\.(\d+)/.exec(stdout || stderr);
      const v = m ? (`${m[1]}.${m[2]}` as Version) : null;
      resolve(v !== null && MODELED.includes(v) ? v : null);
    });
  });
}

export { MODELED };
