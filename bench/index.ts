// `npm run bench`: every benchmark, with the figures the issues ask for.
import { benchAnalysis } from './analysis';
import { benchObmalloc } from './obmalloc';
import { benchRuntime } from './runtime';
import { VERSION_IDS } from '../src/profiles';

async function main(): Promise<void> {
  benchObmalloc(VERSION_IDS);
  benchRuntime();
  await benchAnalysis();
}

void main();
