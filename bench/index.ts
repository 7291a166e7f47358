// `npm run bench`: every benchmark, with the figures the issues ask for.
import { benchAnalysis } from './analysis';
import { benchObmalloc } from './obmalloc';
import { benchRuntime, cpythonFor, timeRuntimeChild } from './runtime';
import { benchExplorer } from './explorer';
import { benchTrace } from './trace';
import { VERSION_IDS, VersionId } from '../src/profiles';

async function main(): Promise<void> {
  benchObmalloc(VERSION_IDS);
  benchRuntime();
  benchTrace();
  benchExplorer(1000);
  await benchAnalysis();
}

// `npm run bench -- --scripts int_ [--python 3.12]`: only the runtime benchmark, on the scripts whose
// names contain it, against python3 (or CPython 3.12, whose version the runtime then models).
if (process.argv[2] === '--time-runtime') timeRuntimeChild(process.argv[3], process.argv[4] as VersionId);
else if (process.argv[2] === '--scripts') benchRuntime(process.argv[3], process.argv[4] === '--python' ? cpythonFor(process.argv[5]) : 'python3');
else void main();
