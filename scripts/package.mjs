// Builds the production bundles and packages arena-lens.vsix (what `npm run package` does),
// then checks what went in: the bundles, media and documents only, under 2 MB.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vsix = join(root, 'arena-lens.vsix');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
execFileSync(
  process.execPath,
  [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix],
  { cwd: root, stdio: 'inherit' },
);
const listing = execFileSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
  .trim()
  .split('\n');
const bad = listing.filter((f) => /^(src|test|out|node_modules)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
const size = statSync(vsix).size;
console.log(`[package] ${vsix}: ${(size / 1024).toFixed(0)} KiB, ${listing.length} files`);
if (bad.length > 0) throw new Error(`the VSIX holds files it should not: ${bad.join(', ')}`);
if (size > 2 * 1024 * 1024) throw new Error(`the VSIX is ${size} bytes, over 2 MB`);
