// `npm run bench`: every benchmark, with the figures the issues ask for.
import { benchAnalysis } from './analysis';
import { benchObmalloc } from './obmalloc';
import { benchRuntime } from './runtime';
import { benchExplorer } from './explorer';
import { benchTrace } from './trace';
import { VERSION_IDS } from '../src/profiles';

async function main(): Promise<void> {
  benchObmalloc(VERSION_IDS);
  benchRuntime();
  benchTrace();
  benchExplorer(1000);
  await benchAnalysis();
}

void main();
