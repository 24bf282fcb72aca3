import { parentPort } from 'node:worker_threads';
import { englishTags, getWink } from '../claims/english-verbs.js';

/**
 * The CLI's second thread: it loads wink-nlp and its English model (about a third of a cold start) while the main
 * thread reads the files and builds the lexicons, then tags the English texts it is sent. Each answer is three lists
 * of offsets per text, in the order of the texts.
 */
export type TagAnswer = Array<[number[], number[], number[]]>;

getWink();
parentPort?.once('message', (texts: string[]) => {
  const answer: TagAnswer = texts.map((text) => {
    const t = englishTags(text);
    return [[...t.verbStarts], [...t.nounStarts], [...t.bareVerbStarts]];
  });
  parentPort!.postMessage(answer);
});
