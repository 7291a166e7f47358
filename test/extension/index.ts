// The extension test entry: VS Code (desktop via @vscode/test-electron, or code-server
// here) loads this module in the extension host and calls run(), which runs mocha over
// the compiled *.test.js files next to it and also writes the report to test-results/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { format } from 'node:util';

export function run(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const reportDir = path.join(root, 'test-results');
  fs.mkdirSync(reportDir, { recursive: true });
  const reportFile = path.join(reportDir, 'extension-tests.txt');
  const lines: string[] = [];
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // Copy mocha's report into a file as well as the console (the page does not relay it readably).
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
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      base.consoleLog = log;
      console.log = consoleLog;
      fs.writeFileSync(reportFile, lines.join('\n') + `\n${failures} failing\n`);
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
  });
}
