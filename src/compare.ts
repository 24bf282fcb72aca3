import { buildGroups } from './align/groups.js';
import { clusterStories, sourceSimilarities } from './align/stories.js';
import { type ClaimInternal, claimsOf } from './claims/index.js';
import { nameKey } from './facets/entities.js';
import { fold, type Token, tokenize, tokensIn } from './text.js';
import type { Anchor, FacetInternal } from './facets/types.js';
import { KeyTable } from './align/score.js';
import { conflictsBetween, onlyIn, sourceView } from './diff/index.js';
import { ClaimdiffError } from './errors.js';
import { prepare, type PreparedSource } from './prepare/index.js';
import { getResources } from './resources/index.js';
import type { Claim, CompareOptions, Conflict, Facet, Report, Source, Span } from './schema.js';
import { validateOptions, validateSource, validateSources } from './validate.js';

export const DEFAULTS = {
  linkThreshold: 0.25,
  partThreshold: 0.6,
  resembleThreshold: 0.45,
  multiThreshold: 0.4,
  storyThreshold: 0.25,
  embedWeight: 0.5,
} as const;

function toFacet(f: ClaimInternal['facets'][number]): Facet {
  return { kind: f.kind, id: f.id, text: f.text, start: f.start, end: f.end };
}

function publicClaim(c: ClaimInternal, id: string): Claim {
  return { id, source: c.source, text: c.text, start: c.start, end: c.end, facets: c.facets.map(toFacet) };
}

/**
 * Spans that lie inside one side's span of a conflict of the pair, left out; and a detail (not a whole
 * claim) that overlaps one: the value's wording around it ("Âgé de 24 ans" against the conflict's "24 ans").
 */
function withoutConflicts(spans: Span[], conflicts: readonly Conflict[], side: 'a' | 'b', claims: ReadonlyMap<string, Claim>): Span[] {
  if (!conflicts.length) return spans;
  return spans.filter(
    (s) =>
      !conflicts.some((k) => {
        const v = k[side];
        if (v.claim !== s.claim) return false;
        if (v.start <= s.start && s.end <= v.end) return true;
        const c = claims.get(s.claim);
        const detail = !!c && (s.start > c.start || s.end < c.end);
        return detail && s.start < v.end && v.start < s.end;
      }),
  );
}

/** For each key that some claims give, the sources of those claims. */
function sourcesByKey(claimsBySource: readonly ClaimInternal[][], keysOf: (c: ClaimInternal) => readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const claims of claimsBySource) {
    for (const c of claims) {
      for (const key of keysOf(c)) {
        const sources = out.get(key);
        if (sources) sources.add(c.source);
        else out.set(key, new Set([c.source]));
      }
    }
  }
  return out;
}

/**
 * A name whose initials another version gives as an acronym ("New Zealand Nurses Organisation" / "le syndicat NZNO")
 * states that organisation: its claim gains the acronym's anchor. Only where another source gives the acronym, so that
 * no name gains a detail no version could share.
 */
function acronymsMet(claimsBySource: readonly ClaimInternal[][]): void {
  // (Most comparisons hold no long name: then nothing is gathered.)
  if (!claimsBySource.some((claims) => claims.some((c) => c.facets.some((f) => f.initials)))) return;
  const acronyms = sourcesByKey(claimsBySource, (c) => c.facets.filter((f) => f.kind === 'org').map((f) => f.id));
  if (!acronyms.size) return;
  for (const claims of claimsBySource) {
    for (const c of claims) {
      for (const f of c.facets) {
        if (!f.initials) continue;
        const key = `org:${f.initials}`;
        const sources = acronyms.get(key);
        if (!sources || (sources.size === 1 && sources.has(c.source)) || c.anchors.some((a) => a.key === key)) continue;
        c.anchors.push({ key, start: f.start, end: f.end });
      }
    }
  }
}

/** The prefix of a person's anchor key. */
const PERSON = 'person:';

/**
 * A word one version reads as a town ("l'usine de Scunthorpe", after a place preposition) and another as a name
 * ("the Scunthorpe plant", with no preposition to tell) is one place: the name's anchors take the place's key, so that
 * the two claims meet on it. So is a word one version writes as an acronym ("FIS") and another as a name ("der
 * Weltverband Fis"): one organisation. Only where another source reads the word so. (Keys are compared as names, which
 * fold spellings: the name "Anssi" meets the acronym "ANSSI".)
 */
export function namesMet(claimsBySource: readonly ClaimInternal[][]): void {
  // The sources that read each place or acronym key so.
  const readings = sourcesByKey(claimsBySource, (c) => c.anchors.filter((a) => a.key.startsWith('place:') || a.key.startsWith('org:')).map((a) => a.key));
  if (!readings.size) return;
  // Each place or acronym key by the key its word has as a name, which folds spellings ("ANSSI" is the name "ansi").
  const byName = new Map<string, string>();
  for (const key of readings.keys()) {
    const colon = key.indexOf(':');
    const named = `${key.slice(0, colon)}:${nameKey(key.slice(colon + 1))}`;
    if (!byName.has(named)) byName.set(named, key);
  }
  const asRead = (a: Anchor, source: string): Anchor => {
    // (And a name of several words one version takes for a person's after a bare preposition and another reads as a town
    // after a noun of a place: "near Povoa de Varzim" / "près de Povoa de Varzim", "des Dorfes Koroska Bela" / "the village
    // of Koroska Bela".)
    const person = a.key.startsWith(PERSON);
    if (!a.key.startsWith('name:') && !person) return a;
    const word = a.key.slice(person ? PERSON.length : 5);
    for (const named of person ? [`place:${word}`] : [`place:${word}`, `org:${word}`]) {
      const key = byName.get(named);
      const sources = key === undefined ? undefined : readings.get(key);
      if (sources && (sources.size > 1 || !sources.has(source))) return { ...a, key: key! };
    }
    return a;
  };
  const named = (a: Anchor) => a.key.startsWith('name:') || a.key.startsWith(PERSON);
  // (So is the facet, where its key becomes a place's: the place then fills the claim's slot of places, "une ferme du
  // Yorkshire" against "auf einem Hof in Lancashire".)
  const asPlace = (f: FacetInternal, source: string): FacetInternal => {
    if (f.kind !== 'name' && f.kind !== 'person') return f;
    const key = asRead({ key: f.id, start: f.start, end: f.end }, source).key;
    return key.startsWith('place:') ? { ...f, kind: 'place', id: key, anchors: f.anchors.map((a) => (a.key === f.id ? { ...a, key } : a)) } : f;
  };
  for (const claims of claimsBySource) {
    for (const c of claims) {
      if (c.anchors.some(named)) c.anchors = c.anchors.map((a) => asRead(a, c.source));
      if (c.context.some(named)) c.context = c.context.map((a) => asRead(a, c.source));
      if (c.facets.some((f) => f.kind === 'name' || f.kind === 'person')) c.facets = c.facets.map((f) => asPlace(f, c.source));
    }
  }
}

/** A word in capitals only (a dateline's town, an acronym). */
const upper = (word: string) => word === word.toUpperCase();

/** The words an anchor of a claim spans, as written. */
const spelled = (c: ClaimInternal, a: Anchor) => c.text.slice(a.start - c.start, a.end - c.start);

/** The shortest word another version's name is looked for in. */
const MIN_SHARED_NAME = 3;

/**
 * A word one version reads as a name ("Northvolt" inside a sentence) and another writes alike where it cannot tell
 * a name from a word (a German noun of more than eight letters, "Batteriehersteller Northvolt"; the head of a
 * sentence) is that name there too: its claim gains the name's anchor. Only a capitalised word, only a key another
 * source reads as a name.
 */
export function namesShared(claimsBySource: readonly ClaimInternal[][], tokensBySource?: readonly (readonly Token[])[]): void {
  const names = sourcesByKey(claimsBySource, (c) => c.anchors.filter((a) => a.key.startsWith('name:') && !upper(spelled(c, a))).map((a) => a.key));
  if (!names.size) return;
  const opening = compoundOpenings(claimsBySource);
  claimsBySource.forEach((claims, si) => {
    for (const c of claims) {
      let added: Anchor[] | undefined;
      // Every capitalised word of three letters or more, short ones too ("Shell gewinnt Berufung", where "Shell" is too
      // short for a cognate key): the source's tokens where the comparison has them, else the claim's own.
      const source = tokensBySource?.[si];
      const tokens = source ? tokensIn(source, c.start, c.end) : tokenize(c.text).map((t) => ({ ...t, start: c.start + t.start, end: c.start + t.end }));
      for (const t of tokens) {
        if (!t.cap || t.end - t.start < MIN_SHARED_NAME) continue;
        // (Not a word in capitals: a dateline's town, "BAD GASTEIN", is the dateline's.)
        const word = t.text;
        if (upper(word)) continue;
        let key = `name:${nameKey(word)}`;
        let sources = names.get(key);
        if (!sources && getResources(c.lang).nounsCapitalised) {
          key = compoundName(word, opening, c.lang) ?? key;
          sources = names.get(key);
        }
        if (!sources || (sources.size === 1 && sources.has(c.source)) || c.anchors.some((b) => b.key === key)) continue;
        (added ??= []).push({ key, start: t.start, end: t.end });
      }
      if (added) c.anchors.push(...added);
    }
  });
}

/** The shortest name looked for at the head of a German compound. */
const MIN_COMPOUND_NAME = 5;

/** Names of one word that the versions read, spelled folded, by their first four letters: the openings of compounds. */
function compoundOpenings(claimsBySource: readonly ClaimInternal[][]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const claims of claimsBySource) {
    for (const c of claims) {
      for (const a of c.anchors) {
        if (!a.key.startsWith('name:')) continue;
        const word = spelled(c, a);
        if (upper(word) || /\s/.test(word)) continue;
        const spelling = fold(word).replace(/[^a-z]/g, '');
        if (spelling.length < MIN_COMPOUND_NAME) continue;
        const head = spelling.slice(0, 4);
        let names = out.get(head);
        if (!names) out.set(head, (names = new Map()));
        names.set(spelling, a.key);
      }
    }
  }
  return out;
}

/**
 * A compound, where nouns have a capital (German), that opens with a name and ends in a noun of the lexicon
 * ("Ötztalstraße", "Brennerautobahn") states that name: its key, where a version reads the name ("Austria's Ötztal valley").
 */
function compoundName(word: string, opening: Map<string, Map<string, string>>, lang: string): string | undefined {
  const folded = fold(word);
  const names = opening.get(folded.slice(0, 4));
  if (!names) return undefined;
  const res = getResources(lang);
  for (const [spelling, key] of names) {
    if (!folded.startsWith(spelling)) continue;
    const rest = folded.slice(spelling.length);
    if (rest.length >= 3 && (res.commonNouns.has(rest) || res.conceptWords.has(res.stem(rest)))) return key;
  }
  return undefined;
}

/**
 * A name one version writes with a hyphen ("Kim Moon-soo", "Lee Jae-myung") and another with a space ("Kim Moon Soo",
 * "Lee Jae Myung") is one person: the spaced name takes the key of its last two words joined, where another source
 * reads that key.
 */
export function spacedNamesMet(claimsBySource: readonly ClaimInternal[][]): void {
  const persons = sourcesByKey(claimsBySource, (c) => c.anchors.filter((a) => a.key.startsWith('person:')).map((a) => a.key));
  if (persons.size < 2) return;
  const joined = (c: ClaimInternal, a: Anchor): Anchor => {
    if (!a.key.startsWith('person:')) return a;
    const words = spelled(c, a).split(' ');
    if (words.length < 3) return a;
    const key = `person:${nameKey(words.slice(-2).join(''))}`;
    const sources = persons.get(key);
    return key !== a.key && sources && (sources.size > 1 || !sources.has(c.source)) ? { ...a, key } : a;
  };
  for (const claims of claimsBySource) {
    for (const c of claims) {
      if (c.anchors.some((a) => a.key.startsWith('person:'))) c.anchors = c.anchors.map((a) => joined(c, a));
    }
  }
}

/** The claims of one article, with facets. Claim ids are c1, c2, … in text order. */
export function extractClaims(source: Source, options: Pick<CompareOptions, 'maxTextLength'> = {}): Claim[] {
  const s = validateSource(source, 0, options.maxTextLength);
  const prepared = prepare(s.id, s.text, s.lang);
  return claimsOf(prepared).map((c) => publicClaim(c, c.id));
}

/**
 * Compare versions of a story: split each into claims, separate sources on
 * different events into stories, align claims across languages into groups,
 * and list per pair of sources what each adds, leaves out and contradicts.
 */
export async function compare(sources: readonly Source[], options: CompareOptions = {}): Promise<Report> {
  const opts = validateOptions(options);
  const valid = validateSources(sources, 2, opts.maxTextLength);
  const prepared: PreparedSource[] = valid.map((s) => prepare(s.id, s.text, s.lang));
  const claimsBySource = prepared.map((p) => claimsOf(p));
  acronymsMet(claimsBySource);
  namesMet(claimsBySource);
  namesShared(claimsBySource, prepared.map((p) => p.tokens));
  spacedNamesMet(claimsBySource);

  // Global claim ids in input order.
  const ids = new Map<ClaimInternal, string>();
  /** Each claim's position in the report (its id's number). */
  const order = new Map<ClaimInternal, number>();
  let n = 0;
  for (const list of claimsBySource) {
    for (const c of list) {
      ids.set(c, `c${++n}`);
      order.set(c, n);
    }
  }

  let embeddings: Map<ClaimInternal, number[]> | undefined;
  if (opts.embed) {
    const all = claimsBySource.flat();
    let vectors: number[][];
    try {
      vectors = await opts.embed(all.map((c) => c.text));
    } catch (err) {
      throw new ClaimdiffError('INVALID_OPTIONS', `the embed function failed: ${(err as Error)?.message ?? String(err)}`);
    }
    if (!Array.isArray(vectors) || vectors.length !== all.length) {
      throw new ClaimdiffError('INVALID_OPTIONS', `the embed function returned ${Array.isArray(vectors) ? vectors.length : 'no'} vectors for ${all.length} texts`);
    }
    embeddings = new Map(all.map((c, i) => [c, vectors[i]!]));
  }

  const sim = sourceSimilarities(prepared.map((p, i) => ({ id: p.id, claims: claimsBySource[i]!, supported: getResources(p.lang).supported })));
  const storyIdx = clusterStories(sim, opts.storyThreshold ?? DEFAULTS.storyThreshold);
  // One table of anchor keys for the whole comparison: the diff and the alignment intern each key once.
  const keyTable = new KeyTable();
  const views = prepared.map((p, i) => sourceView(p.id, p.text, claimsBySource[i]!, keyTable));

  const report: Report = {
    version: 1,
    sources: prepared.map((p) => ({ id: p.id, lang: p.lang, langConfidence: p.langConfidence, warnings: p.warnings })),
    stories: [],
    claims: claimsBySource.flat().map((c) => publicClaim(c, ids.get(c)!)),
    groups: [],
    pairs: [],
    removed: prepared.flatMap((p) => p.removed.map((r) => ({ source: p.id, start: r.start, end: r.end, reason: r.reason }))),
  };

  const groupsOut: Array<{ first: number; members: ClaimInternal[] }> = [];
  const claimById = new Map(report.claims.map((c) => [c.id, c]));
  storyIdx.forEach((members, si) => {
    report.stories.push({ id: `s${si + 1}`, sources: members.map((i) => prepared[i]!.id) });
    if (members.length < 2) return;
    // A fixed order (by id) makes the groups independent of the input order.
    const ordered = [...members].sort((a, b) => (prepared[a]!.id < prepared[b]!.id ? -1 : 1));
    const { groups, resembles } = buildGroups(
      ordered.map((i) => claimsBySource[i]!),
      {
        threshold: opts.linkThreshold ?? DEFAULTS.linkThreshold,
        partThreshold: Math.max(opts.linkThreshold ?? DEFAULTS.linkThreshold, DEFAULTS.partThreshold),
        multiThreshold: Math.max(opts.linkThreshold ?? DEFAULTS.linkThreshold, DEFAULTS.multiThreshold),
        resembleThreshold: Math.max(opts.linkThreshold ?? DEFAULTS.linkThreshold, DEFAULTS.resembleThreshold),
        embeddings,
        embedWeight: opts.embedWeight ?? DEFAULTS.embedWeight,
        table: keyTable,
      },
    );
    // A claim may stand in several groups (one long claim, several facts).
    const groupsOf = new Map<ClaimInternal, Array<Map<string, ClaimInternal[]>>>();
    const multi = groups.filter((g) => g.members.some((m) => m.source !== g.members[0]!.source));
    for (const g of multi) {
      const sorted = [...g.members].sort((a, b) => order.get(a)! - order.get(b)!);
      const bySource = new Map<string, ClaimInternal[]>();
      for (const c of sorted) {
        const list = bySource.get(c.source);
        if (list) list.push(c);
        else bySource.set(c.source, [c]);
      }
      for (const m of sorted) {
        const list = groupsOf.get(m);
        if (list) list.push(bySource);
        else groupsOf.set(m, [bySource]);
      }
      groupsOut.push({ first: order.get(sorted[0]!)!, members: sorted });
    }
    // Each claim's partners by source, across all its groups, worked out once and kept on
    // the claim (pairs ask for them N² times: a field read, not a map lookup, each time).
    for (const [c, gs] of groupsOf) {
      let bySource: ReadonlyMap<string, ClaimInternal[]> = gs[0]!;
      if (gs.length > 1) {
        const merged = new Map<string, ClaimInternal[]>();
        for (const g of gs) for (const [source, list] of g) merged.set(source, [...new Set([...(merged.get(source) ?? []), ...list])]);
        bySource = merged;
      }
      (c.memo ??= {}).partners = bySource;
    }
    for (const [c, sources] of resembles) (c.memo ??= {}).resembles = sources;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = views[members[x]!]!;
        const b = views[members[y]!]!;
        const conflicts = conflictsBetween(a, b, ids);
        report.pairs.push({
          a: a.id,
          b: b.id,
          // A value reported as a conflict is not also missing: the other side states it, differently.
          onlyInA: withoutConflicts(onlyIn(a, b, ids), conflicts, 'a', claimById),
          onlyInB: withoutConflicts(onlyIn(b, a, ids), conflicts, 'b', claimById),
          conflicts,
        });
      }
    }
  });
  groupsOut.sort((a, b) => a.first - b.first);
  report.groups = groupsOut.map((g, i) => ({ id: `g${i + 1}`, claims: g.members.map((m) => ids.get(m)!) }));
  return report;
}
