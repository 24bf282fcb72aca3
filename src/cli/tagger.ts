import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { giveEnglishTags } from '../claims/english-verbs.js';
import type { TagAnswer } from './tag-worker.js';

export interface Tagger {
  /** Hand the English texts to the worker and have their tags taken by the comparison; false if the worker failed. */
  tag(texts: string[]): Promise<boolean>;
  stop(): void;
}

/**
 * The worker thread that loads wink-nlp while this thread reads the files and builds the lexicons: on two cores a cold
 * start no longer waits for the model and the lexicons one after the other. Only from the built CLI (the worker is
 * its own file next to it); anything that goes wrong leaves the tagging to the comparison, as without a worker.
 */
export function startTagger(): Tagger | undefined {
  const file = fileURLToPath(new URL('./tag-worker.js', import.meta.url));
  if (!existsSync(file)) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(file);
  } catch {
    return undefined;
  }
  return {
    tag: (texts) =>
      new Promise<boolean>((resolve) => {
        worker.once('message', (answer: TagAnswer) => {
          answer.forEach(([verbs, nouns, bare], i) =>
            giveEnglishTags(texts[i]!, { verbStarts: new Set(verbs), nounStarts: new Set(nouns), bareVerbStarts: new Set(bare) }),
          );
          resolve(true);
        });
        worker.once('error', () => resolve(false));
        worker.once('exit', () => resolve(false));
        worker.postMessage(texts);
      }),
    stop: () => void worker.terminate(),
  };
}
