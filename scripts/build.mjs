// Builds the bundles with esbuild (extension, analysis worker, webview, CLI) and,
// with --tests or --bench, compiles everything with tsc into out/ for mocha and the benchmarks.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });

const bundles = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], target: 'node20' },
  { entryPoints: ['src/analysis/worker.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs', target: 'node20' },
  { entryPoints: ['src/analysis/worker-process.ts'], outfile: 'dist/worker-process.js', platform: 'node', format: 'cjs', target: 'node20' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
].filter((b) => existsSync(join(root, b.entryPoints[0])));

await Promise.all(bundles.map((b) => build({ ...common, ...b })));
// dist/cli.js is the package's bin: `npx arena-lens` and `npm link` run it directly.
if (existsSync(join(root, 'dist/cli.js'))) chmodSync(join(root, 'dist/cli.js'), 0o755);

if (args.has('--tests') || args.has('--bench')) {
  rmSync(join(root, 'out'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
}

if (args.has('--bench')) {
  // The benchmarks time the runtime as users get it: bundled by esbuild, as in the CLI and
  // the analysis worker, not as tsc's one-module-per-file output.
  await build({ ...common, entryPoints: ['bench/index.ts'], outfile: 'out/bench/index.js', platform: 'node', format: 'cjs', target: 'node20' });
}
