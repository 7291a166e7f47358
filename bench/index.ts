// `npm run bench`: every benchmark, with the figures the issues ask for.
import { benchObmalloc } from './obmalloc';
import { benchRuntime } from './runtime';
import { VERSION_IDS } from '../src/profiles';

benchObmalloc(VERSION_IDS);
benchRuntime();
