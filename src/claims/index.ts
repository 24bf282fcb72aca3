import { type Anchor, extractFacets, type FacetInternal, type FacetState, newFacetState } from '../facets/index.js';
import { CONCEPT_PREFIX } from '../facets/concepts.js';
import { dimensionOf } from '../facets/numbers.js';
import { nameKey } from '../facets/entities.js';
import type { ClaimMemo } from '../diff/index.js';
import type { RemovedRange } from '../prepare/boilerplate.js';
import type { PreparedSource } from '../prepare/index.js';
import { fusedInfinitive, getResources, type LanguageResources } from '../resources/index.js';
import { segment } from '../segment/index.js';
import { firstFrom, type Range, type Token, tokensIn } from '../text.js';
import { englishTags } from './english-verbs.js';
import { DASH_AFTER as DATELINE_DASH, DATELINE_START as DATELINE_CAPS, DATELINE_WORDS, splitSentence } from './split.js';

export interface ClaimInternal extends Range {
  id: string;
  source: string;
  lang: string;
  text: string;
  facets: FacetInternal[];
  /** Every language-neutral key of the claim with its span: facets, then cognates. */
  anchors: Anchor[];
  /**
   * For a short list item, the keys of the piece that introduced the list (its
   * predicate); for a relative clause, those of its antecedent. They help the
   * claim meet the same fact elsewhere, but they are not the claim's own words
   * (their spans lie outside it), so they are never reported as its details.
   */
  context: Anchor[];
  /** For a list item or a relative clause, the piece it depends on (another claim of the sentence). */
  head?: Range;
  /** The person a statement is attributed to, when the sentence names one. */
  speaker?: string;
  speakerSpan?: Range;
  /** Where a pronoun names the speaker ("he told ERT"), the speaker's name as the sentence before gives it. */
  speakerName?: string;
  /** Index of the sentence in the source. */
  sentence: number;
  /** The claim's words, accent-folded and lower-cased, joined by single spaces: its wording without punctuation. */
  folded: string;
  /** True when a verb of a short claim is negated ("has not yet accepted", "n'a pas", "nicht angenommen"). */
  negated: boolean;
  /** A negator negates a verb somewhere in the claim, negated as a whole or not (a long claim: "…, was not threatened after …"). */
  negates?: boolean;
  /** The claim is (part of) a heading: a short line of its own without a full stop ("Ein strategisches Forum für globale Sicherheit"). */
  heading?: boolean;
  /** The claim is the story's title: the first line, short and without a full stop. */
  title?: boolean;
  /** The claim is a dateline: a place and a day (and perhaps the agency that filed it), nothing else, opening its sentence in capitals, on a line of its own or before a dash ("LISBON, Nov 18 -"). */
  dateline?: boolean;
  /** What the diff stage works out once per claim (see ClaimMemo). */
  memo?: ClaimMemo;
}

/** A news agency's credit in a dateline ("MAPUTO, Feb 18 (Reuters) -") says who filed it, not a fact. */
const NEWS_AGENCY = 'concept:news-agency';

const COGNATE_LEN = 6;
/** Facets that give a value: a piece that gives little else is a detail of the piece before it. */
const VALUE_KINDS = new Set<FacetInternal['kind']>(['quantity', 'duration', 'number', 'date', 'time', 'score']);
/** The kinds of facet that name who does something: a subject a joined verb phrase borrows. */
const WHO_KINDS = new Set<FacetInternal['kind']>(['person', 'org']);
/** Most words of a subject set off by a comma that a predicate after its phrase borrows ("Northvolt, once …, filed"). */
const APPOSED_SUBJECT_WORDS = 5;
/** Concepts of being hurt, and the concept of no one being hurt. */
const INJURY_CONCEPTS = new Set(['concept:wounded', 'concept:injury']);
const NO_INJURIES = 'concept:no-injuries';
const KILL = 'concept:kill';
const NO_DEATHS = 'concept:no-deaths';
/** Ruling out: not ruling something out says it may happen ("schließt Kürzungen nicht aus" / "may have to cut"). */
const RULE_OUT = 'concept:rule-out';
/** Refusing: a refusal says a thing will not be, as a negation does ("Einen Rücktritt lehnte sie ab" / "she would not resign"). */
const REFUSE = 'concept:refuse';
/** Longest claim, in words, whose negation of deaths says there were none ("Todesfälle gab es bisher nicht"). */
const NO_DEATHS_WORDS = 8;
/** Longest claim, in words, that a verb negation negates as a whole (one fact). */
const NEGATION_SCOPE = 16;
/** An apostrophe after a short word: the word is elided ("n'", "l'"). */
const ELISION = /['’]/;
/** How many words a claim says before a relative pronoun for the clause it opens to be embedded in the claim. */
const RELATIVE_AFTER = 3;

/**
 * A word as spelled for comparison across languages: doubled letters once, ph as f, th as t, y as i
 * ("energy" / "énergie", "colony" / "colonie", "Plattform" / "platform", "Theorie" / "théorie").
 * (A hard c as k, "Koordinierung" / "coordination", was measured and made the Moscow seeds worse.)
 */
function cognateSpelling(folded: string): string {
  return folded.replace(/-/g, '').replace(/(.)\1+/g, '$1').replace(/ph/g, 'f').replace(/th/g, 't').replace(/y/g, 'i');
}

/** Accent-folded word prefixes: "organization" / "organisation" / "Organisation" share "organi". */
function cognates(tokens: readonly Token[], res: LanguageResources): Anchor[] {
  const out: Anchor[] = [];
  for (const t of tokens) {
    const rec = res.word(t);
    if (rec.cognate === undefined) rec.cognate = t.folded.length < COGNATE_LEN || rec.stop || /\d/.test(t.folded) ? null : `cog:${cognateSpelling(t.folded).slice(0, COGNATE_LEN)}`;
    if (rec.cognate !== null) out.push({ key: rec.cognate, start: t.start, end: t.end });
  }
  return out;
}

/**
 * Whether the piece opening at token `at` is a coordinator and a verb or a pronoun ("and has promised", "et a promis",
 * "und hat", "and he said"): a verb phrase with no subject of its own, or one that points back to the last.
 */
function joinedVerbPhrase(tokens: readonly Token[], at: number, res: LanguageResources, verbStarts: ReadonlySet<number> | undefined): boolean {
  const next = tokens[at + 1];
  return !!next && res.coordinators.has(tokens[at]?.lower ?? '') && (res.clauseStarters.has(next.folded) || !!verbStarts?.has(next.start));
}

/**
 * Where the subject ends that a piece opening its sentence sets off by a comma after a few words, when the next piece
 * opens with its verb after a comma ("Northvolt, once Europe's great hope …, | filed for bankruptcy"); else -1.
 */
function apposedSubjectEnd(text: string, tokens: readonly Token[], head: Range, piece: Range, verbStarts: ReadonlySet<number> | undefined): number {
  const at = firstFrom(tokens, piece.start);
  const verb = tokens[at];
  if (!verbStarts || !verb || verb.cap || !verbStarts.has(verb.start) || at === 0 || !text.slice(tokens[at - 1]!.end, verb.start).includes(',')) return -1;
  const first = firstFrom(tokens, head.start);
  for (let k = first + 1; k < tokens.length && k - first <= APPOSED_SUBJECT_WORDS && tokens[k]!.end <= head.end; k++) {
    if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) return tokens[k - 1]!.end;
  }
  return -1;
}

/**
 * Where the subject of a piece ends when a relative clause set off by a comma follows it ("The lira, which has lost
 * …"): at the comma; else the piece's end.
 */
function subjectEnd(text: string, tokens: readonly Token[], piece: Range, res: LanguageResources): number {
  for (let k = firstFrom(tokens, piece.start) + 1; k < tokens.length && tokens[k]!.end <= piece.end; k++) {
    if (res.relativePronouns.has(tokens[k]!.folded) && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) return tokens[k - 1]!.end;
  }
  return piece.end;
}

/**
 * A negator that opens a phrase set against what the claim states, after a comma, alone or after a coordinator
 * ("to his foundation, not his nephews", "à sa fondation, et non à ses neveux", "der Stiftung, nicht den Neffen"):
 * it says what the fact is not, and negates no verb of the claim.
 */
function contrast(text: string, tokens: readonly Token[], first: number, k: number, res: LanguageResources): boolean {
  if (k <= first) return false;
  const comma = (j: number) => j > first && /^\s*,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
  return comma(k) || (res.coordinators.has(tokens[k - 1]!.lower) && comma(k - 1));
}

/** The concepts of a verb of saying. */
export const SAYING: ReadonlySet<string> = new Set(['concept:say', 'concept:announce']);

/** Words (not counting function words) between an attribution verb and the farthest person taken as its speaker. */
const SPEAKER_REACH = 8;
/** Most words set off by commas between a speaker named before the verb of saying and the verb ("X, the party's leader, said"). */
const APPOSITION_WORDS = 6;
/** Most words of any kind between a verb of saying and its speaker, function words and all. */
const SPEAKER_SPAN = 4 * SPEAKER_REACH;

function findSpeaker(text: string, tokens: readonly Token[], facets: FacetInternal[], res: LanguageResources): FacetInternal | undefined {
  // A run of capitals opened by English "the" is a title ("The Lancet Public Health"), no one who speaks.
  // (Tokens are in order: a binary search finds the name's first token, so many names stay linear.)
  const titled = (f: FacetInternal) => {
    const lo = firstFrom(tokens, f.start);
    const k = lo < tokens.length && tokens[lo]!.start === f.start ? lo : -1;
    return k >= 0 && (tokens[k]!.folded === 'the' || (k > 0 && tokens[k - 1]!.folded === 'the'));
  };
  const people = facets.filter((f) => f.kind === 'person' && !titled(f));
  if (!people.length) return undefined;
  // A German verb of saying whose particle ends the clause ("Das teilte Innenminister Dobrindt am Dienstag mit", "kündigte
  // … an", "gab … bekannt"): the concept the joined verb gives stands on the verb.
  let saying: Set<number> | undefined;
  if (res.separableParticles.size) for (const f of facets) if (f.kind === 'concept' && SAYING.has(f.id)) (saying ??= new Set()).add(f.start);
  for (let i = 0; i < tokens.length; i++) {
    if (!res.attributionVerbs.at(tokens, i) && !(saying?.has(tokens[i]!.start) && !tokens[i]!.cap)) continue;
    // The nearest person named before or after the verb, in words, and near enough to be its subject:
    // in "Prosecutors said the couple took money from Odebrecht", Odebrecht is what was said, not who said it.
    // (Over the fixtures, a person more than SPEAKER_REACH words from the verb was its speaker in fewer than one case in ten,
    // one within it in more than nine in ten: "a déclaré le directeur général de l'ESA Josef Aschbacher" is eight.)
    // (Counted in words that are no function words: "a déclaré l'économiste en chef de la BCE, Marco Bellini" is four.)
    const gap = (p: FacetInternal) => {
      const first = firstFrom(tokens, p.start);
      const [from, to] = first > i ? [i, first] : [firstFrom(tokens, p.end) - 1, i];
      // (Far more words between than the reach allows: too far, without counting them.)
      if (to - from > SPEAKER_SPAN) return SPEAKER_REACH + 1;
      // (A person before the verb whom a comma and other words part from it is in what was said, not its subject: in
      // "Meng Meng has given birth to twins at Berlin Zoo, the zoo said" the zoo speaks, in "…, a annoncé jeudi le zoo" too.
      // A short phrase set off after the person is no such part: "X, the minister, said", "X, 45 ans, a déclaré". Read over
      // the few words between, bounded as above.)
      if (first < i && p.end <= tokens[i]!.start) {
        const between = text.slice(p.end, tokens[i]!.start);
        const comma = between.lastIndexOf(',');
        if (comma >= 0 && (/\p{L}/u.test(between.slice(comma + 1)) || to - from > APPOSITION_WORDS)) return SPEAKER_REACH + 1;
      }
      let n = 0;
      for (let k = from + 1; k < to && n <= SPEAKER_REACH; k++) if (!res.stopwords.has(tokens[k]!.folded)) n++;
      return n + 1;
    };
    let best: FacetInternal | undefined;
    let bestGap = SPEAKER_REACH + 1;
    for (const p of people) {
      const g = gap(p);
      if (g < bestGap) (best = p), (bestGap = g);
    }
    return best;
  }
  return undefined;
}

/**
 * A pronoun of one person as the subject of a verb of saying, next to it ("he told ERT", "a-t-il déclaré", "sagte er"),
 * with no punctuation between: the token of the pronoun, or undefined.
 */
function pronounSpeaker(text: string, tokens: readonly Token[], res: LanguageResources): Token | undefined {
  const { before, after } = res.speakerPronouns;
  if (!before.size && !after.size) return undefined;
  const joined = (x: Token, y: Token) => /^\s+$/.test(text.slice(x.end, y.start));
  for (let i = 0; i < tokens.length; i++) {
    if (!res.attributionVerbs.at(tokens, i)) continue;
    const prev = tokens[i - 1];
    if (prev && before.has(prev.folded) && joined(prev, tokens[i]!)) return prev;
    const next = tokens[i + 1];
    if (next && after.has(next.folded) && joined(tokens[i]!, next)) return next;
  }
  return undefined;
}

const PERSON_PREFIX = 'person:';

/**
 * Split a prepared source into claims with facets. Ids are c1, c2, … within the source. An agency's credit or a town
 * before the opening dash ("Madrid (dpa) -", "Oslo -") is no claim: it joins the source's removed ranges.
 */
export function claimsOf(src: PreparedSource): ClaimInternal[] {
  const res = getResources(src.lang);
  const { text } = src;
  const sentences = segment(text, src.blocks, res);
  const tags = src.lang === 'en' ? englishTags(text) : undefined;
  const verbStarts = tags?.verbStarts;
  const state = newFacetState(src.tokens, res, text);
  const claims: ClaimInternal[] = [];
  // Credits and towns before the opening dash, set aside (added to the source's removed ranges at the end).
  const credits: RemovedRange[] = [];
  // The title is read first, as a sentence of the text; then again where the body gives a person with a given name
  // whom the title names by the surname alone ("Blummenfelt ist Triathlon-Weltmeister", then "Kristian Blummenfelt").
  const first = sentences[0];
  const firstTokens = first ? tokensIn(src.tokens, first.start, first.end) : [];
  const titleFirst = !!first && isHeading(text, first, firstTokens.length, TITLE_WORDS);
  const facetsOf: FacetInternal[][] = [];
  let titleState: FacetState | undefined;
  for (let k = 0; k < sentences.length; k++) {
    if (k === 0 && titleFirst) titleState = { surnames: new Set(state.surnames), names: new Set(state.names), senses: state.senses, fahrenheit: state.fahrenheit };
    facetsOf[k] = extractFacets(text, sentences[k]!, res, state, k === 0 ? firstTokens : tokensIn(src.tokens, sentences[k]!.start, sentences[k]!.end), tags);
  }
  if (titleState) {
    // (Only the surnames of people the body names, not a word a run of capitalised nouns took for a name; and only
    // the names the document showed before the title, not those the body's sentences added.)
    const people = new Set<string>();
    for (let k = 1; k < facetsOf.length; k++) for (const f of facetsOf[k]!) if (f.kind === 'person' && f.id.startsWith(PERSON_PREFIX)) people.add(f.id.slice(PERSON_PREFIX.length));
    const named = new Set(facetsOf[0]!.filter((f) => f.kind === 'person').map((f) => f.id));
    const surnamed = firstTokens.some((t) => t.cap && people.has(nameKey(t.text)) && !named.has(PERSON_PREFIX + nameKey(t.text)));
    // So is a title whose first word the body shows to be a name, which no word of the title's own showed ("Dodgers
    // beat Yankees to win World Series", then "The Dodgers came back").
    const head = firstTokens[0];
    const headName = !!head && head.cap && state.names.has(head.folded) && !titleState.names.has(head.folded) && !facetsOf[0]!.some((f) => f.start <= head.start && head.end <= f.end);
    if (surnamed || headName) {
      if (surnamed) for (const key of people) titleState.surnames.add(key);
      if (headName) titleState.names.add(head.folded);
      facetsOf[0] = extractFacets(text, first!, res, titleState, firstTokens, tags);
    }
  }
  // The speaker of the last sentence that named one, and that sentence's index.
  let lastSpeaker: { facet: FacetInternal; sentence: number; name: string } | undefined;
  sentences.forEach((sentence, sIndex) => {
    const tokens = sIndex === 0 ? firstTokens : tokensIn(src.tokens, sentence.start, sentence.end);
    // A section heading inside the text (the title, first, is the story's own claim).
    const headingLike = sIndex === 0 ? titleFirst : isHeading(text, sentence, tokens.length);
    const heading = sIndex > 0 && headingLike;
    const title = sIndex === 0 && headingLike;
    const facets = facetsOf[sIndex]!;
    let speaker = findSpeaker(text, tokens, facets, res);
    let speakerName: string | undefined;
    // A pronoun that says it names the speaker of the sentence before ("Minister Tsiaras said … | "We understand their
    // anger," he told ERT"); its span is the pronoun's.
    if (!speaker && lastSpeaker && lastSpeaker.sentence === sIndex - 1) {
      const pronoun = pronounSpeaker(text, tokens, res);
      if (pronoun) {
        speakerName = lastSpeaker.name;
        speaker = { ...lastSpeaker.facet, text: pronoun.text, start: pronoun.start, end: pronoun.end };
      }
    }
    if (speaker) lastSpeaker = { facet: speaker, sentence: sIndex, name: speakerName ?? speaker.text };
    // Facets are sorted by start and claims come in text order: one pointer walks both.
    let fi = 0;
    const cogs = cognates(tokens, res);
    let ci = 0;
    let wi = 0;
    let prevPiece: Range | undefined;
    for (const r of splitSentence(text, sentence, res, { verbStarts, nounStarts: tags?.nounStarts, bareVerbStarts: tags?.bareVerbStarts, persons: facets.filter((f) => f.kind === 'person'), values: valueSpans(facets, text, tokens, res), places: facets.filter((f) => f.kind === 'place'), tallies: facets.filter((f) => f.kind === 'score'), title }, tokens)) {
      // (An agency's credit or a town before the opening dash is no claim: it is listed as removed, so that no word is lost.)
      if (r.credit) {
        credits.push({ start: r.start, end: r.end, reason: 'credit' });
        continue;
      }
      while (fi < facets.length && facets[fi]!.start < r.start) fi++;
      const own: FacetInternal[] = [];
      for (let k = fi; k < facets.length && facets[k]!.start < r.end; k++) own.push(facets[k]!.end > r.end ? clip(facets[k]!, r, text) : facets[k]!);
      while (ci < cogs.length && cogs[ci]!.start < r.start) ci++;
      const anchors: Anchor[] = [];
      for (const f of own) for (const a of f.anchors) if (a.start >= r.start && a.end <= r.end) anchors.push(a);
      for (let k = ci; k < cogs.length && cogs[k]!.end <= r.end; k++) anchors.push(cogs[k]!);
      const context: Anchor[] = [];
      // An item too short to meet its fact alone (one name, one concept) borrows its list's predicate,
      // a relative clause its antecedent, and any other piece the piece before it in the sentence
      // ("…, après quatre heures de jeu").
      const head = r.head ?? (prevPiece && claims[claims.length - 1]?.sentence === sIndex ? prevPiece : undefined);
      if (head) {
        const ownKeys = new Set(anchors.filter((a) => !a.key.startsWith('cog:')).map((a) => a.key));
        // A piece cut off at a comma that gives little more than a value ("après quatre heures de jeu")
        // borrows too: its value is a detail of the fact before it.
        const valueOnly = !r.head && ownKeys.size < 3 && own.some((f) => VALUE_KINDS.has(f.kind));
        if (r.head ? ownKeys.size < 2 || r.relative : valueOnly) {
          // After a subject and its relative clause, a predicate with a value of its own borrows the subject only, where
          // the clause has a value too ("The lira, which has lost about 40 percent …, gained 2 percent"): two facts.
          let end = head.end;
          if (r.relative && own.some((f) => VALUE_KINDS.has(f.kind)) && !res.relativeOpeners.has(tokens[firstFrom(tokens, r.start)]?.folded ?? '')) {
            const subject = subjectEnd(text, tokens, head, res);
            if (subject < head.end && facets.some((f) => f.start >= subject && f.end <= head.end && VALUE_KINDS.has(f.kind))) end = subject;
          }
          // Facets are sorted by start: the head's are found by one binary search, not a scan of the sentence.
          for (let k = firstFrom(facets, head.start); k < facets.length && facets[k]!.start < end; k++) {
            const f = facets[k]!;
            if (f.end > end) continue;
            for (const a of f.anchors) if (!ownKeys.has(a.key)) context.push(a);
          }
        } else if (!r.head && !own.some((f) => WHO_KINDS.has(f.kind))) {
          // A verb phrase joined by "and" after its subject's clause ("Morel is due to visit … and has promised
          // emergency aid", "und hat Nothilfen versprochen") says something of the same person or body: it borrows
          // who, when it names no one itself.
          // So does a predicate after a subject set off by a long phrase of its own ("Northvolt, once Europe's great
          // hope for a battery industry, | filed for bankruptcy"): it borrows who or what the subject names.
          const subject = head.start === sentence.start ? apposedSubjectEnd(text, tokens, head, r, verbStarts) : -1;
          const end = subject >= 0 ? subject : joinedVerbPhrase(tokens, firstFrom(tokens, r.start), res, verbStarts) ? head.end : -1;
          for (let k = firstFrom(facets, head.start); end >= 0 && k < facets.length && facets[k]!.start < end; k++) {
            const f = facets[k]!;
            if ((WHO_KINDS.has(f.kind) || (subject >= 0 && f.kind === 'name')) && f.end <= end) for (const a of f.anchors) if (!ownKeys.has(a.key)) context.push(a);
          }
        }
      }
      // A sentence that opens with the thing the sentence before named, and says little more of it than a value
      // ("Das Verbot gilt ab dem 1. Februar" after "Belgien verbietet … den Verkauf von Einweg-E-Zigaretten"), is a
      // detail of that fact: its first piece borrows the sentence before.
      if (!head && r.start === sentence.start && sIndex > 0 && !(sIndex === 1 && titleFirst)) {
        const ownKeys = new Set(anchors.filter((a) => !a.key.startsWith('cog:')).map((a) => a.key));
        const t0 = tokens[0];
        const noun = tokens[1];
        const before = facetsOf[sIndex - 1]!;
        const named = !!t0 && !!noun && res.definiteArticles.has(t0.folded) && own.some((f) => f.kind === 'concept' && f.start === noun.start && before.some((g) => g.id === f.id));
        if (named && ownKeys.size <= 3 && own.some((f) => VALUE_KINDS.has(f.kind))) for (const f of before) for (const a of f.anchors) if (!ownKeys.has(a.key)) context.push(a);
      }
      prevPiece = r;
      // Claims come in text order: one pointer walks the sentence's tokens.
      while (wi < tokens.length && tokens[wi]!.start < r.start) wi++;
      const words: string[] = [];
      let negated = false;
      let nobody: Token | undefined;
      // A negation inside a relative clause ("artists who cannot work freely", "qui ne peuvent pas")
      // negates the clause, not the claim.
      let relative = false;
      // The claim's first clause, up to its first comma: where it ends, and whether a negator stands in it.
      let clauseEnd = r.end;
      let clauseWords = 0;
      let clauseNegated = false;
      for (let k = wi; k < tokens.length && tokens[k]!.end <= r.end; k++) {
        const w = tokens[k]!.folded;
        if (clauseEnd === r.end && k > wi && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) clauseEnd = tokens[k - 1]!.end;
        // (An elided word is no word of its own: French "n'ont", "l'impact" count one word each, as "have", "the impact" do.)
        const elided = w.length <= 2 && ELISION.test(text[tokens[k]!.end] ?? '');
        if (!elided) words.push(w);
        if (!elided && clauseEnd === r.end) clauseWords++;
        // (Not the claim that is itself the clause: "Keller, who had never reached a final".)
        if (k - wi >= RELATIVE_AFTER && res.relativePronouns.has(w)) relative = true;
        // English "n't" reaches here split: "hasn" + "t".
        const contraction = w === 't' && k > 0 && (text[tokens[k]!.start - 1] === "'" || text[tokens[k]!.start - 1] === '’') && tokens[k - 1]!.folded.endsWith('n');
        // A negator inside a lexicon phrase is part of what the phrase says ("not yet known" is unknown,
        // "no injuries"), not a negation of the claim.
        // Nor is one that negates an infinitive: what someone was asked, warned or decided not to do ("warned
        // residents not to touch debris", "de ne pas toucher", "nicht zu reisen").
        if ((res.negators.has(w) || (res.lang === 'en' && contraction)) && !insidePhrase(own, tokens[k]!) && !relative && !negatesInfinitive(text, tokens, wi, k, res) && !contrast(text, tokens, wi, k, res)) {
          negated = true;
          if (clauseEnd === r.end) clauseNegated = true;
        }
        if (!nobody && res.nobody.at(tokens, k)) nobody = tokens[k]!;
      }
      // (A word for "without" negates a fact of the claim too: "sans trouver les télépilotes" says what "but did not
      // find the operators" says.)
      // (So does a refusal: "Einen Rücktritt lehnte sie ab" says what "she would not resign" says.)
      const negates = negated || words.some((w) => res.withoutWords.has(w)) || own.some((f) => f.id === REFUSE);
      // A long claim may negate one of several facts: only a short one is negated as a whole.
      if (words.length > NEGATION_SCOPE) negated = false;
      // Not ruling a thing out is saying it may come: a possibility, no negated fact.
      if (negated && own.some((f) => f.id === RULE_OUT)) negated = false;
      // "None of the 44 crew members was injured", "Aucun des 44 membres … n'a été blessé": no one hurt,
      // the fact "Verletzt wurde niemand" states in one phrase of the lexicon.
      // (The scope runs between the word that says nobody and the injury, either way round, not over the whole claim:
      // "None of the 52 passengers and four crew on the flight to Tromsø was hurt, the airline said".)
      const hurt = nobody && own.some((f) => INJURY_CONCEPTS.has(f.id) && tokensIn(tokens, Math.min(f.start, nobody!.start), Math.max(f.start, nobody!.start)).length <= NEGATION_SCOPE);
      if (nobody && hurt && !own.some((f) => f.id === NO_INJURIES)) {
        anchors.push({ key: NO_INJURIES, start: nobody.start, end: nobody.end });
        negated = false;
      }
      // "No deaths have been recorded", "Aucun décès n'a été enregistré", "Todesfälle gab es bisher nicht": a short
      // negated claim about deaths says there were none, as the lexicon's "no deaths" does.
      // (So is a short negated first clause about deaths before a comma: "Todesopfer wurden nicht gemeldet, in Kamtschatka
      // gab es aber mehrere Verletzte"; the rest of the claim is no negated fact.)
      const firstClause = !(negated && words.length <= NO_DEATHS_WORDS) && clauseNegated && clauseEnd < r.end && clauseWords <= NO_DEATHS_WORDS;
      const death = (negated && words.length <= NO_DEATHS_WORDS) || firstClause ? own.find((f) => f.id === KILL && (!firstClause || f.end <= clauseEnd)) : undefined;
      if (death && !own.some((f) => f.id === NO_DEATHS)) {
        anchors.push({ key: NO_DEATHS, start: death.start, end: death.end });
        negated = false;
      }
      // So is a short negated claim about injuries ("Tourists were not hurt", "Les touristes n'ont pas été blessés"), as
      // the lexicon's "nobody was injured" is, or such a first clause before a comma ("Patienten wurden nicht verletzt,
      // drei Mitarbeiter erlitten eine Rauchvergiftung").
      const injury = (negated && words.length <= NO_DEATHS_WORDS) || firstClause ? own.find((f) => INJURY_CONCEPTS.has(f.id) && (!firstClause || f.end <= clauseEnd)) : undefined;
      if (injury && !own.some((f) => f.id === NO_INJURIES) && !anchors.some((a) => a.key === NO_INJURIES)) {
        anchors.push({ key: NO_INJURIES, start: injury.start, end: injury.end });
        negated = false;
      }
      const folded = words.join(' ');
      const dateline =
        r.start === sentence.start &&
        words.length <= DATELINE_WORDS &&
        own.some((f) => f.kind === 'place') &&
        own.some((f) => f.kind === 'date') &&
        // (A news agency in brackets, "(AP)", "(AFP)", may be read as an organisation as well.)
        own.every((f) => f.kind === 'place' || f.kind === 'date' || f.kind === 'weekday' || f.id === NEWS_AGENCY || (f.kind === 'org' && own.some((g) => g.id === NEWS_AGENCY && g.start === f.start))) &&
        // Nothing but them: every word that is no function word stands in the place or the date.
        tokens.slice(wi, wi + words.length).every((t) => res.stopwords.has(t.folded) || !/\p{L}/u.test(t.text) || own.some((f) => f.start <= t.start && t.end <= f.end)) &&
        (DATELINE_CAPS.test(text.slice(r.start, r.end)) || r.end >= sentence.end - 1 || DATELINE_DASH.test(text.slice(r.end, r.end + 4)));
      claims.push({
        id: `c${claims.length + 1}`,
        source: src.id,
        lang: src.lang,
        text: text.slice(r.start, r.end),
        start: r.start,
        end: r.end,
        facets: own,
        anchors,
        context,
        head: r.head,
        speaker: speaker?.id,
        speakerSpan: speaker ? { start: speaker.start, end: speaker.end } : undefined,
        speakerName,
        sentence: sIndex,
        folded,
        negated,
        ...(negates && !negated && { negates }),
        heading,
        title,
        dateline,
      });
    }
  });
  if (credits.length) src.removed = [...src.removed, ...credits].sort((a, b) => a.start - b.start);
  return claims;
}

/**
 * The spans of a sentence's values, each with the words of its unit that a concept reads ("3,4 millions de kilomètres" +
 * "kilomètres carrés"), and the measure it is given per after a word of rate ("21.40 euros per square metre", "21,40 euros
 * le mètre carré", "21,40 Euro pro Quadratmeter").
 */
function valueSpans(facets: readonly FacetInternal[], text: string, tokens: readonly Token[], res: LanguageResources): Range[] {
  const out: Range[] = [];
  // Facets come sorted by start: the concepts that overlap a value stand next to it in the list
  // (a concept starts at most UNIT_REACH characters before it), so each value looks at its neighbours only.
  facets.forEach((v, i) => {
    if (!VALUE_KINDS.has(v.kind)) return;
    let start = v.start;
    let end = v.end;
    for (let j = i - 1; j >= 0 && facets[j]!.start >= v.start - UNIT_REACH; j--) {
      const c = facets[j]!;
      if (c.kind === 'concept' && c.end > v.start) start = Math.min(start, c.start);
    }
    let j = i + 1;
    for (; j < facets.length && facets[j]!.start < end; j++) {
      const c = facets[j]!;
      if (c.kind === 'concept') end = Math.max(end, c.end);
    }
    for (; j < facets.length && facets[j]!.start - end <= RATE_REACH; j++) {
      const c = facets[j]!;
      if (c.kind !== 'concept' || !dimensionOf(c.id.slice(CONCEPT_PREFIX.length))) continue;
      const between = tokensIn(tokens, end, c.start);
      if (between.length && between.every((t) => res.ratePer.has(t.folded)) && !/[,;:.()]/.test(text.slice(end, c.start))) end = c.end;
      break;
    }
    out.push({ start, end });
  });
  return out;
}

/** How far before a value, in characters, a concept that reads part of it may start. */
const UNIT_REACH = 40;
/** How far after a value, in characters, the measure it is given per may start ("… euros per square metre"). */
const RATE_REACH = 8;

/** Longest heading, in words. */
const HEADING_WORDS = 14;
/** Longest title, the text's first line, in words: a wire title may run on ("Nigeria : une épidémie de diphtérie a fait
 * 47 morts dans l'Etat de Kano, selon l'OMS"); a line of its own, with no final stop, is still no sentence of the text. */
const TITLE_WORDS = 24;

/** How a heading ends: a word, a figure, a bracket, a percent or currency sign, a closing quote ("… remplies à 95 %"); not a full stop. */
const HEADING_END = /[\p{L}\d)%‰€$£»”"’]$/u;
/** A short line of its own that ends without a stop: a title or a section heading. */
function isHeading(text: string, s: Range, words: number, most = HEADING_WORDS): boolean {
  if (words > most) return false;
  let b = s.start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  let e = s.end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t' || text[e] === '\r')) e++;
  if (!(b === 0 || text[b - 1] === '\n') || !(e === text.length || text[e] === '\n')) return false;
  return HEADING_END.test(text.slice(s.start, s.end).trimEnd());
}

/** Whether a token lies inside a concept facet of several words. */
function insidePhrase(facets: readonly FacetInternal[], t: Token): boolean {
  return facets.some((f) => f.kind === 'concept' && f.start <= t.start && t.end <= f.end && (f.start < t.start || f.end > t.end));
}

/** A facet cut at a claim boundary keeps only the part inside the claim. */
function clip(f: FacetInternal, r: Range, text: string): FacetInternal {
  const end = Math.min(f.end, r.end);
  // A tally cut by the claim's end ("292 Abgeordnete, | 397 votierten dagegen") is still stated by the piece it opens in.
  const anchors = f.kind === 'score' ? f.anchors.filter((a) => a.start < end).map((a) => (a.end > end ? { ...a, end } : a)) : f.anchors.filter((a) => a.end <= end);
  return { ...f, end, text: text.slice(f.start, end), anchors };
}

/**
 * Whether the negator at token k negates an infinitive ("not to", "de ne pas", "nicht zu"); where the language asks
 * for it, in a clause set off by a comma (before or since the claim's first token `from`), and then a fused "anzufassen" too.
 */
function negatesInfinitive(text: string, tokens: readonly Token[], from: number, k: number, res: LanguageResources): boolean {
  if (res.infinitiveNegationAfterComma) {
    let comma = false;
    for (let j = Math.max(0, from - 1); j < k && !comma; j++) comma = text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes(',');
    if (!comma) return false;
    if (fusedInfinitive(tokens[k + 1]?.folded ?? '', res) > 0) return true;
  }
  for (let s = Math.max(0, k - 2); s <= k; s++) {
    const p = res.infinitiveNegations.at(tokens, s);
    if (p && s + p.length > k) return true;
  }
  return false;
}
