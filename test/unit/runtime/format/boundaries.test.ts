// The format module must run in a browser worker too: no node:* or vscode imports, and
// it reaches nothing outside its folder.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', '..', '..', '..', 'src', 'runtime', 'format');

describe('the format module boundaries', () => {
  it('imports only its own files', () => {
    const offenders: string[] = [];
    for (const f of readdirSync(DIR).filter((n) => n.endsWith('.ts'))) {
      for (const m of readFileSync(join(DIR, f), 'utf8').matchAll(/from\s+'([^']+)'/g)) {
        if (!m[1].startsWith('./')) offenders.push(`${f}: ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
