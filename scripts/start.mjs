// `npm start`: build, package the VSIX, and open a real VS Code (code-server from npm,
// bound to 127.0.0.1) with the extension installed and the sample scripts open.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = (name, cmd, args) => {
  console.log(`[arena-lens] ${name}…`);
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
};

step('building', process.execPath, [join(root, 'scripts/build.mjs'), '--production']);
step('packaging the VSIX', process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', 'arena-lens.vsix']);

const launcher = join(root, 'scripts/vscode/start-demo.mjs');
if (existsSync(launcher)) {
  await import(launcher);
} else {
  console.log(`[arena-lens] packaged ${join(root, 'arena-lens.vsix')}; install it with: code --install-extension arena-lens.vsix`);
}
