import { startTagger } from './tagger.js';

/**
 * The CLI's entry. A comparison starts the worker that loads wink-nlp first, then loads the rest of the library (its
 * lexicons are most of the bundle), so that the two happen at the same time on two cores.
 */
const argv = process.argv.slice(2);
const tagger = argv[0] === 'compare' && !argv.some((a) => a === '-h' || a === '--help' || a === '-v' || a === '--version') ? startTagger() : undefined;
const { main } = await import('./main.js');
process.exitCode = await main(argv, undefined, tagger);
