// `npm test`: build everything, then run every suite in turn and report which failed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const suites = [
  { name: 'build', cmd: [node, join(root, 'scripts/build.mjs'), '--tests'] },
  { name: 'unit', cmd: [node, join(root, 'node_modules/mocha/bin/mocha.js'), '--config', join(root, '.mocharc.json')] },
  { name: 'extension (real VS Code)', cmd: [node, join(root, 'scripts/vscode/run-extension-tests.mjs')] },
  { name: 'package (VSIX)', cmd: [node, join(root, 'scripts/package.mjs')] },
  { name: 'e2e (what a person sees)', cmd: [node, join(root, 'scripts/vscode/e2e.mjs')] },
];

const failed = [];
for (const s of suites) {
  const t0 = Date.now();
  console.log(`\n=== ${s.name} ===`);
  const r = spawnSync(s.cmd[0], s.cmd.slice(1), { cwd: root, stdio: 'inherit' });
  console.log(`=== ${s.name}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    failed.push(s.name);
    if (s.name === 'build') break;
  }
}
if (failed.length) {
  console.error(`\nFailed suites: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nAll suites passed.');
