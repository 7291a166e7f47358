// The extension test entry: VS Code (desktop via @vscode/test-electron, or code-server
// here) loads this module in the extension host and calls run(), which runs mocha over every
// compiled *.test.js below it and also writes the report to test-results/extension-tests.txt.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const reportDir = path.join(root, 'test-results');
  fs.mkdirSync(reportDir, { recursive: true });
  const reportFile = path.join(reportDir, 'extension-tests.txt');
  const lines: string[] = [];
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The runners read this file: code-server relays the extension host's console to the page
  // only with its printf arguments unformatted, and test-electron not at all on some desktops.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const log = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    lines.push(format(...args));
    log(...args);
  };
  // The tests' own figures (console.log) go to the report too.
  const consoleLog = console.log;
  console.log = (...args: unknown[]) => {
    lines.push(format(...args));
    consoleLog(...args);
  };
  const restore = () => {
    base.consoleLog = log;
    console.log = consoleLog;
  };
  const files = (fs.readdirSync(__dirname, { recursive: true }) as string[]).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const fail = (e: unknown) => {
      restore();
      const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
      fs.writeFileSync(reportFile, `${lines.join('\n')}\nthe extension tests could not run: ${msg}\n`);
      reject(e instanceof Error ? e : new Error(msg));
    };
    if (files.length === 0) return fail(new Error(`no *.test.js files under ${__dirname}`));
    try {
      // mocha.run throws when a test file fails to load (a syntax error, a missing module).
      mocha.run((failures) => {
        restore();
        fs.writeFileSync(reportFile, `${lines.join('\n')}\n${failures} failing\n`);
        if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
        else resolve();
      });
    } catch (e) {
      fail(e);
    }
  });
}
