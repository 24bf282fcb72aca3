import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** wink-nlp with its English model, loaded on first use only. */
export function getWink(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * Offsets at which wink-nlp tags a verb or auxiliary in an English text.
 * wink gives tokens, not offsets, so each token is found again in the text
 * from a moving cursor.
 */
export function englishVerbStarts(text: string): Set<number> {
  const w = getWink();
  const its = w.its;
  const doc = w.readDoc(text);
  const out = new Set<number>();
  let cursor = 0;
  doc.tokens().each((t: { out(f: unknown): unknown }) => {
    const value = t.out(its.value) as string;
    const at = text.indexOf(value, cursor);
    if (at < 0 || at - cursor > 200) return;
    cursor = at + value.length;
    const pos = t.out(its.pos) as string;
    if (pos === 'VERB' || pos === 'AUX') out.add(at);
  });
  return out;
}
