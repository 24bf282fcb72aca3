import { describe, expect, test } from 'vitest';
import { claimsOf } from '../src/claims/index.js';
import { prepare } from '../src/prepare/index.js';
import { ClaimdiffError, compare, extractClaims, type Report, ReportSchema } from '../src/index.js';
import { fixtureSource, lookups, seed, seeds } from './helpers.js';

let cached: Report | undefined;
async function seedReport(): Promise<Report> {
  cached ??= await compare(seeds());
  return cached;
}

describe('compare on the seeds', () => {
  test('the report passes ReportSchema', async () => {
    expect(() => ReportSchema.parse(cached ?? {})).toThrow();
    expect(ReportSchema.parse(await seedReport())).toBeTruthy();
  });

  test('every claim, facet and span reproduces its text from the offsets', async () => {
    const report = await seedReport();
    const text = new Map(seeds().map((s) => [s.id, s.text]));
    let spans = 0;
    for (const c of report.claims) {
      expect(text.get(c.source)!.slice(c.start, c.end)).toBe(c.text);
      for (const f of c.facets) {
        expect(text.get(c.source)!.slice(f.start, f.end)).toBe(f.text);
        spans++;
      }
    }
    const claimSource = new Map(report.claims.map((c) => [c.id, c.source]));
    for (const p of report.pairs) {
      for (const s of [...p.onlyInA, ...p.onlyInB, ...p.conflicts.flatMap((k) => [k.a, k.b])]) {
        expect(text.get(claimSource.get(s.claim)!)!.slice(s.start, s.end)).toBe(s.text);
        spans++;
      }
    }
    expect(spans).toBeGreaterThan(100);
  });

  test('the Vienna report (002) is a story of its own, the four Moscow reports one story', async () => {
    const report = await seedReport();
    expect(report.stories).toHaveLength(2);
    const vienna = report.stories.find((s) => s.sources.some((id) => id.startsWith('002')))!;
    expect(vienna.sources).toHaveLength(1);
    const moscow = report.stories.find((s) => s !== vienna)!;
    expect(moscow.sources.map((s) => s.slice(0, 3)).sort()).toEqual(['000', '001', '003', '004']);
    expect(report.pairs.every((p) => !p.a.startsWith('002') && !p.b.startsWith('002'))).toBe(true);
    expect(report.pairs).toHaveLength(6);
  });

  test('a sentence that opens with the thing the sentence before named and gives little more than a value borrows that sentence ("Die Erhöhung gilt ab dem 1. Februar"; wage fixture)', async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('wage', lang)));
    const de = r.claims.find((c) => c.source === 'de' && c.text.startsWith('Die Erhöhung gilt'))!.id;
    const group = r.groups.find((g) => g.claims.includes(de));
    expect(group?.claims.some((id) => r.claims.find((c) => c.id === id)!.source === 'en')).toBe(true);
  });

  test("a title takes no second group, and a lead meets the other versions' text, not its own title's group (landmine fixture)", async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('landmine', lang)));
    const claim = (source: string, start: string) => r.claims.find((c) => c.source === source && c.text.startsWith(start))!.id;
    const groupsOf = (id: string) => r.groups.filter((g) => g.claims.includes(id));
    // The English title is in the titles' group only.
    expect(groupsOf(claim('en', 'Three children killed by')).map((g) => g.claims)).toEqual([expect.arrayContaining([claim('de', 'Drei Kinder in Bosnien')])]);
    // The German lead meets the English lead, where the day differs.
    expect(groupsOf(claim('de', 'In Bosnien-Herzegowina')).some((g) => g.claims.includes(claim('en', 'Three children were killed')))).toBe(true);
  });

  test("a long first line is still the title, and a lead leaves its own title the group of the other versions' titles (diphtheria fixture)", async () => {
    const fr = fixtureSource('diphtheria', 'fr');
    // Seventeen words, alone on its line, no final stop: a wire title.
    expect(claimsOf(prepare('fr', fr.text, 'fr'))[0]!.title).toBe(true);
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('diphtheria', lang)));
    const title = (source: string) => r.claims.find((c) => c.source === source && c.start === 0)!.id;
    const group = r.groups.find((g) => g.claims.includes(title('en')))!;
    expect(group.claims).toEqual(expect.arrayContaining([title('fr'), title('de')]));
    // The French lead's first piece ("Une épidémie de diphtérie a fait 47 morts") is not in it.
    expect(group.claims.filter((id) => r.claims.find((c) => c.id === id)!.source === 'fr')).toEqual([title('fr')]);
  });

  test("a title leaves a piece of another version's sentence to the claim of its own text that holds it (solothurnhospitalmerger fixture)", async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('solothurnhospitalmerger', lang)));
    const claim = (source: string, start: string) => r.claims.find((c) => c.source === source && c.text.startsWith(start))!.id;
    const closure = claim('de', 'sowie die Schließung der Notaufnahme');
    const group = r.groups.find((g) => g.claims.includes(closure))!;
    expect(group.claims).toContain(claim('en', 'The plan, costing 240 million'));
    expect(group.claims).not.toContain(claim('en', 'close an emergency unit'));
    const pair = r.pairs.find((p) => p.a === 'en' && p.b === 'de')!;
    expect(pair.conflicts.map((k) => [k.a.text, k.b.text])).toContainEqual(['2028', '2029']);
  });

  test('a claim with "without" negates one of its facts: "sans trouver" meets "but did not find" (brusselsairportdronehalt fixture)', async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('brusselsairportdronehalt', lang)));
    const claim = (source: string, start: string) => r.claims.find((c) => c.source === source && c.text.startsWith(start))!.id;
    const police = claim('en', 'Police searched the area');
    expect(r.groups.some((g) => g.claims.includes(police) && g.claims.includes(claim('fr', 'La police a fouillé')))).toBe(true);
  });

  test('a first line that ends in a percent sign is the title too (gasstorage fixture)', async () => {
    const fr = fixtureSource('gasstorage', 'fr');
    expect(claimsOf(prepare('fr', fr.text, 'fr'))[0]!.title).toBe(true);
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('gasstorage', lang)));
    const title = (source: string) => r.claims.find((c) => c.source === source && c.start === 0)!.id;
    // In the titles' group, not in the lead's.
    expect(r.groups.filter((g) => g.claims.includes(title('fr'))).map((g) => g.claims)).toEqual([expect.arrayContaining([title('en'), title('de')])]);
  });

  test("a claim that matches several groups joins no title's group besides its own (madridupset fixture)", async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('madridupset', lang)));
    const titles = new Set(['en', 'fr', 'de'].map((source) => r.claims.find((c) => c.source === source && c.start === 0)!.id));
    const lead = r.claims.find((c) => c.source === 'fr' && c.text.startsWith("L'Allemande Lena Brandt"))!.id;
    expect(r.groups.filter((g) => g.claims.includes(lead) && g.claims.some((id) => titles.has(id)))).toEqual([]);
  });

  test("a title meets the other versions' titles, not the lead it restates", async () => {
    const r = await compare([
      { id: 'en', text: 'Ireland raises minimum price of alcohol to 1.20 euros a unit\n\nIreland will raise the minimum price of alcohol from 1 euro to 1.20 euros per gram of alcohol from January, the health minister announced on Monday.' },
      { id: 'fr', text: "L'Irlande relève le prix minimum de l'alcool\n\nL'Irlande va relever le prix minimum de l'alcool de 1 euro à 1,20 euro par gramme d'alcool à partir de janvier, a annoncé lundi la ministre de la Santé." },
      { id: 'de', text: 'Irland erhöht Mindestpreis für Alkohol\n\nIrland erhöht den Mindestpreis für Alkohol ab Januar von 1 Euro auf 1,20 Euro pro Gramm Alkohol. Das gab die Gesundheitsministerin am Montag bekannt.' },
    ]);
    const title = (source: string) => r.claims.find((c) => c.source === source && c.start === 0)!.id;
    const group = r.groups.find((g) => g.claims.includes(title('en')))!;
    expect(group.claims).toContain(title('fr'));
    expect(group.claims).toContain(title('de'));
  });

  test("a title takes the other versions' titles' group before a piece of the lead that restates part of it (davafire fixture)", async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('davafire', lang)));
    const title = (source: string) => r.claims.find((c) => c.source === source && c.start === 0)!.id;
    const group = r.groups.find((g) => g.claims.includes(title('de')))!;
    expect(group.claims).toEqual(expect.arrayContaining([title('en'), title('fr')]));
  });

  test('a claim one version negates is not aligned with the version that affirms it', async () => {
    const r = await compare([
      { id: 'en', text: 'Prime Minister Luc Verbeke offered his resignation to King Philippe on Thursday. The king has not yet accepted the resignation, the palace said.' },
      { id: 'fr', text: 'Le Premier ministre Luc Verbeke a présenté jeudi sa démission au roi Philippe. Le roi a accepté la démission.' },
      { id: 'de', text: 'Ministerpräsident Luc Verbeke hat am Donnerstag König Philippe seinen Rücktritt angeboten. Der König hat den Rücktritt noch nicht angenommen.' },
    ]);
    const { claim, together } = lookups(r);
    const notYet = claim('en', 'not yet accepted');
    const accepted = claim('fr', 'a accepté');
    const nochNicht = claim('de', 'noch nicht');
    expect(together(notYet.id, accepted.id)).toBe(false);
    expect(together(notYet.id, nochNicht.id)).toBe(true);
    const enFr = r.pairs.find((p) => p.a === 'en' && p.b === 'fr')!;
    expect(enFr.onlyInA.map((s) => s.claim)).toContain(notYet.id);
    expect(enFr.onlyInB.map((s) => s.claim)).toContain(accepted.id);
  });

  test('a negation read in one version only does not keep two close claims apart (10,000 steps "not necessary" / "nicht nötig")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'Walking about 7,000 steps a day is linked to a lower risk of early death, a study found. This suggests that the popular target of 10,000 steps is not necessary for good health.' },
      { id: 'de', lang: 'de', text: 'Wer täglich etwa 7000 Schritte geht, stirbt seltener früh, zeigt eine Studie. Die verbreitete Zielmarke von 10.000 Schritten sei daher für eine gute Gesundheit nicht nötig, schreiben die Autoren.' },
    ]);
    const text = (id: string) => r.claims.find((c) => c.id === id)!.text;
    expect(r.groups.some((g) => g.claims.map(text).some((t) => t.includes('10,000')) && g.claims.map(text).some((t) => t.includes('10.000')))).toBe(true);
  });

  test('"not far enough" says the cuts are insufficient, as "insuffisantes" does: no negation of the claim', () => {
    const negated = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.negated);
    expect(negated('en', 'Environmental groups said the cuts did not go far enough.')).toEqual([false]);
    expect(negated('de', 'Umweltverbände kritisierten, die Kürzungen gingen nicht weit genug.').some(Boolean)).toBe(false);
    expect(negated('en', 'The government did not approve the cuts.')).toEqual([true]);
  });
  test('a verdict "nicht rechtskräftig" is one that can be appealed: no negated claim, and it meets the English', async () => {
    const negated = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.negated);
    expect(negated('de', 'Das Urteil ist noch nicht rechtskräftig.')).toEqual([false]);
    expect(negated('de', 'Das Gericht hat das Urteil nicht bestätigt.')).toEqual([true]);
    const r = await compare([
      { id: 'en', lang: 'en', text: 'A court in Tallinn jailed a former railway worker for six years. The verdict can be appealed within 15 days.' },
      { id: 'de', lang: 'de', text: 'Ein Gericht in Tallinn hat einen ehemaligen Bahnmitarbeiter zu sechs Jahren Haft verurteilt. Das Urteil ist noch nicht rechtskräftig.' },
    ]);
    const text = (id: string) => r.claims.find((c) => c.id === id)!.text;
    expect(r.groups.some((g) => g.claims.map(text).some((t) => t.includes('appealed')) && g.claims.map(text).some((t) => t.includes('rechtskräftig')))).toBe(true);
  });
  test('a negation inside a relative clause negates the clause, not the claim; a claim that is the clause stays negated', () => {
    const negated = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.negated);
    expect(negated('en', 'The prize belongs to all artists who cannot work freely.')).toEqual([false]);
    expect(negated('fr', 'Ce prix appartient aux artistes qui ne peuvent pas travailler librement.')).toEqual([false]);
    expect(negated('en', 'Keller, who had never reached a final before.')).toEqual([true]);
  });

  test('an elided French word is no word of its own when the reach of a negation is counted ("n\'ont", "l\'impact")', () => {
    const negated = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.negated);
    expect(negated('fr', "Les aménageurs n'ont pas évalué l'impact du projet sur le grand hamster, une espèce menacée.")).toEqual([true]);
    expect(negated('de', 'Die Planer hätten die Auswirkungen auf den vom Aussterben bedrohten Feldhamster nicht geprüft.')).toEqual([true]);
  });

  test('a negator that opens a phrase set against the fact after a comma negates no verb ("to his foundation, not his nephews")', () => {
    const negated = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.negated);
    expect(negated('en', "Court awards painter's estate to his foundation, not his nephews")).toEqual([false]);
    expect(negated('fr', 'La succession revient à sa fondation, et non à ses neveux.').some(Boolean)).toBe(false);
    expect(negated('de', 'Der Nachlass geht an die Stiftung, nicht an die Neffen.').some(Boolean)).toBe(false);
    expect(negated('en', 'The court did not award the estate to his nephews.')).toEqual([true]);
  });

  test('not ruling a thing out says it may come: no negated claim ("schließt Kürzungen nicht aus")', () => {
    const negated = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.negated);
    expect(negated('de', 'BASF schließt Kürzungen nicht aus.')).toEqual([false]);
    expect(negated('fr', "BASF n'a pas exclu de réduire sa production.")).toEqual([false]);
    expect(negated('de', 'BASF kürzt die Produktion nicht.')).toEqual([true]);
  });

  test('a negated infinitive is what someone was asked not to do, no negation of the claim; after a modal it is one', () => {
    const negated = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.negated);
    expect(negated('en', 'Police warned residents not to touch the debris.')).toEqual([false]);
    expect(negated('fr', 'La police a demandé aux habitants de ne pas toucher les débris.')).toEqual([false]);
    expect(negated('de', 'Die Polizei warnte die Anwohner, die Trümmer nicht anzufassen.').some(Boolean)).toBe(false);
    expect(negated('de', 'Die Polizei warnte die Anwohner, sich den Trümmern nicht zu nähern.').some(Boolean)).toBe(false);
    // Still negations: a modal's ("could not deploy", "pourrait ne pas se déclencher") and German "nicht zu sehen" without a comma.
    expect(negated('en', 'The airbag could not deploy.')).toEqual([true]);
    expect(negated('fr', "L'airbag pourrait ne pas se déclencher.")).toEqual([true]);
    expect(negated('de', 'Die Jungen sind noch nicht zu sehen.')).toEqual([true]);
  });

  test('a short clause after a semicolon goes on with what follows it, not with the clause before', () => {
    const texts = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.text);
    expect(texts('de', 'Sechs der Infizierten sind gestorben; ob der Pilz die Ursache war, ist nach Angaben der Ärzte unklar.')).toEqual([
      'Sechs der Infizierten sind gestorben',
      'ob der Pilz die Ursache war, ist nach Angaben der Ärzte unklar.',
    ]);
  });

  test('a tally is one claim: no cut between its two counts ("292 Abgeordnete, 397 votierten dagegen")', () => {
    const texts = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.text);
    expect(texts('de', 'Für den Entwurf stimmten am Donnerstag 292 Abgeordnete, 397 votierten dagegen.')).toEqual(['Für den Entwurf stimmten am Donnerstag 292 Abgeordnete, 397 votierten dagegen.']);
  });

  test('two counts that open their claims with nothing counted after them are how many did it, told two ways ("Four of the infected patients" / "Sechs der Infizierten")', async () => {
    const read = (lang: string) => fixtureSource('superbug', lang);
    const r = await compare([read('en'), read('de')]);
    expect(r.pairs[0]!.conflicts.map((k) => [k.a.text, k.b.text])).toContainEqual(['Four', 'Sechs']);
  });

  test('whole years told in months meet the years ("for a year" / "zwölf Monate lang")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'Bulgaria will adopt the euro on January 1. Dual pricing in both currencies will be mandatory for a year.' },
      { id: 'de', lang: 'de', text: 'Bulgarien führt am 1. Januar den Euro ein. Die doppelte Preisauszeichnung ist zwölf Monate lang Pflicht.' },
    ]);
    const texts = r.groups.map((g) => g.claims.map((id) => r.claims.find((c) => c.id === id)!.text).join(' | '));
    expect(texts).toContainEqual(expect.stringMatching(/for a year.*zwölf Monate|zwölf Monate.*for a year/));
    expect(r.pairs[0]!.conflicts).toEqual([]);
  });

  test("an age fills the slot of a person's age in every language, so that two ages can meet and differ", () => {
    const keys = (lang: string, text: string) => claimsOf(prepare(lang, text)).flatMap((c) => c.anchors.map((a) => a.key));
    expect(keys('en', 'The 75-year-old monarch will postpone public engagements.')).toContain('slot:age');
    expect(keys('fr', 'Le monarque, âgé de 75 ans, va reporter ses engagements publics.')).toContain('slot:age');
    expect(keys('de', 'Der 76-Jährige werde öffentliche Termine verschieben.')).toContain('slot:age');
    // A length of time in years is no age.
    expect(keys('en', 'He served a 20-year sentence.')).not.toContain('slot:age');
  });

  test("two people's ages in one sentence are each the person's: neither contradicts the other's, a different age of one does", async () => {
    const run = async (de: string) =>
      (await compare([
        { id: 'en', lang: 'en', text: 'Claire Dumont, 41, a teacher, and her partner Marc Lefèvre, 72, were arrested in May 2022 during a tourist trip.' },
        { id: 'de', lang: 'de', text: de },
      ])).pairs[0]!.conflicts.map((k) => `${k.a.text} / ${k.b.text}`);
    expect(await run('Die 41-jährige Lehrerin Claire Dumont und ihr 72 Jahre alter Lebensgefährte Marc Lefèvre waren im Mai 2022 während einer Urlaubsreise festgenommen worden.')).toEqual([]);
    expect(await run('Die 43-jährige Lehrerin Claire Dumont und ihr 72 Jahre alter Lebensgefährte Marc Lefèvre waren im Mai 2022 während einer Urlaubsreise festgenommen worden.')).toEqual(['41 / 43-jährige']);
  });

  test('only a short claim is negated as a whole', () => {
    const short = claimsOf(prepare('en', 'The king has not yet accepted the resignation, the palace said.'));
    expect(short.some((c) => c.negated)).toBe(true);
    const long = claimsOf(prepare('en', 'The government said on Monday in a long statement from Berlin that the new budget would not include any increase in income tax for families or pensioners next year.'));
    expect(long.every((c) => c.text.split(' ').length <= 16 || !c.negated)).toBe(true);
  });

  test('cognates meet across spellings: y as i, doubled letters once ("energy" / "Energie", "Plattform" / "platform")', () => {
    const cogs = (lang: string, text: string) => claimsOf(prepare(lang, text, lang)).flatMap((c) => c.anchors.map((a) => a.key)).filter((k) => k.startsWith('cog:'));
    expect(cogs('en', 'The energy platform opened.')).toEqual(expect.arrayContaining(['cog:energi', 'cog:platfo']));
    expect(cogs('de', 'Die Plattform für Energie öffnete.')).toEqual(expect.arrayContaining(['cog:energi', 'cog:platfo']));
  });

  test('a negator inside a lexicon phrase negates nothing ("not yet known" is unknown)', () => {
    const [c] = claimsOf(prepare('en', 'The cause of the fire is not yet known.'));
    expect(c!.negated).toBe(false);
    expect(c!.facets.map((f) => f.id)).toContain('concept:unknown');
    // "Not a single canton" is no canton, as "aucun canton" and "kein einziger Kanton" are: a quantity, no negated verb.
    const [none] = claimsOf(prepare('en', 'Not a single canton backed the plan put forward by trade unions.', 'en'));
    expect(none!.negated).toBe(false);
    for (const [lang, text] of [['en', 'Not a single canton backed the plan.'], ['fr', "Aucun canton n'a soutenu le projet."], ['de', 'Kein einziger Kanton unterstützte die Initiative.']] as const) {
      expect(claimsOf(prepare(lang, text, lang))[0]!.facets.map((f) => f.id)).toContain('concept:none');
    }
  });

  test("English n't negates too", async () => {
    const r = await compare([
      { id: 'en', text: "Prime Minister Luc Verbeke offered his resignation to King Philippe on Thursday. The king hasn't accepted the resignation yet, the palace said." },
      { id: 'fr', text: 'Le Premier ministre Luc Verbeke a présenté jeudi sa démission au roi Philippe. Le roi a accepté la démission.' },
    ]);
    const notYet = r.claims.find((c) => c.source === 'en' && c.text.includes("hasn't"))!;
    const accepted = r.claims.find((c) => c.source === 'fr' && c.text.includes('a accepté'))!;
    expect(r.groups.some((g) => g.claims.includes(notYet.id) && g.claims.includes(accepted.id))).toBe(false);
  });

  test('one long claim meets two short claims of another version, each stating part of it ("survived a no-confidence vote … after the motion won 60 of the 150" / "… Misstrauensvotum überstanden." + "Für den Antrag stimmten nur 60 der 150")', async () => {
    const read = (lang: string) => fixtureSource('slovakvote', lang);
    const r = await compare([read('en'), read('de')]);
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    const groups = r.groups.map((g) => g.claims.map((c) => text.get(c)!));
    const long = groups.filter((g) => g.some((t) => t.startsWith("Slovakia's government survived")));
    expect(long.some((g) => g.some((t) => t.startsWith('Die slowakische Regierung hat am Mittwoch')))).toBe(true);
    expect(long.some((g) => g.some((t) => t.startsWith('Für den Antrag der Opposition')))).toBe(true);
  });

  test('a long claim also meets the second piece of the sentence whose first piece it met ("confirmé … les règles … qui interdisent à une coureuse sud-africaine" / "… die Regeln … bestätigt" + "die einer südafrikanischen Mittelstreckenläuferin Starts … erlauben")', async () => {
    const read = (lang: string) => fixtureSource('eligibility', lang);
    const r = await compare([read('fr'), read('de')]);
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    const long = r.groups.map((g) => g.claims.map((c) => text.get(c)!)).filter((g) => g.some((t) => t.startsWith('Le Tribunal arbitral du sport a confirmé')));
    expect(long.some((g) => g.some((t) => t.startsWith('Der Internationale Sportgerichtshof CAS')))).toBe(true);
    expect(long.some((g) => g.some((t) => t.startsWith('die einer südafrikanischen Mittelstreckenläuferin')))).toBe(true);
  });

  test('a long claim also meets the next sentence of the piece it met when that sentence goes on with a subject pronoun ("won … on Sunday with 66 percent of the vote" / "… die Stichwahl … gewonnen." + "Er kam am Sonntag … auf 62 Prozent der Stimmen")', async () => {
    const read = (lang: string) => fixtureSource('portugalpresident', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    const long = r.groups.map((g) => g.claims.map((c) => text.get(c)!)).filter((g) => g.some((t) => t.startsWith('Former Socialist leader Antonio Jose Seguro won')));
    expect(long.some((g) => g.some((t) => t.startsWith('Der frühere Sozialistenchef')))).toBe(true);
    expect(long.some((g) => g.some((t) => t.startsWith('Er kam am Sonntag')))).toBe(true);
  });

  test('a piece of a sentence that meets nothing alone joins the group of its other piece where the other version states both in one claim ("Traffic lights failed across the centre" + "and firefighters freed 37 people trapped in lifts" / "In der Innenstadt fielen die Ampeln aus, die Feuerwehr befreite 37 Menschen aus Aufzügen")', async () => {
    const read = (lang: string) => fixtureSource('malagaheatwaveblackout', lang);
    const r = await compare([read('de'), read('en')]);
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    const whole = r.groups.map((g) => g.claims.map((c) => text.get(c)!)).filter((g) => g.some((t) => t.startsWith('In der Innenstadt fielen die Ampeln aus')));
    expect(whole.flat()).toContain('Traffic lights failed across the centre');
    expect(r.pairs[0]!.onlyInB.map((o) => o.text)).not.toContain('Traffic lights failed across the centre');
  });

  test('a long claim holds no shorter claim as a part when what they share besides its own group is one anchor, a name ("en battant l\'Allemand Jonas Keller" / "Keller, der zum ersten Mal in einem Wimbledon-Finale stand")', async () => {
    const read = (lang: string) => fixtureSource('tennis', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    const withKeller = r.groups.map((g) => g.claims.map((c) => text.get(c)!)).filter((g) => g.some((t) => t.startsWith('Keller, der zum ersten Mal')));
    expect(withKeller.flat().filter((t) => t.startsWith("L'Italien Marco Rinaldi"))).toEqual([]);
  });

  test('two short versions that give different values for one count are still one story', async () => {
    const r = await compare([
      { id: 'en', text: "The train drivers' union GDL began a 50-hour strike on Wednesday. Deutsche Bahn said around 80 percent of its long-distance trains had been cancelled." },
      { id: 'de', text: 'Die Lokführergewerkschaft GDL hat am Mittwoch einen 50-stündigen Streik begonnen. Nach Angaben der Deutschen Bahn fielen rund 70 Prozent der Fernzüge aus.' },
    ]);
    expect(r.stories).toHaveLength(1);
    expect(r.pairs[0]!.conflicts.map((k) => k.kind)).toContain('quantity');
  });

  test('two versions of one sentence that give different values are one story, and the values conflict; two sentences on different events are two', async () => {
    const one = async (en: string, other: { lang: string; text: string }) => compare([{ id: 'en', lang: 'en', text: en }, { id: other.lang, ...other }]);
    for (const [en, other] of [
      ['Inflation slowed to 2.1% in May.', { lang: 'de', text: 'Die Inflation sank im Mai auf 2,3 Prozent.' }],
      ['The bill passed by 289 votes to 252.', { lang: 'fr', text: 'Le texte a été adopté par 289 voix contre 262.' }],
      ['Shares fell 12pc in early trading.', { lang: 'de', text: 'Die Aktie fiel im frühen Handel um 14 Prozent.' }],
    ] as const) {
      const r = await one(en, other);
      expect(r.stories).toHaveLength(1);
      expect(r.pairs[0]!.conflicts.map((k) => k.kind)).toContain('quantity');
    }
    expect((await one('The storm killed three people in Bavaria.', { lang: 'de', text: 'Der Bundestag hat am Freitag das Haushaltsgesetz beschlossen.' })).stories).toHaveLength(2);
  });

  test('two short versions that share a name the gazetteer does not know are one story ("airBaltic", in both)', async () => {
    const r = await compare([fixtureSource('airbalticcancel', 'en'), fixtureSource('airbalticcancel', 'de')]);
    expect(r.stories).toHaveLength(1);
    expect(r.pairs[0]!.conflicts.map((k) => k.kind)).toContain('quantity');
  });

  test('"more than 100 countries" of all four Moscow reports lands in one group', async () => {
    const report = await seedReport();
    const claims = new Map(report.claims.map((c) => [c.id, c]));
    const hundred = report.claims.filter((c) => c.facets.some((f) => f.kind === 'quantity' && /(^|[^\d.])100(?![\d.])/.test(f.id)) && !c.source.startsWith('002'));
    expect(new Set(hundred.map((c) => c.source.slice(0, 3)))).toEqual(new Set(['000', '001', '003', '004']));
    const group = report.groups.find((g) => hundred.every((c) => g.claims.includes(c.id)));
    expect(group, JSON.stringify(hundred.map((c) => c.text))).toBeTruthy();
    expect(new Set(group!.claims.map((id) => claims.get(id)!.source)).size).toBe(4);
  });

  test('no conflicts between the Moscow reports, which agree', async () => {
    const report = await seedReport();
    expect(report.pairs.flatMap((p) => p.conflicts)).toEqual([]);
  });

  test('boilerplate is removed, never a claim', async () => {
    const report = await seedReport();
    const texts = report.claims.map((c) => c.text).join('\n');
    for (const b of ['Hinterlasse einen Kommentar', 'Bouton retour en haut de la page', 'You may also like', 'Loading', 'in International']) {
      expect(texts).not.toContain(b);
    }
    const reasons = new Set(report.removed.map((r) => r.reason));
    expect(reasons).toContain('teaser');
    expect(reasons).toContain('duplicate');
  });

  test('page furniture on a line of its own is removed: bylines, stamps, link lines, share bars, credits', () => {
    const furniture = {
      fr: ['Par Claire Dupont (avec AFP)', 'Publié le 11/09/2023 à 08h15, mis à jour à 10h30', "LIRE AUSSI : Séisme au Maroc : ce que l'on sait", 'Partager sur Facebook Partager sur X (ex-Twitter) Envoyer par e-mail', '© Le Journal 2023 - Tous droits réservés'],
      en: ['By John Smith, Reuters', 'September 11, 2023 8:15 AM GMT+2 Updated 2 hours ago', 'Read more: What we know about the Morocco earthquake', 'Reporting by John Smith; Editing by Jane Doe', 'Our Standards: The Thomson Reuters Trust Principles.', 'By Laura Mitchell, Technology correspondent', 'Published 14 March 2026', 'Share this article'],
      de: ['Von Anna Müller, dpa', 'Stand: 11.09.2023, 10:30 Uhr', 'Lesen Sie auch: Was wir über das Beben wissen', 'Teilen auf Facebook WhatsApp E-Mail'],
    };
    const body = {
      fr: 'Le bilan du séisme s’est alourdi lundi à 2 901 morts, selon le ministère de l’Intérieur.',
      en: 'The death toll from the earthquake rose to 2,901 on Monday, the interior ministry said.',
      de: 'Die Zahl der Toten stieg am Montag auf 2901, wie das Innenministerium mitteilte.',
    };
    for (const lang of ['fr', 'en', 'de'] as const) {
      const text = [furniture[lang][0], body[lang], ...furniture[lang].slice(1)].join('\n\n');
      expect(extractClaims({ id: lang, lang, text }).map((c) => c.text).join(' ')).not.toMatch(/Claire|Smith|Müller|08h15|8:15|10:30|LIRE|Read more|Lesen|Facebook|©|Standards|Mitchell|Published|Share/);
    }
  });

  test('lines that only look like furniture stay claims', () => {
    const kept = (lang: string, line: string) => extractClaims({ id: lang, lang, text: `${line}\n\nThe body of the article follows here.` }).some((c) => line.startsWith(c.text.slice(0, 12)));
    expect(kept('de', 'Von Montag an gilt in Berlin die Maskenpflicht')).toBe(true);
    expect(kept('en', 'EU updated its 2030 climate targets')).toBe(true);
    expect(kept('en', 'By the end of 2030, the plant will close.')).toBe(true);
    expect(kept('en', 'Published figures show 300 people died in the fire.')).toBe(true);
    expect(kept('en', 'Share prices tumble in Tokyo')).toBe(true);
    expect(kept('en', 'By 2030, emissions must fall by half, the minister said')).toBe(true);
  });

  test('a section heading joins the group of the fact it restates, alongside the text below it', async () => {
    const r = await compare([
      { id: 'a-en', text: 'Security chiefs meet in Geneva\n\nSecurity chiefs from 40 countries met in Geneva on Tuesday.\n\nSince 2010, this meeting has been held regularly as a strategic forum for coordination and exchange of views among different countries on ways to develop common mechanisms against growing risks.' },
      { id: 'b-de', text: 'Sicherheitschefs treffen sich in Genf\n\nSicherheitschefs aus 40 Ländern trafen sich am Dienstag in Genf.\n\nEin strategisches Forum für globale Sicherheit\n\nSeit 2010 dient dieses Forum als Plattform für die Koordinierung und den Austausch von Ansichten über gemeinsame Mechanismen gegen wachsende Risiken.' },
    ]);
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    const since = r.claims.find((c) => c.source === 'a-en' && c.text.startsWith('Since 2010'))!;
    const group = r.groups.find((g) => g.claims.includes(since.id))!;
    expect(group.claims.map((id) => text.get(id))).toEqual(expect.arrayContaining(['Ein strategisches Forum für globale Sicherheit', expect.stringMatching(/^Seit 2010/)]));
  });

  test('003 adds "via videoconference" as a detail against 000', async () => {
    const report = await seedReport();
    const pair = report.pairs.find((p) => [p.a, p.b].some((x) => x.startsWith('000')) && [p.a, p.b].some((x) => x.startsWith('003')))!;
    const only003 = pair.a.startsWith('003') ? pair.onlyInA : pair.onlyInB;
    expect(only003.some((s) => s.text.includes('videoconference'))).toBe(true);
  });

  test('a detail the other version states only far from the aligned claim is still missing there', async () => {
    const en = { id: 'en', text: 'Parliament approved the budget on Tuesday. The opposition criticised the plan. Unions announced protests against the cuts. Thousands of people marched in Berlin.' };
    const de = { id: 'de', text: 'Das Parlament billigte den Haushalt. Die Opposition kritisierte den Plan. Die Gewerkschaften kündigten Proteste gegen die Kürzungen an. Am Dienstag demonstrierten Tausende Menschen in Berlin.' };
    const report = await compare([en, de]);
    const budget = report.claims.find((c) => c.source === 'en' && c.text.includes('budget'))!;
    const partner = report.claims.find((c) => c.source === 'de' && c.text.includes('Haushalt'))!;
    expect(report.groups.some((g) => g.claims.includes(budget.id) && g.claims.includes(partner.id))).toBe(true);
    const pair = report.pairs[0]!;
    const missing = pair.a === 'en' ? pair.onlyInA : pair.onlyInB;
    expect(missing.some((s) => s.claim === budget.id && s.text === 'Tuesday')).toBe(true);
  });

  test('a value is missing where the partner gives only its baseline ("about 19 percent …, down from some 45 percent" / "bei rund 45 Prozent")', async () => {
    const en = { id: 'en', lang: 'en', text: "Russian gas still made up about 19 percent of the EU's gas imports last year, down from some 45 percent before the invasion." };
    const de = { id: 'de', lang: 'de', text: 'Vor dem Einmarsch hatte der Anteil russischen Gases an den EU-Importen bei rund 45 Prozent gelegen.' };
    const pair = (await compare([en, de])).pairs[0]!;
    const missing = (pair.a === 'en' ? pair.onlyInA : pair.onlyInB).map((s) => s.text);
    expect(missing).toContain('about 19 percent');
    expect(missing).not.toContain('some 45 percent');
  });

  test('a second value of a slot is missing where the partner gives only the first ("at 10.9%, and Malta the lowest, at 2.8%")', async () => {
    const en = { id: 'en', lang: 'en', text: 'Unemployment in the euro zone fell to 6.2% in February. Spain had the highest rate, at 10.9%, and Malta the lowest, at 2.8%.' };
    const de = { id: 'de', lang: 'de', text: 'Die Arbeitslosenquote im Euroraum ist im Februar auf 6,2 Prozent gesunken. Die höchste Quote meldete Spanien mit 10,9 Prozent.' };
    const pair = (await compare([en, de])).pairs[0]!;
    const missing = (pair.a === 'en' ? pair.onlyInA : pair.onlyInB).map((s) => s.text);
    expect(missing).toContain('2.8%');
    expect(missing).not.toContain('10.9%');
  });

  test('a baseline left out is named with its opener ("up from 80")', async () => {
    const en = { id: 'en', lang: 'en', text: 'The alliance won 89 of the 230 seats, up from 80.' };
    const fr = { id: 'fr', lang: 'fr', text: "L'alliance obtient 89 des 230 sièges." };
    const pair = (await compare([en, fr])).pairs[0]!;
    expect((pair.a === 'en' ? pair.onlyInA : pair.onlyInB).map((s) => s.text)).toContain('up from 80');
  });

  test('the same input gives byte-identical JSON, whatever the order of the sources', async () => {
    const a = await compare(seeds());
    const b = await compare(seeds());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const reversed = await compare([...seeds()].reverse());
    const groupsText = (r: Report) => {
      const text = new Map(r.claims.map((c) => [c.id, `${c.source}:${c.start}`]));
      return r.groups.map((g) => g.claims.map((id) => text.get(id)).sort().join('|')).sort();
    };
    expect(groupsText(reversed)).toEqual(groupsText(a));
  });
});

describe('acronyms', () => {
  test("a name of capitalised words meets the acronym of its initials that another version gives (nursesstrike fixture)", async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('nursesstrike', lang)));
    const id = (source: string, start: string) => r.claims.find((c) => c.source === source && c.text.startsWith(start))!.id;
    const group = r.groups.find((g) => g.claims.includes(id('en', 'The New Zealand Nurses Organisation')));
    expect(group?.claims).toEqual(expect.arrayContaining([id('fr', 'Le syndicat NZNO'), id('de', 'Die Gewerkschaft NZNO')]));
  });
  test('the initials skip an article before the name and the small words inside it', () => {
    const facetsOf = (lang: string, text: string) => claimsOf(prepare(lang, text, lang)).flatMap((c) => c.facets);
    expect(facetsOf('en', 'The New Zealand Nurses Organisation said hospitals were understaffed.').map((f) => f.initials)).toContain('nzno');
    expect(facetsOf('en', 'The Organisation for Economic Co-operation and Development cut its forecast.').map((f) => f.initials)).toContain('oecd');
    // Not across a verb: "Human Rights Watch said the European Court of Human Rights" is two names.
    expect(facetsOf('en', 'Human Rights Watch said the European Court of Human Rights had ruled.').map((f) => f.initials)).toEqual(expect.arrayContaining(['hrw', 'echr']));
  });
});

describe('groups of pieces', () => {
  test('two sources that state a fact in two pieces each, paired one to one, make two groups; a source that states both in one claim is in both', async () => {
    const r = await compare([
      { id: 'en', text: 'ANKARA – A strong earthquake struck eastern Turkey on Monday, killing at least 40 people and injuring more than 300 people, officials said.\n\nRescue teams searched the rubble all night.' },
      { id: 'fr', text: "ANKARA – Un puissant séisme a frappé lundi l'est de la Turquie, tuant au moins 40 personnes et en blessant plus de 300 personnes, selon les autorités.\n\nLes secouristes ont fouillé les décombres toute la nuit." },
      { id: 'de', text: 'Ankara – Bei einem starken Erdbeben im Osten der Türkei sind am Montag mindestens 40 Menschen ums Leben gekommen, mehr als 300 Menschen wurden verletzt.\n\nDie Retter suchten die ganze Nacht in den Trümmern.' },
    ]);
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    const groupOf = (words: string) => r.groups.filter((g) => g.claims.some((id) => text.get(id)!.startsWith(words)));
    const killed = groupOf('killing at least 40 people');
    expect(killed).toHaveLength(1);
    expect(killed[0]!.claims.map((id) => text.get(id))).not.toContain('A strong earthquake struck eastern Turkey on Monday');
    expect(killed[0]!.claims.map((id) => text.get(id))).toContain('tuant au moins 40 personnes');
    // The German sentence states the quake and the dead in one claim: it stands in both groups.
    const german = r.claims.find((c) => c.source === 'de' && c.text.includes('ums Leben'))!;
    expect(r.groups.filter((g) => g.claims.includes(german.id))).toHaveLength(2);
  });
  test('a sentence that only says who said the one before ("Das teilte die Regierung mit") takes no fact from it: a claim with its source in one sentence meets both', async () => {
    const sources = [
      { id: 'en', lang: 'en', text: 'Malta ends sale of citizenship\n\nMalta will stop granting citizenship to wealthy foreigners in exchange for investment, the government said on Thursday.\n\nSince 2014 the programme has brought in more than 1.4 billion euros.' },
      { id: 'de', lang: 'de', text: 'Malta stoppt Verkauf von Staatsbürgerschaften\n\nMalta vergibt künftig keine Staatsbürgerschaften mehr an reiche Ausländer, die im Land investieren. Das teilte die Regierung am Donnerstag mit.\n\nSeit 2014 brachte das Programm mehr als 1,4 Milliarden Euro ein.' },
    ];
    for (const order of [sources, [...sources].reverse()]) {
      const r = await compare(order);
      const text = new Map(r.claims.map((c) => [c.id, c.text]));
      const english = r.claims.find((c) => c.source === 'en' && c.text.startsWith('Malta will stop'))!;
      const partners = r.groups.filter((g) => g.claims.includes(english.id)).flatMap((g) => g.claims.map((id) => text.get(id)!));
      expect(partners.some((t) => t.startsWith('Malta vergibt'))).toBe(true);
    }
  });
});

describe('groups of negated pieces', () => {
  test('a piece negated as a whole meets a long claim that negates one of its facts ("was not threatened after strong winds" / "n\'a pas été menacé")', async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('valenciamarathonwin', lang)));
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    const piece = r.claims.find((c) => c.source === 'fr' && c.text.includes('menacé'))!;
    const partners = r.groups.filter((g) => g.claims.includes(piece.id)).flatMap((g) => g.claims.map((id) => text.get(id)!));
    expect(partners.some((t) => t.startsWith('The course record'))).toBe(true);
  });
  test('a refusal meets a negated claim of the thing refused ("Einen Rücktritt lehnte die Ministerin ab" / "The minister said she would not resign")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'The minister said she would not resign.' },
      { id: 'de', lang: 'de', text: 'Einen Rücktritt lehnte die Ministerin ab.' },
    ]);
    expect(r.groups.filter((g) => g.claims.length === 2)).toHaveLength(1);
  });
});

describe('extractClaims', () => {
  test('claims carry facets and offsets; the German ordinal and date do not break a sentence', () => {
    const s = seed('004');
    const claims = extractClaims(s);
    for (const c of claims) expect(s.text.slice(c.start, c.end)).toBe(c.text);
    expect(claims.some((c) => c.text.includes('vom 27. bis 29. Mai'))).toBe(true);
    expect(claims.some((c) => c.text.includes('13. Ausgabe'))).toBe(true);
    expect(claims.find((c) => c.text.includes('13. Ausgabe'))!.facets.some((f) => f.kind === 'ordinal')).toBe(true);
  });

  test('a German count whose dot ends its sentence is no ordinal of the next sentence\'s word ("2014 waren es 750. Frauen …")', () => {
    const claims = extractClaims({ id: 'de', lang: 'de', text: 'Im vergangenen Jahr erhielten 1140 Menschen die Diagnose, 2014 waren es 750. Frauen machten zwei Drittel der Fälle aus.' });
    const facets = claims.flatMap((c) => c.facets);
    expect(facets.filter((f) => f.text.startsWith('750')).map((f) => f.kind)).toEqual(['number']);
  });

  test('a source that ends the sentence after a list is no item of the list ("…, dont trois graves, a indiqué la police")', () => {
    const texts = extractClaims({ id: 'fr', lang: 'fr', text: 'Deux tramways sont entrés en collision mardi matin à Zagreb, faisant 27 blessés, dont trois graves, a indiqué la police.' }).map((c) => c.text);
    expect(texts.some((t) => t.startsWith('a indiqué'))).toBe(false);
    expect(texts.some((t) => t.includes('a indiqué la police'))).toBe(true);
  });

  test('after an adjective, a singular noun that qualifies the next is no unit: the head is ("47 new mpox infections")', () => {
    const ids = extractClaims({ id: 'en', lang: 'en', text: 'Berlin recorded 47 new mpox infections in July.' }).flatMap((c) => c.facets.map((f) => f.id));
    expect(ids).toContain('quantity:47:infection');
  });

  test("the sentence after a dateline's or a credit's dash is read from its own start: a dateline is a claim, a credit none", () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts('LISBON, Nov 18 - The Gloria funicular, popular with tourists, came off its tracks at around 6 p.m.', 'en')).toEqual([
      'LISBON, Nov 18',
      'The Gloria funicular, popular with tourists, came off its tracks at around 6 p.m.',
    ]);
    expect(texts('Lissabon (dpa) - Die Standseilbahn Gloria ist am Mittwochabend in Lissabon entgleist.', 'de')).toEqual(['Die Standseilbahn Gloria ist am Mittwochabend in Lissabon entgleist.']);
  });

  test('a comma after the first part of a compound whose last part comes later cuts nothing ("an Öl-, Gas- und Kohleunternehmen")', () => {
    const text = 'Der Fonds will seine Beteiligungen an Öl-, Gas- und Kohleunternehmen im Wert von rund 15 Milliarden Euro verkaufen.';
    expect(extractClaims({ id: 'de', lang: 'de', text }).map((c) => c.text)).toEqual([text]);
  });
  // Sentences that are one claim, each for a rule: [what, text, language].
  test.each([
    ['a short subject, a phrase set off by commas, a finite verb (no tagger)', 'La partie ferme, un an, sera exécutée sous bracelet électronique.', 'fr'],
    ['a short subject, a phrase set off by commas, a verb known by its ending (no tagger)', 'Les navires, longs de 85 mètres chacun, remplaceront des bateaux vieillissants.', 'fr'],
    ['a name set off by commas between subject and verb (no tagger)', 'Son fils cadet, le prince Harry, doit venir au Royaume-Uni dans les prochains jours.', 'fr'],
    ['a German relative clause after a rank and its noun', 'Norwegen ist das erste Land, das einen solchen Schritt geht.', 'de'],
    ['a German relative clause after "einzige" and its noun', 'Sie ist die einzige Frau, die das geschafft hat.', 'de'],
    ['a clause of reason without a comma', 'The jump will not be recognised by the FIS because it did not take place in a sanctioned competition.', 'en'],
    ['a clause of reason after a comma (car)', "Ce saut ne sera pas homologué par la FIS, car il n'a pas eu lieu lors d'une compétition officielle.", 'fr'],
    ['a clause of reason after a comma (weil)', 'Der Weltverband Fis erkennt den Sprung nicht als Rekord an, weil er nicht bei einem offiziellen Wettkampf erzielt wurde.', 'de'],
    ['a list opened inside the subject with no comma, its verb after it (such as)', 'Tariffs on car parts such as engines and transmissions will follow in May.', 'en'],
    ['a list opened inside the subject with no comma, its verb after it (including)', 'Several countries including France and Italy have banned the drug.', 'en'],
    ['names of places listed inside a clause', 'The move threatens carmakers in Europe, Japan and South Korea.', 'en'],
    ['names of places listed inside a clause (und)', 'Betroffen sind vor allem Hersteller in Europa, Japan und Südkorea.', 'de'],
    ['names of places listed after a phrase that ends in the first', 'Most cases were recorded in England, with others in Scotland, Wales and Northern Ireland.', 'en'],
    ['names of places listed after a phrase that ends in the first (au, en)', "La plupart des cas ont été recensés en Angleterre, d'autres en Écosse, au pays de Galles et en Irlande du Nord.", 'fr'],
    ['names of places listed inside a clause, the last qualified and the clause going on after it', 'The fireball was seen from Austria, Croatia and northern Italy on Thursday evening.', 'en'],
    ['names of places listed inside a clause, the clause going on after the last (und … zu sehen)', 'Der Feuerball war am Donnerstagabend auch in Österreich, Kroatien und Norditalien zu sehen.', 'de'],
    ['names of places listed after a preposition, the clause going on after the last (no tagger)', "Eurostar a annulé samedi tous ses trains entre Londres, Paris, Bruxelles et Amsterdam en raison d'une inondation.", 'fr'],
    ['a short phrase of place after a place that ends the sentence, saying where it lies', 'The reading was taken in Kevo, near the Norwegian border.', 'en'],
    ['a short phrase of place after a place that ends the sentence (près de)', 'Le relevé a été effectué à Kevo, près de la frontière norvégienne.', 'fr'],
    ['names of places listed inside a clause (et)', "L'Anssi a ouvert des bureaux à Lyon, Lille et Marseille.", 'fr'],
    ['who reports, then a comma and what is reported without "dass", to the end of the sentence', 'Der staatliche Gesundheitsdienst NHS teilte mit, die meisten geplanten Operationen würden stattfinden.', 'de'],
    ['who reports, named at length, then a comma and what is reported without "dass"', 'Der Anwalt des Veranstalters Sunbeat Events sagte, die Messungen seien an der falschen Stelle vorgenommen worden.', 'de'],
    ['a source named before the postposition "zufolge"', 'Verkehrsminister Matteo Salvini zufolge könnten die Vorarbeiten im Herbst beginnen.', 'de'],
    ['a condition after a comma (wenn)', 'Ärzte sollten die Mittel nur verschreiben, wenn es unbedingt nötig sei.', 'de'],
    ['a condition after a comma (si)', "Le ministère pourra fermer les écoles, si la situation l'exige.", 'fr'],
    ['a condition after a comma (unless)', 'The strike will go ahead on Monday, unless the government makes a new offer.', 'en'],
    ["a value's baseline after a comma (up from)", 'Sales rose to 1,346 units in 2023, up from 1,165 a year earlier.', 'en'],
    ["a value's baseline after a comma (contre)", 'Les ventes ont atteint 1 346 unités en 2023, contre 1 165 un an plus tôt.', 'fr'],
    ["a value's baseline after a comma (gegenüber)", 'Der Absatz stieg 2023 auf 1346 Einheiten, gegenüber 1165 im Vorjahr.', 'de'],
    ['a bare verb coordinated after an infinitive (to storm … and overthrow)', 'A court jailed the leader of a group that plotted to storm parliament and overthrow the government to 11 years in prison.', 'en'],
    ['a subject of many words with no verb, a phrase set off by commas (a gerund after "for" in it), the verb', 'The water level of the Rhine at the Kaub gauge, a key chokepoint for shipping, fell to 33 centimetres on Wednesday.', 'en'],
    ['a subject of many words with no finite verb, a phrase set off by commas, the verb (no tagger)', "Le niveau du Rhin à l'échelle de Kaub, point de passage clé pour la navigation, est tombé mercredi à 38 centimètres.", 'fr'],
    ["an age set off after the subject, then where its people are from before their verb", 'The pupils, aged 12 to 14, from a school in Upper Austria were staying at a hotel in the Zillertal valley.', 'en'],
    ['a phrase with no verb set off between the subject and its verb (popular with tourists)', 'The Gloria funicular, popular with tourists, came off its tracks at around 6 p.m.', 'en'],
    ['a change by a value after a comma (up)', 'Pilgrim numbers reached a record last year, up 8 percent from the year before.', 'en'],
    ['a change by a value after a comma (ein Plus von)', 'Die Zahl der Pilger erreichte einen Rekord, ein Plus von 6 Prozent zum Vorjahr.', 'de'],
    ["a value's margin over a rival after a comma (behind him)", 'Second was his compatriot Yoann Richomme, about 32 hours behind him.', 'en'],
    ["a value's margin over a rival after a comma (hinter ihm)", 'Zweiter wurde sein Landsmann Yoann Richomme, rund 32 Stunden hinter ihm.', 'de'],
    ["a value's margin over a rival after a comma (derrière le vainqueur)", 'Le Belge a terminé deuxième, 41 secondes derrière le vainqueur.', 'fr'],
    ['a list set off by commas between the subject and its verb (among them)', 'The passengers, among them eleven children, were lowered to the ground one by one.', 'en'],
    ['a list set off by commas between the subject and its verb ("dont" with no verb, no tagger)', "Les passagers, dont onze enfants, ont été descendus un par un à l'aide de cordes.", 'fr'],
    ['a list of several items set off between the subject and its verb', 'Several countries, including France, Italy and Spain, have protested.', 'en'],
    ['a list of several items set off between the subject and its verb (dont, no tagger)', "Plusieurs pays, dont la France, l'Italie et l'Espagne, ont protesté.", 'fr'],
    ['a list of two items set off between the subject and its verb (darunter, no tagger)', 'Elf Länder, darunter Frankreich und Belgien, hatten den Einsatz des Saatguts erlaubt.', 'de'],
    ['a phrase that says what a place is, set off inside a clause that goes on after it (an infinitive)', 'A court ordered the owner of a hotel in Hallstatt, a UNESCO World Heritage site, to tear down an extension.', 'en'],
    ['a phrase that says what a place is, set off inside a clause that goes on after it (no tagger)', 'Le tribunal a condamné le maire de Lyon, une ville de 500 000 habitants, à payer une amende de 5000 euros.', 'fr'],
    ['an apposition opened by an article that is also a relative pronoun, then the predicate (no tagger)', 'Die Postfinance, die Bank der Schweizerischen Post, erhebt ab Dezember eine Gebühr von 0,5 Prozent.', 'de'],
    ['an apposition with no article between the subject and its predicate (no tagger)', 'Die Sozialdemokraten, größte Partei der Regierungskoalition, wollen binnen zwei Wochen einen neuen Kandidaten vorschlagen.', 'de'],
  ] as const)('one claim: %s', (_what, text, lang) => {
    expect(extractClaims({ id: lang, lang, text }).map((c) => c.text)).toEqual([text]);
  });
  test('two claims: a relative clause before the verb, and a relative pronoun of another noun than the rank\'s', () => {
    expect(extractClaims({ id: 'de', lang: 'de', text: 'Das Verbot, das auch für E-Zigaretten gilt, soll im kommenden Juli in Kraft treten.' })).toHaveLength(2);
    // "die" is the drought's, not "dem … Kaffeeproduzenten"'s.
    expect(extractClaims({ id: 'de', lang: 'de', text: 'Grund ist eine schwere Dürre in Brasilien, dem weltgrößten Kaffeeproduzenten, die die nächste Ernte gefährdet.' })).toHaveLength(2);
  });
  test('a phrase opened by a participle after the clause keeps the noun coordinated after it ("…, paid by the government and the regional council")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts('Growers will receive 6,000 euros for every hectare they uproot, paid by the government and the regional council.', 'en')).toContain('paid by the government and the regional council.');
    expect(texts("Les vignerons recevront 6.000 euros par hectare arraché, financés par l'État et la région.", 'fr')).toContain("financés par l'État et la région.");
    // A clause after the coordinator is still a claim of its own.
    expect(texts('Humala, 62, who governed Peru from 2011 to 2016, denied the charges and his lawyer said he would appeal.', 'en')).toContain('and his lawyer said he would appeal.');
  });
  test('a clause of a name and its verb after a clause opener and a comma stands alone, however short ("…, while Belgium abstained")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts('Six countries voted against, while Belgium abstained.', 'en')).toContain('while Belgium abstained.');
    // (As French cuts "…, tandis que la Belgique s'est abstenue".)
    expect(texts("Six pays ont voté contre, tandis que la Belgique s'est abstenue.", 'fr')).toContain("tandis que la Belgique s'est abstenue.");
  });
  test('the rivals after a word of rank are one phrase, no list of claims ("…, devant ceux de Puebla et d\'Hidalgo")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts("L'Etat de Veracruz est le plus touché, avec 18 morts, devant ceux de Puebla et d'Hidalgo.", 'fr')).toContain("devant ceux de Puebla et d'Hidalgo.");
    // Also after a list that a comma and the word of rank end.
    expect(texts('Die meisten Besucher kamen aus Großbritannien, nämlich 18,4 Millionen, gefolgt von Frankreich und Deutschland.', 'de')).toContain('gefolgt von Frankreich und Deutschland.');
  });
  test('the source that ends a sentence after a preposition of attribution is the claim\'s, however long ("…, according to final results published by …", "selon", "laut")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts('The law was backed by 50.4 percent of voters, according to final results published by the federal chancellery.', 'en')).toHaveLength(1);
    expect(texts('La loi a recueilli 50,4 % de oui, selon les résultats définitifs publiés par la Chancellerie fédérale.', 'fr')).toHaveLength(1);
    // A clause of its own after the source still stands alone.
    expect(texts('Prices rose 3 percent, according to the statistics office, and wages fell 2 percent.', 'en').length).toBeGreaterThan(1);
  });
  test('a German infinitive that completes the verb before it stays with it before a short comparison that ends the sentence ("…, unter Schutz zu stellen, wie es 2022 vereinbart worden war")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    const out = texts('UN-Generalsekretär António Guterres forderte die Regierungen auf, bis 2030 30 Prozent der Meere unter Schutz zu stellen, wie es 2022 vereinbart worden war.', 'de');
    expect(out[0]).toBe('UN-Generalsekretär António Guterres forderte die Regierungen auf, bis 2030 30 Prozent der Meere unter Schutz zu stellen');
  });
  test('a second reported clause after a verb of saying is a claim of its own ("… and that a second rocket was being built", "et que", "und dass")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts('Isar Aerospace said the flight had provided valuable data and that a second rocket was already being built.', 'en')).toEqual([
      'Isar Aerospace said the flight had provided valuable data',
      'and that a second rocket was already being built.',
    ]);
    expect(texts('Le ministre a dit que la loi passera et que le vote aura lieu lundi.', 'fr')).toHaveLength(2);
    expect(texts('Er sagte, dass die Firma wachse und dass 200 Stellen entstehen.', 'de')).toHaveLength(2);
    // Without a verb of saying, "and that" joins no reported clause.
    expect(texts('The plan was bold and that worried investors.', 'en')).toHaveLength(1);
    // A reported clause of few words stands alone too, as a count with its own verb does.
    expect(texts('Police said the man was arrested on Monday and that he had confessed to the theft.', 'en')).toEqual([
      'Police said the man was arrested on Monday',
      'and that he had confessed to the theft.',
    ]);
  });
  test('a source set before its clause is no claim of its own ("Selon le service météorologique irlandais, …", "According to …, …")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts('Selon le service météorologique irlandais, le brouillard devrait se dissiper vendredi.', 'fr')).toHaveLength(1);
    expect(texts('According to the Irish weather service, the fog should clear on Friday.', 'en')).toHaveLength(1);
  });
  test('a value set off by a comma with the measure it is given per is a detail of the clause before it ("…, at 21.40 euros per square metre")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts('Lisbon remains the most expensive city, at 21.40 euros per square metre.', 'en')).toHaveLength(1);
    expect(texts('Lisbonne reste la ville la plus chère, à 21,40 euros le mètre carré.', 'fr')).toHaveLength(1);
  });
  test('a count of others with any verb opens a clause of its own ("and nine others fell ill"); a count of others as an object does not', () => {
    const texts = (text: string) => extractClaims({ id: 'en', lang: 'en', text }).map((c) => c.text);
    expect(texts('Two people have died and nine others fell ill in a listeria outbreak.')).toEqual(['Two people have died', 'and nine others fell ill in a listeria outbreak.']);
    expect(texts('He beat two rivals and three others in the race.')).toHaveLength(1);
  });
  test('French "dont" before a verb opens a relative clause that goes on with its subject; before a bare count it opens a list', () => {
    const texts = (text: string) => extractClaims({ id: 'fr', lang: 'fr', text }).map((c) => c.text);
    expect(texts('Le nationaliste flamand Bart De Wever, dont le parti N-VA a remporté le plus de sièges, doit devenir Premier ministre.')).toEqual([
      'Le nationaliste flamand Bart De Wever, dont le parti N-VA a remporté le plus de sièges',
      'doit devenir Premier ministre.',
    ]);
    expect(texts('Douze personnes sont mortes, dont trois enfants.')).toEqual(['Douze personnes sont mortes', 'dont trois enfants.']);
  });
  test('an opener set inside a phrase before the preposition that ends it opens no claim ("grâce notamment à")', () => {
    const texts = (text: string) => extractClaims({ id: 'fr', lang: 'fr', text }).map((c) => c.text);
    expect(texts("La Norvège a battu l'Italie 4-1 grâce notamment à un doublé d'Erling Haaland.")).toHaveLength(1);
    expect(texts("Le trafic a été perturbé en raison notamment de la grève des contrôleurs.")).toHaveLength(1);
  });
  test('an adverb whose last word is an opener opens no claim ("sera en outre limité"); the opener alone does ("Outre la France, …")', () => {
    const texts = (text: string) => extractClaims({ id: 'fr', lang: 'fr', text }).map((c) => c.text);
    expect(texts('Le regroupement familial sera en outre limité aux conjoints et aux enfants mineurs.')).toHaveLength(1);
    expect(texts("L'Italie a voté le texte outre la France et l'Espagne.").length).toBeGreaterThan(1);
  });
  test('a participle after its auxiliary opens no claim ("was followed by"): "followed by" does only as a phrase of its own', () => {
    const texts = extractClaims({ id: 'en', lang: 'en', text: "The blast happened at 14:20 local time and was followed by a flow of lava down the volcano's northern flank." }).map((c) => c.text);
    expect(texts.some((t) => t.startsWith('followed by'))).toBe(false);
    expect(texts.join(' ')).toContain('was followed by a flow of lava');
  });
  test('a clause after a comma is judged with the coordination that ends it', () => {
    const claims = extractClaims({ id: 'en', lang: 'en', text: 'Reese will land at the base near Washington on Sunday, where his wife and two children will be waiting.' }).map((c) => c.text);
    expect(claims).toEqual(['Reese will land at the base near Washington on Sunday', 'where his wife and two children will be waiting.']);
  });

  test('after a subject and a relative clause with a value, a predicate with its own value borrows the subject only', () => {
    const claims = claimsOf(prepare('en', 'The lira, which has lost about 40 percent of its value against the dollar in the past year, gained 2 percent after the decision.'));
    const after = claims.find((c) => c.text.startsWith('gained'))!;
    expect(after.context.map((a) => a.key)).toContain('concept:lira');
    expect(after.context.map((a) => a.key)).not.toContain('num:40');
    expect(after.context.map((a) => a.key)).not.toContain('concept:dollar');
    // A clause without a value lends what it is about: "The ban, which also covers e-cigarettes, is expected …".
    const ban = claimsOf(prepare('en', 'The ban, which also covers e-cigarettes, is expected to come into force in January next year if parliament approves it.'));
    const pred = ban.find((c) => c.text.startsWith('is expected'))!;
    expect(pred.context.map((a) => a.key)).toEqual(expect.arrayContaining(['concept:ban', 'concept:tobacco']));
  });

  test('a German article after a comma opens no relative clause where no word can be a verb ("…, die Linke auf 11 Prozent, die SPD auf 7,4 Prozent")', () => {
    const claims = claimsOf(prepare('de', 'Die CDU kam auf 27,1 Prozent, die Linke auf 11 Prozent, die SPD auf 7,4 Prozent.'));
    const spd = claims.find((c) => c.text.startsWith('die SPD'))!;
    expect(spd.context.map((a) => a.key)).not.toContain('num:11');
    // A relative clause, with its verb, is still one.
    const rel = claimsOf(prepare('de', 'Er nannte die Zahl der Toten, die am Montag auf 45 gestiegen war.'));
    expect(rel.find((c) => c.text.startsWith('die am Montag'))!.context.map((a) => a.key)).toContain('concept:kill');
  });

  test('a comma between two numbers lists them, no cut ("im Alter von 7, 10 und 13 Jahren")', () => {
    const text = 'Die drei Kinder im Alter von 7, 10 und 13 Jahren sind in dem Land geboren oder aufgewachsen und sprechen Niederländisch.';
    expect(extractClaims({ id: 'de', lang: 'de', text }).map((c) => c.text)[0]).toContain('im Alter von 7, 10 und 13 Jahren sind');
  });

  test('an age between a name and its verb keeps them one claim, also after a name not read as a person\'s ("Sun, 24 ans, a remporté")', () => {
    const text = "DOHA, 25 mai - La Chinoise Sun Yingsha a conservé dimanche son titre. Sun, 24 ans, a remporté les trois dernières manches.";
    const claims = extractClaims({ id: 'fr', lang: 'fr', text }).map((c) => c.text);
    expect(claims).toContain('Sun, 24 ans, a remporté les trois dernières manches.');
  });

  test('a French modal verb after a coordinator opens a clause, as a tagger finds one in English ("mais peut dépérir", "et doit rapporter")', () => {
    const fr = claimsOf(prepare('fr', "Le corail blanchi n'est pas mort mais peut dépérir si la chaleur dure plusieurs semaines.")).map((c) => c.text);
    expect(fr).toEqual(["Le corail blanchi n'est pas mort", 'mais peut dépérir si la chaleur dure plusieurs semaines.']);
    const en = claimsOf(prepare('en', 'Bleached coral is not dead but can starve if the heat lasts for weeks.')).map((c) => c.text);
    expect(en).toHaveLength(2);
  });

  test('a count after a coordinator with a comparator before it or a scale word after it is the subject of a clause ("and more than 6 million followed")', () => {
    const texts = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.text);
    expect(texts('en', 'About 18,000 fans watched in the arena and more than 6 million followed the final online.')).toEqual(['About 18,000 fans watched in the arena', 'and more than 6 million followed the final online.']);
    expect(texts('fr', 'Environ 18 000 spectateurs étaient présents et plus de 6 millions ont suivi la finale en ligne.')).toHaveLength(2);
    // Two amounts joined are one value's list, no clause.
    expect(texts('en', 'The company earned 5 million dollars and 3 million euros last year.')).toHaveLength(1);
  });

  test('a German strong verb in the past after "und" opens a clause, the present does not ("und trug … bei" / "und sieht darin")', () => {
    const de = (text: string) => claimsOf(prepare('de', text)).map((c) => c.text);
    expect(de('Novotny führte das Land von 2003 bis 2013 und trug maßgeblich zum EU-Beitritt bei.')).toEqual(['Novotny führte das Land von 2003 bis 2013', 'und trug maßgeblich zum EU-Beitritt bei.']);
    expect(de('Er war im Juli 2021 festgenommen worden und sieht darin eine Vergeltung für seine Berichte.')).toHaveLength(1);
  });

  test('a verb phrase joined by "and" borrows who from the clause before it ("… and has promised emergency aid")', () => {
    const claims = claimsOf(prepare('en', 'Agriculture Minister Claire Morel is due to visit the region on Friday and has promised emergency aid.'));
    expect(claims.map((c) => c.text)).toEqual(['Agriculture Minister Claire Morel is due to visit the region on Friday', 'and has promised emergency aid.']);
    expect(claims[1]!.context.map((a) => a.key)).toContain('person:morel');
    const fr = claimsOf(prepare('fr', "La ministre de l'Agriculture Claire Morel se rendra vendredi dans la région et a promis une aide d'urgence."));
    expect(fr.find((c) => c.text.startsWith('et a promis'))!.context.map((a) => a.key)).toContain('person:morel');
    // Not when the piece has a subject of its own.
    const own = claimsOf(prepare('en', 'Agriculture Minister Claire Morel is due to visit the region on Friday, and the government has promised emergency aid.'));
    expect(own.map((c) => c.text)).toHaveLength(2);
    expect(own[1]!.context.map((a) => a.key)).not.toContain('person:morel');
  });

  test('what follows the dash after a dateline is no part of the dateline, however short ("STOCKHOLM, 23 novembre - Les sociaux-démocrates suédois, dans l\'opposition, …")', () => {
    const claims = extractClaims({ id: 'fr', lang: 'fr', text: "STOCKHOLM, 23 novembre - Les sociaux-démocrates suédois, dans l'opposition, ont élu samedi Karin Lund à leur tête." }).map((c) => c.text);
    expect(claims[0]).toBe('STOCKHOLM, 23 novembre');
  });

  test('"and" inside the name of a body is no cut ("the Swedish Agency for Marine and Water Management"); between places it is', () => {
    const claims = extractClaims({ id: 'en', lang: 'en', text: 'Authorities closed 14 beaches on Wednesday, the Swedish Agency for Marine and Water Management said.' }).map((c) => c.text);
    expect(claims).toEqual(['Authorities closed 14 beaches on Wednesday', 'the Swedish Agency for Marine and Water Management said.']);
    // Two places joined by "and" after a comma are two names, each of a place: the list stays in its clause.
    const places = extractClaims({ id: 'en', lang: 'en', text: 'The raids took place in Spain, Portugal, Italy, Belgium, the Netherlands and Romania.' }).map((c) => c.text);
    expect(places).toEqual(['The raids took place in Spain, Portugal, Italy, Belgium, the Netherlands and Romania.']);
  });

  test('German "aber" right after a verb is an adverb, not a coordinator ("wolle aber die Regierung schützen")', () => {
    const claims = extractClaims({ id: 'de', lang: 'de', text: 'Die 48-Jährige wies eine bewusste Täuschung zurück, wolle aber die Regierung schützen.' }).map((c) => c.text);
    expect(claims).toEqual(['Die 48-Jährige wies eine bewusste Täuschung zurück', 'wolle aber die Regierung schützen.']);
    // After a noun too, where no comma stands before it ("werde ihren Kurs aber nicht ändern").
    const noun = extractClaims({ id: 'de', lang: 'de', text: 'Der Premierminister nannte das Ergebnis enttäuschend, die Regierung werde ihren Kurs aber nicht ändern.' }).map((c) => c.text);
    expect(noun).toEqual(['Der Premierminister nannte das Ergebnis enttäuschend', 'die Regierung werde ihren Kurs aber nicht ändern.']);
  });

  test('German: a comma between two clauses that each end in a verb joins clauses, no list ("…schlossen, Fluglotsen und Grenzbeamte müssen … weiterarbeiten")', () => {
    const claims = extractClaims({ id: 'de', lang: 'de', text: 'Nationalparks und Museen in der Hauptstadt schlossen, Fluglotsen und Grenzbeamte müssen ohne Lohn weiterarbeiten.' }).map((c) => c.text);
    expect(claims).toEqual(['Nationalparks und Museen in der Hauptstadt schlossen', 'Fluglotsen und Grenzbeamte müssen ohne Lohn weiterarbeiten.']);
    // Two comma pieces or more are items of a list still.
    const list = extractClaims({ id: 'de', lang: 'de', text: 'Das Parlament hat am Dienstag ein Gesetz verabschiedet, das Zucht, Schlachtung und Verkauf von Hunden zum Verzehr verbietet.' }).map((c) => c.text);
    expect(list).toContain('Schlachtung');
    // Nor where each piece before the coordinated one holds a strong verb, its verb second: "und Decken" is an object.
    const v2 = extractClaims({ id: 'de', lang: 'de', text: 'Die Heizung blieb in Betrieb, die Fahrgäste erhielten Essen und Decken.' }).map((c) => c.text);
    expect(v2).toEqual(['Die Heizung blieb in Betrieb', 'die Fahrgäste erhielten Essen und Decken.']);
    // An infinitive whose object holds "und" completes the verb before it: one claim.
    const inf = extractClaims({ id: 'de', lang: 'de', text: 'Anwohner im Umkreis von drei Kilometern wurden aufgefordert, Fenster und Türen geschlossen zu halten.' }).map((c) => c.text);
    expect(inf).toHaveLength(1);
  });

  test('German "wie" before an attribution that ends the sentence opens no list: "…, wie die Polizei mitteilte" stays with its claim, as ", police said" does', () => {
    const de = extractClaims({ id: 'de', lang: 'de', text: 'Passanten überwältigten die Angreiferin, wie die Polizei mitteilte.' }).map((c) => c.text);
    expect(de).toEqual(['Passanten überwältigten die Angreiferin, wie die Polizei mitteilte.']);
    const en = extractClaims({ id: 'en', lang: 'en', text: 'Passers-by overpowered her, police said.' }).map((c) => c.text);
    expect(en).toHaveLength(1);
    // "wie" before examples still opens a list.
    const list = extractClaims({ id: 'de', lang: 'de', text: 'Betroffen sind mehrere Städte, wie Berlin, Hamburg und München.' }).map((c) => c.text);
    expect(list.length).toBeGreaterThan(1);
  });

  test('German pieces that end in their verbs are clauses, no items of a list ("Selenskyj, der per Video zugeschaltet war, bedankte sich und sagte, …")', () => {
    const claims = extractClaims({ id: 'de', lang: 'de', text: 'Der ukrainische Präsident Wolodymyr Selenskyj, der per Video zugeschaltet war, bedankte sich und sagte, die Hilfe werde die Stabilität seines Landes stärken.' }).map((c) => c.text);
    expect(claims).toEqual(['Der ukrainische Präsident Wolodymyr Selenskyj, der per Video zugeschaltet war, bedankte sich und sagte', 'die Hilfe werde die Stabilität seines Landes stärken.']);
    // Items that end in their nouns are a list still.
    const list = extractClaims({ id: 'de', lang: 'de', text: 'Das Parlament hat am Dienstag ein Gesetz verabschiedet, das Zucht, Schlachtung und Verkauf von Hunden zum Verzehr verbietet.' }).map((c) => c.text);
    expect(list).toContain('Schlachtung');
  });

  test('a German clause ending in a noun of concluding and the "dass" clause after it are one claim ("Das Gericht kam zu dem Schluss, dass …")', () => {
    const de = extractClaims({ id: 'de', lang: 'de', text: 'Das Gericht kam zu dem Schluss, dass Google seine marktbeherrschende Stellung missbraucht habe.' }).map((c) => c.text);
    expect(de).toHaveLength(1);
  });

  test('a German clause ending in a participle of deciding or saying and the "dass" clause after it are one claim, as English writes them', () => {
    const de = extractClaims({ id: 'de', lang: 'de', text: 'Das Oberste Gericht des Bundesstaats hat am Freitag entschieden, dass eingefrorene Embryonen als Kinder gelten.' }).map((c) => c.text);
    expect(de).toHaveLength(1);
    const en = extractClaims({ id: 'en', lang: 'en', text: "The state's Supreme Court ruled on Friday that frozen embryos are children." }).map((c) => c.text);
    expect(en).toHaveLength(1);
  });

  test('a clause opened by "when" / "lorsque" is a claim of its own', () => {
    const en = extractClaims({ id: 'en', lang: 'en', text: 'The ferry was carrying 312 passengers from Stockholm to Riga when the fire started on its car deck.' }).map((c) => c.text);
    expect(en).toEqual(['The ferry was carrying 312 passengers from Stockholm to Riga', 'when the fire started on its car deck.']);
    const fr = extractClaims({ id: 'fr', lang: 'fr', text: 'Le ferry reliait Stockholm à Riga avec 360 personnes à bord lorsque le feu s’est déclaré sur le pont.' }).map((c) => c.text);
    expect(fr).toHaveLength(2);
  });

  test('lists give one claim per item ("including the CSTO, the EAEU and the SCO")', () => {
    const claims = extractClaims(seed('003')).map((c) => c.text);
    expect(claims.some((c) => c.includes('(CSTO)') && !c.includes('(EAEU)'))).toBe(true);
    expect(claims.some((c) => c.includes('(EAEU)') && !c.includes('(SCO)'))).toBe(true);
  });

  test('an enumeration closed by a coordinator that also opens clauses ("A, B sowie C") is split into items', () => {
    const text = 'Im Mittelpunkt der Gespräche standen die Inflation, Lohnforderungen sowie steigende Energiepreise, wobei die Gewerkschaften mit weiteren Streiks drohten.';
    const claims = extractClaims({ id: 'de', text }).map((c) => c.text);
    expect(claims).toContain('Lohnforderungen');
    expect(claims).toContain('sowie steigende Energiepreise');
    expect(claims.some((c) => c.includes('Inflation') && !c.includes('Lohnforderungen'))).toBe(true);
  });

  test.each([
    ['fr', "Un tunnel ferroviaire de 55 kilomètres sous les Alpes, entre l'Autriche et l'Italie, a été ouvert dimanche aux trains de voyageurs.", "entre l'Autriche et l'Italie"],
    ['en', 'A rail tunnel of 55 kilometres under the Alps, between Austria and Italy, opened to passenger trains on Sunday.', 'between Austria and Italy'],
    ['de', 'Ein Eisenbahntunnel von 55 Kilometern unter den Alpen, zwischen Österreich und Italien, wurde am Samstag eröffnet.', 'zwischen Österreich und Italien'],
  ])('"between A and B" is one phrase, not a list of two items: %s', (lang, text, pair) => {
    const claims = extractClaims({ id: lang, text, lang: lang as 'en' }).map((c) => c.text);
    expect(claims.some((c) => c.includes(pair))).toBe(true);
  });

  test('a name that closes the sentence after a comma is no claim of its own', () => {
    const text = "« C'est très inquiétant », a déclaré le directeur général de l'OMS, Tedros Adhanom Ghebreyesus.";
    const claims = extractClaims({ id: 'fr', text, lang: 'fr' }).map((c) => c.text);
    expect(claims).not.toContain('Tedros Adhanom Ghebreyesus.');
    expect(claims.some((c) => c.includes("directeur général de l'OMS, Tedros Adhanom Ghebreyesus"))).toBe(true);
  });

  test('German: a participle phrase set off after the subject goes on with the predicate; a relative clause does not', () => {
    const one = extractClaims({ id: 'de', lang: 'de', text: 'Eine neue Variante des Virus, Klade Ib genannt, scheint sich durch engen Kontakt leichter zu verbreiten.' }).map((c) => c.text);
    expect(one).toEqual(['Eine neue Variante des Virus, Klade Ib genannt, scheint sich durch engen Kontakt leichter zu verbreiten.']);
    const rel = extractClaims({ id: 'de', lang: 'de', text: 'Der Franzose, der in Austin im US-Bundesstaat Texas trainiert, hatte bei den Olympischen Spielen vier Titel gewonnen.' }).map((c) => c.text);
    expect(rel.length).toBeGreaterThan(1);
  });

  test('a place set off by commas between a subject and its verb goes on with the clause; not before "et"', () => {
    const one = extractClaims({ id: 'fr', lang: 'fr', text: "Des milliers de salariés de l'usine Stellantis de Mirafiori, à Turin, ont observé jeudi une grève de huit heures." }).map((c) => c.text);
    expect(one).toEqual(["Des milliers de salariés de l'usine Stellantis de Mirafiori, à Turin, ont observé jeudi une grève de huit heures."]);
    const two = extractClaims({ id: 'fr', lang: 'fr', text: 'Des cambrioleurs se sont introduits samedi dans le musée de la Voûte verte, à Dresde, et ont dérobé onze bijoux du XVIIIe siècle.' }).map((c) => c.text);
    expect(two.length).toBeGreaterThan(1);
  });

  test('German: an infinitive after a comma that ends the sentence completes the verb before it', () => {
    const claims = extractClaims({ id: 'de', lang: 'de', text: 'Der Konzern hatte im vergangenen Monat angekündigt, die Produktion des elektrischen Fiat 500 wegen schwacher Nachfrage zu drosseln.' }).map((c) => c.text);
    expect(claims).toEqual(['Der Konzern hatte im vergangenen Monat angekündigt, die Produktion des elektrischen Fiat 500 wegen schwacher Nachfrage zu drosseln.']);
  });

  test('a value restated in another unit after a comma stays with its clause (", soit 32 milliards de dollars", ", or 32 billion dollars")', () => {
    const fr = 'Le projet devrait coûter environ 466 000 milliards de roupies, soit 32 milliards de dollars.';
    expect(extractClaims({ id: 'fr', lang: 'fr', text: fr }).map((c) => c.text)).toEqual([fr]);
    const en = 'The project is expected to cost about 466 trillion rupiah, or 32 billion dollars.';
    expect(extractClaims({ id: 'en', lang: 'en', text: en }).map((c) => c.text)).toEqual([en]);
  });

  test('German: a clause of purpose after a comma that ends the sentence stays with it, as "to …" and "pour …" do', () => {
    const text = 'Die meisten Autos zahlen nun 12 Dollar pro Tag, um in den belebtesten Teil Manhattans zu fahren.';
    expect(extractClaims({ id: 'de', lang: 'de', text }).map((c) => c.text)).toEqual([text]);
    // And an infinitive before an attribution that ends the sentence.
    const said = 'Die Airline habe der Frau verweigert, ohne Begleitperson einen Flug nach Gran Canaria zu besteigen, sagte ein Sprecher.';
    expect(extractClaims({ id: 'de', lang: 'de', text: said }).map((c) => c.text)).toEqual([said]);
    // And an infinitive before it that completes the verb.
    const two = 'Zwei Mitarbeiter sollen Kunden geholfen haben, Briefkastenfirmen in Steueroasen zu gründen, um Geld vor dem Fiskus zu verstecken.';
    expect(extractClaims({ id: 'de', lang: 'de', text: two }).map((c) => c.text)).toEqual([two]);
  });

  test('a list item too short to stand alone meets its counterpart through the list\'s predicate', async () => {
    const report = await compare([
      { id: 'en', text: 'The ministers discussed several threats, including terrorism, cyberattacks and drug trafficking.' },
      { id: 'fr', text: 'Les ministres ont évoqué plusieurs menaces, dont le terrorisme, les cyberattaques et le trafic de drogue.' },
    ]);
    const { claim, together } = lookups(report);
    // Each item is its own claim, with its own span only…
    const terrorismEn = claim('en', 'terrorism');
    const terrorismFr = claim('fr', 'terrorisme');
    expect(terrorismEn.text).not.toContain('threats');
    expect(terrorismFr.text).not.toContain('menaces');
    // …and finds the same item of the other version, not another item.
    expect(together(terrorismEn.id, terrorismFr.id)).toBe(true);
    expect(together(claim('en', 'cyberattacks').id, claim('fr', 'cyberattaques').id)).toBe(true);
    expect(together(terrorismEn.id, claim('fr', 'cyberattaques').id)).toBe(false);
  });

  test('a next sentence with another amount of a unit does not join the group where its version already agreed on one', async () => {
    const report = await compare([
      { id: 'en', text: 'The banker was found guilty of tax evasion, causing damage of about 180 million euros. He must also repay 14 million euros in profits.' },
      { id: 'de', text: 'Der Banker wurde der Steuerhinterziehung schuldig gesprochen. Der Schaden liege bei rund 180 Millionen Euro.' },
    ]);
    const { claim, together } = lookups(report);
    expect(together(claim('en', '180 million').id, claim('de', 'Schaden').id)).toBe(true);
    expect(together(claim('en', 'repay').id, claim('de', 'Schaden').id)).toBe(false);
    // No conflict: 14 million repaid is no other figure for the damage.
    expect(report.pairs[0]!.conflicts.map((k) => k.a.text + ' / ' + k.b.text)).toEqual([]);
  });

  test('a phrase before the subject pronoun stays with its clause ("Âgé de 24 ans, il a lâché…")', () => {
    const claims = extractClaims({ id: 'fr', text: "Âgé de 24 ans, il a lâché l'Éthiopien Tadese Abera après le 35e kilomètre.", lang: 'fr' });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.facets.map((f) => f.id)).toEqual(expect.arrayContaining(['duration:24Y', 'person:aber']));
    // An age stays with any subject after it.
    const coach = extractClaims({ id: 'fr', text: "Âgé de 52 ans, le technicien était en poste depuis juillet 2024.", lang: 'fr' });
    expect(coach).toHaveLength(1);
  });

  test.each([
    ['en', 'Rather than continue a jump-off, the two friends asked officials whether they could both take gold.'],
    ['fr', "Plutôt que de poursuivre par un barrage, les deux amis ont demandé aux officiels s'ils pouvaient recevoir tous deux l'or."],
    ['en', 'Instead of raising taxes, the government cut spending by 2 billion euros.'],
  ])('a phrase of what was not done instead stays with its clause: %s', (lang, text) => {
    expect(extractClaims({ id: lang, text, lang })[0]!.text.startsWith(text.slice(0, 12))).toBe(true);
    expect(extractClaims({ id: lang, text, lang })[0]!.end).toBeGreaterThan(text.indexOf(',') + 10);
  });

  test('two claims that each say one thing, the same, are one fact ("It was not a cyberattack." / "… nicht um einen Cyberangriff.")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'A cloud outage disrupted thousands of websites in Europe on Monday. The company blamed a faulty update. It was not a cyberattack.' },
      { id: 'de', lang: 'de', text: 'Eine Cloud-Störung hat am Montag Tausende Websites in Europa lahmgelegt. Das Unternehmen machte ein fehlerhaftes Update verantwortlich. Es handelte sich nicht um einen Cyberangriff.' },
    ]);
    const text = (id: string) => r.claims.find((c) => c.id === id)!.text;
    expect(r.groups.map((g) => g.claims.map(text))).toContainEqual(['It was not a cyberattack.', 'Es handelte sich nicht um einen Cyberangriff.']);
  });

  test('a quote and its verb of saying say one thing: the verb is who said it ("\"That is simply too long,\" she said")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'Many people waited more than a year for a residence permit, the ombudswoman said. "That is simply too long," she said.' },
      { id: 'de', lang: 'de', text: 'Viele Menschen warteten mehr als ein Jahr auf einen Aufenthaltstitel, sagte die Volksanwältin. "Das ist schlicht zu lang."' },
    ]);
    const text = (id: string) => r.claims.find((c) => c.id === id)!.text;
    expect(r.groups.map((g) => g.claims.map(text))).toContainEqual(['"That is simply too long," she said.', '"Das ist schlicht zu lang."']);
  });

  test('a list that opens the sentence is its subject, not a list of claims ("Spätfrost, Hagel und Mehltau hatten …")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('Spätfrost, Hagel und Mehltau hatten den Reben im Frühjahr schwer zugesetzt.', 'de')).toEqual([
      'Spätfrost, Hagel und Mehltau hatten den Reben im Frühjahr schwer zugesetzt.',
    ]);
  });

  test('German: two nouns joined before their clause\'s verb are one subject ("…, mehr als 148.000 Haushalte und Betriebe waren ohne Strom")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('Ein Mann kam ums Leben, mehr als 148.000 Haushalte und Betriebe waren ohne Strom, wie die Behörden am Samstag mitteilten.', 'de')).toEqual([
      'Ein Mann kam ums Leben',
      'mehr als 148.000 Haushalte und Betriebe waren ohne Strom',
      'wie die Behörden am Samstag mitteilten.',
    ]);
    // (A list of places whose participle closes the clause stays a list; a clause with its own verb before "und" stays a clause.)
    expect(texts('Eurostar hat alle Züge zwischen London, Paris, Brüssel und Amsterdam gestrichen.', 'de')).not.toContain('Brüssel und Amsterdam gestrichen.');
    expect(texts('Ein Mann starb im Feuer, und zwei Kinder wurden schwer verletzt.', 'de')).toEqual(['Ein Mann starb im Feuer', 'und zwei Kinder wurden schwer verletzt.']);
  });

  test('a name or an age set off by commas inside a clause is an apposition: the clause goes on after it', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    const de = 'Ein Gericht in Lyon hat den früheren Bürgermeister von Villeneuve, Marc Aubert, am Mittwoch wegen Korruption und Geldwäsche zu acht Jahren Haft verurteilt.';
    expect(texts(de, 'de')).toEqual([de]);
    const en = 'The court found that Marc Aubert, 61, had accepted bribes worth 2.3 million euros from construction companies.';
    expect(texts(en, 'en')).toEqual([en]);
    const fr = "Le ministre de l'Énergie, Milosz Motyka, a exclu une cyberattaque et ordonné une enquête.";
    expect(texts(fr, 'fr')).toEqual([fr]);
    // A name after a title too ("M. Abdellatif Hammouchi").
    const titled = "Du 27 au 29 mai, M. Abdellatif Hammouchi, a participé activement à la réunion internationale de Moscou.";
    expect(texts(titled, 'fr')).toEqual([titled]);
    // An age phrase between a subject and its verb too.
    expect(texts('Les trois hommes, âgés de 28 à 41 ans, ont maîtrisé un gardien vers 4 heures.', 'fr')).toEqual(['Les trois hommes, âgés de 28 à 41 ans, ont maîtrisé un gardien vers 4 heures.']);
    // In English, where the tagger shows no verb after it, the apposition followed an object: the phrase after it is a piece of its own.
    expect(texts('Prosecutors had sought up to 12 years for Elif Kaya, 41, over articles she wrote about the Kurdish conflict.', 'en')).toEqual([
      'Prosecutors had sought up to 12 years for Elif Kaya, 41',
      'over articles she wrote about the Kurdish conflict.',
    ]);
    // In English, a run of capitalised words no lexicon knows between a subject and its verb is a name too.
    expect(texts('The operator, Air Glacier Rescue, said it had grounded its fleet of nine helicopters.', 'en')).toHaveLength(1);
    // A clause interrupted by such a name is judged whole: "and said the state secretary, …, would run …" stands alone.
    expect(texts('Prime Minister Robert Fico accepted the resignation and said the state secretary, Eva Horváthová, would run the ministry until a successor is named.', 'en')).toEqual([
      'Prime Minister Robert Fico accepted the resignation',
      'and said the state secretary, Eva Horváthová, would run the ministry until a successor is named.',
    ]);
    // A list of names is still a list.
    expect(texts('The prize went to three researchers, Anna Berg, Kenji Watanabe and Paul Martin, for their work on batteries.', 'en').length).toBeGreaterThan(1);
  });

  test('a piece that is nothing but a value is a detail of the piece before it ("…, avec 3,4 millions de kilomètres carrés")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    const fr = "Seule l'année 2012 avait connu un minimum plus bas, avec 3,4 millions de kilomètres carrés.";
    expect(texts(fr, 'fr')).toEqual([fr]);
    const de = 'Die Inflation im Euroraum ist im März auf 2,2 Prozent gesunken, nach 2,4 Prozent im Februar.';
    expect(texts(de, 'de')).toEqual([de]);
  });

  test('German "und" after a word cut short joins two compounds, not two clauses ("das US-Schnee- und Eisdatenzentrum")', () => {
    const texts = (text: string) => extractClaims({ id: 'de', text, lang: 'de' }).map((c) => c.text);
    const claims = texts('Am 14. September bedeckte es nur noch 4,1 Millionen Quadratkilometer, wie das US-Schnee- und Eisdatenzentrum NSIDC am Mittwoch mitteilte.');
    expect(claims.some((c) => c.includes('US-Schnee- und Eisdatenzentrum'))).toBe(true);
  });

  test('how a version attributes a fact ("said" / "a annoncé") is wording, not a detail the other leaves out', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'Airbus shares rose 2% in Paris, the company said.' },
      { id: 'fr', lang: 'fr', text: "L'action Airbus a gagné 2 % à Paris, a annoncé l'entreprise." },
    ]);
    const details = r.pairs.flatMap((p) => [...p.onlyInA, ...p.onlyInB]).map((x) => x.text);
    expect(details).not.toContain('annoncé');
    expect(details).not.toContain('said');
  });

  test('a verbless opening phrase is no claim of its own before a participle phrase either ("On the sidelines of this forum, marked by …,")', () => {
    const texts = (text: string) => extractClaims({ id: 'en', text, lang: 'en' }).map((c) => c.text);
    const claims = texts('On the sidelines of this international forum, marked by a series of meetings on security cooperation, the Director General held bilateral talks.');
    expect(claims).not.toContain('On the sidelines of this international forum');
  });

  test('a dateline before a dash is a piece of its own, in May too (English "may" is also a modal verb)', () => {
    const texts = (text: string) => extractClaims({ id: 'en', text, lang: 'en' }).map((c) => c.text);
    expect(texts('LYON, May 22 - A French court on Thursday sentenced the former club president to four years in prison.')[0]).toBe('LYON, May 22');
    expect(texts('LYON, June 22 - A French court on Thursday sentenced the former club president to four years in prison.')[0]).toBe('LYON, June 22');
  });

  test("an agency's credit before the opening dash is no claim and no part of the first one", () => {
    const claims = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(claims('Madrid (dpa) - Die spanische Regierung hat am Dienstag ein Gesetz auf den Weg gebracht.', 'de')).toEqual([
      'Die spanische Regierung hat am Dienstag ein Gesetz auf den Weg gebracht.',
    ]);
    expect(claims('PARIS (Reuters) – The French government said on Tuesday it would raise taxes.', 'en')[0]).toBe('The French government said on Tuesday it would raise taxes.');
    // A dateline with its day is kept (it meets other datelines).
    expect(claims('MADRID, Feb 3 (Reuters) - The Spanish government approved a bill on Tuesday.', 'en')[0]).toBe('MADRID, Feb 3 (Reuters)');
  });

  test('a town alone before the opening dash is no claim and no part of the first one; a name before a dash in a title stays', () => {
    const claims = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(claims('Kopenhagen - Das Oberste Gericht Dänemarks hat am Dienstag eine Geldstrafe bestätigt.', 'de')).toEqual(['Das Oberste Gericht Dänemarks hat am Dienstag eine Geldstrafe bestätigt.']);
    expect(claims('Frankfurt am Main - Die Europäische Zentralbank hat die Zinsen gesenkt.', 'de')).toEqual(['Die Europäische Zentralbank hat die Zinsen gesenkt.']);
    expect(claims('Dakar – The Minister of the Interior said on Tuesday that the border would reopen.', 'en')[0]).toBe('The Minister of the Interior said on Tuesday that the border would reopen.');
    // (In a title, a name before a dash is what the title is about.)
    expect(claims('Merz - Ein Kanzler unter Druck\n\nDer Bundeskanzler hat am Montag eine Regierungserklärung abgegeben.', 'de')[0]).toBe('Merz - Ein Kanzler unter Druck');
    // (Nor a name before a phrase set off by two dashes.)
    expect(claims("Ryanair - Europe's largest airline - said on Monday it would cut routes.", 'en')[0]).toContain('Ryanair');
    // (Nor is a longer subject before a dash one: "Die Regierung – so heißt es – will …".)
    expect(claims('Die neue Regierung - so heißt es in Berlin - will die Steuern senken.', 'de').join(' ')).toContain('Die neue Regierung');
  });

  test("a credit or a town set aside before the opening dash is listed as removed, with its reason", async () => {
    const a = 'Kopenhagen - Das Oberste Gericht hat am Dienstag eine Geldstrafe bestätigt.';
    const b = 'Madrid (dpa) - Das Oberste Gericht hat am Dienstag eine Geldstrafe bestätigt.';
    const r = await compare([{ id: 'a', lang: 'de', text: a }, { id: 'b', lang: 'de', text: b }]);
    expect(r.removed.map((x) => [x.source, x.reason, (x.source === 'a' ? a : b).slice(x.start, x.end)])).toEqual([
      ['a', 'credit', 'Kopenhagen'],
      ['b', 'credit', 'Madrid (dpa)'],
    ]);
  });

  test('a dateline meets only another dateline, not the first fact that shares its place and day', async () => {
    const r = await compare([
      { id: '003', lang: 'en', text: seed('003').text },
      { id: '004', lang: 'de', text: seed('004').text },
    ]);
    const text = (id: string) => r.claims.find((c) => c.id === id)!.text;
    const dateline = r.groups.find((g) => g.claims.map(text).includes('Moskau, 29. Mai 2025'));
    expect(dateline?.claims.map(text).some((t) => t.startsWith('The Director General'))).not.toBe(true);
    // A sentence that says more than where and when is no dateline ("Die Verleihung findet am 10. Dezember in Stockholm statt").
    const c = await compare([
      { id: 'en', lang: 'en', text: 'The laureates will receive their awards at a ceremony in Stockholm on December 10.' },
      { id: 'de', lang: 'de', text: 'Die Verleihung findet am 10. Dezember in Stockholm statt.' },
    ]);
    expect(c.groups).toHaveLength(1);
  });

  test("a dateline with the agency's credit is still a dateline and meets the other version's", async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'MADRID, Feb 3 (Reuters) - The Spanish government approved a bill on Tuesday to cut working hours.' },
      { id: 'fr', lang: 'fr', text: 'MADRID, 3 février - Le gouvernement espagnol a adopté mardi un projet de loi visant à réduire le temps de travail.' },
    ]);
    const text = (id: string) => r.claims.find((c) => c.id === id)!.text;
    expect(r.groups.map((g) => g.claims.map(text).sort())).toContainEqual(['MADRID, 3 février', 'MADRID, Feb 3 (Reuters)']);
  });

  test('a title holds a sentence of the text only as far as it covers that sentence, not the other way round', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'Archaeologists uncover Roman shipwreck off Sardinia\n\nItalian archaeologists have discovered the wreck of a Roman merchant ship with hundreds of intact amphorae off the coast of Sardinia, the culture ministry said on Tuesday.' },
      { id: 'de', lang: 'de', text: 'Römisches Schiffswrack vor Sardinien entdeckt\n\nItalienische Archäologen haben vor der Küste Sardiniens das Wrack eines römischen Handelsschiffs mit Hunderten intakter Amphoren entdeckt, wie das Kulturministerium am Dienstag mitteilte. Es ist bereits das dritte römische Wrack, das in diesem Jahr vor Sardinien entdeckt wurde.' },
    ]);
    const text = (id: string) => r.claims.find((c) => c.id === id)!.text;
    // The German "third wreck this year" is a fact the English version leaves out, not the English title.
    expect(r.groups.some((g) => g.claims.map(text).includes('Archaeologists uncover Roman shipwreck off Sardinia') && g.claims.map(text).some((t) => t.includes('in diesem Jahr')))).toBe(false);
  });

  test('a subject set off by a participle phrase is read with it and with its predicate, not as a claim of its own', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('Le mouvement de 48 heures, lancé par le syndicat des pilotes, a commencé à minuit à Francfort.', 'fr')).toEqual([
      'Le mouvement de 48 heures, lancé par le syndicat des pilotes, a commencé à minuit à Francfort.',
    ]);
    expect(texts('Der zweitägige Streik der Piloten, organisiert von der Gewerkschaft, begann um Mitternacht in Frankfurt.', 'de')).toEqual([
      'Der zweitägige Streik der Piloten, organisiert von der Gewerkschaft, begann um Mitternacht in Frankfurt.',
    ]);
    // Also a participle whose ending most nouns have ("arrêté", as "société"), after a phrase too long to pass for a role.
    expect(texts("L'homme, arrêté en février sur la base d'un mandat, a été remis lundi à des agents du FBI.", 'fr')).toEqual([
      "L'homme, arrêté en février sur la base d'un mandat, a été remis lundi à des agents du FBI.",
    ]);
    // English, with the tagger: a participle after the subject, the verb after the phrase.
    expect(texts('The fee, introduced as a trial in April 2024, raised about 2.4 million euros in its first year.', 'en')).toEqual([
      'The fee, introduced as a trial in April 2024, raised about 2.4 million euros in its first year.',
    ]);
    // Not when the piece after the phrase has its own subject ("the Director General held").
    expect(texts('On the sidelines of the forum, marked by a series of meetings, the Director General held talks with ministers.', 'en').at(-1)).toBe(
      'the Director General held talks with ministers.',
    );
    expect(texts('Prices rose sharply in March, driven by energy costs, and the central bank raised its key rate by half a point.', 'en').length).toBeGreaterThan(1);
    // A noun after the comma is no participle ("comité"): the phrase is a short one set off between subject and verb, and the
    // sentence one claim as "The Gloria funicular, popular with tourists, came off its tracks" is.
    expect(texts('Le nouveau conseil scientifique national, comité de dix experts indépendants, a rendu mardi son avis sur la réforme.', 'fr')).toEqual([
      'Le nouveau conseil scientifique national, comité de dix experts indépendants, a rendu mardi son avis sur la réforme.',
    ]);
  });

  test('German "und" before a past verb and a function word opens a clause; before an adjective it does not', () => {
    const texts = (text: string) => extractClaims({ id: 'de', text, lang: 'de' }).map((c) => c.text);
    expect(texts('Der 26-Jährige setzte sich nach 35 Kilometern vom Feld ab und siegte mit 58 Sekunden Vorsprung.')).toEqual([
      'Der 26-Jährige setzte sich nach 35 Kilometern vom Feld ab',
      'und siegte mit 58 Sekunden Vorsprung.',
    ]);
    expect(texts('Bei dem Unglück gab es viele Tote und schwer verletzte Menschen.')).toHaveLength(1);
  });

  test('a phrase that describes a person named as the subject stays with the verb, unless the verb is one of saying', () => {
    const texts = (text: string) => extractClaims({ id: 'en', text, lang: 'en' }).map((c) => c.text);
    expect(texts('Amandine Buchard, the 2019 European champion, took silver for the second year in a row.')).toHaveLength(1);
    expect(texts('Femke Bol, the world champion in the 400 metres hurdles, said she had not expected to run so fast.')).toEqual([
      'Femke Bol, the world champion in the 400 metres hurdles',
      'said she had not expected to run so fast.',
    ]);
  });
  test('a phrase that describes the subject of a clause reported after a verb of saying stays with the reported verb', () => {
    const texts = (text: string) => extractClaims({ id: 'en', text, lang: 'en' }).map((c) => c.text);
    expect(texts('Health Minister Nina Warken said the gas, popular at parties, could cause lasting nerve damage.')).toHaveLength(1);
    expect(texts('Police said the driver, a 45-year-old man, was arrested at the scene.')).toHaveLength(1);
  });

  test('German: a comma between two adjectives with one ending before their noun is no cut; before a preposition it is', () => {
    const texts = (text: string) => extractClaims({ id: 'de', text, lang: 'de' }).map((c) => c.text);
    expect(texts('Voraussetzung ist unter anderem, dass die Patienten volljährig sind und an einer schweren, unheilbaren Krankheit leiden.').at(-1)).toBe(
      'und an einer schweren, unheilbaren Krankheit leiden.',
    );
    expect(texts('Alle Beschäftigten, die auf Patientenstationen arbeiten, gegen Grippe impfen lassen müssen, sagte die Ministerin am Mittwoch in Dublin.').length).toBeGreaterThan(1);
  });

  test('German: a clause, or a relative clause, before the comma is no subject for the lower-case word after the next comma', () => {
    const texts = (text: string) => extractClaims({ id: 'de', text, lang: 'de' }).map((c) => c.text);
    expect(texts('Die Polizei setzte Tränengas ein, als Anhänger Steine warfen, woraufhin Zuschauer zu den Ausgängen drängten.').length).toBeGreaterThan(1);
    expect(texts('Radioaktivität sei nicht ausgetreten, verletzt worden sei niemand, teilte das Unternehmen mit.').length).toBeGreaterThan(1);
  });

  test('German: a list opened inside a clause that runs on to the clause\'s verb is no list of claims', () => {
    const texts = (text: string) => extractClaims({ id: 'de', text, lang: 'de' }).map((c) => c.text);
    expect(texts('Das Gericht hat den Händler wegen gefälschter Gemälde unter anderem von Picasso und Kandinsky zu fünf Jahren Haft verurteilt.')).toHaveLength(1);
    // A list that ends the sentence with its items stays a list.
    expect(texts('Die Firma beliefert unter anderem Siemens, BMW und Audi.').length).toBeGreaterThan(1);
  });

  test('a gerund or present participle right after a short subject describes it: no cut before the verb that follows', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('The ship, sailing under a Swiss flag, was on its way from Passau to Vienna.', 'en')).toHaveLength(1);
    expect(texts('Le bateau, battant pavillon suisse, naviguait de Passau vers Vienne.', 'fr')).toHaveLength(1);
  });

  test('a negator inside a phrase of the lexicon is no negation of the claim ("his life is not in danger", "nicht in Lebensgefahr")', async () => {
    const { claimsOf } = await import('../src/claims/index.js');
    const { prepare } = await import('../src/prepare/index.js');
    const negated = (lang: string, text: string) => claimsOf(prepare(lang, text)).map((c) => c.negated);
    expect(negated('fr', 'Il a été hospitalisé à Brest en hypothermie, mais ses jours ne sont pas en danger.')).toEqual([false]);
    expect(negated('de', 'Er kam mit Unterkühlung in ein Krankenhaus, schwebt aber nicht in Lebensgefahr.')).toEqual([false]);
  });

  test('English "and" before an article, a noun and a verb opens a clause after a piece with its own verb; between two subjects it does not', () => {
    const texts = (text: string) => extractClaims({ id: 'en', text, lang: 'en' }).map((c) => c.text);
    expect(texts('Ryanair said the alarm had been false and the passengers were flown to Manchester on a replacement aircraft the next morning.')).toEqual([
      'Ryanair said the alarm had been false',
      'and the passengers were flown to Manchester on a replacement aircraft the next morning.',
    ]);
    expect(texts('The airline and the union were told to resume talks on Monday in Paris.')).toHaveLength(1);
  });

  test('the subject after "and" may hold a noun qualified behind "of" ("and the captains of both vessels were detained"); not after a verb of speech', () => {
    const texts = (text: string) => extractClaims({ id: 'en', text, lang: 'en' }).map((c) => c.text);
    expect(texts('Prosecutors have opened an investigation and the captains of both vessels were detained.')).toEqual([
      'Prosecutors have opened an investigation',
      'and the captains of both vessels were detained.',
    ]);
    // After "said", "and" joins two subjects of what was said.
    expect(texts('Marine biologists said warm water and a lack of predators had allowed the jellyfish to multiply.')).toHaveLength(1);
  });

  test('French: a participle phrase after a short subject that holds a coordination goes on with the subject and its verb', () => {
    const texts = (text: string) => extractClaims({ id: 'fr', text, lang: 'fr' }).map((c) => c.text);
    expect(texts('Les conducteurs des C3 et DS3 concernées, fabriquées entre 2009 et 2017, doivent cesser immédiatement de les utiliser.')).toHaveLength(1);
    // Not after a whole clause that holds one.
    expect(
      texts("L'Arménie et l'Azerbaïdjan se sont mis d'accord mercredi sur un cessez-le-feu le long de leur frontière, après deux jours de combats qui ont fait au moins 49 morts parmi les soldats, a annoncé le Conseil de sécurité arménien.").length,
    ).toBeGreaterThan(1);
  });

  test('German "aber" after a number inside a clause is an adverb, no cut', () => {
    const texts = (text: string) => extractClaims({ id: 'de', text, lang: 'de' }).map((c) => c.text);
    expect(texts('Myanmar ist kein Mitglied des Gerichts, der IStGH hatte sich 2018 aber für zuständig erklärt, weil Bangladesch Mitglied ist.')).toContain(
      'der IStGH hatte sich 2018 aber für zuständig erklärt, weil Bangladesch Mitglied ist.',
    );
  });

  test('a gerund after "while" opens a phrase of time, no clause; "dass" after a sentence that opens with who thinks it is no cut', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('Two passenger planes clipped wings while taxiing at Frankfurt airport on Friday evening.', 'en')).toHaveLength(1);
    expect(texts('Die Polizei geht davon aus, dass die beiden beim Abstieg bei schlechtem Wetter abstürzten.', 'de')).toHaveLength(1);
    // So does what an inquiry found ("habe ergeben, dass …", as "found that …" is one claim in English).
    expect(texts('Eine externe Untersuchung habe ergeben, dass der Dirigent Musiker wiederholt beleidigt habe.', 'de')).toHaveLength(1);
    // What is said without "dass" to the end of the sentence is one claim with who said it; where the sentence goes on
    // after it (", und drohte …"), what is said stays a claim of its own, with who said it as its context.
    expect(texts('Der Transportverband TLN erklärte, die Maßnahme werde die Branche teuer zu stehen kommen.', 'de')).toHaveLength(1);
    expect(texts('Der Transportverband TLN erklärte, die Maßnahme werde die Branche teuer zu stehen kommen, und drohte mit der Blockade von Autobahnen.', 'de').length).toBeGreaterThan(1);
  });

  test('a German clause that ends in a word announcing a "dass" clause is one claim with it', () => {
    const texts = (text: string) => extractClaims({ id: 'de', text, lang: 'de' }).map((c) => c.text);
    expect(texts('Die Richter fanden keine Belege dafür, dass der Maler damals nicht entscheidungsfähig war.')).toHaveLength(1);
    expect(texts('Nach Angaben der Polizei gibt es keine Hinweise darauf, dass der Fahrer betrunken war.')).toHaveLength(1);
    // So does a participle of expecting: what was expected is the claim ("Analysts had expected the bank to hold rates").
    expect(texts('Analysten hatten damit gerechnet, dass die Notenbank die Zinsen unverändert lässt.')).toHaveLength(1);
  });

  test('German: the end of a main clause after a relative clause set off inside it is one claim with both', () => {
    const texts = (text: string) => extractClaims({ id: 'de', text, lang: 'de' }).map((c) => c.text);
    expect(texts('Mailand verbietet ab Oktober 2027 Dieselautos, die älter als zehn Jahre sind, in der Innenstadt.')).toHaveLength(1);
    // A relative clause at the end of its sentence stays a claim of its own.
    expect(texts('Der Stadtrat beschloss am Dienstag ein Fahrverbot für Dieselautos, die älter als zehn Jahre sind.')).toHaveLength(2);
    // So after a relative clause of place ("wo"), though the end holds a value and a source follows it.
    expect(texts('Er war auf der Autobahn E40, wo Tempo 120 gilt, mit 162 Stundenkilometern unterwegs, wie ein Sprecher der Staatsanwaltschaft mitteilte.')[0]).toBe(
      'Er war auf der Autobahn E40, wo Tempo 120 gilt, mit 162 Stundenkilometern unterwegs',
    );
    // So after one opened by a preposition before its relative pronoun ("in dem … genügte"); not after a phrase of place.
    expect(texts('Der 47-Jährige erhielt im dritten Wahlgang, in dem eine einfache Mehrheit genügte, 49 der 88 Stimmen.')).toHaveLength(1);
    // Not after a subject alone, whose verb the piece after the relative clause holds.
    expect(texts('Der 22-Jährige, der in der vergangenen Saison 29 Tore erzielte, unterschrieb einen Vertrag bis 2030.')[0]).toBe(
      'Der 22-Jährige, der in der vergangenen Saison 29 Tore erzielte',
    );
  });

  test('French "où" (where) is no coordinator "ou" (or): a count and the clause of where it stands are one claim', () => {
    const texts = (text: string) => extractClaims({ id: 'fr', text, lang: 'fr' }).map((c) => c.text);
    expect(texts('Hemlund a reçu 37 signalements de chaises renversées, dont six où un enfant a été légèrement blessé.')).toEqual([
      'Hemlund a reçu 37 signalements de chaises renversées',
      'dont six où un enfant a été légèrement blessé.',
    ]);
    // "ou" still joins two clauses.
    expect(texts('Les chaises peuvent être rapportées en magasin ou le client peut demander un bon d’achat.')).toHaveLength(2);
  });

  test('a relative clause set off after the subject of a subordinate clause goes on with the clause and its predicate', () => {
    const texts = (text: string, lang = 'en') => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('Passengers were thrown down the steps as the escalator, which was carrying people upwards, began running down at about 7:50 a.m.')).toHaveLength(1);
    expect(texts('The court found that the blogger, who has 120,000 followers, had presented no evidence.')).toHaveLength(1);
    expect(texts("Les passagers ont été projetés lorsque l'escalator, qui montait, s'est mis à descendre vers 8h50.", 'fr')).toHaveLength(1);
  });

  test('a phrase that says who the person named as an object is goes on with the clause around it', () => {
    const texts = (text: string, lang = 'en') => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('The parliament on Wednesday appointed Madis Kask, a law professor at the University of Tartu, as chancellor of justice.')).toHaveLength(1);
    // In French no article is needed.
    expect(texts("Le Parlement a nommé mercredi Madis Kask, professeur de droit à l'université de Tartu, au poste de chancelier de justice.", 'fr')).toHaveLength(1);
    // Not when a verb of saying follows: who the person is stays a claim of its own.
    expect(texts('The parliament appointed Madis Kask, a law professor at the University of Tartu, said a spokesman for the speaker.').length).toBeGreaterThan(1);
  });

  test('French: a participle phrase after a short subject goes on with the subject and its predicate though it holds a coordination', () => {
    const texts = (text: string) => extractClaims({ id: 'fr', text, lang: 'fr' }).map((c) => c.text);
    expect(texts('Les manuscrits, datant des XIIIe et XIVe siècles, étaient conservés dans une salle fermée à clé.')).toHaveLength(1);
    expect(texts('La conférence, coorganisée par la France et le Costa Rica, se tient jusqu\'à vendredi.')).toHaveLength(1);
    // Not after a whole clause: the phrase says what the clause led to or why.
    expect(texts("Le Land de Hesse va remplacer sa flotte de trains à hydrogène, après des années de pannes et de problèmes d'approvisionnement, a annoncé mardi l'autorité régionale.").length).toBeGreaterThan(1);
  });

  test('a short source after a comma joins its claim though it names the day it spoke ("…, a annoncé mercredi la direction")', () => {
    const texts = (text: string) => extractClaims({ id: 'fr', text, lang: 'fr' }).map((c) => c.text);
    expect(texts('Le groupe supprimera 80 postes, a annoncé la direction.')).toHaveLength(1);
    expect(texts('Le groupe supprimera 80 postes, a annoncé mercredi la direction.')).toHaveLength(1);
  });

  test('French: a phrase opened by a preposition and set off before its clause is one claim with it, as in English', () => {
    const texts = (text: string, lang = 'fr') => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts("Dans environ un cas sur cinq, les médiateurs ont estimé que l'administration avait commis une faute.")).toHaveLength(1);
    expect(texts('Après plus de quatorze heures de débats, la Chambre a adopté la réforme.')).toHaveLength(1);
    expect(texts('In about one in five cases, the board found that authorities had acted wrongly.', 'en')).toHaveLength(1);
  });

  test('without a tagger, a coordinator before a name or an article and noun, then a verb, opens a clause after a clause with a verb', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('La gardienne Adrianna Płaczek a réalisé 16 arrêts et Aleksandra Rosiak a inscrit sept buts.', 'fr')).toEqual([
      'La gardienne Adrianna Płaczek a réalisé 16 arrêts',
      'et Aleksandra Rosiak a inscrit sept buts.',
    ]);
    expect(texts("La gardienne a réalisé 16 arrêts et l'attaquante a inscrit sept buts.", 'fr')).toHaveLength(2);
    expect(texts('Die Torhüterin parierte 16 Würfe und Rosiak traf achtmal.', 'de')).toHaveLength(2);
    // Not two subjects of one verb, nor a noun of the lexicon where every noun has a capital, nor an inflected adjective.
    expect(texts("Le Maroc et l'Espagne ont signé un accord.", 'fr')).toHaveLength(1);
    expect(texts('Rund 55.000 Läuferinnen und Läufer gingen an den Start.', 'de')).toHaveLength(1);
    expect(texts('Indien hat neun Ziele in Pakistan und im pakistanisch kontrollierten Teil Kaschmirs angegriffen.', 'de')).toHaveLength(1);
  });

  test('a coordinator before a count that is the subject of its own verb opens a clause, in every language', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('Four people have died and 21 have fallen ill in the outbreak, officials said.', 'en').slice(0, 2)).toEqual([
      'Four people have died',
      'and 21 have fallen ill in the outbreak, officials said.',
    ]);
    expect(texts('Quatre personnes sont mortes et 24 sont tombées malades après la tempête.', 'fr')).toHaveLength(2);
    // A count of others too ("et 17 autres ont été blessées").
    expect(texts("Trois personnes ont péri et 17 autres ont été blessées dans l'incendie d'un ferry.", 'fr')[0]).toBe('Trois personnes ont péri');
    expect(texts('Drei Menschen starben in dem Dorf und zwei sind schwer verletzt worden.', 'de')).toHaveLength(2);
    // Also after a comma, where each clause is short: "and two are pregnant women" is a fact of its own.
    expect(texts('Most of the patients are over 70, and two are pregnant women.', 'en')).toEqual(['Most of the patients are over 70', 'and two are pregnant women.']);
    // A count of a noun before its verb too ("et 86 cas ont été confirmés"), not the second of two counts of one value.
    expect(texts("Cinq personnes sont mortes depuis le début de l'été et 86 cas ont été confirmés.", 'fr')).toHaveLength(2);
    // So a count of a noun with a word of approximation ("and about 700 flights were cancelled", "et quelque 700 vols").
    expect(texts('Schools and businesses were shut and about 700 flights were cancelled.', 'en')).toEqual(['Schools and businesses were shut', 'and about 700 flights were cancelled.']);
    expect(texts('Écoles et commerces étaient fermés et quelque 700 vols ont été annulés.', 'fr')).toHaveLength(2);
    expect(texts('Schulen blieben geschlossen und rund 700 Flüge wurden gestrichen.', 'de')).toHaveLength(2);
    expect(texts('Fünf Menschen starben und 68 Fälle wurden bestätigt.', 'de')).toHaveLength(2);
    expect(texts('Den bisherigen Rekord von 42 Tagen und 16 Stunden hatte Marc Lemaire 2017 aufgestellt.', 'de')).toHaveLength(1);
    // A count that is no subject stays where it is ("between 2 and 3", "aged 7 and 10").
    expect(texts('The patients, aged 7 and 10 years, were treated at the hospital in the town.', 'en')).toHaveLength(1);
  });

  test('English "and" before an -ed verb and a number or function word opens a clause even where the tagger reads an adjective', () => {
    const texts = (text: string) => extractClaims({ id: 'en', text, lang: 'en' }).map((c) => c.text);
    expect(texts('The outbreak has killed 38 people and infected more than 1,900 since early January.')).toEqual([
      'The outbreak has killed 38 people',
      'and infected more than 1,900 since early January.',
    ]);
    expect(texts('The clinic treated children and infected adults from the camp.')).toHaveLength(1);
  });

  test('English "and" before an adverb and a verb opens a clause ("and never let"); before an article and a gerund it does not', () => {
    const texts = (text: string) => extractClaims({ id: 'en', text, lang: 'en' }).map((c) => c.text);
    expect(texts('Denmark led 17-12 at half-time and never let France close the gap to fewer than three goals.')).toHaveLength(2);
    expect(texts("The ruling alliance won Sunday's election but again fell short of a majority.")).toHaveLength(2);
    expect(texts('The union is demanding a 10 percent pay rise and the hiring of 2,000 additional crew members.')).toHaveLength(1);
  });

  test('a few quoted words inside a clause that goes on are no cut, and a claim keeps both marks of a quote it holds', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, text, lang }).map((c) => c.text);
    expect(texts('Mayor Giuseppe Sala said the city had "no choice" given the level of fine particles.', 'en')).toEqual([
      'Mayor Giuseppe Sala said the city had "no choice" given the level of fine particles.',
    ]);
    expect(texts('Le maire a parlé d\'une décision « douloureuse » pour toute la ville.', 'fr')).toHaveLength(1);
    // Nor two quoted words joined by a coordinator, where the clause goes on after the second.
    expect(texts('Das Unternehmen habe Kleidung ohne Belege als "nachhaltig" und "recycelt" beworben.', 'de')).toHaveLength(1);
    // Before a coordinator the clause ends with the quote, which it keeps whole.
    expect(texts('Health Secretary James Whitfield called the strike "unreasonable" and said the government had already offered 4%.', 'en')[0]).toBe(
      'Health Secretary James Whitfield called the strike "unreasonable"',
    );
    // Where no claim opens at the coordinator, the quote stays with the clause that judges; a verb of saying opens one.
    expect(texts('Le chef de l\'opposition a jugé ce limogeage « trop tardif » et réclamé une commission.', 'fr')).toHaveLength(1);
    expect(texts('La compagnie a jugé la grève « disproportionnée » et affirme avoir proposé une hausse de 9 % sur trois ans.', 'fr')).toEqual([
      'La compagnie a jugé la grève « disproportionnée »',
      'et affirme avoir proposé une hausse de 9 % sur trois ans.',
    ]);
    expect(texts('La grève a été suivie par 12 000 personnes et selon la police par 9 000.', 'fr')).toHaveLength(1);
  });

  test('a quotation that its speaker\'s verb follows is one claim, whatever commas it holds', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts('"Die Besatzung hat nach Vorschrift gehandelt, die Landung verlief normal", sagte eine Sprecherin von Widerøe.', 'de')[0]).toBe(
      'Die Besatzung hat nach Vorschrift gehandelt, die Landung verlief normal',
    );
    expect(texts('« Nous avons respecté les procédures, l\'atterrissage était normal », a déclaré une porte-parole.', 'fr')).toHaveLength(1);
    // (Not a quotation that no verb of saying follows: its clauses are cut as any others.)
    expect(texts('"Die Besatzung hat nach Vorschrift gehandelt, die Landung verlief normal" - so lautet der Bericht der Behörde.', 'de').length).toBeGreaterThan(1);
  });

  test('a clause that opens the sentence as the subject of the verb after its comma is one claim with it ("Wer … war, erhielt …")', () => {
    const texts = (text: string, lang: string) => extractClaims({ id: lang, lang, text }).map((c) => c.text);
    expect(texts('Wer beim Abbruch noch auf der Strecke war, erhielt eine Zeit und eine Medaille.', 'de')).toEqual(['Wer beim Abbruch noch auf der Strecke war, erhielt eine Zeit und eine Medaille.']);
    // (Not a clause of its own after the comma: "Wer …, der …" and a sentence that does not open with the word are cut as before.)
    expect(texts('Die Läufer, die beim Abbruch noch auf der Strecke waren, erhielten eine Zeit, und die Sieger bekamen Preise.', 'de').length).toBeGreaterThan(1);
  });

  test("a claim that holds a quote's closing straight mark takes in no opening mark of the next sentence", () => {
    const text = '"Die Landung verlief normal", sagte ein Sprecher. "Die Besatzung handelte richtig", sagte er.';
    const claims = extractClaims({ id: 'de', lang: 'de', text });
    expect(claims[0]!.text).toBe('"Die Landung verlief normal", sagte ein Sprecher.');
    expect(claims.every((c) => !c.text.endsWith(' "'))).toBe(true);
    // (A straight mark that opens a quote the claim leaves unclosed is still closed after it.)
    expect(extractClaims({ id: 'en', lang: 'en', text: 'He called the plan "a disgrace". Then he left.' })[0]!.text).toBe('He called the plan "a disgrace".');
  });

  test('a quoted name of a few words is no cut and a name ("baptisée « Klimaatzaak »"); quoted speech names nothing', () => {
    const claims = (text: string, lang: string) => extractClaims({ id: lang, text, lang });
    const fr = claims("L'affaire, baptisée « Klimaatzaak », avait été lancée en 2015 par une association.", 'fr');
    expect(fr).toHaveLength(1);
    expect(fr[0]!.facets.some((f) => f.kind === 'name' && f.text === 'Klimaatzaak')).toBe(true);
    // German quotes too, whose closing mark opens an English quote („Ocean Star“).
    expect(claims('Der unter liberianischer Flagge fahrende Tanker „Ocean Star“ hatte 32.000 Tonnen Diesel geladen.', 'de')).toHaveLength(1);
    const en = claims('A criminal group calling itself "ShadowPort" has claimed responsibility for the attack.', 'en');
    expect(en.flatMap((c) => c.facets).some((f) => f.kind === 'name' && f.text === 'ShadowPort')).toBe(true);
    // Quoted speech that opens a sentence names nothing.
    expect(claims('"This is a historic day for Europe," Weber said.', 'en').flatMap((c) => c.facets).some((f) => f.kind === 'name' && f.text === 'This')).toBe(false);
  });

  test('"und damit" opens a clause of its own', () => {
    const text = 'Die Gewerkschaft hat am Mittwoch einen 50-stündigen Streik begonnen und damit den Fernverkehr in weiten Teilen Deutschlands lahmgelegt.';
    const claims = extractClaims({ id: 'de', text }).map((c) => c.text);
    expect(claims).toContain('und damit den Fernverkehr in weiten Teilen Deutschlands lahmgelegt.');
  });

  test('the language can be given', () => {
    const claims = extractClaims({ id: 'x', text: 'Le président a parlé à Paris. Il a dit non.', lang: 'fr' });
    expect(claims.length).toBeGreaterThan(0);
  });
});

describe('bad input gets a ClaimdiffError with a stable code', () => {
  const ok = { id: 'a', text: 'The minister resigned on Monday.' };
  test.each([
    ['not an array', 'nope', 'INVALID_SOURCE'],
    ['one source', [ok], 'TOO_FEW_SOURCES'],
    ['empty text', [ok, { id: 'b', text: '   \n ' }], 'EMPTY_TEXT'],
    ['missing text', [ok, { id: 'b' }], 'INVALID_SOURCE'],
    ['empty id', [ok, { id: '', text: 'x y z' }], 'INVALID_SOURCE'],
    ['duplicate ids', [ok, { ...ok }], 'DUPLICATE_ID'],
    ['binary data', [ok, { id: 'b', text: '\u0000\u0001\u0002abc\u0003\u0004\u0005\uFFFD\uFFFD' }], 'BINARY_TEXT'],
    ['bad lang', [ok, { id: 'b', text: 'Hallo Welt', lang: 'German!' }], 'INVALID_SOURCE'],
  ])('%s', async (_name, input, code) => {
    const err = await compare(input as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClaimdiffError);
    expect((err as ClaimdiffError).code).toBe(code);
    expect((err as ClaimdiffError).message).toMatch(/^claimdiff: /);
  });

  test('too large a text names the limit and how to raise it', async () => {
    const err = (await compare([ok, { id: 'big', text: 'word '.repeat(50) }], { maxTextLength: 100 }).catch((e: unknown) => e)) as ClaimdiffError;
    expect(err.code).toBe('TEXT_TOO_LARGE');
    expect(err.message).toContain('big');
    expect(err.message).toContain('maxTextLength');
  });

  test('an unknown option is refused', async () => {
    const err = (await compare([ok, { id: 'b', text: 'Another text here.' }], { colour: true } as never).catch((e: unknown) => e)) as ClaimdiffError;
    expect(err.code).toBe('INVALID_OPTIONS');
  });
});

describe('awkward but valid input still gets a report', () => {
  test('a Spanish source next to English gets a warning and aligns on numbers and names', async () => {
    const report = await compare([
      { id: 'en', text: 'The earthquake killed 312 people in Turkey on Monday, officials said.' },
      { id: 'es', text: 'El terremoto mató a 312 personas en Turquía el lunes, según las autoridades.' },
    ]);
    const es = report.sources.find((s) => s.id === 'es')!;
    expect(es.lang).toBe('es');
    expect(es.warnings.join(' ')).toMatch(/not supported/);
    expect(report.stories).toHaveLength(1);
  });

  test('HTML markup is warned about and never reported as a claim', async () => {
    const text = '<p>The <b>central bank</b> raised rates to 4.5 percent.</p><script>alert(1)</script><p>Markets fell.</p>';
    const report = await compare([
      { id: 'html', text },
      { id: 'plain', text: 'The central bank raised rates to 4.5 percent. Markets fell.' },
    ]);
    expect(report.sources[0]!.warnings.join(' ')).toMatch(/markup/);
    for (const c of report.claims.filter((x) => x.source === 'html')) {
      expect(c.text).not.toMatch(/[<>]/);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(report.removed.some((r) => r.reason === 'markup' && text.slice(r.start, r.end).includes('alert'))).toBe(true);
  });

  test('a dateline with a news agency in brackets is a dateline ("BRATISLAVA, March 11 (Reuters)" / "BRATISLAVA, 11 mars (AFP)")', async () => {
    const read = (lang: string) => fixtureSource('conscription', lang);
    const report = await compare([read('en'), read('fr')]);
    const id = (start: string) => report.claims.find((c) => c.text.startsWith(start))!.id;
    expect(report.groups.some((g) => g.claims.includes(id('BRATISLAVA, March 11')) && g.claims.includes(id('BRATISLAVA, 11 mars')))).toBe(true);
  });

  test('a town whose name shares its stem with a word of the lexicon ("Levi", a levy) is no concept, and the datelines meet ("LEVI, Finland, Nov 16" / "LEVI (Finlande), 16 novembre")', async () => {
    const read = (lang: string) => fixtureSource('levislalom', lang);
    const report = await compare([read('en'), read('fr'), read('de')]);
    const id = (start: string) => report.claims.find((c) => c.text.startsWith(start))!.id;
    const group = report.groups.find((g) => g.claims.includes(id('LEVI (Finlande)')));
    expect(group?.claims).toEqual([id('LEVI, Finland'), id('LEVI (Finlande)')]);
  });

  test('amounts of one unit far apart are a part and a total, not two values of one slot ("52 Millionen Euro" / "40 euros de plus par vol")', async () => {
    const read = (lang: string) => fixtureSource('seatfees', lang);
    const report = await compare([read('en'), read('fr'), read('de')]);
    const text = new Map(report.claims.map((c) => [c.id, c.text]));
    const family = report.claims.find((c) => c.text.startsWith('Une famille de quatre'))!;
    const group = report.groups.find((g) => g.claims.includes(family.id));
    expect(group?.claims.map((id) => text.get(id)).filter((t) => t !== family.text) ?? []).toEqual([]);
    // Near values still fill one slot: the fines of 96 and 69 million euros conflict.
    const pair = report.pairs.find((p) => p.a === 'en' && p.b === 'de')!;
    expect(pair.conflicts.map((c) => [c.a.text, c.b.text])).toContainEqual(['96 million euros', '69 Millionen Euro']);
  });

  test('CRLF, non-breaking spaces, soft hyphens and typographic quotes keep offsets exact', async () => {
    const a = 'Le ministre a annoncé\u00A0« une réforme ».\r\nLa Sicher\u00ADheit est assurée.\r\n';
    const b = 'The minister announced “a reform”.\r\nSecurity is assured.';
    const report = await compare([{ id: 'a', text: a }, { id: 'b', text: b }]);
    const src = new Map([['a', a], ['b', b]]);
    for (const c of report.claims) expect(src.get(c.source)!.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('titles', () => {
  test('a title meets another version\'s title on little shared evidence: both sum up one story', async () => {
    const en = {
      id: 'en',
      text: 'High jumpers share world title after jump-off stalemate\n\nQatar\'s Mutaz Essa Barshim and Italy\'s Gianmarco Tamberi agreed to share the high jump world title on Tuesday after both cleared 2.36 metres.\n',
    };
    const de = {
      id: 'de',
      text: 'Barshim und Tamberi teilen sich WM-Gold im Hochsprung\n\nMutaz Essa Barshim aus Katar und der Italiener Gianmarco Tamberi haben sich am Dienstag den Titel im Hochsprung geteilt. Beide übersprangen 2,36 Meter.\n',
    };
    const r = await compare([en, de]);
    const title = (id: string) => r.claims.find((c) => c.source === id && c.start === 0)!.id;
    expect(r.groups.some((g) => g.claims.includes(title('en')) && g.claims.includes(title('de')))).toBe(true);
  });
});
