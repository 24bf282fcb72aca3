/** Forms derived from the hand-written lexicon terms at build time (scripts/build-lexicon.ts). */

/**
 * German verb forms the Snowball stemmer does not bring back to the
 * infinitive: the past participle ("unterzeichnen" → "unterzeichnet",
 * "abschließen" → "abgeschlossen" is irregular and is not guessed, but
 * "anheben" → "angehebt" is harmless: a form that does not exist matches
 * nothing) and the third person / preterite ("erhöhen" → "erhöht", "erhöhte").
 * Only lower-case one-word terms ending in -en, -eln or -ern are verbs here.
 */
const INSEPARABLE = ['be', 'emp', 'ent', 'er', 'ge', 'miss', 'ver', 'zer', 'über', 'unter', 'hinter', 'wider'];
const SEPARABLE = ['zurück', 'weiter', 'wieder', 'zusammen', 'fest', 'frei', 'hervor', 'heraus', 'hinaus', 'voran', 'vorbei', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fort', 'her', 'hin', 'los', 'mit', 'nach', 'vor', 'weg', 'zu'];
export function germanVerbForms(term: string): string[] {
  if (!/^[a-zäöüß]+(en|ln|rn)$/.test(term) || term.length < 5) return [];
  // A participle listed as a term ("angehoben") derives nothing.
  if (SEPARABLE.some((p) => term.startsWith(`${p}ge`) && term.length > p.length + 5)) return [];
  const stem = term.endsWith('en') ? term.slice(0, -2) : term.slice(0, -1);
  // A consonant before m or n takes -et ("atmet", "rechnet", "zeichnet"); a lengthening h does not ("lehnt", "wohnt").
  const t = /[dt]$/.test(stem) || (/[^aeiouäöülrmn][mn]$/.test(stem) && !/[^c]h[mn]$/.test(stem)) ? 'et' : 't';
  const forms = [stem + t, `${stem}${t}e`];
  if (term.endsWith('ieren') || INSEPARABLE.some((p) => term.startsWith(p) && term.length > p.length + 4)) forms.push(stem + t);
  else {
    const sep = SEPARABLE.find((p) => term.startsWith(p) && term.length > p.length + 4);
    forms.push(sep ? `${sep}ge${stem.slice(sep.length)}${t}` : `ge${stem}${t}`);
  }
  return [...new Set(forms)].filter((f) => f !== term);
}
