import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import { requireCjs } from '../require.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/**
 * wink-nlp with its English model, loaded (required) on first use only. Only the
 * part-of-speech pipe runs: named entities, negation and sentiment are not
 * used, and tags came out the same without them on every English text of
 * the repository.
 */
export function getWink(): Nlp {
  if (!nlp) {
    const load = requireCjs('wink-nlp') as typeof winkNLP;
    nlp = load(requireCjs('wink-eng-lite-web-model') as typeof model, ['pos']);
  }
  return nlp;
}

/** Where wink-nlp tags a verb (or auxiliary) and where a common noun starts, as UTF-16 offsets. */
export interface EnglishTags {
  verbStarts: Set<number>;
  nounStarts: Set<number>;
  /** Verbs in their bare form right after a coordinator ("and overthrow"; not "and said"). */
  bareVerbStarts: Set<number>;
}

/** Tags of texts read elsewhere (the CLI's worker thread), each taken once by `englishTags`. */
const given = new Map<string, EnglishTags>();

/**
 * Hand over the tags of a text that were read in another thread: the next `englishTags` of that exact text takes
 * them instead of loading wink-nlp and reading the text again.
 */
export function giveEnglishTags(text: string, tags: EnglishTags): void {
  given.set(text, tags);
}

/**
 * Offsets at which wink-nlp tags a verb or auxiliary, and a common noun, in an
 * English text. wink gives tokens, not offsets, so each token is found again in
 * the text from a moving cursor.
 */
export function englishTags(text: string): EnglishTags {
  const handed = given.get(text);
  if (handed) {
    given.delete(text);
    return handed;
  }
  const w = getWink();
  const its = w.its;
  const doc = w.readDoc(text);
  const out = new Set<number>();
  const nouns = new Set<number>();
  let cursor = 0;
  const toks = doc.tokens();
  const values = toks.out(its.value) as string[];
  const tags = toks.out(its.pos) as string[];
  const bare = new Set<number>();
  // (The model's typing gives the lemma function the add-ons parameter of a model that has them; it reads like the value.)
  const lemma = its.lemma as unknown as typeof its.value;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    if (at < 0 || at - cursor > 200) continue;
    cursor = at + value.length;
    if (tags[i] === 'VERB' || tags[i] === 'AUX') {
      out.add(at);
      // (The lemma only where it is asked: a verb right after a coordinator.)
      if (tags[i - 1] === 'CCONJ' && toks.itemAt(i).out(lemma) === value.toLowerCase()) bare.add(at);
    } else if (tags[i] === 'NOUN') nouns.add(at);
  }
  return { verbStarts: out, nounStarts: nouns, bareVerbStarts: bare };
}
