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
/**
 * Past participles of common strong and irregular verbs (our own list): a term built on one
 * ("zurückweisen", "zunehmen", "ausweisen") also takes its particle + participle form
 * ("zurückgewiesen", "zugenommen", "ausgewiesen"), and an inseparable prefix the form without "ge-"
 * ("verschieben" → "verschoben").
 */
const STRONG_PARTICIPLES: Record<string, string> = {
  weisen: 'gewiesen', nehmen: 'genommen', treten: 'getreten', geben: 'gegeben', ziehen: 'gezogen',
  schließen: 'geschlossen', sprechen: 'gesprochen', fallen: 'gefallen', kommen: 'gekommen', gehen: 'gegangen',
  stehen: 'gestanden', finden: 'gefunden', bringen: 'gebracht', schlagen: 'geschlagen', tragen: 'getragen', lassen: 'gelassen',
  rufen: 'gerufen', sehen: 'gesehen', werfen: 'geworfen', stoßen: 'gestoßen', brechen: 'gebrochen', bleiben: 'geblieben',
  schreiben: 'geschrieben', treiben: 'getrieben', steigen: 'gestiegen', sinken: 'gesunken', fliegen: 'geflogen',
  laufen: 'gelaufen', greifen: 'gegriffen', bieten: 'geboten', treffen: 'getroffen', schieben: 'geschoben',
  heben: 'gehoben', sitzen: 'gesessen', liegen: 'gelegen', fahren: 'gefahren', helfen: 'geholfen', gewinnen: 'gewonnen',
  beginnen: 'begonnen', schießen: 'geschossen', sterben: 'gestorben', leiden: 'gelitten', streiten: 'gestritten',
  schneiden: 'geschnitten', meiden: 'gemieden', scheiden: 'geschieden', wachsen: 'gewachsen', waschen: 'gewaschen',
  laden: 'geladen', raten: 'geraten', schlafen: 'geschlafen', fangen: 'gefangen', frieren: 'gefroren',
  verlieren: 'verloren', lügen: 'gelogen', trügen: 'getrogen', binden: 'gebunden', dringen: 'gedrungen', springen: 'gesprungen',
  zwingen: 'gezwungen', singen: 'gesungen', werben: 'geworben', stehlen: 'gestohlen', befehlen: 'befohlen', denken: 'gedacht',
  kennen: 'gekannt', nennen: 'genannt', brennen: 'gebrannt', rennen: 'gerannt', senden: 'gesandt', wenden: 'gewandt',
  tun: 'getan', sein: 'gewesen', werden: 'geworden', essen: 'gegessen', messen: 'gemessen', vergessen: 'vergessen',
  lesen: 'gelesen', bitten: 'gebeten', reiten: 'geritten', gleiten: 'geglitten', weichen: 'gewichen', gleichen: 'geglichen',
  scheinen: 'geschienen', schweigen: 'geschwiegen', steigern: 'gesteigert', fließen: 'geflossen', gießen: 'gegossen',
  genießen: 'genossen', schwimmen: 'geschwommen', beißen: 'gebissen', reißen: 'gerissen', preisen: 'gepriesen',
};
const STRONG = Object.entries(STRONG_PARTICIPLES).sort((a, b) => b[0].length - a[0].length);

/** The participle of a term built on a strong verb ("zurückweisen" → "zurückgewiesen"), if the list knows the verb. */
function strongParticiple(term: string): string | undefined {
  for (const [verb, part] of STRONG) {
    if (!term.endsWith(verb)) continue;
    const prefix = term.slice(0, -verb.length);
    if (!prefix) return part;
    if (INSEPARABLE.includes(prefix)) return prefix + part.replace(/^ge/, '');
    if (SEPARABLE.includes(prefix)) return prefix + part;
    return undefined;
  }
  return undefined;
}

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
  const strong = strongParticiple(term);
  if (strong) forms.push(strong);
  // The present participle, read as an adjective ("die sinkenden Preise", "steigende Kosten"); the stemmer
  // brings its endings back to "-end".
  if (term.endsWith('en')) forms.push(`${term}d`);
  return [...new Set(forms)].filter((f) => f !== term);
}
