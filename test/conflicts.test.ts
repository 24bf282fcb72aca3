import { describe, expect, test } from 'vitest';
import { compare, extractClaims } from '../src/index.js';
import { fixtureSource, fixtureText } from './helpers.js';
import { claimsOf } from '../src/claims/index.js';
import { namesMet, namesShared, spacedNamesMet } from '../src/compare.js';
import { prepare } from '../src/prepare/index.js';

async function conflictKinds(a: string, b: string, langs: [string, string] = ['en', 'fr']) {
  const r = await compare([{ id: 'a', text: a, lang: langs[0] }, { id: 'b', text: b, lang: langs[1] }]);
  return r.pairs.flatMap((p) => p.conflicts.map((k) => [k.kind, k.a.text, k.b.text]));
}

describe('conflicts: the same slot with different values', () => {
  test('a temperature in Fahrenheit does not conflict with its value in Celsius, nor the first word of a place with the whole name', async () => {
    const k = await conflictKinds(
      'Phoenix breaks record with 31 straight days above 110 degrees\n\nThe temperature at Sky Harbor airport peaked at 116 degrees (46.7 Celsius) on Monday, the National Weather Service said.',
      "Phoenix bat un record avec 31 jours consécutifs au-dessus de 43 degrés\n\nÀ l'aéroport de Sky Harbor, le thermomètre a atteint 46,7 degrés lundi, a indiqué le service météorologique national.",
    );
    expect(k).toEqual([]);
  });
  test('the first half of a year against the second is a date conflict ("second half of 2026" / "im ersten Halbjahr 2026")', async () => {
    const k = await conflictKinds(
      'Air France-KLM will raise its stake in SAS to 60.5 percent. The deal is expected to close in the second half of 2026.',
      'Air France-KLM stockt seinen Anteil an SAS auf 60,5 Prozent auf. Der Abschluss wird im ersten Halbjahr 2026 erwartet.',
      ['en', 'de'],
    );
    expect(k).toEqual([['date', 'second half of', 'ersten Halbjahr']]);
    const same = await conflictKinds(
      'Air France-KLM will raise its stake in SAS to 60.5 percent. The deal is expected to close in the second half of 2026.',
      'Air France-KLM stockt seinen Anteil an SAS auf 60,5 Prozent auf. Der Abschluss wird im zweiten Halbjahr 2026 erwartet.',
      ['en', 'de'],
    );
    expect(same).toEqual([]);
  });
  test('a rank before a count picks out the first few, no rank to set against another', async () => {
    const k = await conflictKinds(
      "Le parlement de Thuringe a élu jeudi Mario Voigt au poste de ministre-président au troisième tour de scrutin, après deux premiers tours où il n'avait pas obtenu la majorité absolue.",
      'Der Thüringer Landtag hat Mario Voigt am Donnerstag im dritten Wahlgang zum Ministerpräsidenten gewählt. In den ersten beiden Wahlgängen hatte er die absolute Mehrheit verfehlt.',
      ['fr', 'de'],
    );
    expect(k).toEqual([]);
    // A rank of one thing still conflicts.
    const one = await conflictKinds('Voigt was elected in the third round of voting on Thursday.', 'Voigt wurde am Donnerstag im zweiten Wahlgang gewählt.', ['en', 'de']);
    expect(one.map(([kind]) => kind)).toEqual(['quantity']);
  });
  test('a year named by its distance from the year of writing does not conflict with a year in figures, nor with one the other version also names', async () => {
    const figures = await conflictKinds('Sales rose by 8 percent last year, the company said.', "Les ventes ont progressé de 8 % en 2025, a indiqué l'entreprise.");
    expect(figures.filter(([kind]) => kind === 'date')).toEqual([]);
    const both = await conflictKinds(
      'Lindt will raise its prices by about 10 percent this year, having already raised them by 8 percent last year.',
      'Lindt will seine Preise in diesem Jahr um rund 10 Prozent anheben. Bereits im vergangenen Jahr hatte das Unternehmen die Preise um 8 Prozent erhöht.',
      ['en', 'de'],
    );
    expect(both.filter(([kind]) => kind === 'date')).toEqual([]);
  });
  test('a weekday meets the weekday of the other version\'s next sentence where its own partner gives months only', async () => {
    const k = await conflictKinds(
      "The Czech Republic's unemployment rate rose to 4.6 percent in January from 4.3 percent in December, the labour office said on Monday, as seasonal jobs in construction and farming ended.",
      'Die Arbeitslosenquote in Tschechien ist im Januar auf 4,6 Prozent gestiegen, nach 4,3 Prozent im Dezember. Grund sei das Ende von Saisonarbeit auf dem Bau und in der Landwirtschaft, teilte das Arbeitsamt am Dienstag mit.',
      ['en', 'de'],
    );
    expect(k).toContainEqual(['date', 'Monday', 'Dienstag']);
  });
  test('"in den Nächten auf Samstag und Sonntag" are Friday and Saturday nights: no conflict with "on Friday and Saturday nights"', async () => {
    const k = await conflictKinds(
      'Graz will run night buses on six routes on Friday and Saturday nights from next week.',
      'In Graz fahren ab kommender Woche in den Nächten auf Samstag und Sonntag Nachtbusse auf sechs Linien.',
      ['en', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'date')).toEqual([]);
  });
  test('the one value in which two claims differ, counts and bare numbers together ("fell to 231 … from 264" / "de 264 … à 213")', async () => {
    const k = await conflictKinds('Road deaths in Wallonia fell to 231 last year from 264 in 2023.', "Le nombre de tués sur les routes wallonnes est passé de 264 en 2023 à 213 l'an dernier.");
    expect(k).toContainEqual(['quantity', '231', '213']);
    const same = await conflictKinds('Road deaths in Wallonia fell to 213 last year from 264 in 2023.', "Le nombre de tués sur les routes wallonnes est passé de 264 en 2023 à 213 l'an dernier.");
    expect(same).toEqual([]);
  });
  test('"None of the four people on board" conflicts with "Aucune des cinq personnes à bord"', async () => {
    const k = await conflictKinds(
      'The helicopter made an emergency landing. None of the four people on board was injured.',
      "L'hélicoptère a atterri en urgence. Aucune des cinq personnes à bord n'a été blessée.",
    );
    expect(k).toContainEqual(['quantity', 'four people', 'cinq personnes']);
  });
  test('a baseline after "against" conflicts with one after "contre", with another sentence of baselines before', async () => {
    const k = await conflictKinds(
      'The scheme will have a budget of 4 billion euros, down from 5 billion euros planned in December. Households installing a heat pump will receive up to 5,000 euros, against 10,000 euros before.',
      "Le dispositif disposera d'un budget de 4 milliards d'euros, contre 5 milliards prévus en décembre. Les ménages qui installent une pompe à chaleur recevront jusqu'à 5 000 euros, contre 8 000 euros auparavant.",
    );
    expect(k).toContainEqual(['quantity', '10,000 euros', '8 000 euros']);
  });
  test('those a verb of killing or hurting takes as its object are its casualties: "injuring seven guests" conflicts with "blessant neuf clients"', async () => {
    const k = await conflictKinds(
      'Part of the roof collapsed on Saturday, killing two people and injuring seven guests.',
      "Une partie du toit s'est effondrée samedi, tuant deux personnes et blessant neuf clients.",
    );
    expect(k).toContainEqual(['quantity', 'seven guests', 'neuf clients']);
    const same = await conflictKinds(
      'Part of the roof collapsed on Saturday, killing two people and injuring seven guests.',
      "Une partie du toit s'est effondrée samedi, tuant deux personnes et blessant sept clients.",
    );
    expect(same).toEqual([]);
  });
  test('a value one version gives for another fact, told alike by a third version, does not hide a conflict (lehavredockerscocainetrial fixture)', async () => {
    // "Prosecutors had sought sentences of up to 15 years" is aligned with "Le parquet avait requis jusqu'à 15 ans":
    // its 15 years are not the German "bis zu 15 Jahren" that the English "up to 12 years" contradicts.
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('lehavredockerscocainetrial', lang)));
    const texts = (a: string, b: string) => r.pairs.find((p) => p.a === a && p.b === b)!.conflicts.map((k) => [k.a.text, k.b.text]);
    expect(texts('en', 'de')).toContainEqual(['up to 12 years', 'bis zu 15 Jahren']);
    expect(texts('fr', 'de')).toContainEqual(["jusqu'à 12 ans", 'bis zu 15 Jahren']);
  });
  test('a piece meets the group of its counterpart, not of its sibling, where a long claim of a third version is in both (drenthethatchfarmfire fixture)', async () => {
    // "destroying five historic buildings and damaging two others" is in the groups of both French pieces and both German
    // ones: "et en endommageant deux autres" goes with "drei weitere beschädigt", whose count it contradicts.
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('drenthethatchfarmfire', lang)));
    const texts = (a: string, b: string) => r.pairs.find((p) => p.a === a && p.b === b)!.conflicts.map((k) => [k.a.text, k.b.text]);
    expect(texts('fr', 'de')).toContainEqual(['deux autres', 'drei weitere']);
  });
  test('two pieces of one sentence that swap their values conflict each with its counterpart ("last two days; the remaining three days" / "durera trois jours, les deux jours restants")', async () => {
    const k = await conflictKinds(
      'The first strike will begin on January 21 and last two days; the remaining three days fall in the first week of February.',
      'Le premier mouvement débutera le 21 janvier et durera trois jours, les deux jours restants tombant la première semaine de février.',
    );
    expect(k).toEqual(expect.arrayContaining([['quantity', 'two days', 'trois jours'], ['quantity', 'three days', 'deux jours']]));
  });
  // [what, text A, text B, languages, expected kind, expected A span, expected B span (spans optional)]
  const cases: Array<[string, string, string, [string, string], string, string?, string?]> = [
    [
      'a count of goals against a count of times after the verb of scoring ("nine goals" / "traf siebenmal")',
      "Magdeburg won the final on Sunday. Swedish back Felix Claar scored nine goals and was named the final's best player.",
      'Magdeburg gewann am Sonntag das Finale. Der schwedische Rückraumspieler Felix Claar traf siebenmal und wurde zum besten Spieler gewählt.',
      ['en', 'de'], 'quantity', 'nine goals', 'siebenmal',
    ],
    [
      'a quantity (295 against 298 people aboard)',
      'The plane crashed near Lyon on Monday. It carried 295 people, the airline said.',
      "L'avion s'est écrasé près de Lyon lundi. Il transportait 298 personnes, selon la compagnie.",
      ['en', 'fr'], 'quantity', '295 people', '298 personnes',
    ],
    [
      "a rank of a unit the claim's partner lacks, against a piece of the partner's sentence aligned elsewhere (89th / 86e minute)",
      "Sweden beat Germany 2-1 in the women's Nations League on Friday, with substitute Rosa Kafaji scoring the winner in the 89th minute in front of 21,000 fans in Gothenburg.",
      "La Suède a battu l'Allemagne 2-1 vendredi en Ligue des nations féminine grâce à un but de la remplaçante Rosa Kafaji à la 86e minute, devant 21.000 spectateurs à Göteborg.",
      ['en', 'fr'], 'quantity', '89th', '86e',
    ],
    [
      'two days of one month in short claims that share only what they are about ("on November 30" / "am 23. November")',
      "Iceland's prime minister announced on Sunday that he would call an early election. The election is expected to be held on November 30, about a year earlier than scheduled.",
      'Islands Ministerpräsident hat am Sonntag eine vorgezogene Parlamentswahl angekündigt. Gewählt werden soll am 23. November, etwa ein Jahr früher als geplant.',
      ['en', 'de'], 'date', 'November 30', '23. November',
    ],
    [
      'the same month of two years among other months ("à 3,8 % en juillet, après 3,6 % en juin, … depuis janvier 2024" / "seit Januar 2023")',
      "L'inflation au Royaume-Uni est montée à 3,8 % en juillet, après 3,6 % en juin, son plus haut niveau depuis janvier 2024.",
      'Die Inflationsrate in Großbritannien ist im Juli auf 3,8 Prozent gestiegen, nach 3,6 Prozent im Juni, der höchste Stand seit Januar 2023.',
      ['fr', 'de'], 'date', 'janvier 2024', 'Januar 2023',
    ],
    [
      "a record's year in the sentence after the partner's (\"tombé à 6,2 % … depuis … 1998\" / \"… 6,2 Prozent gesunken. … seit … 1999\")",
      'Le taux de chômage de la zone euro est tombé à 6,2 % en février, contre 6,3 % en janvier, son plus bas niveau depuis le début des relevés en 1998.',
      'Die Arbeitslosenquote im Euroraum ist im Februar auf 6,2 Prozent gesunken, nach 6,3 Prozent im Januar. Das ist der niedrigste Wert seit Beginn der Erhebung im Jahr 1999.',
      ['fr', 'de'], 'date', '1998', '1999',
    ],
    [
      'a day counted from a weekday ("on Monday, a day after a defeat") against the weekday another version gives it',
      'The club sacked its coach on Monday, a day after a 3-0 home defeat in the derby.',
      'Der Klub hat sich am Montag von seinem Trainer getrennt. Das Derby hatte die Mannschaft am Samstag zu Hause mit 0:3 verloren.',
      ['en', 'de'], 'date', 'a day after', 'Samstag',
    ],
    [
      'a length of time in the next sentence, which opens with a subject pronoun ("Er muss für drei Jahre ins Gefängnis" / "a 30-month prison sentence")',
      'A Dutch appeals court on Wednesday upheld a 30-month prison sentence for a former mayor who took bribes from a property developer.',
      'Ein niederländisches Berufungsgericht hat am Mittwoch die Haftstrafe für einen ehemaligen Bürgermeister bestätigt. Er muss für drei Jahre ins Gefängnis.',
      ['en', 'de'], 'quantity', '30-month', 'drei Jahre',
    ],
    [
      'the country of one thing in a piece of the partner\'s sentence ("a Brazilian documentary" / "einen chilenischen Dokumentarfilm")',
      'The jury, led by French director Claire Denis, also gave its special prize to a Brazilian documentary about gold miners.',
      'Die Jury unter dem Vorsitz der französischen Regisseurin Claire Denis vergab ihren Spezialpreis an einen chilenischen Dokumentarfilm über Goldsucher.',
      ['en', 'de'], 'place', 'Brazilian', 'chilenischen',
    ],
    [
      'two parts of one year, as of a month ("by mid-2026" / "d\'ici fin 2026")',
      'The new terminal at the airport is due to open by mid-2026, the operator said.',
      "Le nouveau terminal de l'aéroport doit ouvrir d'ici fin 2026, a indiqué l'exploitant.",
      ['en', 'fr'], 'date', '2026', 'fin 2026',
    ],
    [
      'two parts of one year after a function word ("at the end of 2026" / "Mitte 2026")',
      'The plant will close at the end of 2026, the company said.',
      'Das Werk wird Mitte 2026 geschlossen, teilte das Unternehmen mit.',
      ['en', 'de'], 'date', 'end of 2026', 'Mitte 2026',
    ],
    [
      'two years named by their distance from the year of writing ("this year" / "l\'année prochaine")',
      'The company plans to open the new plant this year, its chief executive said.',
      "L'entreprise prévoit d'ouvrir la nouvelle usine l'année prochaine, a indiqué son directeur général.",
      ['en', 'fr'], 'date', 'this year', "l'année prochaine",
    ],
    [
      'two parts of one year named by its distance ("the middle of next year" / "Ende des kommenden Jahres")',
      'The new terminal is due to open by the middle of next year, the operator said.',
      'Das neue Terminal soll bis Ende des kommenden Jahres eröffnet werden, teilte der Betreiber mit.',
      ['en', 'de'], 'date', 'middle of next year', 'Ende des kommenden Jahres',
    ],
    [
      'an age, German "der 64-jährige" before a given name against "Slayman, 62,"',
      'Richard Slayman, 62, no longer needs dialysis, the hospital said on Wednesday.',
      'Der 64-jährige Richard Slayman braucht keine Dialyse mehr, teilte das Krankenhaus am Mittwoch mit.',
      ['en', 'de'], 'quantity', '62', '64-jährige',
    ],
    [
      'a score under par, a unit that opens with a function word ("11 under par" against "12 sous le par")',
      'Rose finished the 72 holes at 11 under par on Sunday.',
      'Rose a terminé les 72 trous à 12 sous le par dimanche.',
      ['en', 'fr'], 'quantity', '11 under par', '12 sous le par',
    ],
    [
      'two lengths of time in different units of the calendar ("about a week" against "environ un mois")',
      'The governor said repairs to the road would take about a week.',
      'Le gouverneur a indiqué que les réparations de la route prendraient environ un mois.',
      ['en', 'fr'], 'quantity', 'about a week', 'environ un mois',
    ],
    [
      'two measures of one dimension in different units ("2.4 kilometres" against "700 mètres")',
      'Lava spewed from a fissure about 2.4 kilometres long north of the town.',
      "La lave jaillit d'une fissure d'environ 700 mètres de long au nord de la ville.",
      ['en', 'fr'], 'quantity', 'about 2.4 kilometres', 'environ 700 mètres',
    ],
    [
      'two vague plurals whose ranges do not meet ("Dozens of people" against "Des centaines de personnes")',
      'Dozens of people were injured in the blast on Monday.',
      "Des centaines de personnes ont été blessées dans l'explosion lundi.",
      ['en', 'fr'], 'quantity', 'Dozens of people', 'Des centaines de personnes',
    ],
    [
      'a count of girls ("Around 27 girls" against "Rund 20 Mädchen")',
      'Flash floods hit a summer camp on Friday. Around 27 girls from the camp were still missing on Saturday.',
      'Sturzfluten trafen am Freitag ein Sommercamp. Rund 20 Mädchen aus dem Camp wurden am Samstag noch vermisst.',
      ['en', 'de'], 'quantity', 'Around 27 girls', 'Rund 20 Mädchen',
    ],
    [
      'a date',
      'The summit of NATO leaders will take place in Vilnius on July 11, officials said.',
      'Le sommet des dirigeants de l’OTAN aura lieu à Vilnius le 12 juillet, selon des responsables.',
      ['en', 'fr'], 'date',
    ],
    [
      'two datelines of one place with different days',
      'FRANKFURT, June 14 – A passenger jet made an emergency landing at Frankfurt airport after an engine fire.',
      'Frankfurt, 15. Juni – Ein Passagierflugzeug ist nach einem Triebwerksbrand am Frankfurter Flughafen notgelandet.',
      ['en', 'de'], 'date', 'June 14', '15. Juni',
    ],
    [
      'a score (3-1 against 2:1)',
      'Bayern lost 3-1 to Arsenal in London on Tuesday, ending their Champions League run.',
      'Die Münchner verloren am Dienstag in London mit 1:2 gegen Arsenal und schieden aus der Champions League aus.',
      ['en', 'de'], 'quantity', '3-1', '1:2',
    ],
    [
      'a score with its unit between the numbers, though the other version gives that score for another match ("3 sets à 2" against "3-1"; "3-2" for third place)',
      'Trentino beat ZAKSA 3-1 in the volleyball Champions League final on Sunday. In the match for third place, Berlin beat Jastrzebski Wegiel 3-2.',
      'Trentino a battu le ZAKSA 3 sets à 2 dimanche en finale de la Ligue des champions de volley. Dans le match pour la troisième place, Berlin s\'est imposé 3-2 face à Jastrzebski Wegiel.',
      ['en', 'fr'], 'quantity', '3-1', '3 sets à 2',
    ],
    [
      'a duration (18 months against 20 months in office)',
      'Prime Minister Luc Verbeke, who has led the government for 18 months, resigned on Thursday.',
      'Le Premier ministre Luc Verbeke, au pouvoir depuis 20 mois, a démissionné jeudi.',
      ['en', 'fr'], 'quantity', '18 months', '20 mois',
    ],
    [
      'an age given without "years" against one with it',
      'The party rejected a plan to raise the retirement age to 67 by 2030.',
      'Die Partei lehnte eine Anhebung des Rentenalters auf 68 Jahre bis 2030 ab.',
      ['en', 'de'], 'quantity', undefined, '68 Jahre',
    ],
    [
      'a weekday ("since Sunday" against "seit Samstag")',
      'The fire has burned 4,500 hectares of forest and farmland since it broke out on Sunday.',
      'Das Feuer hat seit Samstag 4500 Hektar Wald und Ackerland zerstört.',
      ['en', 'de'], 'date', 'Sunday', 'Samstag',
    ],
    [
      'a count whose noun follows a modifier ("12 water-dropping aircraft" against "15 bombardiers d\'eau")',
      'More than 400 firefighters, supported by 12 water-dropping aircraft, were battling the flames.',
      "Plus de 400 pompiers, appuyés par 15 bombardiers d'eau, luttaient contre les flammes.",
      ['en', 'fr'], 'quantity',
    ],
    [
      'a day the other version gives in the sentence after ("from January 1" against "Die Erhöhung gilt ab dem 1. Februar")',
      "Portugal's government on Monday approved a rise in the monthly minimum wage to 920 euros from January 1, Labour Minister Ana Mendes said.",
      'Die portugiesische Regierung hat am Montag eine Anhebung des monatlichen Mindestlohns auf 920 Euro beschlossen. Die Erhöhung gilt ab dem 1. Februar, wie Arbeitsministerin Ana Mendes mitteilte.',
      ['en', 'de'], 'date', 'January 1', '1. Februar',
    ],
    [
      'a hotel\'s customers are its guests ("230 guests" against "accueillait 320 clients")',
      'A fire broke out on Tuesday at a hotel in a ski resort in Turkey, killing 12 people. The hotel was hosting 230 guests during the school holidays.',
      "Un incendie s'est déclaré mardi dans un hôtel d'une station de ski en Turquie, faisant 12 morts. L'hôtel accueillait 320 clients pendant les vacances scolaires.",
      ['en', 'fr'], 'quantity', '230 guests', '320 clients',
    ],
    [
      'a count whose noun follows a noun that qualifies it ("60 ferry routes" against "45 liaisons")',
      'The strike has halted 60 ferry routes linking the mainland with the islands.',
      'La grève a interrompu 45 liaisons entre le continent et les îles.',
      ['en', 'fr'], 'quantity',
    ],
    [
      'approximate percentages ten points apart ("around 80 percent" against "rund 70 Prozent")',
      'BERLIN, March 12 – The train drivers\' union GDL began a 50-hour strike on Wednesday. Deutsche Bahn said around 80 percent of its long-distance trains had been cancelled. The union is demanding a 35-hour working week.',
      'Berlin, 12. März – Die Lokführergewerkschaft GDL hat am Mittwoch einen 50-stündigen Streik begonnen. Nach Angaben der Deutschen Bahn fielen rund 70 Prozent der Fernzüge aus. Die Gewerkschaft fordert eine 35-Stunden-Woche.',
      ['en', 'de'], 'quantity', 'around 80 percent', 'rund 70 Prozent',
    ],
    [
      'a clock time ("at 6 p.m." against "um 20 Uhr")',
      'BERLIN, March 12 – The train drivers\' union GDL began a 50-hour strike on Wednesday. The strike is due to end on Friday at 6 p.m., the union said.',
      'Berlin, 12. März – Die Lokführergewerkschaft GDL hat am Mittwoch einen 50-stündigen Streik begonnen. Der Streik soll am Freitag um 20 Uhr enden, teilte die Gewerkschaft mit.',
      ['en', 'de'], 'date', '6 p.m.', '20 Uhr',
    ],
    [
      'a part of the day after a weekday ("on Tuesday morning" against "mardi après-midi")',
      'PARIS, June 16 – The Louvre stayed closed on Monday. The museum said it hoped to reopen on Tuesday morning.',
      'PARIS, 16 juin – Le Louvre est resté fermé lundi. Le musée espère rouvrir mardi après-midi.',
      ['en', 'fr'], 'date', 'morning', 'après-midi',
    ],
    [
      'a part of the day before a weekday ("early on Saturday" against "Samstagabend")',
      'ATHENS, Aug 9 – A ferry carrying 300 passengers ran aground off the Greek island of Paros early on Saturday, the coast guard said.',
      'Athen, 9. August – Vor der griechischen Insel Paros ist am Samstagabend eine Fähre mit 300 Passagieren auf Grund gelaufen, wie die Küstenwache mitteilte.',
      ['en', 'de'], 'date', 'early on', 'Samstagabend',
    ],
    [
      'a part of the day in a German compound ("Sunday morning" against "Sonntagnachmittag")',
      'LONDON – Eurostar cancelled all trains on Saturday. Eurostar trains would run again on Sunday morning, Network Rail said.',
      'London – Eurostar hat am Samstag alle Züge gestrichen. Die Eurostar-Züge sollen am Sonntagnachmittag wieder fahren, teilte Network Rail mit.',
      ['en', 'de'], 'date', 'morning', 'Sonntagnachmittag',
    ],
    [
      'a part of a whole ("91 of the 230 seats" against "89 der 230 Sitze")',
      'The Democratic Alliance won 91 of the 230 seats in parliament.',
      'Die Demokratische Allianz erhielt 89 der 230 Sitze im Parlament.',
      ['en', 'de'], 'quantity', '91', '89',
    ],
    [
      'a relative clause speaks of the piece before it ("Chega, qui obtient 21,6 %")',
      "LISBON – The centre-right alliance won Portugal's snap election. The Socialist Party came second with 28.4 percent, while the far-right Chega party won 22.6 percent.",
      "Lisbonne – L'alliance de centre droit a remporté les élections anticipées au Portugal. Le Parti socialiste arrive deuxième avec 28,4 %, devant le parti d'extrême droite Chega, qui obtient 21,6 %.",
      ['en', 'fr'], 'quantity', '22.6 percent', '21,6 %',
    ],
    [
      'a place known only from its preposition ("in Bochum" against "in Dortmund")',
      'The carmaker Volta Motors will cut 7,000 jobs. The company also plans to close its plant in Bochum.',
      'Der Autobauer Volta Motors streicht 7000 Stellen. Zudem soll das Werk in Dortmund geschlossen werden.',
      ['en', 'de'], 'place', 'Bochum', 'Dortmund',
    ],
    [
      'a sentence split in two against one sentence ("après une chute de 40 %, … à 1,1 milliard")',
      'Volta Motors will cut 7,000 jobs after its quarterly operating profit fell 42 percent to 1.1 billion euros.',
      "Volta Motors va supprimer 7 000 postes après une chute de 40 % de son bénéfice d'exploitation trimestriel, à 1,1 milliard d'euros.",
      ['en', 'fr'], 'quantity', '42 percent', '40 %',
    ],
    [
      'two spans of years that differ at one end, the other source giving that year alone for another fact ("between 2015 and 2019" / "entre 2015 et 2018", "depuis 2019")',
      'Investigators say the former minister awarded road contracts to his cousin between 2015 and 2019.',
      "Selon les enquêteurs, l'ancien ministre a attribué des marchés routiers à son cousin entre 2015 et 2018. Il siège au Sénat depuis 2019.",
      ['en', 'fr'], 'date', 'between 2015 and 2019', 'entre 2015 et 2018',
    ],
    [
      'a weekday the other version gives in the sentence after the one aligned ("on Tuesday" / "urteilte das Gericht am Montag")',
      'BRUSSELS – A Belgian court on Tuesday halted the deportation of a Syrian family of six who had lived in Belgium for eleven years, ruling that the authorities had not properly considered the interests of the children.',
      'Brüssel – Ein belgisches Gericht hat die Abschiebung einer sechsköpfigen syrischen Familie gestoppt, die seit elf Jahren in Belgien lebt. Die Behörden hätten das Wohl der Kinder nicht ausreichend berücksichtigt, urteilte das Gericht am Montag.',
      ['en', 'de'], 'date', 'Tuesday', 'Montag',
    ],
    [
      'a place',
      'Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on March 3 to discuss energy prices.',
      'Le chancelier Olaf Scholz a rencontré le président Emmanuel Macron à Paris le 3 mars pour discuter des prix de l’énergie.',
      ['en', 'fr'], 'place',
    ],
    [
      'a death toll counted in people against one counted in dead ("nine people" / "onze morts")',
      'MILAN – Torrential rain has caused severe flooding in northern Italy, killing at least nine people.',
      "MILAN – Des pluies torrentielles ont provoqué de graves inondations dans le nord de l'Italie, faisant au moins onze morts.",
      ['en', 'fr'], 'quantity', 'at least nine people', 'au moins onze morts',
    ],
    [
      'a port the gazetteer knows ("the Tunisian port of Sfax" / "le port libyen de Zouara")',
      'The boat had left the Tunisian port of Sfax on Friday night with about 80 people on board.',
      "L'embarcation avait quitté le port libyen de Zouara vendredi soir avec environ 80 personnes à bord.",
      ['en', 'fr'], 'place', 'Sfax', 'Zouara',
    ],
    [
      'a town named after a word for a town ("the town of Casale" / "der Stadt Alessandria")',
      'The river Po burst its banks near the town of Casale on Friday.',
      'Der Po trat am Freitag bei der Stadt Alessandria über die Ufer.',
      ['en', 'de'], 'place', 'Casale', 'Alessandria',
    ],
    [
      'counts of words that share a concept ("Wettersatelliten" / "satellites météorologiques")',
      'KOUROU, 18. Juni – Bei der Explosion einer europäischen Rakete am Dienstag wurden die fünf Wettersatelliten an Bord zerstört.',
      "KOUROU, 18 juin – L'explosion d'une fusée européenne mardi a détruit les quatre satellites météorologiques à bord.",
      ['de', 'fr'], 'quantity', 'fünf Wettersatelliten', 'quatre satellites',
    ],
    [
      'a weekday in claims that share little else ("until Thursday" / "bis Samstag")',
      'MADRID, July 8 – Forecasters expect the heatwave in Spain to last until Thursday.',
      'MADRID, 8. Juli – Die Hitzewelle in Spanien soll nach Angaben der Meteorologen bis Samstag andauern.',
      ['en', 'de'], 'date', 'Thursday', 'Samstag',
    ],
    [
      'one share of change, rising in one version and falling in the other ("closed 0.4 percent higher" / "a clôturé en baisse de 0,4 %")',
      'MADRID, April 9 – The IBEX 35 index closed 0.4 percent higher on Wednesday.',
      "MADRID, 9 avril – L'indice IBEX 35 a clôturé mercredi en baisse de 0,4 %.",
      ['en', 'fr'], 'quantity', 'higher', 'baisse',
    ],
    [
      'a rank in claims that share little else, the other ranks no counter-evidence ("his 11th victory of the season" / "der zehnte Saisonsieg")',
      'ST. MORITZ, January 19 – Francesco Friedrich won the four-man bobsleigh race in St. Moritz on Sunday, his 11th victory of the season.',
      'St. Moritz, 19. Januar – Bob-Pilot Francesco Friedrich hat am Sonntag das Rennen im Viererbob in St. Moritz gewonnen. Für den Sachsen war es der zehnte Saisonsieg.',
      ['en', 'de'], 'quantity', '11th', 'zehnte',
    ],
    [
      'two seasons of one year ("which the government plans to hold in the autumn" / "die die Regierung im Frühjahr abhalten will")',
      'BUCHAREST, May 21 – It must now be approved in a national referendum, which the government plans to hold in the autumn.',
      'Bukarest, 21. Mai – Sie muss nun noch in einer Volksabstimmung bestätigt werden, die die Regierung im Frühjahr abhalten will.',
      ['en', 'de'], 'date', 'autumn', 'Frühjahr',
    ],
    [
      'where the injury is ("withdrew with a hamstring injury" / "forfait en raison d\'une blessure à l\'épaule")',
      'BOLOGNA, Nov 23 – World number one Carlos Alcaraz withdrew from the Davis Cup final with a hamstring injury.',
      "BOLOGNE, 23 novembre – Le numéro un mondial Carlos Alcaraz a déclaré forfait pour la finale de la Coupe Davis en raison d'une blessure à l'épaule.",
      ['en', 'fr'], 'injury', 'hamstring', 'épaule',
    ],
    [
      'a level on a scale, though the other version gives the number elsewhere ("level 3 on a scale of 5" / "degré 4 sur une échelle de 5", beside "a group of four")',
      'SION, Feb 25 – The group of four was caught by the avalanche. The avalanche risk in the area had been rated at level 3 on a scale of 5.',
      "SION, 25 février – Le groupe de quatre personnes a été emporté par l'avalanche, qui a tué trois skieurs. Le danger d'avalanche était marqué (degré 4 sur une échelle de 5).",
      ['en', 'fr'], 'quantity', '3 on a scale of 5', '4 sur une échelle de 5',
    ],
    [
      'which side of a machine ("clipped its left wing" / "seinen rechten Flügel streifte")',
      'FRANKFURT, Feb 18 – A Condor Boeing 757 arriving from Tenerife clipped the left wing of a Lufthansa Airbus A321.',
      'Frankfurt, 18. Februar – Eine aus Teneriffa kommende Boeing 757 der Condor streifte den rechten Flügel eines Airbus A321 der Lufthansa.',
      ['en', 'de'], 'side', 'the left wing', 'rechten Flügel',
    ],
    [
      'a place in a ranking after a verb of finishing ("Germany finished fifth" / "auf Platz sechs")',
      'OBERHOF, Jan 10 – In the women\'s relay, Germany finished fifth after two penalty loops.',
      'Oberhof, 10. Januar – Die deutsche Frauenstaffel lief nach zwei Strafrunden nur auf Platz sechs.',
      ['en', 'de'], 'quantity', 'fifth', 'sechs',
    ],
    [
      'the one bare number in which two claims that give as many values differ, the other counts ("from 12 to seven" / "de 14 à sept membres")',
      'GENEVA, March 28 – The WHO will reduce its senior management team from 12 to seven, Tedros told staff on Friday.',
      "GENÈVE, 28 mars – L'OMS va ramener son équipe de direction de 14 à sept membres, a annoncé vendredi Tedros au personnel.",
      ['en', 'fr'], 'quantity', '12', '14',
    ],
    [
      'the one bare number of each claim, beside counts both give alike ("rose 10 percent to more than 7,500" / "de 10 % à plus de 5.700")',
      'COPENHAGEN, March 24 – Tuberculosis cases among children under 15 in Europe rose 10 percent in 2023 to more than 7,500, the WHO said.',
      "COPENHAGUE, 24 mars – Les cas de tuberculose chez les enfants de moins de 15 ans ont augmenté de 10% en Europe en 2023, à plus de 5.700, a indiqué l'OMS.",
      ['en', 'fr'], 'quantity', 'more than 7,500', 'plus de 5.700',
    ],
    [
      'a rank ("third Grand Slam title" / "quatrième titre du Grand Chelem")',
      'LONDON, July 13 – It is the 24-year-old Italian\'s third Grand Slam title after his win at Wimbledon on Sunday.',
      "LONDRES, 13 juillet – C'est le quatrième titre du Grand Chelem pour l'Italien de 24 ans, vainqueur dimanche à Wimbledon.",
      ['en', 'fr'], 'quantity', 'third', 'quatrième',
    ],
    [
      'a rank beside a country after a preposition of place, where the fact happens, not who holds the rank ("en Islande, la quatrième cette année")',
      "An eruption began on Iceland's Reykjanes peninsula on Tuesday, the third this year.",
      'Une éruption a débuté mardi sur la péninsule de Reykjanes, en Islande, la quatrième cette année.',
      ['en', 'fr'], 'quantity', 'third', 'quatrième',
    ],
    [
      'a length of time the other source also gives, for another fact both state ("up to three years in prison" / "jusqu\'à cinq ans", beside "three years to change")',
      'The ban takes effect in 2027, giving farmers three years to change their business. Violators face up to three years in prison.',
      "L'interdiction entrera en vigueur en 2027, laissant trois ans aux éleveurs pour se reconvertir. Les contrevenants encourent jusqu'à cinq ans de prison.",
      ['en', 'fr'], 'quantity', 'up to three years', "jusqu'à cinq ans",
    ],
    [
      'the predicate after a relative clause set off by commas ("Core inflation, which excludes …, fell to 2.5 percent")',
      'Euro zone inflation eased in March. Core inflation, which excludes energy and food prices, fell to 2.5 percent.',
      "L'inflation de la zone euro a ralenti en mars. L'inflation sous-jacente, qui exclut l'énergie et l'alimentation, est tombée à 2,7 %.",
      ['en', 'fr'], 'quantity', '2.5 percent', '2,7 %',
    ],
    [
      'a month ("in June" / "im Juli")',
      'The figures strengthen the case for another interest rate cut by the European Central Bank in June, analysts said.',
      'Die Zahlen stützen nach Ansicht von Analysten eine weitere Zinssenkung der Europäischen Zentralbank im Juli.',
      ['en', 'de'], 'date', 'June', 'Juli',
    ],
    [
      'who said it',
      'LONDON, March 6 – Prime Minister Rishi Sunak said on Monday in London that the talks with the EU on the border deal had failed.',
      'Londres, 6 mars – Le ministre Jeremy Hunt a déclaré lundi à Londres que les discussions avec l’UE sur l’accord frontalier avaient échoué.',
      ['en', 'fr'], 'speaker',
    ],
    [
      'who called it so ("called the cyberattack …" against "bezeichnete …")',
      'PARIS, March 9 – Health Minister Claire Martin on Monday called the cyberattack on 12 hospitals in Lyon a crime against patients.',
      'Paris, 9. März – Premierminister Paul Roche bezeichnete am Montag den Cyberangriff auf 12 Kliniken in Lyon als Verbrechen an den Patienten.',
      ['en', 'de'], 'speaker', 'Claire Martin', 'Paul Roche',
    ],
    [
      'a calendar day in claims that share little else but what the day is for, the days no counter-evidence',
      'Hundreds of thousands marched across France on Tuesday. Unions called a new day of strikes and protests for February 7.',
      'Des centaines de milliers de personnes ont défilé mardi. Les syndicats ont appelé à une nouvelle journée de mobilisation le 8 février.',
      ['en', 'fr'], 'date', 'February 7', '8 février',
    ],
    [
      'who said it, named after a long title ("a déclaré l\'économiste en chef de la BCE, Marco Bellini")',
      "« Le dernier kilomètre de la désinflation s'avère plus lent que prévu », a déclaré l'économiste en chef de la BCE, Marco Bellini, lors d'une conférence à Milan.",
      '«Die letzte Meile der Disinflation erweist sich als langsamer als erhofft», sagte EZB-Präsidentin Sofia Lind auf einer Konferenz in Mailand.',
      ['fr', 'de'], 'speaker', 'Marco Bellini', 'Sofia Lind',
    ],
    [
      'who was beaten: one named person in each claim, named nowhere by the other version',
      'Ferreira won the title on Saturday, beating Australian Ethan Ewing in the final at Lower Trestles.',
      'Ferreira hat am Samstag den Titel gewonnen. Im Finale von Lower Trestles besiegte er den Australier Jack Robinson.',
      ['en', 'de'], 'person', 'Ethan Ewing', 'Jack Robinson',
    ],
    [
      'who scored: a name whose first word stands inside another word of the other version is still named nowhere there ("Mack" in "Ntamack")',
      'Winger James Lowe scored two tries. France had fly-half Romain Ntamack sent to the sin bin.',
      'Flügelspieler Mack Hansen legte zwei Versuche. Frankreichs Romain Ntamack sah Gelb.',
      ['en', 'de'], 'person', 'James Lowe', 'Mack Hansen',
    ],
    [
      'who won: names with a particle ("Wout van Aert" / "Mathieu van der Poel"), the particle being no word of the name',
      'Tadej Pogacar won the Tour de France. Wout van Aert won the 21st stage of the Tour de France in Paris on Sunday.',
      'Tadej Pogacar a remporté le Tour de France. Mathieu van der Poel a remporté dimanche à Paris la 21e étape du Tour de France.',
      ['en', 'fr'], 'person', 'Wout van Aert', 'Mathieu van der Poel',
    ],
    [
      'more people counted as "others" (27 others injured against "31 autres blessés" inside a longer sentence)',
      'A gas explosion tore through a warehouse in Lyon on Friday, killing three firefighters. It also injured 27 others, the prefecture said.',
      "Trois pompiers ont été tués et 31 autres blessés vendredi dans l'explosion d'un entrepôt à Lyon, selon la préfecture.",
      ['en', 'fr'], 'quantity', '27 others', '31 autres',
    ],
    [
      'a bare count whose verb says what befell them ("12 were injured" against "14 wurden verletzt")',
      'A bus carrying tourists overturned on a motorway near Salzburg on Sunday. Two people died and 12 were injured, police said.',
      'Ein Reisebus ist am Sonntag auf einer Autobahn bei Salzburg umgekippt. Zwei Menschen starben, 14 wurden verletzt, teilte die Polizei mit.',
      ['en', 'de'], 'quantity', '12', '14',
    ],
    [
      'a year alone ("champion in 2019" against "championne du monde 2018")',
      'The skier, who became world champion in 2019, announced her retirement on Monday in Innsbruck.',
      "La skieuse, championne du monde 2018, a annoncé lundi à Innsbruck la fin de sa carrière.",
      ['en', 'fr'], 'date', '2019', '2018',
    ],
    [
      'a country each names where both name the same town for another detail ("Rotterdam … in Romania" against "Rotterdam … en Bulgarie")',
      'A Picasso painting stolen from the Kunsthal museum in Rotterdam in 2012 has been returned after an art detective traced it to a private collector in Romania.',
      "Un tableau de Picasso volé au musée Kunsthal de Rotterdam en 2012 a été restitué après qu'un détective l'a retrouvé chez un collectionneur privé en Bulgarie.",
      ['en', 'fr'], 'place', 'Romania', 'Bulgarie',
    ],
    [
      'two towns with alike names ("Rotterdam" against "Amsterdam")',
      'A Dutch court fined the MP 5,000 euros. The case concerned remarks he made at a rally in Rotterdam in March 2022.',
      'Ein Gericht verurteilte den Abgeordneten zu 5000 Euro. Es ging um Äußerungen bei einer Kundgebung in Amsterdam im März 2022.',
      ['en', 'de'], 'place', 'Rotterdam', 'Amsterdam',
    ],
    [
      'a count of the missing told with "portés disparus" ("three were missing" against "quatre sont portés disparus")',
      'Two hikers died and three were missing after a flash flood in southern Utah on Monday.',
      "Deux randonneurs sont morts et quatre sont portés disparus après une crue subite dans le sud de l'Utah lundi.",
      ['en', 'fr'], 'quantity', 'three', 'quatre',
    ],
    [
      'a decade ("in the 1950s" against "dans les années 1960")',
      'In the 1950s the white stork had almost disappeared from Switzerland, the bird protection group said.',
      "Dans les années 1960, la cigogne blanche avait presque disparu de Suisse, selon l'association de protection des oiseaux.",
      ['en', 'fr'], 'date', '1950s', 'années 1960',
    ],
    [
      'a level on a scale ("rated 3 on a scale of 5" against "Stufe 4 von 5")',
      'Firefighters in the south of France were on alert on Tuesday. Forest fire danger in the region had been rated 3 on a scale of 5 after weeks of drought, officials said.',
      'Im Süden Frankreichs waren die Feuerwehren am Dienstag in Alarmbereitschaft. Nach wochenlanger Trockenheit galt in der Region die Waldbrandgefahrenstufe 4 von 5, teilten die Behörden mit.',
      ['en', 'de'], 'quantity', '3 on a scale of 5', '4 von 5',
    ],
    [
      'a level named before its number ("level 1" against "Stufe 2"), with another "2" elsewhere in the text',
      'The regulator classified the incident at reactor number 2 at level 1 on the INES scale, the operator said on Monday.',
      'Die Aufsicht stufte den Vorfall am Reaktor 2 auf der INES-Skala auf Stufe 2 ein, teilte der Betreiber am Montag mit.',
      ['en', 'de'], 'quantity', 'level 1', 'Stufe 2',
    ],
    [
      'the same month of different years ("until June 2029" against "bis Juni 2028")',
      'The coach, who joined the club in 2021, has extended his contract until June 2029, the club said on Friday.',
      'Der Trainer, der 2021 zum Verein kam, hat seinen Vertrag bis Juni 2028 verlängert, teilte der Verein am Freitag mit.',
      ['en', 'de'], 'date', 'June 2029', 'Juni 2028',
    ],
    [
      'two approximations in digits a sixth apart ("about 1.2 billion" against "environ 1 milliard")',
      'The city said on Monday that the new tram line would cost about 1.2 billion euros and open in 2029.',
      "La ville a indiqué lundi que la nouvelle ligne de tramway coûterait environ 1 milliard d'euros et ouvrirait en 2029.",
      ['en', 'fr'], 'quantity', 'about 1.2 billion euros', "environ 1 milliard d'euros",
    ],
    [
      'a count of medical appointments ("30,000 appointments" against "40.000 Termine")',
      'Junior doctors in England began a five-day strike on Friday. NHS England said about 30,000 appointments and operations were expected to be postponed.',
      'In England haben die Assistenzärzte am Freitag einen fünftägigen Streik begonnen. Nach Angaben des NHS müssen rund 40.000 Termine und Operationen verschoben werden.',
      ['en', 'de'], 'quantity', 'about 30,000 appointments', 'rund 40.000 Termine',
    ],
    [
      'a value the other version gives in a piece of the same sentence ("80%, and industry by 25%" against "50 Prozent senken, die Industrie um 25 Prozent")',
      'Catalonia declared a drought emergency on Thursday. Farmers must cut irrigation by 80%, and industry by 25%.',
      'Katalonien hat am Donnerstag den Dürre-Notstand ausgerufen. Die Landwirtschaft muss die Bewässerung um 50 Prozent senken, die Industrie um 25 Prozent.',
      ['en', 'de'], 'quantity', '80%', '50 Prozent',
    ],
    [
      'the one rank two claims give differently among ranks they share ("third … of the season, the 14th of her career" against "troisième …, la 15e")',
      "Lara Meier won the downhill in Kitzbühel on Saturday. It was Meier's third downhill victory of the season and the 14th of her career.",
      'Lara Meier a remporté samedi la descente de Kitzbühel. Il s\'agit de la troisième victoire de la saison en descente pour Meier, la 15e de sa carrière.',
      ['en', 'fr'], 'quantity', '14th', '15e',
    ],
    [
      'a gap in a piece of its own after a comma ("third, 1 minute 42 seconds behind" against "Dritter mit 2:42 Minuten Rückstand")',
      "Jonas Vingegaard won the 15th stage of the Tour de France on Sunday. Belgium's Remco Evenepoel is third, 1 minute 42 seconds behind.",
      'Jonas Vingegaard hat am Sonntag die 15. Etappe der Tour de France gewonnen. Der Belgier Remco Evenepoel ist Dritter mit 2:42 Minuten Rückstand.',
      ['en', 'de'], 'quantity', '1 minute 42 seconds', '2:42 Minuten',
    ],
    [
      'a clock time in a short claim against a sentence that says more ("took effect at 8 p.m." against "trat um 18 Uhr Ortszeit in Kraft")',
      'Armenia and Azerbaijan agreed on Wednesday to a ceasefire along their border. The truce, brokered by the European Union, took effect at 8 p.m. local time.',
      'Armenien und Aserbaidschan haben am Mittwoch eine Waffenruhe an ihrer Grenze vereinbart. Die von der Europäischen Union vermittelte Feuerpause trat um 18 Uhr Ortszeit in Kraft.',
      ['en', 'de'], 'date', '8 p.m.', '18 Uhr',
    ],
    [
      'workers counted for no other role are the employed ("800,000 workers" against "600 000 salariés")',
      'Portugal raised its minimum wage to 920 euros on Monday. The increase will benefit around 800,000 workers, the labour minister said.',
      "Le Portugal a relevé lundi son salaire minimum à 920 euros. La hausse concernera environ 600 000 salariés, a indiqué la ministre du Travail.",
      ['en', 'fr'], 'quantity', 'around 800,000 workers', 'environ 600 000 salariés',
    ],
    [
      'two spans of years ("between 2011 and 2015" against "zwischen 2012 und 2015")',
      'The former mayor of Split received kickbacks from builders between 2011 and 2015, the court in Zagreb ruled on Monday.',
      'Der frühere Bürgermeister von Split nahm zwischen 2012 und 2015 Schmiergeld von Bauunternehmern an, urteilte das Gericht in Zagreb am Montag.',
      ['en', 'de'], 'date', 'between 2011 and 2015', 'zwischen 2012 und 2015',
    ],
    [
      'a part of one country against a part of another ("northern Finland" against "Nordschweden")',
      'Swedish battery maker Voltra will use the money to build a second factory in northern Finland, its chief executive said.',
      'Der schwedische Batteriehersteller Voltra will mit dem Geld ein zweites Werk in Nordschweden bauen, sagte die Vorstandschefin.',
      ['en', 'de'], 'place', 'Finland', 'Nordschweden',
    ],
    [
      'the same, in French ("le nord de la Suède")',
      'Swedish battery maker Voltra will use the money to build a second factory in northern Finland, its chief executive said.',
      "Le fabricant suédois de batteries Voltra construira une deuxième usine dans le nord de la Suède, a indiqué sa directrice générale.",
      ['en', 'fr'], 'place', 'Finland', 'Suède',
    ],
    [
      'outcomes that exclude each other ("was acquitted" / "a été condamné à deux ans de prison")',
      'A fourth suspect, believed to have driven the getaway car, was acquitted for lack of evidence.',
      "Un quatrième suspect, soupçonné d'avoir conduit la voiture, a été condamné à deux ans de prison.",
      ['en', 'fr'], 'outcome', 'acquitted', 'condamné',
    ],
    [
      'the same in German, where the outcome is a piece of its own after a relative clause ("…, der … soll, wurde freigesprochen")',
      "Un quatrième suspect, soupçonné d'avoir conduit la voiture, a été condamné à deux ans de prison.",
      'Ein vierter Verdächtiger, der den Fluchtwagen gefahren haben soll, wurde mangels Beweisen freigesprochen.',
      ['fr', 'de'], 'outcome', 'condamné', 'freigesprochen',
    ],
    [
      'one place in a ranking held by two different people, each source naming both ("deuxième place" / "Zweiter")',
      "Le champion olympique pakistanais Arshad Nadeem a pris la deuxième place avec 88,40 mètres, devant l'Indien Neeraj Chopra.",
      'Zweiter wurde der Inder Neeraj Chopra mit 88,40 Metern vor Olympiasieger Arshad Nadeem aus Pakistan.',
      ['fr', 'de'], 'person', 'Arshad Nadeem', 'Neeraj Chopra',
    ],
    [
      'hours against days ("by 72 hours" / "um fünf Tage")',
      "Sudan's army and the paramilitary Rapid Support Forces agreed on Saturday to extend a humanitarian ceasefire by 72 hours, Saudi Arabia and the United States said.",
      'Im Sudan haben sich die Armee und die paramilitärischen Rapid Support Forces am Samstag auf eine Verlängerung der humanitären Waffenruhe um fünf Tage geeinigt.',
      ['en', 'de'], 'quantity', '72 hours', 'fünf Tage',
    ],
    [
      'found alive against found dead',
      'The missing pilot was found alive in the wreckage on Monday, rescuers said.',
      "Le pilote disparu a été retrouvé mort dans l'épave lundi, selon les secours.",
      ['en', 'fr'], 'outcome', 'alive', 'mort',
    ],
    [
      'a unanimous decision against a decision by a majority',
      'The judges of the Constitutional Court ruled unanimously on Saturday, the court said.',
      'Les juges de la Cour constitutionnelle ont statué samedi à la majorité, a indiqué la Cour.',
      ['en', 'fr'], 'outcome', 'unanimously', 'majorité',
    ],
    [
      'the one bare number in which two claims that give as many differ ("from 32 to 24" / "de 32 à 22")',
      'The canal authority will cut the number of ships allowed through the canal each day from 32 to 24 from Friday.',
      "L'autorité du canal va réduire à partir de vendredi le nombre de navires autorisés à transiter chaque jour de 32 à 22.",
      ['en', 'fr'], 'quantity', '24', '22',
    ],
    [
      'a country both versions name sets the scene: the other country of each claim still places the fact ("French … from Morocco" / "französischen … aus Algerien")',
      'French health authorities confirmed a case of rabies in a puppy brought illegally from Morocco to the Paris region.',
      'Die französischen Gesundheitsbehörden haben einen Tollwutfall bei einem Welpen bestätigt, der illegal aus Algerien in die Region Paris gebracht worden war.',
      ['en', 'de'], 'place', 'Morocco', 'Algerien',
    ],
  ];
  test('no outcome conflict where a claim states both sides (one acquitted, others sentenced), or negates its verb', async () => {
    const both = await conflictKinds(
      'One suspect was acquitted and two others were sentenced to six years in prison on Monday.',
      'Un suspect a été acquitté lundi, deux autres ont été condamnés à six ans de prison.',
    );
    expect(both.filter(([kind]) => kind === 'outcome')).toEqual([]);
    // A fine is a penalty of one found guilty: "fined …, cleared of coercion" states both sides.
    const fined = await conflictKinds(
      'Rubiales fined over World Cup kiss, cleared of coercion\n\nA Spanish court on Thursday fined Luis Rubiales 10,800 euros for kissing Jenni Hermoso.',
      'Baiser forcé : Luis Rubiales condamné à une amende\n\nLa justice espagnole a condamné jeudi Luis Rubiales à une amende de 10 800 euros pour avoir embrassé Jenni Hermoso.',
    );
    expect(fined.filter(([kind]) => kind === 'outcome')).toEqual([]);
    const negated = await conflictKinds('The former mayor was not acquitted by the appeal court in Lyon.', "L'ancien maire a été condamné par la cour d'appel de Lyon.");
    expect(negated.filter(([kind]) => kind === 'outcome')).toEqual([]);
    // Lengths in different units only where each is its claim's only one, and no age: no clock time read as hours.
    const hours = await conflictKinds("Le couvre-feu s'appliquera de 23 heures à 6 heures pendant deux semaines.", 'Die Ausgangssperre gilt drei Wochen lang von 23 Uhr bis 6 Uhr.', ['fr', 'de']);
    expect(hours.map(([, a]) => a)).not.toContain('23 heures');
    const sameHolder = await conflictKinds(
      "India's Neeraj Chopra finished second with 88.40 metres, behind Olympic champion Arshad Nadeem of Pakistan.",
      'Zweiter wurde der Inder Neeraj Chopra mit 88,40 Metern hinter Olympiasieger Arshad Nadeem aus Pakistan.',
      ['en', 'de'],
    );
    expect(sameHolder).toEqual([]);
    // A person after a word that names a rival ("vor dem Slowenen Anze Lanisek") does not hold the place.
    const rival = await conflictKinds(
      "Germany's Andreas Wellinger finished second, 3.4 points behind, with Slovenia's Anze Lanisek third.",
      'Andreas Wellinger wurde mit 3,4 Punkten Rückstand Zweiter vor dem Slowenen Anze Lanisek.',
      ['en', 'de'],
    );
    expect(rival).toEqual([]);
    // A place in a ranking is no rank of a thing counted ("Weltranglistenerste" / "son deuxième Open d'Australie"), and a
    // German inhabitant in the feminine is her country ("die Chinesin"), no part of a name.
    const placeAndTitle = await conflictKinds(
      "MELBOURNE, 25 janvier - Aryna Sabalenka a remporté samedi son deuxième Open d'Australie consécutif en battant la Chinoise Zheng Qinwen 6-3, 6-2.",
      'Melbourne (dpa) - Die Weltranglistenerste aus Belarus besiegte am Samstag im Finale der Australian Open die Chinesin Zheng Qinwen mit 6:3, 6:2.',
      ['fr', 'de'],
    );
    expect(placeAndTitle).toEqual([]);
    // Two titles in quotes, which versions translate, are no two people ("The Blue Trail" / «O Último Azul»).
    const titles = await conflictKinds(
      'BERLIN, Feb 22 – The jury, led by Todd Haynes, awarded the Grand Jury Prize to Brazilian film "The Blue Trail".',
      'BERLIN, 22 février – Le jury, présidé par Todd Haynes, a décerné le Grand prix du jury au film brésilien «O Último Azul».',
      ['en', 'fr'],
    );
    expect(titles.filter(([kind]) => kind === 'person')).toEqual([]);
    // A named place of several words, translated, is known by its last word: "Blue Lagoon" / "Thermalbad Blaue Lagune".
    const lagoon = await conflictKinds('The Blue Lagoon spa and the town of Grindavik were evacuated overnight.', 'Das Thermalbad Blaue Lagune und der Ort Grindavik wurden in der Nacht geräumt.', ['en', 'de']);
    expect(lagoon.filter(([kind]) => kind === 'person')).toEqual([]);
    const survivors = await conflictKinds('Three people were killed and two were pulled alive from the rubble on Monday.', 'Drei Menschen kamen ums Leben, zwei wurden am Montag lebend aus den Trümmern geborgen.', ['en', 'de']);
    expect(survivors.filter(([kind]) => kind === 'outcome')).toEqual([]);
  });
  test('every concept of opposites.json and of measures.json is a concept of the lexicon', async () => {
    const { MEASURES, OUTCOME_SIDES } = await import('../src/resources/index.js');
    const { readFileSync } = await import('node:fs');
    for (const lang of ['en', 'fr', 'de']) {
      const built = JSON.parse(readFileSync(new URL(`../src/resources/${lang}/concepts.json`, import.meta.url), 'utf8')) as { concepts: Record<string, unknown> };
      for (const id of OUTCOME_SIDES.keys()) expect(id.slice('concept:'.length) in built.concepts, `${lang} ${id}`).toBe(true);
      for (const id of MEASURES.keys()) expect(id in built.concepts, `${lang} ${id}`).toBe(true);
    }
  });
  test('a value reported as a conflict is not also reported as missing', async () => {
    const r = await compare([
      { id: 'en', text: 'The fire has burned 4,500 hectares of forest and farmland since it broke out on Sunday.' },
      { id: 'de', text: 'Das Feuer hat seit Samstag 4500 Hektar Wald und Ackerland zerstört.' },
    ]);
    const pair = r.pairs[0]!;
    expect(pair.conflicts.map((k) => k.kind)).toContain('date');
    expect([...pair.onlyInA, ...pair.onlyInB].map((s) => s.text)).not.toContain('Samstag');
    expect([...pair.onlyInA, ...pair.onlyInB].map((s) => s.text)).not.toContain('Sunday');
  });
  test('nor the wording around the conflicting value ("Âgé de 24 ans" against the conflict\'s "24 ans")', async () => {
    const r = await compare([
      { id: 'en', text: 'Daniel Kiprono of Kenya won the Berlin Marathon on Sunday. The 26-year-old pulled away from Tadese Abera after 35 kilometres.' },
      { id: 'fr', text: "Le Kényan Daniel Kiprono a remporté dimanche le marathon de Berlin. Âgé de 24 ans, il a lâché Tadese Abera après 35 kilomètres." },
    ]);
    const pair = r.pairs[0]!;
    expect(pair.conflicts.map((k) => [k.kind, k.a.text, k.b.text])).toContainEqual(['quantity', '26-year-old', '24 ans']);
    expect([...pair.onlyInA, ...pair.onlyInB].map((s) => s.text)).not.toContain('Âgé de 24 ans');
  });
  test('a hedged number in words that is no round word is as precise as in digits ("About 10 million" / "rund zwölf Millionen"; not "une dizaine")', async () => {
    const en = 'About 10 million Schengen visas were issued last year.';
    expect(await conflictKinds(en, 'Im vergangenen Jahr wurden rund zwölf Millionen Schengen-Visa ausgestellt.', ['en', 'de'])).toContainEqual(['quantity', 'About 10 million Schengen', 'rund zwölf Millionen Schengen-Visa']);
    expect(await conflictKinds('About 12 people were injured in the blast.', "Une dizaine de personnes ont été blessées dans l'explosion.", ['en', 'fr'])).toEqual([]);
  });
  test('two lengths of time in different units, one in a piece of the partner\'s sentence ("pendant deux ans" against "18-monatiges Pilotprojekt")', async () => {
    // German cut the sentence in two ("Die Einrichtung ist als 18-monatiges Pilotprojekt angelegt | und kann bis zu 100
    // Menschen am Tag aufnehmen"); the French sentence is aligned with the second piece, and its two years meet the first
    // piece's 18 months.
    const r = await compare([fixtureSource('dublininjecting', 'fr'), fixtureSource('dublininjecting', 'de')]);
    expect(r.pairs.flatMap((p) => p.conflicts.map((k) => [k.kind, k.a.text, k.b.text]))).toContainEqual(['quantity', 'deux ans', '18-monatiges']);
  });

  test('slightly injured against seriously injured is an outcome conflict; a count of those with minor injuries counts the injured', async () => {
    const k = await conflictKinds(
      'A third hiker was seriously injured and flown to hospital in Innsbruck.',
      "Un troisième randonneur, légèrement blessé, a été héliporté vers l'hôpital d'Innsbruck.",
    );
    expect(k.map(([kind]) => kind)).toContain('outcome');
    const read = (lang: string) => fixtureText('evacuation', lang);
    expect(await conflictKinds(read('en'), read('fr'))).toContainEqual(['quantity', 'Three people', 'Sept personnes']);
  });
  test('parts of wholes of one size meet whatever each calls the whole, and "faire le déplacement" is to attend ("17 of the 20 members attended" / "15 des 20 délégations avaient fait le déplacement")', async () => {
    const read = (lang: string) => fixtureText('g20finance', lang);
    expect(await conflictKinds(read('en'), read('fr'))).toContainEqual(['quantity', '17', '15']);
  });
  test('the colour of a weather warning is a level: red against orange contradicts ("höchste Warnstufe Rot" / "une alerte orange")', async () => {
    const read = (lang: string) => fixtureText('reykjavikstorm', lang);
    expect(await conflictKinds(read('fr'), read('de'), ['fr', 'de'])).toContainEqual(['quantity', 'alerte orange', 'Warnstufe Rot']);
  });
  test('a French ordinal in the plural is an ordinal ("les septièmes depuis 2021" / "the eighth since 2021")', async () => {
    const k = await conflictKinds(
      'President Rumen Radev called for early elections, the eighth since 2021.',
      'Le président Roumen Radev a appelé à des élections anticipées, les septièmes depuis 2021.',
    );
    expect(k).toContainEqual(['quantity', 'eighth', 'septièmes']);
  });
  test('two small approximate percentages in digits differ by their share, not by five points ("environ 21 %" / "rund 25 Prozent"; not 80 / 78)', async () => {
    const fr = "L'or a atteint vendredi un record au-dessus de 2 500 dollars l'once. Le métal jaune a gagné environ 21 % depuis le début de l'année, soutenu par les achats des banques centrales.";
    const de = 'Der Goldpreis ist am Freitag erstmals über 2500 Dollar je Feinunze gestiegen. Seit Jahresbeginn hat Gold rund 25 Prozent zugelegt, auch dank Käufen der Zentralbanken.';
    expect(await conflictKinds(fr, de, ['fr', 'de'])).toContainEqual(['quantity', 'environ 21 %', 'rund 25 Prozent']);
    const close = await conflictKinds(fr.replace('environ 21 %', 'environ 80 %'), de.replace('rund 25 Prozent', 'rund 78 Prozent'), ['fr', 'de']);
    expect(close.filter(([kind]) => kind === 'quantity')).toEqual([]);
    // Both given to a decimal, the hedge is on the decimal: a whole point apart contradicts ("about 31.7%" / "rund 34,7 Prozent").
    const decimals = await conflictKinds(fr.replace('environ 21 %', 'environ 31,7 %'), de.replace('rund 25 Prozent', 'rund 34,7 Prozent'), ['fr', 'de']);
    expect(decimals).toContainEqual(['quantity', 'environ 31,7 %', 'rund 34,7 Prozent']);
    const near = await conflictKinds(fr.replace('environ 21 %', 'environ 31,7 %'), de.replace('rund 25 Prozent', 'rund 31,9 Prozent'), ['fr', 'de']);
    expect(near.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });

  test('a fraction in words contradicts a share in digits far from it ("almost half" / "fast 30 Prozent")', async () => {
    const read = (lang: string) => fixtureSource('heatpumps', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('en/de almost half | fast 30 Prozent');
    expect(found.filter((x) => x.startsWith('en/fr') && x.includes('half'))).toEqual([]);
  });

  test('a span of days within one month is compared end by end ("between March 21 and 23" / "zwischen dem 20. und 23. März")', async () => {
    const en = 'A poll of 1,004 people was published on Sunday. The survey was conducted between March 21 and 23.';
    const de = 'Eine Umfrage unter 1004 Menschen wurde am Sonntag veröffentlicht. Befragt wurden die Menschen zwischen dem 20. und 23. März.';
    expect(await conflictKinds(en, de, ['en', 'de'])).toContainEqual(['date', 'between March 21 and 23', '20. und 23. März']);
    expect(await conflictKinds(en, de.replace('20.', '21.'), ['en', 'de'])).toEqual([]);
  });
  test('points are one unit whether a language reads them as percentage points or points of a table ("six points" / "vier Punkte")', async () => {
    const en = 'Approval of the president fell to 28 percent in March. The rating dropped four points in a month after the pension reform.';
    const fr = 'La popularité du président est tombée à 28 % en mars. Elle a perdu six points en un mois après la réforme des retraites.';
    const de = 'Die Zustimmung zum Präsidenten fiel im März auf 28 Prozent. Der Wert sank binnen eines Monats um vier Punkte nach der Rentenreform.';
    expect(await conflictKinds(en, fr, ['en', 'fr'])).toContainEqual(['quantity', 'four points', 'six points']);
    expect(await conflictKinds(fr, de, ['fr', 'de'])).toContainEqual(['quantity', 'six points', 'vier Punkte']);
  });
  test('a day given in the next sentence, whose piece is aligned with another piece of the claim\'s own sentence ("on Tuesday became the first …, finishing after 54 hours" / "… durchschwommen. Sie kam am Mittwoch … an")', async () => {
    const en = 'DOVER, Sept 17 - An American swimmer on Tuesday became the first person to swim across the English Channel four times without stopping, finishing after 54 hours in the water.\n\nShe covered about 130 kilometres.';
    const de = 'Dover (dpa) - Eine US-Schwimmerin hat als erster Mensch den Ärmelkanal viermal ohne Pause durchschwommen. Sie kam am Mittwoch nach 54 Stunden im Wasser an.\n\nSie legte etwa 130 Kilometer zurück.';
    expect(await conflictKinds(en, de, ['en', 'de'])).toContainEqual(['date', 'Tuesday', 'Mittwoch']);
    // The same day in both: nothing.
    expect(await conflictKinds(en, de.replace('Mittwoch', 'Dienstag'), ['en', 'de'])).toEqual([]);
  });
  test('a margin written as on a race clock with its unit is a margin ("mit 1:12 Minuten Vorsprung" / "avec 1 minute et 21 secondes d\'avance"); a finishing time without its unit is none', async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('toursfemmes', lang)));
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('fr/de 1 minute et 21 secondes | 1:12 Minuten');
    const slots = (text: string, lang: string) => claimsOf(prepare('x', text, lang as 'en' | 'de')).flatMap((c) => c.facets.flatMap((f) => f.anchors.map((a) => a.key))).filter((k) => k.startsWith('slot:dur'));
    expect(slots('Sie gewann die Etappe mit 1:12 Minuten Vorsprung.', 'de')).toEqual(['slot:dur-S']);
    expect(slots('She won the marathon in 2:16:40 ahead of her rival.', 'en')).toEqual([]);
  });
  test('minutes and hours fill one slot of a length of time ("for about 45 minutes" / "rund eine Stunde lang"), so the sentence that gives it meets its partner and the two lengths conflict', async () => {
    const slots = (text: string, lang: string) => claimsOf(prepare('x', text, lang as 'en' | 'de')).flatMap((c) => c.facets.flatMap((f) => f.anchors.map((a) => a.key))).filter((k) => k.startsWith('slot:dur'));
    expect(slots('The animals struck the yacht for about 45 minutes.', 'en')).toEqual(['slot:dur-H']);
    expect(slots('Die Tiere attackierten die Jacht rund eine Stunde lang.', 'de')).toEqual(['slot:dur-H']);
    const r = await compare([fixtureSource('orcayacht', 'en'), fixtureSource('orcayacht', 'de')]);
    expect(r.pairs.flatMap((p) => p.conflicts.map((k) => [k.kind, k.a.text, k.b.text]))).toContainEqual(['quantity', 'about 45 minutes', 'rund eine Stunde']);
  });
  test('one side of a place against the opposite side of it ("north of Antwerp" / "südlich von Antwerpen"); the same side is none', async () => {
    const en = 'A fire destroyed a warehouse in the port area north of Antwerp on Sunday, the fire service said.';
    const de = 'Ein Großbrand hat am Sonntag eine Lagerhalle im Hafengebiet südlich von Antwerpen zerstört, wie die Feuerwehr mitteilte.';
    expect(await conflictKinds(en, de, ['en', 'de'])).toContainEqual(['place', 'north of Antwerp', 'südlich von Antwerpen']);
    expect(await conflictKinds(en, de.replace('südlich', 'nördlich'), ['en', 'de'])).toEqual([]);
  });
  test('a side of a town named with its kind ("west of the town of St. Anton") against the other side of it read as a name ("à l\'est de Saint-Anton")', async () => {
    const k = await conflictKinds(
      'A mudslide buried the Arlberg railway line west of the town of St. Anton in Tyrol on Saturday night, the railway said.',
      "Une coulée de boue a enseveli samedi soir la ligne ferroviaire de l'Arlberg à l'est de Saint-Anton, dans le Tyrol, a indiqué la compagnie.",
    );
    expect(k).toContainEqual(['place', 'west of the town of St. Anton', "l'est de Saint-Anton"]);
  });
  test('the same side of one place in both versions leaves their countries to compare ("in the north of Mallorca": a German / un Autrichien)', async () => {
    const r = await compare((['en', 'fr', 'de'] as const).map((lang) => fixtureSource('mallorcatouristdrowned', lang)));
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => [k.kind, k.a.text, k.b.text]));
    expect(found).toContainEqual(['place', 'autrichien', 'Deutschland']);
  });
  test('a time given in the sentence before, whose piece is aligned with another piece of the claim\'s own sentence ("Am Freitagabend ist eine Straßenbahn entgleist … Zwei Menschen kamen ums Leben" / "… tuées … vendredi après-midi lorsqu\'un tramway a déraillé")', async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('tramcrashmilan', lang)));
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.a.text} | ${k.b.text}`));
    expect(found.some((x) => x.startsWith('fr/de ') && x.endsWith('| Freitagabend'))).toBe(true);
  });
  test('a count in a piece of a sentence whose partner is aligned only with another piece for another count ("killing 12 people" / "faisant 14 morts et 31 blessés")', async () => {
    const read = (lang: string) => fixtureSource('hotelfire', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('en/fr 12 people | 14 morts');
    // Its count of the injured, 31 in both, is no conflict.
    expect(found.filter((x) => x.includes('31'))).toEqual([]);
  });

  test('others counted before the verb that says they were hurt are the injured the other version counts ("19 Passagiere verletzt" / "14 blessés")', async () => {
    const read = (lang: string) => fixtureSource('naxosferry', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('fr/de 14 blessés | 19 Passagiere');
  });

  test('the town of a hospital the injured were taken to, however each version says they went ("flown to a hospital in Trento" / "transportée à l\'hôpital de Bolzano")', async () => {
    const read = (lang: string) => fixtureSource('dolomitehikers', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.kind} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('en/fr place Trento | Bolzano');
    expect(found).toContain('fr/de place Bolzano | Trient');
  });

  test('a piece aligned only with a claim that gives no day still meets the claims its sentence aligns with, for its day ("a placé mercredi en garde à vue" / "am Dienstag … festgenommen")', async () => {
    const read = (lang: string) => fixtureSource('mayorarrest', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('fr/de mercredi | Dienstag');
  });

  test('a record of wins and losses is a tally ("12-3 record" / "13 victoires et 2 défaites" / "zwölf Siegen und drei Niederlagen")', async () => {
    const read = (lang: string) => fixtureSource('sumo', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('en/fr 12-3 | 13 victoires et 2 défaites');
    expect(found).toContain('fr/de 13 victoires et 2 défaites | zwölf Siegen und drei Niederlagen');
    expect(found.filter((x) => x.startsWith('en/de') && x.includes('12-3'))).toEqual([]);
  });

  test('two hedged counts a whole step of the coarser rounding apart differ ("around 150 million years" / "environ 160 millions d\'années")', async () => {
    const read = (lang: string) => fixtureSource('fossil', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const step = r.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text]));
    expect(step).toContainEqual(['around 150 million years', "environ 160 millions d'années"]);
  });

  test('a bare number against a count, the only value of each, far enough apart ("une soixantaine" / "etwa 90 Tiere"); not a vague plural', async () => {
    const fr = 'Environ 150 globicéphales se sont échoués sur une plage de Tasmanie. Mercredi après-midi, seuls une soixantaine étaient encore en vie.';
    const de = 'Rund 150 Grindwale sind an einem Strand in Tasmanien gestrandet. Am Mittwochnachmittag lebten nur noch etwa 90 Tiere.';
    expect(await conflictKinds(fr, de, ['fr', 'de'])).toContainEqual(['quantity', 'une soixantaine', 'etwa 90 Tiere']);
    const vague = await conflictKinds(fr.replace('seuls une soixantaine', 'des dizaines'), de, ['fr', 'de']);
    expect(vague.filter(([, a]) => a === 'des dizaines')).toEqual([]);
  });

  test('a count of a word for any animal against a count of one kind, the only value of each ("etwa 90 Tiere" / "une soixantaine d\'entre eux", the whales)', async () => {
    const r = await compare(['en', 'fr', 'de'].map((l) => fixtureSource('whales', l)));
    const spans = r.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text].sort().join(' / ')));
    expect(spans).toContain('etwa 90 Tiere / une soixantaine');
  });

  test('a count of sites against a count of sites of one kind, the only value of each ("55 World Heritage sites" / "54 sites inscrits")', async () => {
    const r = await compare(['en', 'fr', 'de'].map((l) => fixtureSource('heritage', l)));
    const spans = r.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text].sort().join(' / ')));
    expect(spans).toContain('54 sites / 55 World Heritage sites');
  });

  test('two spans of days with one end in common and the other not ("from January 2 to February 15" / "du 2 janvier au 15 mars")', async () => {
    const k = await conflictKinds(
      'Swedish authorities approved the culling of 30 wolves on Thursday. Hunting will be allowed from January 2 to February 15.',
      "Les autorités suédoises ont autorisé jeudi l'abattage de 30 loups. La chasse sera autorisée du 2 janvier au 15 mars.",
    );
    expect(k).toContainEqual(['date', 'February 15', '15 mars']);
    expect(k.filter(([, a]) => a === 'January 2')).toEqual([]);
  });

  test("a dateline whose town is also a concept ('BRUSSELS', the EU) says only where and when: no conflict with the lead's date", async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'EU and Ukraine agree to end roaming charges\n\nBRUSSELS, Oct 23 - The European Union and Ukraine agreed on Wednesday to abolish mobile roaming charges between them from January 1, the European Commission said.\n' },
      { id: 'de', lang: 'de', text: 'EU und Ukraine schaffen Roaming-Gebühren ab\n\nBrüssel (dpa) - Die Europäische Union und die Ukraine haben sich darauf geeinigt, die Roaming-Gebühren untereinander zum 1. Januar abzuschaffen. Das teilte die EU-Kommission am Mittwoch mit.\n' },
    ]);
    expect(r.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text]))).toEqual([]);
  });

  test('parts of wholes of one size are parts of one whole, whatever each calls it ("120 of its 380 branches" / "210 de ses 380 agences")', async () => {
    const k = await conflictKinds(
      'Nordbank reported its first annual loss in eight years on Thursday. Chief executive Martina Holm said the bank would close 120 of its 380 branches by 2027.',
      "Nordbank a annoncé jeudi sa première perte annuelle depuis huit ans. Sa directrice générale, Martina Holm, a annoncé la fermeture de 210 de ses 380 agences d'ici 2027.",
    );
    expect(k).toContainEqual(['quantity', '120', '210']);
  });

  test('two small hedged counts differ by any amount ("about eight hours" / "rund neun Stunden"); a round word does not ("une dizaine")', async () => {
    const en = 'The first direct high-speed train between Paris and Berlin left on Monday morning, cutting the journey to about eight hours.';
    const de = 'Der erste direkte Hochgeschwindigkeitszug zwischen Paris und Berlin fuhr am Montagmorgen ab, die Fahrt dauert rund neun Stunden.';
    expect(await conflictKinds(en, de, ['en', 'de'])).toContainEqual(['quantity', 'about eight hours', 'rund neun Stunden']);
    const round = await conflictKinds(en.replace('about eight hours', 'about 11 hours'), de.replace('rund neun Stunden', 'etwa ein Dutzend Stunden'), ['en', 'de']);
    expect(round.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });

  test('one measure told in two units is no conflict, and aligns ("10 miles" / "16 kilomètres", "2.4 kilometres" / "2 400 mètres")', async () => {
    expect(await conflictKinds('The queue stretched for 10 miles along the motorway on Friday.', "La file s'étendait sur 16 kilomètres le long de l'autoroute vendredi.")).toEqual([]);
    const r = await compare([
      { id: 'en', lang: 'en', text: 'The storm closed the port. Lava flowed from a fissure 2.4 kilometres long.' },
      { id: 'fr', lang: 'fr', text: 'La tempête a fermé le port. La lave a coulé d’une fissure longue de 2 400 mètres.' },
    ]);
    expect(r.pairs[0]!.conflicts).toEqual([]);
    expect(r.pairs[0]!.onlyInA.map((x) => x.text)).not.toContain('2.4 kilometres');
  });

  test('an approximation of a scale is one value ("tens of millions of euros" / "dizaines de millions d\'euros"), no conflict', async () => {
    expect(await conflictKinds('The loot could be worth tens of millions of euros, police said.', "Le butin pourrait se chiffrer en dizaines de millions d'euros, selon la police.")).toEqual([]);
  });

  test('a time a word names after a word that places an event at it ("shortly before noon") meets clock times within an hour only', async () => {
    expect(await conflictKinds('The slide happened shortly before noon on Tuesday.', "L'éboulement s'est produit vers 14 heures mardi.")).toEqual([['date', 'noon', '14 heures']]);
    expect(await conflictKinds('The slide happened shortly before noon on Tuesday.', "L'éboulement s'est produit vers 11 h 30 mardi.")).toEqual([]);
    // (Alone, "am Mittag" is the middle of the day, no time: nothing to compare.)
    expect(await conflictKinds('The slide happened at 2 p.m. on Tuesday.', 'Der Felssturz ereignete sich am Dienstag am Mittag.', ['en', 'de'])).toEqual([]);
  });

  test('two temperatures below zero that differ conflict ("minus 8 degrees" / "moins 6 degrés"), as any two values of one slot do', async () => {
    expect(await conflictKinds('Temperatures in the Slovak capital fell to minus 8 degrees Celsius overnight.', 'Les températures sont descendues à moins 6 degrés dans la nuit dans la capitale slovaque.')).toEqual([
      ['quantity', 'minus 8 degrees Celsius', 'moins 6 degrés'],
    ]);
    // (Hedged, a quarter apart, below zero as above: "about minus 10 degrees" / "environ moins 5 degrés".)
    expect(
      await conflictKinds('Temperatures in the Slovak capital fell to about minus 10 degrees Celsius overnight.', 'Les températures sont descendues à environ moins 5 degrés dans la nuit dans la capitale slovaque.'),
    ).toEqual([['quantity', 'about minus 10 degrees Celsius', 'environ moins 5 degrés']]);
  });

  test('a span over which something happened ("over four years", "en quatre ans") is not compared with a length its sentence gives another of', async () => {
    const en = 'A court sentenced a pharmacist to two years and eight months in prison on Thursday for selling 12,000 packs of painkillers over four years.';
    const fr = "Un tribunal a condamné jeudi une pharmacienne à deux ans et huit mois de prison pour avoir vendu 12.000 boîtes d'antidouleurs en quatre ans.";
    const de = 'Eine Apothekerin ist am Donnerstag zu drei Jahren und acht Monaten Haft verurteilt worden, weil sie 12.000 Packungen Schmerzmittel verkauft hatte.';
    expect(await conflictKinds(en, de, ['en', 'de'])).toEqual([['quantity', 'two years and eight months', 'drei Jahren und acht Monaten']]);
    expect(await conflictKinds(fr, de, ['fr', 'de'])).toEqual([['quantity', 'deux ans et huit mois', 'drei Jahren und acht Monaten']]);
    // (Alone in its sentence, such a span is compared: "over four years" / "innerhalb von drei Jahren".)
    expect(await conflictKinds('The pharmacist sold 12,000 packs of painkillers over four years.', 'Die Apothekerin verkaufte innerhalb von drei Jahren 12.000 Packungen Schmerzmittel.', ['en', 'de'])).toEqual([
      ['quantity', 'over four years', 'drei Jahren'],
    ]);
  });

  test('two parts of one month conflict ("by mid-March" / "d\'ici fin mars"); one part told two ways does not ("Mitte März")', async () => {
    const en = 'The bankruptcy trustee said on Tuesday he hoped to sign a deal for the battery plant by mid-March.';
    expect(await conflictKinds(en, "L'administrateur judiciaire a dit mardi espérer signer un accord pour l'usine de batteries d'ici fin mars.")).toEqual([['date', 'mid-March', 'fin mars']]);
    expect(await conflictKinds(en, 'Der Insolvenzverwalter hoffe, bis Mitte März einen Vertrag für das Batteriewerk zu unterzeichnen, sagte er am Dienstag.', ['en', 'de'])).toEqual([]);
    // (A month without a part is no other part: "in March" / "Ende März".)
    expect(await conflictKinds(en.replace('by mid-March', 'in March'), "L'administrateur judiciaire a dit mardi espérer signer un accord pour l'usine de batteries d'ici fin mars.")).toEqual([]);
  });

  test('a place in a ranking told with a country\'s adjective after it conflicts with another place ("finished third" / "lief als Vierter tschechischen Rekord")', async () => {
    expect(
      await conflictKinds('Czech sprinter Zdenek Stromsik finished third in a national record of 10.01 seconds.', 'Der Tscheche Zdenek Stromsik lief als Vierter tschechischen Rekord in 10,01 Sekunden.', ['en', 'de']),
    ).toEqual([['quantity', 'third', 'Vierter']]);
  });

  test('"about two dozen" and "une vingtaine" are two ways of telling one rough count, no conflict', async () => {
    expect(await conflictKinds('About two dozen residents were evacuated on Tuesday.', "Une vingtaine d'habitants ont été évacués mardi.")).toEqual([]);
  });

  test("a place in a ranking is no lone rank: another piece's partner ranks someone else there (second ahead of X / X third)", async () => {
    expect(
      await conflictKinds(
        'Weber finished with 86.74 metres in second place, ahead of Czech Jakub Vadlejch.',
        'Weber kam auf 86,74 Meter. Dritter wurde der Tscheche Jakub Vadlejch.',
        ['en', 'de'],
      ),
    ).toEqual([]);
  });

  test('two outcomes both versions state, each split its own way, are no conflict ("acquitted … but convicted" / "a acquitté …, mais l\'a reconnu coupable")', async () => {
    const k = await conflictKinds(
      'A New York jury on Wednesday acquitted Sean Combs of sex trafficking but convicted him on two lesser counts of transportation to engage in prostitution.',
      "Un jury new-yorkais a acquitté mercredi Sean Combs de trafic sexuel, mais l'a reconnu coupable de deux chefs moins graves de transport à des fins de prostitution.",
    );
    expect(k.filter(([kind]) => kind === 'outcome')).toEqual([]);
  });

  test('one value counting two words is no conflict ("12 centres" / "12 Standorten")', async () => {
    const k = await conflictKinds('The city is offering free vaccinations at 12 centres.', 'Die Stadt bietet an 12 Standorten kostenlose Impfungen an.', ['en', 'de']);
    expect(k).toEqual([]);
  });

  test('two names of one town are no conflict ("Nice" / "Nizza", "Jermouk" / "Dschermuk")', async () => {
    const k = await conflictKinds('The Tour de France finishes in Nice on July 21.', 'Die Tour de France endet am 21. Juli in Nizza.', ['en', 'de']);
    expect(k.filter(([kind]) => kind === 'place')).toEqual([]);
    const k2 = await conflictKinds(
      "Les deux camps s'accusent d'avoir déclenché les affrontements par des tirs d'artillerie près de la ville de Jermouk.",
      'Beide Seiten werfen sich vor, die Gefechte mit Artilleriebeschuss nahe der Stadt Dschermuk begonnen zu haben.',
      ['fr', 'de'],
    );
    expect(k2.filter(([kind]) => kind === 'place')).toEqual([]);
  });
  test('the whole a part is counted out of opens no tally, also with the part\'s noun between ("176 députés sur 300, 76 votant contre")', async () => {
    const k = await conflictKinds(
      'Greece legalised same-sex marriage on Thursday. The bill was passed by 176 votes to 76 in the 300-seat chamber.',
      'La Grèce a légalisé jeudi le mariage homosexuel. Le texte a été voté par 176 députés sur 300, 76 votant contre.',
    );
    expect(k).toEqual([]);
  });
  test('a baseline after a comma counts what the count nearest in size counts, and meets only a baseline or one of two values', async () => {
    const k = await conflictKinds('A survey found 1,346 cases in 2023 across 18 countries, up from 1,165 a year earlier.', 'Im Jahr 2023 wurden in 18 Ländern 1346 Fälle gezählt, nach 1651 im Vorjahr.', ['en', 'de']);
    expect(k).toEqual([['quantity', '1,165', '1651']]);
    const r = await compare([
      { id: 'en', lang: 'en', text: 'Labour won the by-election in Leeds on Thursday. Turnout was 41 percent, down from 63 percent at the last general election.' },
      { id: 'fr', lang: 'fr', text: "Les travaillistes ont remporté jeudi l'élection partielle de Leeds. La participation s'est établie à 36 %." },
    ]);
    expect(r.pairs[0]!.conflicts.map((c) => [c.a.text, c.b.text])).toEqual([['41 percent', '36 %']]);
    expect(r.pairs[0]!.onlyInA.map((s) => s.text).join(' ')).toContain('63 percent');
  });
  test('exonyms of one region are one place, no conflict ("Nouvelle-Galles du Sud" / "New South Wales", "Tchétchénie" / "Chechnya")', async () => {
    const r = await compare([
      { id: 'fr', lang: 'fr', text: "Un homme est mort vendredi dans le nord de la Nouvelle-Galles du Sud. L'avion reliait Bakou à Grozny, en Tchétchénie." },
      { id: 'de', lang: 'de', text: 'Im Norden von New South Wales kam am Freitag ein Mann ums Leben. Die Maschine war von Baku nach Grozny in Tschetschenien unterwegs.' },
      { id: 'en', lang: 'en', text: "One man died in northern New South Wales on Friday. The plane was flying from Baku to Grozny in Russia's Chechnya region." },
    ]);
    expect(r.pairs.flatMap((p) => p.conflicts.map((k) => `${k.a.text}/${k.b.text}`))).toEqual([]);
  });
  test('a value set against another that a rival named after it holds is no baseline ("contre 41,2 % pour le conservateur Kim Moon-soo")', async () => {
    const r = await compare([
      { id: 'fr', lang: 'fr', text: 'M. Lee a obtenu 49,4% des voix, contre 41,2% pour le conservateur Kim Moon-soo, selon la Commission électorale nationale.' },
      { id: 'de', lang: 'de', text: 'Lee erhielt nach Angaben der Wahlkommission 49,4 Prozent der Stimmen, sein konservativer Rivale Kim Moon Soo 43,1 Prozent.' },
    ]);
    expect(r.pairs[0]!.conflicts.map((k) => `${k.a.text}/${k.b.text}`)).toEqual(['41,2%/43,1 Prozent']);
  });
  test('the one month in which two claims that give as many differ is a conflict ("in April from 4.9% in March" / "im April … im Februar")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'Poland cut its main rate to 5.25%. Inflation fell to 4.3% in April from 4.9% in March.' },
      { id: 'de', lang: 'de', text: 'Polen senkte den Leitzins auf 5,25 Prozent. Die Inflation sank im April auf 4,3 Prozent nach 4,9 Prozent im Februar.' },
    ]);
    expect(r.pairs[0]!.conflicts.map((k) => `${k.a.text}/${k.b.text}`)).toEqual(['March/Februar']);
  });
  test('a city-state is a town: "in Paris" against "in Monaco" is a conflict of places', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'The Olympic champion took 0.36 seconds off the world record she set in Paris last year.' },
      { id: 'de', lang: 'de', text: 'Die Olympiasiegerin war 0,36 Sekunden schneller als bei ihrem alten Weltrekord, den sie im vergangenen Jahr in Monaco aufgestellt hatte.' },
    ]);
    expect(r.pairs[0]!.conflicts.map((k) => `${k.a.text}/${k.b.text}`)).toEqual(['Paris/Monaco']);
  });
  test('two towns, one in each claim, are one slot beside a town both give ("from Dublin to Lanzarote, diverted to Porto" / "nach Lanzarote zur Landung in Faro")', async () => {
    const r = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource("unrulypassenger", lang)));
    const places = r.pairs.flatMap((p) => p.conflicts.filter((k) => k.kind === 'place').map((k) => `${k.a.text}/${k.b.text}`));
    expect(places).toEqual(['Porto/Faro', 'Porto/Faro']);
  });
  test('a word one version reads as a town and another as a name is one place ("l\'usine de Scunthorpe" / "the Scunthorpe plant")', () => {
    const en = claimsOf(prepare('en', 'The law allows the government to run the Scunthorpe plant.', 'en'));
    const fr = claimsOf(prepare('fr', "La loi permet à l'État de gérer l'usine de Scunthorpe.", 'fr'));
    const place = fr[0]!.anchors.find((a) => a.key.startsWith('place:'))!.key;
    expect(en[0]!.anchors.map((a) => a.key)).not.toContain(place);
    namesMet([en, fr]);
    expect(en[0]!.anchors.map((a) => a.key)).toContain(place);
    // Not where no other version reads the word as a place.
    const alone = claimsOf(prepare('en', 'The law allows the government to run the Scunthorpe plant.', 'en'));
    namesMet([alone, claimsOf(prepare('fr', "La loi permet à l'État de gérer l'usine.", 'fr'))]);
    expect(alone[0]!.anchors.map((a) => a.key)).not.toContain(place);
    // An acronym one version writes as a word ("der Weltverband Fis") is the organisation another writes in capitals.
    const de = claimsOf(prepare('de', 'Der Weltverband Fis erkennt den Sprung nicht als Rekord an.', 'de'));
    namesMet([claimsOf(prepare('en', 'The jump will not be recognised by the International Ski Federation (FIS).', 'en')), de]);
    expect(de[0]!.anchors.map((a) => a.key)).toContain('org:fis');
    // Also where the word's name key folds its spelling ("Anssi", the name "ansi", against "ANSSI").
    const fr2 = claimsOf(prepare('fr', "L'Agence nationale de la sécurité des systèmes d'information (Anssi) a dépêché une équipe.", 'fr'));
    namesMet([claimsOf(prepare('en', "France's cybersecurity agency ANSSI has sent a team.", 'en')), fr2]);
    expect(fr2[0]!.anchors.map((a) => a.key)).toContain('org:anssi');
  });
  test('a word one version reads as a name is that name where another cannot tell ("Batteriehersteller Northvolt")', () => {
    const de = claimsOf(prepare('de', 'Der schwedische Batteriehersteller Northvolt hat in Schweden Insolvenz angemeldet.', 'de'));
    expect(de[0]!.anchors.map((a) => a.key)).not.toContain('name:nortvolt');
    namesShared([claimsOf(prepare('en', 'The Swedish battery maker Northvolt filed for bankruptcy.', 'en')), de]);
    expect(de[0]!.anchors.map((a) => a.key)).toContain('name:nortvolt');
    // Not where no other version reads it so, nor from a word in capitals (a dateline's town).
    const alone = claimsOf(prepare('de', 'Der schwedische Batteriehersteller Northvolt hat in Schweden Insolvenz angemeldet.', 'de'));
    namesShared([claimsOf(prepare('en', 'NORTHVOLT, Sweden - The battery maker filed for bankruptcy.', 'en')), alone]);
    expect(alone[0]!.anchors.map((a) => a.key)).not.toContain('name:nortvolt');
    // Also a word too short for a cognate key, at the head of a title ("Shell gewinnt Berufung").
    const title = claimsOf(prepare('de', 'Shell gewinnt Berufung im Klimaprozess', 'de'));
    const en = claimsOf(prepare('en', 'A Dutch court ordered Shell to cut its emissions.', 'en'));
    const key = en[0]!.anchors.find((a) => a.key.startsWith('name:'))!.key;
    expect(title[0]!.anchors.map((a) => a.key)).not.toContain(key);
    namesShared([en, title]);
    expect(title[0]!.anchors.map((a) => a.key)).toContain(key);
    const a = title[0]!.anchors.find((x) => x.key === key)!;
    expect('Shell gewinnt Berufung im Klimaprozess'.slice(a.start, a.end)).toBe('Shell');
  });
  test('a German compound that opens with a name another version reads and ends in a noun states that name ("Ötztalstraße")', () => {
    const text = 'Ein Felssturz hat einen Abschnitt der Ötztalstraße verschüttet.';
    const de = claimsOf(prepare('de', text, 'de'));
    const en = claimsOf(prepare('en', "A rockfall has buried a stretch of the road through Austria's Ötztal valley.", 'en'));
    const key = en[0]!.anchors.find((a) => a.key.startsWith('name:'))!.key;
    expect(de[0]!.anchors.map((a) => a.key)).not.toContain(key);
    namesShared([en, de]);
    const a = de[0]!.anchors.find((x) => x.key === key)!;
    expect(text.slice(a.start, a.end)).toBe('Ötztalstraße');
    // Not where the rest of the word is no noun ("Ötztaler" is the valley's people, not a compound).
    const people = claimsOf(prepare('de', 'Die Ötztalerin gewann das Rennen.', 'de'));
    namesShared([claimsOf(prepare('en', "A rockfall has buried a stretch of the road through Austria's Ötztal valley.", 'en')), people]);
    expect(people[0]!.anchors.map((x) => x.key)).not.toContain(key);
  });
  test('a name written with a hyphen in one version and a space in another is one person ("Kim Moon-soo" / "Kim Moon Soo")', () => {
    const de = claimsOf(prepare('de', 'Sein konservativer Rivale Kim Moon Soo erhielt 41,2 Prozent.', 'de'));
    const fr = claimsOf(prepare('fr', 'Le conservateur Kim Moon-soo a obtenu 41,2 %.', 'fr'));
    const key = fr[0]!.anchors.find((a) => a.key.startsWith('person:'))!.key;
    expect(de[0]!.anchors.map((a) => a.key)).not.toContain(key);
    spacedNamesMet([fr, de]);
    expect(de[0]!.anchors.map((a) => a.key)).toContain(key);
    // Not where no other version writes the name so.
    const alone = claimsOf(prepare('de', 'Sein konservativer Rivale Kim Moon Soo erhielt 41,2 Prozent.', 'de'));
    const before = alone[0]!.anchors.map((a) => a.key);
    spacedNamesMet([alone, claimsOf(prepare('fr', 'Le conservateur Kim Soo a obtenu 41,2 %.', 'fr'))]);
    expect(alone[0]!.anchors.map((a) => a.key)).toEqual(before);
  });
  test('a predicate after a subject set off by a long phrase borrows the subject ("Northvolt, once …, | filed")', () => {
    const text = "The battery maker Northvolt was founded in 2016. Northvolt, once Europe's great hope for an electric-vehicle battery industry, filed for bankruptcy in Sweden on Wednesday.";
    const claims = claimsOf(prepare('en', text, 'en'));
    const filed = claims.find((c) => c.text.startsWith('filed'))!;
    expect(filed.anchors.map((a) => a.key)).not.toContain('name:nortvolt');
    expect(filed.context.map((a) => a.key)).toContain('name:nortvolt');
    // Not a piece that opens with no verb of its own.
    const other = claimsOf(prepare('en', "The battery maker Northvolt was founded in 2016. Northvolt, once Europe's great hope for an electric-vehicle battery industry, in Sweden on Wednesday.", 'en'));
    expect(other.flatMap((c) => (c.text.startsWith('Northvolt') ? [] : c.context.map((a) => a.key)))).not.toContain('name:nortvolt');
  });
  test('a change on the quarter and a change on the year are two facts, not a conflict', async () => {
    const r = await compare([
      { id: 'en', text: 'German house prices fell 2.1% in the third quarter from a year earlier. Compared with the previous quarter, prices dropped 0.4%.' },
      { id: 'fr', text: "Les prix de l'immobilier en Allemagne ont baissé de 2,1 % au troisième trimestre sur un an. Dans les grandes villes, les prix ont chuté de 4,5 % sur un an." },
      { id: 'de', text: 'Die Preise für Wohnimmobilien in Deutschland sind im dritten Quartal im Vergleich zum Vorjahreszeitraum um 2,1 Prozent gesunken. Gegenüber dem Vorquartal verbilligten sich Häuser und Wohnungen um 0,4 Prozent.' },
    ]);
    const values = r.pairs.flatMap((p) => p.conflicts.map((k) => `${k.a.text} / ${k.b.text}`));
    expect(values.filter((v) => v.includes('4,5 %'))).toEqual([]);
  });
  test('a quantity reported as a conflict is not also reported as missing', async () => {
    const r = await compare([
      { id: 'de', text: 'Eine neue europäische Rakete ist am Dienstag rund 70 Sekunden nach dem Start explodiert.' },
      { id: 'fr', text: 'Une nouvelle fusée européenne a explosé environ 40 secondes après son décollage mardi.' },
    ]);
    const pair = r.pairs[0]!;
    expect(pair.conflicts.map((k) => [k.kind, k.a.text, k.b.text])).toContainEqual(['quantity', 'rund 70 Sekunden', 'environ 40 secondes']);
    const missing = [...pair.onlyInA, ...pair.onlyInB].map((s) => s.text);
    for (const value of ['rund 70 Sekunden', '70 Sekunden', 'environ 40 secondes', '40 secondes']) expect(missing).not.toContain(value);
  });
  test.each(cases)('%s', async (_what, a, b, langs, kind, spanA, spanB) => {
    const k = await conflictKinds(a, b, langs);
    if (spanA !== undefined) expect(k).toContainEqual([kind, spanA, spanB]);
    else expect(k.map(([found]) => found)).toContain(kind);
    // One conflict of that kind, not one per overlapping claim.
    expect(k.filter(([found]) => found === kind)).toHaveLength(1);
  });

  test('rising and falling are no conflict where the value they share is a level, not the size of a change ("Gold hits record above $2,500 as rate cut bets grow")', async () => {
    const k = await conflictKinds('Gold hits record above $2,500 as rate cut bets grow', 'Goldpreis steigt erstmals über 2500 Dollar', ['en', 'de']);
    expect(k).toEqual([]);
  });

  test('a value counted of something else elsewhere does not hide a conflict ("drei Schiffe" / "trois morts")', async () => {
    const k = await conflictKinds(
      'Bei dem Brand auf der Fähre kamen zwei Menschen ums Leben. Die Küstenwache schickte drei Schiffe.',
      "Dans l'incendie du ferry, trois personnes ont péri.",
      ['de', 'fr'],
    );
    expect(k).toContainEqual(['quantity', 'zwei Menschen', 'trois personnes']);
  });

  test('two values a third version states together, in a sentence aligned with both, are two facts ("fourth world title and its third since 2014")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: "Poland won the volleyball world title on Sunday. It is Poland's fourth world title and its third since 2014." },
      { id: 'fr', lang: 'fr', text: "La Pologne a remporté dimanche le titre mondial de volley-ball. C'est le quatrième titre mondial de la Pologne." },
      { id: 'de', lang: 'de', text: 'Polen hat am Sonntag den Volleyball-WM-Titel gewonnen. Es ist der dritte Titel seit 2014.' },
    ]);
    expect(r.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text]))).toEqual([]);
    // Or in two claims of one sentence: the lira lost 40 percent in a year and gained 2 percent on the day.
    const lira = await compare([
      { id: 'en', lang: 'en', text: "Turkey's central bank raised its main interest rate on Thursday. The lira, which has lost about 40 percent of its value against the dollar in the past year, gained 2 percent after the decision." },
      { id: 'fr', lang: 'fr', text: "La banque centrale de Turquie a relevé jeudi son taux directeur. La livre turque a gagné 2 % après l'annonce." },
      { id: 'de', lang: 'de', text: 'Die türkische Zentralbank hat am Donnerstag ihren Leitzins angehoben. Die Lira hat binnen eines Jahres rund 40 Prozent ihres Wertes zum Dollar verloren.' },
    ]);
    expect(lira.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text]))).toEqual([]);
    // Or in two pieces of one sentence, each aligned with one of the two claims: losses of 22.8 billion, offset by a gain.
    const snb = await compare(['en', 'fr', 'de'].map((lang) => fixtureSource('snbprofit', lang)));
    const texts = snb.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text]));
    expect(texts).not.toContainEqual(['22,8 milliards de francs', '7,4 Milliarden Franken']);
    expect(texts).toContainEqual(['7.4 billion francs', '4,7 milliards']);
  });

  test('a count of those in a critical state is no count of all the injured ("Two of the wounded …" / "six autres blessés")', async () => {
    const k = await conflictKinds(
      'A gunman killed three people and wounded five others at a shopping centre in Uppsala on Saturday. Two of the wounded were in critical condition.',
      "Un homme armé a tué trois personnes et en a blessé six autres samedi dans un centre commercial d'Uppsala.",
      ['en', 'fr'],
    );
    expect(k).toContainEqual(['quantity', 'five others', 'six autres']);
    expect(k.filter(([, a]) => a === 'Two')).toEqual([]);
  });

  test('a bare number, the only value of two aligned claims, conflicts ("six in intensive care" / "huit en soins intensifs")', async () => {
    const k = await conflictKinds(
      'Of those infected, 31 were being treated in hospital in Ulm, including six in intensive care.',
      'Parmi les personnes infectées, 31 sont hospitalisées à Ulm, dont huit en soins intensifs.',
      ['en', 'fr'],
    );
    expect(k).toContainEqual(['quantity', 'six', 'huit']);
  });

  test('the score of one leg and the score over both legs are no conflict ("5-2 aggregate" / "2-1 à l\'aller")', async () => {
    const k = await conflictKinds(
      'Lyon reached the quarter-finals on Thursday with a 3-1 home win over Feyenoord, completing a 5-2 aggregate victory.',
      "Lyon s'est qualifié jeudi pour les quarts de finale en battant Feyenoord 3-1, après sa victoire 2-1 à l'aller.",
      ['en', 'fr'],
    );
    expect(k.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });

  test('a score at half-time and a final score are two facts; two half-time scores conflict ("16-10 at half-time" / "28-16"; fixture set)', async () => {
    const r = await compare(['en', 'fr', 'de'].map((l) => fixtureSource('tbilisirugbyitaly', l)));
    const spans = r.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text].sort().join(' / ')));
    expect(spans.sort()).toEqual(['28-16 / 28-19', '28-16 / 28:19']);
    // The half-time claim is in no group with the final score of the version that gives none.
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    expect(r.groups.some((g) => g.claims.some((id) => text.get(id)!.includes('at half-time')) && g.claims.some((id) => text.get(id)!.includes('28-16')))).toBe(false);
    // Aligned, the score at half-time is not compared with the final score; with another half-time score, it is.
    const apart = await conflictKinds('Georgia beat Italy in Tbilisi on Saturday after trailing 10-16 at half-time.', 'Georgien hat Italien am Samstag in Tiflis mit 28:16 geschlagen.', ['en', 'de']);
    expect(apart).toEqual([]);
    const halves = await conflictKinds('Georgia beat Italy 28-16 in Tbilisi on Saturday. Italy had led 16-10 at the break.', 'Georgien hat Italien am Samstag in Tiflis mit 28:16 geschlagen. Italien hatte zur Pause mit 16:13 geführt.', ['en', 'de']);
    expect(halves).toEqual([['quantity', '16-10', '16:13']]);
  });

  test('a day counted back from the weekday of the sentence before is a weekday ("resigned on Friday, two days after" / "am Freitag … Drei Tage zuvor")', async () => {
    const en = "Ben Weyts resigned on Friday, two days after the audit court found that this year's deficit would be 1.9 billion euros.";
    const de = 'Ben Weyts ist am Freitag zurückgetreten. Drei Tage zuvor hatte der Rechnungshof festgestellt, dass das Defizit 1,9 Milliarden Euro betragen werde.';
    expect(await conflictKinds(en, de, ['en', 'de'])).toContainEqual(['date', 'two days after', 'Drei Tage zuvor']);
    // The same distance is the same day: no conflict.
    const fr = "Ben Weyts a démissionné vendredi. Deux jours plus tôt, la Cour des comptes avait estimé le déficit à 1,9 milliard d'euros.";
    expect((await conflictKinds(en, fr, ['en', 'fr'])).filter(([kind]) => kind === 'date')).toEqual([]);
  });

  test('a town one version reads as a place and the other as a name is no value of either ("nach Lanzarote" / "entre Dublin et Lanzarote")', async () => {
    const k = await conflictKinds(
      "Un homme qui avait contraint un vol Ryanair entre Dublin et Lanzarote à se dérouter vers Porto a été condamné à verser 15 000 euros.",
      'Ein Mann, der einen Ryanair-Flug von Dublin nach Lanzarote zur Landung in Faro gezwungen hatte, muss 15.000 Euro zahlen.',
      ['fr', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'place')).toEqual([['place', 'Porto', 'Faro']]);
  });

  test('a name whose words the other version writes is one name, not two people ("Lancet Public Health" / "The Lancet")', async () => {
    const k = await conflictKinds(
      'The study, published in the Lancet Public Health journal on Monday, followed 4,000 adults in Norway.',
      "L'étude, publiée lundi dans la revue The Lancet, a suivi 4 000 adultes en Norvège.",
      ['en', 'fr'],
    );
    expect(k.filter(([kind]) => kind === 'person')).toEqual([]);
  });

  test('one speaker named in two languages ("Pope Francis" / "le pape François") is no conflict', async () => {
    const k = await conflictKinds(
      'Pope Francis said on Sunday that the war in Sudan must end, speaking to pilgrims in Rome.',
      'Le pape François a déclaré dimanche que la guerre au Soudan devait cesser, devant des pèlerins à Rome.',
      ['en', 'fr'],
    );
    expect(k.filter(([kind]) => kind === 'speaker')).toEqual([]);
  });

  test('the month a state has lasted since fills one slot, so two such claims meet and their months conflict ("vacant since April" / "vacant depuis mars")', async () => {
    const k = await conflictKinds(
      'Parliament elected Richard Rasi as speaker on Wednesday. The post had been vacant since April, when the previous speaker became president.',
      "Le Parlement a élu mercredi Richard Rasi à sa présidence. Le poste était vacant depuis mars, lorsque le précédent président du Parlement a été élu chef de l'État.",
      ['en', 'fr'],
    );
    expect(k).toContainEqual(['date', 'since April', 'depuis mars']);
  });
  test('a count meets the claim of another version aligned with another piece of its own sentence, where the versions cut their sentences apart ("…, à un niveau record de 475 000 euros en moyenne" / "Ein Haus kostete im Schnitt 457.000 Euro")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'House prices in the Netherlands rose 9.1% in September from a year earlier to a record average of 475,000 euros, the national statistics office CBS said on Wednesday.' },
      { id: 'fr', lang: 'fr', text: "Les prix des logements aux Pays-Bas ont augmenté de 9,1 % sur un an en septembre, à un niveau record de 475 000 euros en moyenne, a annoncé mercredi l'office national de statistique CBS." },
      { id: 'de', lang: 'de', text: 'In den Niederlanden sind die Hauspreise im September im Vergleich zum Vorjahresmonat um 9,1 Prozent gestiegen. Ein Haus kostete im Schnitt 457.000 Euro und damit so viel wie nie, wie das Statistikamt CBS am Mittwoch mitteilte.' },
    ]);
    const found = r.pairs.filter((p) => p.conflicts.some((k) => k.kind === 'quantity' && /457/.test(k.a.text + k.b.text) && /475/.test(k.a.text + k.b.text)));
    expect(found.map((p) => [p.a, p.b].sort().join('~')).sort()).toEqual(['de~en', 'de~fr']);
  });
  test('the same places given to the same people the other way round conflict, person by person, also where a version cuts the podium in pieces ("Nakamura finished second and Pilz third" / "Zweite wurde Pilz, Dritte Nakamura")', async () => {
    const k = await conflictKinds(
      "Slovenian climber Janja Garnbret won in Innsbruck on Saturday. Japan's Mao Nakamura finished second and Austria's Jessica Pilz third.",
      'Die Slowenin Janja Garnbret hat am Samstag in Innsbruck gewonnen. Zweite wurde die Österreicherin Jessica Pilz, Dritte die Japanerin Mao Nakamura.',
      ['en', 'de'],
    );
    expect(k).toEqual(expect.arrayContaining([['quantity', 'second', 'Dritte'], ['quantity', 'third', 'Zweite']]));
    // The same podium told alike conflicts nowhere.
    const same = await conflictKinds(
      "Slovenian climber Janja Garnbret won in Innsbruck on Saturday. Japan's Mao Nakamura finished second and Austria's Jessica Pilz third.",
      'Die Slowenin Janja Garnbret hat am Samstag in Innsbruck gewonnen. Zweite wurde die Japanerin Mao Nakamura, Dritte die Österreicherin Jessica Pilz.',
      ['en', 'de'],
    );
    expect(same).toEqual([]);
  });
  test('a name one version reads as a place becomes that place in the other, so places conflict ("une ferme du Yorkshire" / "auf einem Hof in Lancashire")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'Britain has detected bird flu in a sheep, after the virus was found in a ewe on a farm in Yorkshire where infected birds had been kept.' },
      { id: 'fr', lang: 'fr', text: "Le Royaume-Uni a détecté la grippe aviaire chez un mouton, le virus ayant été trouvé chez une brebis dans une ferme du Yorkshire où des oiseaux infectés avaient été élevés." },
      { id: 'de', lang: 'de', text: 'In Großbritannien ist die Vogelgrippe bei einem Schaf nachgewiesen worden, das Virus wurde bei einem Mutterschaf auf einem Hof in Lancashire gefunden, auf dem infizierte Vögel gehalten worden waren.' },
    ]);
    const places = r.pairs.filter((p) => p.conflicts.some((k) => k.kind === 'place' && /Yorkshire/.test(k.a.text + k.b.text) && /Lancashire/.test(k.a.text + k.b.text)));
    expect(places.map((p) => [p.a, p.b].sort().join('~')).sort()).toEqual(['de~en', 'de~fr']);
  });
  test('micrograms are a measure of their own, no grams ("210 micrograms" / "210 Mikrogramm"), so a bare limit beside them conflicts with nothing', async () => {
    const k = await conflictKinds(
      'Levels of PM10 particles reached 210 micrograms per cubic metre in the morning, against a daily limit of 50.',
      'Am Morgen wurden 210 Mikrogramm PM10 pro Kubikmeter gemessen, bei einem Tagesgrenzwert von 50.',
      ['en', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });
  test('blood alcohol in grams per litre and in per mille is one measure: "0,8 gramme par litre" against "1,8 Promille" conflicts, "1.8 grams per litre" does not', async () => {
    const fr = "Le capitaine, un Néerlandais de 52 ans, présentait un taux d'alcool de 0,8 gramme par litre de sang, a précisé le parquet.";
    const de = 'Der 52 Jahre alte niederländische Kapitän hatte nach Angaben der Staatsanwaltschaft 1,8 Promille Alkohol im Blut.';
    const en = "The captain, a 52-year-old Dutchman, had a blood alcohol level of 1.8 grams per litre, the prosecutor's office said.";
    expect(await conflictKinds(fr, de, ['fr', 'de'])).toContainEqual(['quantity', '0,8 gramme par litre', '1,8 Promille']);
    expect((await conflictKinds(en, de, ['en', 'de'])).filter(([kind]) => kind === 'quantity')).toEqual([]);
  });
  test('a town one version names after a bare preposition, read as a person\'s name, is the town another version names after a noun of a place ("near Povoa de Varzim" / "près de Povoa de Varzim")', async () => {
    const en = claimsOf(prepare('en', 'Orcas rammed a yacht near Povoa de Varzim on Wednesday.', 'en'));
    const fr = claimsOf(prepare('fr', 'Des orques ont percuté un voilier mercredi près de Povoa de Varzim.', 'fr'));
    expect(en[0]!.anchors.map((a) => a.key)).toContain('person:varsim');
    namesMet([en, fr]);
    expect(en[0]!.anchors.map((a) => a.key)).toContain('place:varsim');
  });
  test('one speaker whose name two languages transliterate apart ("Rossen Jeliazkov" / "Rossen Scheljaskow") is no conflict', async () => {
    const k = await conflictKinds(
      'Le Premier ministre Rossen Jeliazkov a annoncé jeudi la démission de son gouvernement après des manifestations.',
      'Ministerpräsident Rossen Scheljaskow kündigte am Donnerstag den Rücktritt seiner Regierung nach Protesten an.',
      ['fr', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'speaker')).toEqual([]);
  });
  test('a German verb of saying whose particle ends the clause has a speaker ("Das kündigte Asylminister David van Weel … an")', async () => {
    const k = await conflictKinds(
      'Le gouvernement va réduire la durée des permis de cinq à trois ans, a annoncé mardi devant le Parlement le Premier ministre Dick Schoof.',
      'Die Regierung will die Erlaubnisse von fünf auf drei Jahre verkürzen. Das kündigte Asylminister David van Weel am Dienstag im Parlament an.',
      ['fr', 'de'],
    );
    expect(k).toContainEqual(['speaker', 'Dick Schoof', 'David van Weel']);
  });
  test('a quote each source gives to another speaker differs, though the other source names the first speaker in the sentence before', async () => {
    const k = await conflictKinds(
      'The mayor Zoran Janković rejected the offer on Tuesday. "With this offer, there will be no tram in Ljubljana before 2035," Janković told a news conference.',
      "Le maire Zoran Janković a rejeté mardi l'offre. « Avec cette offre, il n'y aura pas de tramway à Ljubljana avant 2035 », a déclaré la ministre Alenka Bratušek.",
      ['en', 'fr'],
    );
    expect(k).toContainEqual(['speaker', 'Janković', 'Alenka Bratušek']);
  });
  test('a pronoun that says something right after a sentence with a speaker is that speaker ("he told ERT" / "a déclaré le Premier ministre Kyriakos Mitsotakis")', async () => {
    const read = (lang: string) => fixtureText('greekfarmersbulgariaborder', lang);
    expect(await conflictKinds(read('en'), read('fr'))).toContainEqual(['speaker', 'he', 'Kyriakos Mitsotakis']);
    // The same speaker as the other version names: no conflict.
    expect((await conflictKinds(read('en'), read('de'), ['en', 'de'])).filter(([kind]) => kind === 'speaker')).toEqual([]);
    const speakers = (lang: string, text: string) => claimsOf(prepare(lang, text, lang)).map((c) => c.speaker);
    expect(speakers('fr', "Le ministre Kostas Tsiaras a annoncé une réunion vendredi. « Nous comprenons leur colère », a-t-il déclaré.")).toEqual(['person:tsiaras', 'person:tsiaras']);
    expect(speakers('de', 'Minister Kostas Tsiaras kündigte ein Treffen an. „Wir verstehen ihre Wut“, sagte er dem Sender.').at(-1)).toBe('person:tsiaras');
    // Not after a sentence with no speaker, and not a pronoun after an English verb of saying ("said he would").
    expect(speakers('en', 'The talks resumed on Friday. He said the border would reopen.').every((x) => x === undefined)).toBe(true);
    expect(speakers('en', 'Minister Kostas Tsiaras met farmers. The mayor said he would go.').at(-1)).toBeUndefined();
    // Two pronouns standing for one person whom two languages transliterate apart are no two speakers ("Rahmon" / "Rakhmon").
    const rahmon = await conflictKinds(
      'President Emomali Rahmon said glaciers had lost a third of their volume. He called for a global coalition, he said.',
      'Le président Emomali Rakhmon a déclaré que les glaciers avaient perdu un tiers de leur volume. Il a appelé à une coalition mondiale, a-t-il dit.',
    );
    expect(rahmon.filter(([kind]) => kind === 'speaker')).toEqual([]);
  });

  test('a person named in what was said, before a comma and the one who says it, is no speaker ("Meng Meng has given birth …, the zoo said")', async () => {
    const speakers = (lang: string, text: string) => claimsOf(prepare(lang, text, lang)).map((c) => c.speaker);
    expect(speakers('en', 'Giant panda Meng Meng has given birth to twins at Berlin Zoo, the zoo said on Thursday.')).not.toContain('person:meng meng');
    expect(speakers('fr', 'La femelle panda Meng Meng a donné naissance à des jumeaux au zoo de Berlin, a annoncé jeudi le zoo.').every((s) => s === undefined)).toBe(true);
    expect(speakers('en', 'Giant panda Meng Meng has given birth to twins at Berlin Zoo, the zoo said on Thursday.').every((s) => s === undefined)).toBe(true);
    // A short phrase set off after the speaker keeps it: "Anna Berg, the party's leader, said …".
    expect(speakers('en', "Anna Berg, the party's leader, said the vote would go ahead.").some((s) => s !== undefined)).toBe(true);
    const k = await conflictKinds(
      'Giant panda Meng Meng has given birth to twins at Berlin Zoo, the zoo said on Thursday.',
      'Die Pandabärin Meng Meng hat im Berliner Zoo Zwillinge geboren, wie Zoodirektor Andreas Knieriem am Donnerstag sagte.',
      ['en', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'speaker')).toEqual([]);
    const fr = await conflictKinds(
      'La femelle panda Meng Meng a donné naissance à des jumeaux au zoo de Berlin, a annoncé jeudi le zoo.',
      'Die Pandabärin Meng Meng hat im Berliner Zoo Zwillinge geboren, wie Zoodirektor Andreas Knieriem am Donnerstag sagte.',
      ['fr', 'de'],
    );
    expect(fr.filter(([kind]) => kind === 'speaker')).toEqual([]);
  });
  test('a person far from the verb of saying is not its speaker ("Prosecutors said the couple took money from Odebrecht for Humala\'s campaign")', async () => {
    const read = (lang: string) => fixtureText('verdict', lang);
    const k = await conflictKinds(read('en'), read('de'), ['en', 'de']);
    expect(k.filter(([kind]) => kind === 'speaker')).toEqual([]);
  });

  test('a half and a length in two units meet their like ("three years and six months" / "trois ans et demi") and differ from another ("four and a half years" / "cinq ans")', async () => {
    const same = await conflictKinds(
      'The Supreme Court upheld a prison sentence of three years and six months for the former minister.',
      "La Cour suprême a confirmé la condamnation de l'ancien ministre à trois ans et demi de prison.",
      ['en', 'fr'],
    );
    expect(same.filter(([kind]) => kind === 'quantity')).toEqual([]);
    const other = await conflictKinds(
      'Prosecutors had sought four and a half years in prison for the former banker.',
      "Le parquet avait requis cinq ans de prison contre l'ancien banquier.",
      ['en', 'fr'],
    );
    expect(other).toContainEqual(['quantity', 'four and a half years', 'cinq ans']);
  });

  test('a count in the sentence after a partner that already gives another count of its unit is another fact ("sept points" / "mit acht Runs" then "177 Runs")', async () => {
    const read = (lang: string) => fixtureText('cricket', lang);
    const k = await conflictKinds(read('fr'), read('de'), ['fr', 'de']);
    expect(k.filter(([kind]) => kind === 'quantity')).toEqual([['quantity', 'sept points', 'acht Runs']]);
  });

  test('some of those a noun names are a part of them, not another count of them ("Quatre des patients … sont morts" / "14 Patienten")', async () => {
    const read = (lang: string) => fixtureText('superbug', lang);
    const k = await conflictKinds(read('fr'), read('de'), ['fr', 'de']);
    expect(k).not.toContainEqual(['quantity', 'Quatre des patients', '14 Patienten']);
    expect(k).toContainEqual(['quantity', 'Quatre des patients', 'Sechs']);
  });

  test('the whole a part is counted out of is no count of its own, and votes against are not the votes for ("89 der 150 Abgeordneten, 41 stimmten dagegen" / "98 voix sur 150 députés")', async () => {
    const read = (lang: string) => fixtureText('conscription', lang);
    const enDe = await conflictKinds(read('en'), read('de'), ['en', 'de']);
    expect(enDe.filter(([kind]) => kind === 'quantity')).toEqual([['quantity', 'six months', 'acht Monate']]);
    const frDe = await conflictKinds(read('fr'), read('de'), ['fr', 'de']);
    expect(frDe).toContainEqual(['quantity', '98 voix', '89']);
    expect(frDe.filter(([kind]) => kind === 'quantity')).toHaveLength(2);
    // Not a vote: "fell 20 % against the dollar" is a fall, and no count against.
    const fall = await conflictKinds('The peso fell 20% against the dollar on Monday after the devaluation.', 'Le peso a chuté de 25 % face au dollar lundi après la dévaluation.');
    expect(fall).toContainEqual(['quantity', '20%', '25 %']);
  });

  test('people charged are defendants ("the trial of 36 people charged" / "der Prozess gegen 33 Angeklagte")', async () => {
    const read = (lang: string) => fixtureText('traintrial', lang);
    const k = await conflictKinds(read('en'), read('de'), ['en', 'de']);
    expect(k).toContainEqual(['quantity', '36 people', '33 Angeklagte']);
  });

  test('people a boat carries are its passengers ("a boat carrying 120 people" / "un bateau transportant 140 passagers")', async () => {
    const k = await conflictKinds(
      'A passenger boat carrying 120 people ran aground in thick fog near Lindau on Lake Constance on Monday evening, police said. Nobody was hurt.',
      "Un bateau transportant 140 passagers s'est échoué lundi soir dans un épais brouillard près de Lindau, sur le lac de Constance, a annoncé la police. Personne n'a été blessé.",
    );
    expect(k).toContainEqual(['quantity', '120 people', '140 passagers']);
  });

  test('people diagnosed with a disease are its cases ("172,000 people were diagnosed with tuberculosis" / "127.000 Tuberkulose-Fälle")', async () => {
    const read = (lang: string) => fixtureText('tuberculosis', lang);
    const k = await conflictKinds(read('en'), read('de'), ['en', 'de']);
    expect(k).toContainEqual(['quantity', 'about 172,000 people', 'rund 127.000 Tuberkulose-Fälle']);
  });

  test('people counted in a clause about arrests are the arrested, not another count of people ("Quinze personnes ont été interpellées" / "rund 500 Menschen")', async () => {
    const read = (lang: string) => fixtureText('clubfire', lang);
    const k = await conflictKinds(read('fr'), read('de'), ['fr', 'de']);
    expect(k).not.toContainEqual(['quantity', 'Quinze personnes', 'rund 500 Menschen']);
    expect(k).toContainEqual(['quantity', '59 morts', '51 Tote']);
  });

  test('two hedged counts in digits differ when they are further apart than the rounding of the coarser ("around 19,500" / "environ 21 000"), not when closer ("about 7,000" / "environ 7 500")', async () => {
    const apart = await conflictKinds(
      'The Denver Nuggets won the NBA title on Monday. Around 19,500 spectators watched the deciding game at the Ball Arena.',
      'Les Denver Nuggets ont remporté lundi le titre NBA. Environ 21 000 spectateurs ont assisté au match décisif à la Ball Arena.',
    );
    expect(apart).toContainEqual(['quantity', 'Around 19,500 spectators', 'Environ 21 000 spectateurs']);
    const close = await conflictKinds(
      'The Denver Nuggets won the NBA title on Monday. About 7,000 spectators watched the deciding game at the Ball Arena.',
      'Les Denver Nuggets ont remporté lundi le titre NBA. Environ 7 500 spectateurs ont assisté au match décisif à la Ball Arena.',
    );
    expect(close.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });

  test('one country each, named by the other version nowhere, places a fact in two countries ("arrived from Nigeria" / "en provenance du Cameroun")', async () => {
    const k = await conflictKinds(
      'Customs seized seven tonnes of ivory at Haiphong port on Tuesday. The container, which arrived from Nigeria, was declared as holding cashew nuts.',
      "Les douaniers ont saisi sept tonnes d'ivoire mardi au port de Haiphong. Le conteneur, en provenance du Cameroun, était déclaré comme contenant des noix de cajou.",
    );
    expect(k).toContainEqual(['place', 'Nigeria', 'Cameroun']);
  });

  test('a rank that the other sentence states too, for another of its ranking, is no other value ("Zweite wurde Andrade …, Dritte Jones")', async () => {
    const k = await conflictKinds(
      "La Brésilienne Rebeca Andrade a pris la deuxième place à 1,099 point, devant l'Américaine Shilese Jones.",
      "Zweite wurde die Brasilianerin Rebeca Andrade mit 1,099 Punkten Rückstand, Dritte Biles' Teamkollegin Shilese Jones.",
      ['fr', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });

  test('a rank in a piece of a partner\'s sentence that ranks another thing is no other value ("second world title" / "sa première médaille mondiale")', async () => {
    const k = await conflictKinds(
      "France's Léo Bergère took bronze. It was Blummenfelt's second world title after 2021.",
      'Le Français Léo Bergère a pris la troisième place, sa première médaille mondiale. C\'est le deuxième titre mondial de Blummenfelt après celui de 2021.',
    );
    expect(k.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });

  test('two bare numbers each stated by both versions are no conflict ("from 32 to 24" / "de 32 à 24")', async () => {
    const same = await conflictKinds(
      'The canal authority will cut the number of ships allowed through the canal each day from 32 to 24 from Friday.',
      "L'autorité du canal va réduire à partir de vendredi le nombre de navires autorisés à transiter chaque jour de 32 à 24.",
    );
    expect(same).toEqual([]);
  });

  test('a second piece of a sentence joins the group of its first when it matches well ("Le conteneur, en provenance du Cameroun" against "The container, which arrived from Nigeria")', async () => {
    const read = (lang: string) => fixtureSource('ivory', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const k = r.pairs.flatMap((p) => p.conflicts.map((c) => [p.a, p.b, c.kind, c.a.text, c.b.text]));
    expect(k).toContainEqual(['en', 'fr', 'place', 'Nigeria', 'Cameroun']);
  });

  test('two tallies of one vote told three ways differ ("292 votes, with 379 against" / "292 Abgeordnete, 397 votierten dagegen")', async () => {
    const read = (lang: string) => fixtureText('organs', lang);
    const k = await conflictKinds(read('en'), read('de'), ['en', 'de']);
    expect(k).toContainEqual(['quantity', '292 votes, with 379', '292 Abgeordnete, 397']);
  });

  test('a country named with a German inflection is that country ("in der Demokratischen Republik Kongo" / "in Congo")', async () => {
    const k = await conflictKinds(
      'More than 15,600 mpox cases and 537 deaths have been reported in Congo this year, the health ministry said.',
      'In der Demokratischen Republik Kongo wurden in diesem Jahr mehr als 15.600 Mpox-Fälle und 537 Todesfälle gemeldet, teilte das Gesundheitsministerium mit.',
      ['en', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'place')).toEqual([]);
  });

  test('"Four of those infected" is a part of the infected, as "Six des personnes infectées" is: the two parts conflict', async () => {
    const k = await conflictKinds(
      'The agency ordered a recall of frozen berries after 14 people fell ill. Four of those infected were treated in hospital.',
      "L'agence a ordonné le rappel de fruits rouges surgelés après que 14 personnes sont tombées malades. Six des personnes infectées ont été hospitalisées.",
      ['en', 'fr'],
    );
    expect(k).toContainEqual(['quantity', 'Four of those', 'Six des personnes']);
  });

  test('rain in litres per square metre is a depth in millimetres: the same as "120 millimetres", not as "150 millimètres"', async () => {
    const same = await conflictKinds(
      'The flood came after 120 millimetres of rain fell in three hours, the civil protection agency said.',
      'Binnen drei Stunden waren 120 Liter Regen pro Quadratmeter gefallen, teilte der Zivilschutz mit.',
      ['en', 'de'],
    );
    expect(same.filter(([kind]) => kind === 'quantity')).toEqual([]);
    const other = await conflictKinds(
      'La crue est survenue après des pluies de 150 millimètres en trois heures, a indiqué la protection civile.',
      'Binnen drei Stunden waren 120 Liter Regen pro Quadratmeter gefallen, teilte der Zivilschutz mit.',
      ['fr', 'de'],
    );
    expect(other).toContainEqual(['quantity', '150 millimètres', '120 Liter']);
  });

  test('"in der Nacht zum Samstag" is Friday night too: no conflict with "on Friday night"', async () => {
    const k = await conflictKinds(
      'The storm produced northern lights over Europe on Friday night, officials said.',
      'Der Sturm erzeugte in der Nacht zum Samstag Polarlichter über Europa, teilten Behörden mit.',
      ['en', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'date')).toEqual([]);
    // Another night is another day.
    const other = await conflictKinds(
      'The storm produced northern lights over Europe on Thursday night, officials said.',
      'Der Sturm erzeugte in der Nacht zum Samstag Polarlichter über Europa, teilten Behörden mit.',
      ['en', 'de'],
    );
    expect(other).toContainEqual(['date', 'Thursday', 'Samstag']);
    // "in der Nacht zu Freitag" says the same without the article.
    const zu = await conflictKinds(
      'A rotor blade broke off a wind turbine on Thursday night, police said.',
      'In der Nacht zu Freitag brach ein Rotorblatt von einem Windrad ab, teilte die Polizei mit.',
      ['en', 'de'],
    );
    expect(zu.filter(([kind]) => kind === 'date')).toEqual([]);
    // The morning of the day before is a night earlier: "early on Saturday" is not the night to Sunday.
    const early = await conflictKinds(
      'About 180 guests were evacuated from a hotel early on Saturday after a fire broke out, police said.',
      'In der Nacht zum Sonntag sind rund 180 Gäste aus einem Hotel evakuiert worden, teilte die Polizei mit.',
      ['en', 'de'],
    );
    expect(early).toContainEqual(['date', 'Saturday', 'Sonntag']);
    // "early on Sunday" is that night.
    const sameNight = await conflictKinds(
      'About 180 guests were evacuated from a hotel early on Sunday after a fire broke out, police said.',
      'In der Nacht zum Sonntag sind rund 180 Gäste aus einem Hotel evakuiert worden, teilte die Polizei mit.',
      ['en', 'de'],
    );
    expect(sameNight.filter(([kind]) => kind === 'date')).toEqual([]);
    // The evening of a day is the night that leads to the next: "dimanche soir" is not the night to Sunday.
    const evening = await conflictKinds(
      'Des témoins ont vu des hommes transportant de grands sacs dans le parking dimanche soir.',
      'Zeugen hatten in der Nacht zum Sonntag Männer mit großen Taschen im Parkhaus gesehen.',
      ['fr', 'de'],
    );
    expect(evening).toContainEqual(['date', 'dimanche', 'Sonntag']);
    // "samedi soir" is.
    const saturday = await conflictKinds(
      'Des témoins ont vu des hommes transportant de grands sacs dans le parking samedi soir.',
      'Zeugen hatten in der Nacht zum Sonntag Männer mit großen Taschen im Parkhaus gesehen.',
      ['fr', 'de'],
    );
    expect(saturday.filter(([kind]) => kind === 'date')).toEqual([]);
  });

  test('two places of one ranking held by two competitors that both versions name are no conflict', async () => {
    const k = await conflictKinds(
      "Nina Berg finished with 412 points, ahead of Austria's Lena Hofer on 388 points and Norway in third place.",
      'Nina Berg kam auf 412 Punkte, Zweite wurde Lena Hofer aus Österreich mit 388 Punkten vor Norwegen.',
      ['en', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'quantity')).toEqual([]);
    // One competitor in two places is a conflict.
    const same = await conflictKinds(
      "Nina Berg finished with 412 points, ahead of Austria's Lena Hofer in third place on 388 points.",
      'Nina Berg kam auf 412 Punkte, Zweite wurde Lena Hofer aus Österreich mit 388 Punkten.',
      ['en', 'de'],
    );
    expect(same).toContainEqual(['quantity', 'third', 'Zweite']);
  });

  test('a count of people states the same count of spectators: no conflict with another audience in the claim', async () => {
    const k = await conflictKinds(
      'About 12,000 people watched the concert in the stadium, and organisers estimated the online audience at more than 40 million.',
      'Rund 12.000 Zuschauer verfolgten das Konzert im Stadion.',
      ['en', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });

  test('a year since which something holds conflicts with another ("the lowest number since 2013" / "le chiffre le plus bas depuis 2011")', async () => {
    const k = await conflictKinds(
      'Some 680,000 babies were born in Germany last year, the lowest number since 2013.',
      "Quelque 680 000 bébés sont nés l'an dernier en Allemagne, le chiffre le plus bas depuis 2011.",
      ['en', 'fr'],
    );
    expect(k).toContainEqual(['date', 'since 2013', 'depuis 2011']);
  });

  test('two weekdays in claims that share the rest conflict ("until at least Wednesday" / "bis Donnerstag"; fixture set)', async () => {
    const read = fixtureSource;
    const r = await compare(['en', 'fr', 'de'].map((l) => read('heat', l)));
    const spans = r.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text].sort().join(' / ')));
    expect(spans).toContain('Donnerstag / Wednesday');
  });

  test('two years in claims that share a few concepts conflict, the years no counter-evidence ("since the ban took effect in 2018" / "seit dem Verbot im Jahr 2019"; fixture set)', async () => {
    const r = await compare(['en', 'fr', 'de'].map((l) => fixtureSource('pesticide', l)));
    const spans = r.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text].sort().join(' / ')));
    expect(spans).toContain('2018 / 2019');
  });

  test('two months in claims that share a few concepts conflict, the months no counter-evidence ("following November\'s election" / "nach der Wahl im Oktober"; fixture set)', async () => {
    const r = await compare(['en', 'fr', 'de'].map((l) => fixtureSource('irishpm', l)));
    const spans = r.pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text].sort().join(' / ')));
    expect(spans).toContain('November / Oktober');
    // And the two claims are one fact told two ways: one group.
    const text = new Map(r.claims.map((c) => [c.id, c.text]));
    expect(r.groups.some((g) => g.claims.some((id) => text.get(id)!.includes("November's")) && g.claims.some((id) => text.get(id)!.includes('im Oktober')))).toBe(true);
  });

  test('a season inside a German compound is no season of the fact ("heftiger Sommerregen" / "un printemps humide")', async () => {
    const k = await conflictKinds(
      'Ein nasser Frühling habe das Pflanzen verzögert, heftiger Sommerregen habe die Knollen faulen lassen.',
      'Un printemps humide a retardé les plantations et de fortes pluies ont fait pourrir les cultures.',
      ['de', 'fr'],
    );
    expect(k.filter(([kind]) => kind === 'date')).toEqual([]);
  });

  test('amounts three orders of magnitude apart are a total and a part, no conflict', async () => {
    const k = await conflictKinds(
      'A court in Stuttgart ordered Verano to pay damages to 12,000 diesel owners. The total could exceed 30 million euros.',
      'Un tribunal de Stuttgart a condamné Verano à indemniser 12 000 propriétaires de diesel. Chaque plaignant peut recevoir 5 000 euros au total.',
      ['en', 'fr'],
    );
    expect(k.filter(([, a, b]) => `${a} ${b}`.includes('30 million'))).toEqual([]);
  });

  test('a rate and a change in percentage points are no conflict', async () => {
    const k = await conflictKinds(
      'Die EZB hat den Leitzins um 0,25 Prozentpunkte auf 4,5 Prozent angehoben.',
      'The ECB raised its key rate by 0.25 percentage points to 4.5 percent.',
      ['de', 'en'],
    );
    expect(k).toEqual([]);
  });

  test('two lengths of time in one unit do not keep claims that share the rest apart (fixture sets)', async () => {
    const read = fixtureSource;
    const spans = async (set: string) => (await compare(['en', 'fr', 'de'].map((l) => read(set, l)))).pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text].sort().join(' / ')));
    expect(await spans('resignation')).toContain('quatre ans / three years');
    expect(await spans('opec')).toContain('neuf heures / seven hours');
    // A piece that gives little more than a value borrows the piece before it: "…, après quatre heures de jeu."
    expect(await spans('tennis')).toContain('quatre heures / three hours and 40 minutes');
  });

  test('a value the other version states only for another fact, aligned elsewhere, still contradicts ("Food sales dropped by 2.1 percent" / "ont baissé de 1,2 %")', async () => {
    const spans = async (set: string) => (await compare(['en', 'fr', 'de'].map((l) => fixtureSource(set, l)))).pairs.flatMap((p) => p.conflicts.map((k) => [k.a.text, k.b.text].sort().join(' / ')));
    expect(await spans('retailsales')).toContain('1,2 % / 2.1 percent');
    // Not a value the partner's own sentence gives: "20.3%" of the teachers against the union's "57 Prozent".
    expect((await spans('teachers')).filter((x) => x.includes('20'))).toEqual([]);
  });

  test('a year the other version states elsewhere is no conflict', async () => {
    const k = await conflictKinds(
      'The skier, who became world champion in 2019, announced her retirement on Monday. She also won in 2018.',
      'La skieuse, championne du monde 2018, a annoncé lundi la fin de sa carrière. Elle avait aussi gagné en 2019.',
    );
    expect(k.filter(([kind]) => kind === 'date')).toEqual([]);
  });

  test('a vague number word is no contradiction of a close number ("dozens" / "about 40")', async () => {
    const k = await conflictKinds(
      'Dozens of people were injured when the stand collapsed during the match in Lyon on Sunday.',
      "Une quarantaine de personnes ont été blessées dimanche à Lyon dans l'effondrement d'une tribune pendant le match.",
    );
    expect(k.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });

  test('"no one was hurt" said three ways is one fact ("None of the crew …", "Aucun des membres …", "Verletzt wurde niemand")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'A ferry ran aground off Corsica on Sunday. None of the 120 passengers was injured.' },
      { id: 'fr', lang: 'fr', text: "Un ferry s'est échoué dimanche au large de la Corse. Aucun des 120 passagers n'a été blessé." },
      { id: 'de', lang: 'de', text: 'Vor Korsika ist am Sonntag eine Fähre auf Grund gelaufen. Verletzt wurde niemand.' },
    ]);
    const claimOf = (text: string) => r.claims.find((c) => c.text.startsWith(text))!.id;
    const group = r.groups.find((g) => g.claims.includes(claimOf('None of the')));
    expect(group?.claims).toEqual(expect.arrayContaining([claimOf('Aucun des'), claimOf('Verletzt wurde')]));
  });

  test('"none of … was hurt" is said of nobody, however long the claim it stands in', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'A ferry ran aground off Corsica on Sunday. None of the 120 passengers and 14 crew members on the ferry was injured, the shipping company said.' },
      { id: 'de', lang: 'de', text: 'Vor Korsika ist am Sonntag eine Fähre auf Grund gelaufen. Verletzt wurde niemand.' },
    ]);
    const claimOf = (text: string) => r.claims.find((c) => c.text.startsWith(text))!.id;
    const group = r.groups.find((g) => g.claims.includes(claimOf('None of the')));
    expect(group?.claims).toContain(claimOf('Verletzt wurde'));
  });

  test("a bare number in a piece that names another company is no value of the count beside it in the other version's sentence", async () => {
    const k = await conflictKinds(
      'Hundreds of flights were cancelled in Italy on Saturday. ITA Airways cancelled 51 domestic and international flights, while Ryanair said it had to scrap about 80.',
      'Des centaines de vols ont été annulés samedi en Italie. ITA Airways a annulé 51 vols intérieurs et internationaux.',
    );
    expect(k).toEqual([]);
  });

  test("a count in a piece beside the one the partner meets is no second value of the partner's count (23 points, then 15 at half-time, against 25)", async () => {
    const k = await conflictKinds(
      'Fenerbahce beat Monaco 81-70 in the final. Nigel Hayes-Davis scored 23 points for the Istanbul side, who led by 15 at half-time.',
      'Fenerbahce setzte sich im Finale mit 81:70 gegen Monaco durch. Bester Werfer war Nigel Hayes-Davis mit 25 Punkten.',
      ['en', 'de'],
    );
    expect(k).toEqual([['quantity', '23 points', '25 Punkten']]);
  });

  test('"No people were hurt" says nobody was hurt, as "Verletzt wurde niemand" does', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'A fire destroyed a market in Bangkok on Tuesday. No people were hurt.' },
      { id: 'de', lang: 'de', text: 'Ein Feuer zerstörte am Dienstag einen Markt in Bangkok. Verletzt wurde niemand.' },
    ]);
    const claimOf = (start: string) => r.claims.find((c) => c.text.startsWith(start))!.id;
    expect(r.groups.find((g) => g.claims.includes(claimOf('Verletzt')))?.claims).toContain(claimOf('No people'));
  });

  test('a short negated claim about the injured says nobody was hurt ("Verletzte gab es nach Angaben der Behörden nicht")', () => {
    const claims = claimsOf(prepare('de', 'Alte Gebäude wurden beschädigt. Verletzte gab es nach Angaben der Behörden nicht.', 'de'));
    const hurt = claims.find((c) => c.text.startsWith('Verletzte'))!;
    expect(hurt.anchors.map((a) => a.key)).toContain('concept:no-injuries');
    expect(hurt.negated).toBe(false);
  });

  test('the same day of two different years contradicts ("born on or after Jan 1, 2007" / "nach dem 1. Januar 2008"), not the same year', async () => {
    const k = await conflictKinds(
      'The Maldives banned the sale of tobacco to anyone born on or after Jan 1, 2007.',
      'Die Malediven verbieten den Verkauf von Tabak an Menschen, die am oder nach dem 1. Januar 2008 geboren wurden.',
      ['en', 'de'],
    );
    expect(k).toEqual([['date', 'Jan 1, 2007', '1. Januar 2008']]);
    const same = await conflictKinds(
      'The Maldives banned the sale of tobacco to anyone born on or after Jan 1, 2007.',
      'Die Malediven verbieten den Verkauf von Tabak an Menschen, die am oder nach dem 1. Januar 2007 geboren wurden.',
      ['en', 'de'],
    );
    expect(same).toEqual([]);
  });

  test("a town named only in the other version's dateline still contradicts the town of the fact", async () => {
    const k = await conflictKinds(
      'LISBON, Oct 18 - A single ticket bought in Portugal has won the jackpot. The winning ticket was sold at a newsagent in Porto.',
      "LISBONNE, 18 octobre - Un seul bulletin validé au Portugal a remporté le jackpot. Le ticket gagnant a été vendu dans un bureau de tabac de Lisbonne.",
    );
    expect(k).toContainEqual(['place', 'Porto', 'Lisbonne']);
    // Two datelines of one town, spelt two ways, are no conflict.
    expect(k.filter(([kind, a]) => kind === 'place' && a === 'LISBON')).toEqual([]);
  });

  test('two sites named beside their noun contradict each other ("at the Burchardkai terminal" / "au terminal d\'Altenwerder")', async () => {
    const k = await conflictKinds(
      'A container crane collapsed at the Burchardkai terminal in the port of Hamburg on Thursday, injuring two dock workers.',
      "Un portique à conteneurs s'est effondré jeudi au terminal d'Altenwerder, dans le port de Hambourg, blessant deux dockers.",
    );
    expect(k).toContainEqual(['place', 'Burchardkai', 'Altenwerder']);
  });

  test('a fact one version cut into two sentences is checked in both: the day of the first, the tally of the second', async () => {
    const k = await conflictKinds(
      "France's National Assembly on Tuesday approved a bill creating a right to assisted dying, by 305 votes to 199.",
      'Die französische Nationalversammlung hat am Mittwoch einen Gesetzentwurf gebilligt, der ein Recht auf Sterbehilfe schafft. 305 Abgeordnete stimmten dafür, 199 dagegen.',
      ['en', 'de'],
    );
    expect(k).toContainEqual(['date', 'Tuesday', 'Mittwoch']);
  });

  test('the sentence before a partner is no counterpart when it is about something else ("France scored 470 points")', async () => {
    const k = await conflictKinds(
      'France scored 470 points in maths. Singapore again topped the ranking with 578 points.',
      'Spitzenreiter bleibt Singapur mit 575 Punkten.',
      ['en', 'de'],
    );
    expect(k.filter(([, a]) => a === '470 points')).toEqual([]);
  });

  test('"no deaths" said three ways is one fact ("No deaths have been recorded", "Aucun décès …", "Todesfälle gab es bisher nicht")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'An outbreak of dengue in the town of Fano has infected 82 people since August. No deaths have been recorded.' },
      { id: 'fr', lang: 'fr', text: "Un foyer de dengue dans la ville de Fano a touché 82 personnes depuis août. Aucun décès n'a été enregistré." },
      { id: 'de', lang: 'de', text: 'In der Stadt Fano haben sich seit August 82 Menschen mit Dengue infiziert. Todesfälle gab es bisher nicht.' },
    ]);
    const claimOf = (text: string) => r.claims.find((c) => c.text.startsWith(text))!.id;
    const group = r.groups.find((g) => g.claims.includes(claimOf('No deaths')));
    expect(group?.claims).toEqual(expect.arrayContaining([claimOf('Aucun décès'), claimOf('Todesfälle')]));
  });

  test('a short negated first clause about deaths says there were none, whatever the clause after its comma says ("Todesopfer wurden nicht gemeldet, …")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'A strong earthquake struck Kamchatka on Wednesday. No deaths were reported, though several people in Kamchatka were injured.' },
      { id: 'de', lang: 'de', text: 'Ein starkes Erdbeben traf am Mittwoch Kamtschatka. Todesopfer wurden nicht gemeldet, in Kamtschatka gab es aber mehrere Verletzte.' },
    ]);
    const claimOf = (text: string) => r.claims.find((c) => c.text.startsWith(text))!.id;
    expect(r.groups.some((g) => g.claims.includes(claimOf('No deaths')) && g.claims.includes(claimOf('Todesopfer')))).toBe(true);
  });

  test('no one of those a noun names hurt, said before a comma, is "nobody was injured" ("No patient was hurt, but …", "Patienten wurden nicht verletzt, …")', async () => {
    const r = await compare([
      { id: 'en', lang: 'en', text: 'A fire broke out overnight at a hospital in Lyon. No patient was hurt, but three members of staff were treated for smoke inhalation.' },
      { id: 'fr', lang: 'fr', text: "Un incendie s'est déclaré dans la nuit dans un hôpital de Lyon. Aucun patient n'a été blessé." },
      { id: 'de', lang: 'de', text: 'In einem Krankenhaus in Lyon brach in der Nacht ein Feuer aus. Patienten wurden nicht verletzt, drei Mitarbeiter erlitten eine Rauchvergiftung.' },
    ]);
    const claimOf = (text: string) => r.claims.find((c) => c.text.startsWith(text))!.id;
    const group = r.groups.find((g) => g.claims.includes(claimOf('No patient')));
    expect(group?.claims).toEqual(expect.arrayContaining([claimOf('Aucun patient'), claimOf('Patienten wurden')]));
    // Each says no one was hurt, though a clause about others follows its comma.
    const said = (lang: string, text: string) => claimsOf(prepare(lang, text, lang)).find((c) => c.anchors.some((a) => a.key === 'concept:no-injuries'))?.text;
    expect(said('en', 'No patient was hurt, but three members of staff were treated for smoke inhalation.')).toBeDefined();
    expect(said('de', 'Patienten wurden nicht verletzt, drei Mitarbeiter erlitten eine Rauchvergiftung.')).toBeDefined();
    // Not a long first clause, nor an injury after the comma.
    expect(said('de', 'Die Polizei hat den Mann nicht festgenommen, drei Mitarbeiter wurden verletzt.')).toBeUndefined();
  });

  test('hours after a verb of lasting are a length though "jusqu\'à" opens them ("a duré jusqu\'à 16 heures" / "lasted up to 18 hours"); "ouvert jusqu\'à 16 heures" stays a time', async () => {
    expect(await conflictKinds('The outage lasted up to 18 hours in some regions.', "La coupure a duré jusqu'à 16 heures dans certaines régions.")).toContainEqual(['quantity', 'up to 18 hours', "jusqu'à 16 heures"]);
    const ids = claimsOf(prepare('fr', "Le magasin reste ouvert jusqu'à 16 heures.", 'fr')).flatMap((c) => c.facets.map((f) => f.id));
    expect(ids).toContain('time:16:00');
    // So are hours after a participle of ranging: "des attentes allant jusqu'à 14 heures", waits of up to 14 hours.
    expect(await conflictKinds('Patients were waiting up to 12 hours on trolleys.', "Les patients subissent des attentes allant jusqu'à 14 heures sur des brancards.")).toContainEqual(['quantity', 'up to 12 hours', "jusqu'à 14 heures"]);
  });
  test('a fortnight is two weeks: against ten days a conflict, against "zwei Wochen" none', async () => {
    expect(await conflictKinds('The strike began at midday and is due to last a fortnight.', 'La grève a débuté à midi et doit durer dix jours.')).toContainEqual(['quantity', 'fortnight', 'dix jours']);
    expect(await conflictKinds('The strike began at midday and is due to last a fortnight.', 'Der Streik begann um 12.00 Uhr und soll zwei Wochen dauern.', ['en', 'de'])).toEqual([]);
  });
  test('one length of time told in two units is no conflict ("two weeks" / "14 Tage")', async () => {
    expect(await conflictKinds('The governor said repairs to the road would take two weeks.', 'Der Gouverneur sagte, die Reparatur der Straße werde 14 Tage dauern.', ['en', 'de'])).toEqual([]);
  });
  test('versions that agree have no conflict', async () => {
    const k = await conflictKinds(
      'The plane crashed near Lyon on Monday. It carried 295 people, the airline said.',
      "L'avion s'est écrasé près de Lyon lundi. Il transportait 295 personnes, selon la compagnie.",
    );
    expect(k).toEqual([]);
  });

  test('who called for something is its speaker in French too ("a réclamé"), and two such speakers conflict ("Frans Timmermans called for" / "Rob Jetten a réclamé")', async () => {
    const k = await conflictKinds(
      'The Dutch minister for asylum, Marjolein Faber, resigned on Wednesday after her party refused to back a compromise. She had been in office for 14 months. Opposition leader Frans Timmermans called for early elections.',
      "La ministre néerlandaise de l'Asile, Marjolein Faber, a démissionné mercredi après le refus de son parti de soutenir un compromis. Elle était en poste depuis 14 mois. Le chef de l'opposition Rob Jetten a réclamé des élections anticipées.",
    );
    expect(k).toContainEqual(['speaker', 'Frans Timmermans', 'Rob Jetten']);
  });

  test('two islands whose names share an ending are two places ("Gotland" / "Öland"); a name inside another is one ("Darfur" / "Nord-Darfur")', async () => {
    const k = await conflictKinds(
      'NATO began its annual naval exercise on Monday. It will include mine-clearing drills off the island of Gotland.',
      "L'Otan a lancé lundi son exercice naval annuel. Il comprendra des opérations de déminage au large de l'île d'Öland.",
    );
    expect(k).toContainEqual(['place', 'Gotland', 'Öland']);
    const darfur = await conflictKinds(
      "A global hunger monitor on Thursday declared famine in the Zamzam displacement camp in Sudan's North Darfur region, where about 500,000 people have sought refuge from fighting.",
      'Eine internationale Hunger-Beobachtungsstelle hat am Donnerstag im Vertriebenenlager Samsam in der sudanesischen Region Nord-Darfur eine Hungersnot festgestellt.',
      ['en', 'de'],
    );
    expect(darfur.filter(([kind]) => kind === 'place')).toEqual([]);
  });

  test('two sides of one thing contradict each other ("northern entrance" / "entrée sud"; "south-east crater" / "cratère nord-est" / "Südostkrater")', async () => {
    expect(
      await conflictKinds(
        "The fire broke out about two kilometres from the tunnel's northern entrance shortly after 8 a.m.",
        "L'incendie s'est déclaré à environ deux kilomètres de l'entrée sud du tunnel peu après 8 heures.",
      ),
    ).toContainEqual(['place', 'northern', 'sud']);
    const crater = 'The eruption began overnight with lava fountains from the south-east crater.';
    expect(await conflictKinds(crater, "L'éruption a commencé dans la nuit avec des fontaines de lave jaillissant du cratère nord-est.")).toContainEqual(['place', 'south-east', 'nord-est']);
    expect(await conflictKinds("L'éruption a commencé dans la nuit avec des fontaines de lave jaillissant du cratère nord-est.", 'Der Ausbruch hatte in der Nacht mit Lavafontänen aus dem Südostkrater begonnen.', ['fr', 'de'])).toContainEqual(['place', 'nord-est', 'Südostkrater']);
    // The same side said two ways is none; nor are two points of the compass beside different things.
    expect(await conflictKinds(crater, 'Der Ausbruch hatte in der Nacht mit Lavafontänen aus dem Südostkrater begonnen.', ['en', 'de'])).toEqual([]);
    expect(
      (await conflictKinds('Lava flowed from the south-east crater overnight.', "De la lave s'est écoulée dans la nuit du cratère, vers le versant nord-est.")).filter(([kind]) => kind === 'place'),
    ).toEqual([]);
  });

  test('two countries each version places a fact in contradict each other, though both versions name both ("set up in Norway" / "installé en Suède")', async () => {
    const k = await conflictKinds(
      'Ministers from Finland, Sweden, Norway and Denmark met in Helsinki. A common command centre is to be set up in Norway by 2028.',
      "Les ministres de Finlande, de Suède, de Norvège et du Danemark se sont réunis à Helsinki. Un centre de commandement commun sera installé en Suède d'ici 2028.",
    );
    expect(k).toContainEqual(['place', 'Norway', 'Suède']);
    // A country that only qualifies a noun sets the scene.
    const scene = await conflictKinds(
      'Ministers from Finland, Sweden, Norway and Denmark met in Helsinki. Norwegian officials said a command centre would be set up by 2028.',
      "Les ministres de Finlande, de Suède, de Norvège et du Danemark se sont réunis à Helsinki. Selon des responsables suédois, un centre de commandement sera installé d'ici 2028.",
    );
    expect(scene.filter(([kind]) => kind === 'place')).toEqual([]);
  });

  test('a country named whole against a part of another is no conflict (it often only sets the scene)', async () => {
    const k = await conflictKinds(
      'Swedish battery maker Voltra will build a second factory in northern Finland, its chief executive said.',
      "Le fabricant de batteries Voltra construira une deuxième usine en Suède, a indiqué sa directrice générale.",
    );
    expect(k).toEqual([]);
  });

  test("a person's age given in different facts ('Lindqvist, 58, is …' / '…, sagte die 56-Jährige')", async () => {
    const k = await conflictKinds(
      'Maria Lindqvist won the Nobel Prize in Chemistry on Wednesday. Lindqvist, 58, is only the ninth woman to win the prize.',
      'Maria Lindqvist erhält den Chemie-Nobelpreis. "Ich habe geschlafen, als sie anriefen", sagte die 56-Jährige.',
      ['en', 'de'],
    );
    expect(k).toContainEqual(['quantity', '58', '56-Jährige']);
    // "Âgée de 58 ans" is an age too.
    const fr = await conflictKinds(
      "Âgée de 58 ans, Maria Lindqvist n'est que la neuvième femme à recevoir le prix.",
      'Maria Lindqvist erhält den Chemie-Nobelpreis. "Ich habe geschlafen, als sie anriefen", sagte die 56-Jährige.',
      ['fr', 'de'],
    );
    expect(fr).toContainEqual(['quantity', '58 ans', '56-Jährige']);
    // An age that opens its sentence as a noun is the previous sentence's subject's, not the last person it names.
    const opening = await conflictKinds(
      'Gian van Veen won the world darts title on Saturday, beating Luke Humphries 7-4 in the final. The 23-year-old took home one million pounds.',
      'Gian van Veen ist Darts-Weltmeister. Der 22-Jährige besiegte im Finale am Samstag den Engländer Luke Humphries mit 7:4 Sätzen.',
      ['en', 'de'],
    );
    expect(opening).toContainEqual(['quantity', '23-year-old', '22-Jährige']);
    // (Not one after another name at the head of its sentence: "Lebrun, 18 ans" is Lebrun's.)
    const two = await conflictKinds(
      'Qiu, 28, saved two match points in the sixth game. Lebrun, 18, had knocked out the top seed.',
      'Qiu, 28 ans, a sauvé deux balles de match. Lebrun, 18 ans, avait éliminé la tête de série.',
    );
    expect(two.filter(([kind]) => kind === 'quantity')).toEqual([]);
    // Years set off after a name, or as an adjective right before one, are that person's age.
    const pelicot = await conflictKinds(
      'Dominique Pelicot a été condamné à 20 ans de réclusion. Gisèle Pelicot, 72 ans, a dit respecter la décision.',
      'Dominique Pelicot wurde zu 20 Jahren verurteilt. Die 74-jährige Gisèle Pelicot sagte, sie respektiere die Entscheidung.',
      ['fr', 'de'],
    );
    expect(pelicot).toContainEqual(['quantity', '72 ans', '74-jährige']);
  });

  test('the sentence after a partner that goes on with the fact is checked too (the day of a splashdown)', async () => {
    const read = (lang: string) => fixtureText('astronauts', lang);
    const k = await conflictKinds(read('en'), read('de'), ['en', 'de']);
    expect(k).toContainEqual(['date', 'Tuesday', 'Mittwoch']);
  });

  test('the sentence after a partner that gives a count of the claim the partner leaves out is checked for it; the next fact of a list is not', async () => {
    const read = (lang: string) => fixtureText('lisbonfunicular', lang);
    expect(await conflictKinds(read('fr'), read('de'), ['fr', 'de'])).toContainEqual(['quantity', '18 blessées', '23 weitere']);
    // The partner gives the claim's count in its own words, another value: the next sentence is another fact.
    const k = await conflictKinds(
      "Airbus prévoit de livrer 800 appareils cette année. L'avionneur emploie quelque 150 000 personnes.",
      'Airbus will in diesem Jahr rund 820 Flugzeuge ausliefern. Der US-Konkurrent Boeing übergab 2024 nur 348 Maschinen.',
      ['fr', 'de'],
    );
    expect(k.filter(([, , b]) => b === '348 Maschinen')).toEqual([]);
  });

  test('a piece of a sentence aligned by what else it says still meets the pieces its sentence aligns with ("dont une dans un état grave" / "zwei von ihnen schwer verletzt")', async () => {
    const read = (lang: string) => fixtureText('hail', lang);
    const k = await conflictKinds(read('fr'), read('de'), ['fr', 'de']);
    expect(k).toContainEqual(['quantity', 'une', 'zwei von ihnen']);
    expect(k).toContainEqual(['quantity', '101 blessés', '110 Menschen']);
  });

  test('a speaker the other version names only for another fact still differs from the one it quotes', async () => {
    const read = (lang: string) => fixtureText('carplant', lang);
    const k = await conflictKinds(read('en'), read('de'), ['en', 'de']);
    expect(k).toContainEqual(['speaker', 'Francesca Re David', 'Adolfo Urso']);
  });

  test('a year the other version gives only as the end of a span is another fact\'s ("from 2011 to 2016" / "Humala\'s 2011 campaign")', async () => {
    const k = await conflictKinds(
      "Prosecutors said the couple had received 3 million dollars for Humala's 2011 campaign. Humala, who governed Peru from 2011 to 2016, denied the charges.",
      "Selon le parquet, le couple avait reçu 3 millions de dollars pour la campagne de 2006. Ollanta Humala, qui a dirigé le Pérou de 2011 à 2016, a toujours nié les faits.",
    );
    expect(k).toContainEqual(['date', '2011', '2006']);
    // A year the other version states alone elsewhere still counts as stated.
    const none = await conflictKinds(
      "Prosecutors said the couple had received 3 million dollars for Humala's 2011 campaign. Humala won in 2006.",
      'Selon le parquet, le couple avait reçu 3 millions de dollars pour la campagne de 2006. Il a été élu en 2011.',
    );
    expect(none.filter(([kind]) => kind === 'date')).toEqual([]);
  });

  test('a person who expects something is its speaker ("Vorstandschef Roland Busch rechnet mit …" / "Ralf Thomas a indiqué que le groupe tablait sur …")', async () => {
    const k = await conflictKinds(
      "Siemens a publié ses résultats. Le directeur financier Ralf Thomas a indiqué que le groupe tablait sur une croissance de ses ventes comprise entre 3 et 7 % l'an prochain.",
      'Siemens hat seine Zahlen vorgelegt. Vorstandschef Roland Busch rechnet für das kommende Jahr mit einem Umsatzwachstum von drei bis sieben Prozent.',
      ['fr', 'de'],
    );
    expect(k).toContainEqual(['speaker', 'Ralf Thomas', 'Roland Busch']);
  });

  test('two ranks of one unit differ whatever other ranks the claims give ("une deuxième fois à la 67e minute" / "in der 71. Minute")', async () => {
    const k = await conflictKinds(
      "Feyenoord a terminé la rencontre à dix après l'expulsion du défenseur Sem Bakker, averti une deuxième fois à la 67e minute.",
      'Feyenoord beendete die Partie in Unterzahl, nachdem Verteidiger Sem Bakker in der 71. Minute Gelb-Rot gesehen hatte.',
      ['fr', 'de'],
    );
    expect(k).toContainEqual(['quantity', '67e', '71.']);
  });

  test('a count of people is stated by a count of inhabitants of the same value, no conflict with another count ("a village of about 900 people" / "un village d\'environ 900 habitants")', async () => {
    const k = await conflictKinds(
      'A small dam burst in northern Romania on Saturday, flooding a village of about 900 people and forcing the evacuation of 300 residents.',
      "Un petit barrage a cédé samedi dans le nord de la Roumanie, inondant un village d'environ 900 habitants et entraînant l'évacuation de 300 personnes.",
    );
    expect(k.filter(([kind]) => kind === 'quantity')).toEqual([]);
  });

  test('two datelines that place one town in its state and in its country do not conflict ("AUGUSTA, Georgia" / "AUGUSTA (Etats-Unis)")', async () => {
    const k = await conflictKinds(
      'Golfer wins Masters in playoff\n\nAUGUSTA, Georgia, April 13 - Rory McIlroy won the Masters on Sunday, beating Justin Rose in a playoff.',
      'Golf: McIlroy remporte le Masters en play-off\n\nAUGUSTA (Etats-Unis), 13 avril - Rory McIlroy a remporté dimanche le Masters en battant Justin Rose en play-off.',
    );
    expect(k.filter(([kind]) => kind === 'place')).toEqual([]);
  });

  test("two datelines' towns the gazetteer does not know are one town written two ways, no conflict (\"GRENCHEN\" / \"GRANGES\")", async () => {
    const k = await conflictKinds(
      'Ganna breaks hour record\n\nGRENCHEN, Oct 9 - Italian cyclist Filippo Ganna broke the hour record on Saturday.',
      "Ganna bat le record de l'heure\n\nGRANGES, 9 octobre - L'Italien Filippo Ganna a battu samedi le record de l'heure.",
    );
    expect(k.filter(([kind]) => kind === 'place')).toEqual([]);
  });

  test('a tally conflicts once, not also through the count of votes against that overlaps it ("376 lawmakers, with 242 voting against" / "376 députés, 224 ayant voté contre")', async () => {
    const k = await conflictKinds('The change was backed by 376 lawmakers, with 242 voting against.', 'La réforme a été adoptée par 376 députés, 224 ayant voté contre.');
    expect(k).toHaveLength(1);
  });

  test('a tally told in number words conflicts once, not also through the count inside it', async () => {
    const read = (lang: string) => fixtureText('boj', lang);
    const k = await conflictKinds(read('en'), read('fr'));
    expect(k).toEqual([['quantity', 'eight votes to one', 'sept voix contre deux']]);
  });

  test('the sentence before a partner is checked when its own partners count something else; its ranks only in the same unit', async () => {
    const read = fixtureText;
    const k = await conflictKinds(read('ferry', 'fr'), read('ferry', 'de'), ['fr', 'de']);
    expect(k).toContainEqual(['quantity', 'Trois personnes', 'zwei Menschen']);
    const tennis = await conflictKinds(read('tennis', 'en'), read('tennis', 'fr'));
    expect(tennis.filter(([kind, x, y]) => kind === 'quantity' && x === 'third' && y === 'premier')).toEqual([]);
  });

  test('a count of people its clause says are in a critical state meets a count of those in that state ("Drei Kinder … in ernstem Zustand" / "Cinq d\'entre eux … dans un état grave")', async () => {
    const k = await conflictKinds(
      "Des dizaines d'élèves ont été intoxiqués. Cinq d'entre eux se trouvaient jeudi dans un état grave, selon l'hôpital.",
      'Dutzende Schüler erlitten eine Lebensmittelvergiftung. Drei Kinder waren am Donnerstag nach Angaben des Klinikums in ernstem Zustand.',
      ['fr', 'de'],
    );
    expect(k).toContainEqual(['quantity', 'Cinq', 'Drei Kinder']);
  });

  test('things counted in a clause about delivering them are deliveries ("livrer 800 appareils" / "820 Auslieferungen")', async () => {
    const k = await conflictKinds(
      'Airbus a livré 766 avions en 2024. Airbus prévoit de livrer 800 appareils cette année.',
      'Airbus hat 2024 766 Flugzeuge ausgeliefert. Für dieses Jahr rechnet Airbus mit 820 Auslieferungen.',
      ['fr', 'de'],
    );
    expect(k).toContainEqual(['quantity', '800 appareils', '820 Auslieferungen']);
  });

  test('the share that rejected a proposal is the share against, however each version says so ("61.4 percent voting against" / "ont rejeté … à 64,1 % des voix" / "stimmten 61,4 Prozent dagegen")', async () => {
    const r = await compare((['en', 'fr', 'de'] as const).map((lang) => fixtureSource('irishsenatereferendum', lang)));
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => [k.kind, k.a.text, k.b.text]));
    expect(found).toContainEqual(['quantity', '61.4 percent', '64,1 %']);
    expect(found).toContainEqual(['quantity', '64,1 %', '61,4 Prozent']);
    // A decimal comma opens no tally: "61,4 Prozent dagegen" is no 61 votes for and 4 against.
    const de = extractClaims({ id: 'de', lang: 'de', text: 'Nach dem Endergebnis stimmten 61,4 Prozent dagegen.' });
    expect(de.flatMap((c) => c.facets.map((f) => f.id))).not.toContain('score:61-4');
    // Where the sentence gives a share on each side, only the claim with the word of opposing holds the share against.
    const poll = await conflictKinds(
      'Fifty-two percent of Bulgarians oppose adopting the euro, while 41 percent support it, according to a poll published on Friday.',
      "55 % des Bulgares sont opposés à l'adoption de l'euro, contre 41 % qui y sont favorables, selon un sondage publié vendredi.",
    );
    expect(poll).toContainEqual(['quantity', 'Fifty-two percent', '55 %']);
  });

  test('a unanimous vote contradicts a tally with votes against, not one without', async () => {
    const read = (lang: string) => fixtureText('echr', lang);
    const k = await conflictKinds(read('en'), read('de'), ['en', 'de']);
    expect(k).toContainEqual(['quantity', 'unanimously', 'fünf zu zwei']);
    const none = await conflictKinds(
      read('en'),
      read('de').replace('mit fünf zu zwei Stimmen', 'mit sieben zu null Stimmen'),
      ['en', 'de'],
    );
    expect(none.filter(([, x]) => x === 'unanimously')).toEqual([]);
  });

  test('a utility\'s customers in a clause about a power cut are households ("7,000 customers without power" / "9 000 foyers")', async () => {
    const read = (lang: string) => fixtureText('tornado', lang);
    const k = await conflictKinds(read('en'), read('fr'));
    expect(k).toContainEqual(['quantity', 'about 7,000 customers', 'environ 9 000 foyers']);
  });

  test('who wrote a statement is its speaker ("founder Octave Klaba wrote on Twitter" / "a écrit sur Twitter le directeur général Michel Paulin")', async () => {
    const read = (lang: string) => fixtureText('datacentre', lang);
    const k = await conflictKinds(read('en'), read('fr'));
    expect(k.filter(([kind]) => kind === 'speaker').map(([, x, y]) => [String(x).endsWith('Octave Klaba'), String(y).endsWith('Michel Paulin')])).toEqual([[true, true]]);
  });

  test('an age that opens a sentence before a comma ("À 36 ans, elle …") is an age', async () => {
    const k = await conflictKinds(
      'La navigatrice Claire Dumont a battu le record. A 36 ans, elle a mené son trimaran à travers les mers du Sud.',
      'Die Seglerin Claire Dumont hat einen Rekord aufgestellt. Die 34-Jährige überquerte am Sonntag die Ziellinie.',
      ['fr', 'de'],
    );
    expect(k).toContainEqual(['quantity', '36 ans', '34-Jährige']);
    // Not a length of time that opens a sentence without a comma.
    const none = await conflictKinds(
      'La navigatrice Claire Dumont a battu le record. À 20 ans de distance, les deux records se ressemblent.',
      'Die Seglerin Claire Dumont hat einen Rekord aufgestellt. Die 34-Jährige überquerte am Sonntag die Ziellinie.',
      ['fr', 'de'],
    );
    expect(none).toEqual([]);
  });

  test('an age is compared with an age, not with a length of time beside it', async () => {
    const k = await conflictKinds(
      'Reza Kamali won the Palme d\'Or. Kamali, 52, who was banned from leaving Iran for seven years, received the award.',
      "Reza Kamali a remporté la Palme d'or. Âgé de 52 ans, Reza Kamali, longtemps interdit de quitter l'Iran, a reçu le trophée.",
    );
    expect(k).toEqual([]);
    // Nor is a lower-case "20-jährige Haftstrafe" anyone's age.
    const de = await conflictKinds(
      'Marc Aubert was sentenced to 20 years in prison. Aubert, 61, will appeal.',
      'Marc Aubert wurde zu einer 20-jährigen Haftstrafe verurteilt. Er will in Berufung gehen.',
      ['en', 'de'],
    );
    expect(de).toEqual([]);
  });

  test('a value in a piece of a sentence that the other version states in one claim ("…, soit jusqu\'en juin 2030" / "until June 2031")', async () => {
    const k = await conflictKinds(
      'Real Madrid have signed Lars Eikrem. The 23-year-old has signed a six-year contract running until June 2031.',
      "Le Real Madrid a recruté Lars Eikrem. Âgé de 23 ans, Eikrem s'est engagé pour six saisons, soit jusqu'en juin 2030.",
    );
    expect(k).toContainEqual(['date', 'June 2031', 'juin 2030']);
  });

  test('the nationality given with a person who differs is part of that conflict, no place of its own ("Norway\'s Johann André Forfang" / "l\'Allemand Andreas Wellinger")', async () => {
    const read = (lang: string) => fixtureSource('planicaflight', lang);
    const r = await compare([read('en'), read('fr')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${k.kind} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('person Johann André Forfang | Andreas Wellinger');
    expect(found.filter((x) => x.startsWith('place'))).toEqual([]);
  });

  test('one person given two nationalities conflicts, though both versions name both countries elsewhere ("Sweden\'s Emilie Fleten" / "die Norwegerin Emilie Fleten")', async () => {
    const k = await conflictKinds(
      "Norway's Andreas Nygaard beat Sweden's Emil Persson in a sprint. In the women's race, Sweden's Emilie Fleten won for the third year in a row.",
      'Der Norweger Andreas Nygaard setzte sich gegen den Schweden Emil Persson durch. Bei den Frauen gewann die Norwegerin Emilie Fleten zum dritten Mal in Folge.',
      ['en', 'de'],
    );
    expect(k).toContainEqual(['place', 'Sweden', 'Norwegerin']);
    // The same nationality twice is no conflict.
    const same = await conflictKinds("In the women's race, Norway's Emilie Fleten won again.", 'Bei den Frauen gewann die Norwegerin Emilie Fleten erneut.', ['en', 'de']);
    expect(same.filter((x) => x[0] === 'place')).toEqual([]);
  });

  test('a count of drivers meets one of train drivers ("Lokführer" are drivers too), a lack said two ways ("Il manque environ 250 conducteurs" / "fehlen … rund 150 Lokführer")', async () => {
    const read = (lang: string) => fixtureSource('austriatraindrivershortage', lang);
    const r = await compare([read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${k.kind} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('quantity environ 250 conducteurs | rund 150 Lokführer');
  });

  test('a rank held by a person named with a nationality is the person\'s, fronted or not ("Dritter wurde der Franzose Nicolas Gestin" / "la deuxième place")', async () => {
    const fronted = await conflictKinds('Le Français Nicolas Gestin a pris la deuxième place.', 'Dritter wurde der Franzose Nicolas Gestin.', ['fr', 'de']);
    expect(fronted).toContainEqual(['quantity', 'deuxième', 'Dritter']);
    const after = await conflictKinds('Le Français Nicolas Gestin a pris la deuxième place.', 'Der Franzose Nicolas Gestin wurde Dritter.', ['fr', 'de']);
    expect(after).toContainEqual(['quantity', 'deuxième', 'Dritter']);
  });

  test('a baseline given for the month another version gives its only value for meets it ("4,1 % en août, contre 3,4 % en juillet" / "Im Juli … 3,6 Prozent")', async () => {
    const read = (lang: string) => fixtureSource('austriainflation', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.kind} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('fr/de quantity 3,4 % | 3,6 Prozent');
  });

  test('two counts of one people differ ("nearly 300 million Africans" / "près de 250 millions d\'Africains")', async () => {
    const read = (lang: string) => fixtureSource('aufoodsummit', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.kind} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain("en/fr quantity nearly 300 million Africans | près de 250 millions d'Africains");
  });

  test('a piece that gives only a day after a list meets the other version\'s day ("…, including Norway, Portugal and Slovakia, from November 30" / "ab dem 1. Dezember")', async () => {
    const k = await conflictKinds(
      'China will extend visa-free entry to citizens of nine more countries, including Norway, Portugal and Slovakia, from November 30, the foreign ministry said on Friday.',
      'China gewährt Bürgern aus neun weiteren Ländern, darunter Norwegen, Portugal und die Slowakei, ab dem 1. Dezember die visafreie Einreise. Das teilte das Außenministerium am Freitag mit.',
      ['en', 'de'],
    );
    expect(k).toContainEqual(['date', 'November 30', '1. Dezember']);
  });

  test('a town in a piece of a partner\'s sentence that shares what the claim is about ("landed … near the town of Esquel" / "…, | landete … in der Nähe der Stadt Bariloche")', async () => {
    const read = (lang: string) => fixtureSource('debris', lang);
    const r = await compare([read('en'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${k.kind} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('place Esquel | Bariloche');
  });

  test('a year that differs beside one both versions give ("to begin in 2030 and run until 2035" / "débuter en 2031 … jusqu\'en 2035")', async () => {
    const k = await conflictKinds(
      'IndiGo ordered 150 Airbus jets. Deliveries are scheduled to begin in 2030 and run until 2035.',
      "IndiGo a commandé 150 Airbus. Les livraisons doivent débuter en 2031 et s'étaler jusqu'en 2035.",
    );
    expect(k).toContainEqual(['date', '2030', '2031']);
  });

  test('mid-sized towns the gazetteer knows conflict by id ("between Brussels and Namur" / "entre Bruxelles et Liège")', async () => {
    const k = await conflictKinds(
      'Train services between Brussels and Namur were suspended for several hours.',
      'La circulation des trains entre Bruxelles et Liège a été interrompue pendant plusieurs heures.',
    );
    expect(k).toContainEqual(['place', 'Namur', 'Liège']);
  });

  test('a relative of one kind told as the other sex is another person ("donated by her brother" / "donné par sa sœur")', async () => {
    const k = await conflictKinds(
      'The 46-year-old patient received a kidney donated by her brother during an operation last week.',
      'La patiente, âgée de 46 ans, a reçu un rein donné par sa sœur lors d\'une opération la semaine dernière.',
    );
    expect(k).toContainEqual(['person', 'brother', 'sœur']);
    // (Both named in one claim take no side.)
    const both = await conflictKinds(
      'The patient received a kidney donated by her brother; her sister was also tested.',
      'La patiente a reçu un rein donné par sa sœur.',
    );
    expect(both.filter(([kind]) => kind === 'person')).toEqual([]);
  });

  test('a count of a maker\'s aircraft is a count of aircraft ("two Airbus A321neo aircraft" / "drei Maschinen vom Typ Airbus A321neo")', async () => {
    const k = await conflictKinds(
      'Wizz Air will open a base at Ljubljana airport, stationing two Airbus A321neo aircraft there.',
      'Wizz Air eröffnet eine Basis am Flughafen Ljubljana. Dort sollen drei Maschinen vom Typ Airbus A321neo stationiert werden.',
      ['en', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'quantity').length).toBe(1);
  });

  test('"The first is due to be delivered in 2027" ranks the first of them (no adverb after an article, no cause in "due to be")', async () => {
    const k = await conflictKinds(
      'The shipyard will build four ferries. The first is due to be delivered in 2027.',
      'Le chantier construira quatre ferries. Le premier doit être livré en 2028.',
    );
    expect(k).toContainEqual(['date', '2027', '2028']);
  });

  test('a year the other version gives only in a sentence of a fact it alone tells is free to differ ("in 2030" / "en 2032", beside "vise … d\'ici 2030")', async () => {
    const read = (lang: string) => fixtureSource('windfarm', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.kind} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('en/fr date 2030 | 2032');
    expect(found).toContain('fr/de date 2032 | 2030');
  });

  test('a year the other version gives only for another fact both state is free to differ ("from 2029" / "ab 2028" beside "bis 2029")', async () => {
    const k = await conflictKinds(
      'Voters rejected a proposal to abolish the licence fee, but parliament will lower it to 300 francs a year from 2029. The broadcaster said it would cut about 900 jobs by 2029.',
      'Die Stimmberechtigten haben eine Initiative zur Abschaffung der Gebühr abgelehnt. Das Parlament will die Abgabe ab 2028 auf 300 Franken pro Jahr senken. Die Rundfunkanstalt kündigte an, bis 2029 rund 900 Stellen abzubauen.',
      ['en', 'de'],
    );
    expect(k).toContainEqual(['date', '2029', '2028']);
  });

  test('a title that gives a value its lead gives again is no conflict with another title\'s ("$23 billion" / "32,5 milliards de dollars", both in both leads)', async () => {
    const read = (lang: string) => fixtureSource('tobaccoverdict', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.kind} ${k.a.text} | ${k.b.text}`));
    expect(found.filter((x) => x.includes('billion') || x.includes('milliards'))).toEqual([]);
    expect(found).toContain('en/de date 2015 | 2019');
  });

  test('one place in a ranking held by a different person in each version, neither naming the other\'s ("Ott Tanak finished third" / "Dritter wurde … Elfyn Evans")', async () => {
    const read = (lang: string) => fixtureSource('rally', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.kind} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('en/de person Ott Tanak | Elfyn Evans');
    // The winner both name is no conflict.
    expect(found.filter((x) => x.includes('Neuville ') || x.includes('Ogier'))).toEqual([]);
  });

  test('a length of time the other version gives as a count of its unit in a compound is stated ("after 57 years" / "nach 57 Betriebsjahren")', async () => {
    const read = (lang: string) => fixtureSource('coalclose', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.a.text} | ${k.b.text}`));
    expect(found.filter((x) => x.includes('57'))).toEqual([]);
    expect(found).toContain('en/de 142 years | 132 Jahre');
  });

  test('a rank written as one word with a superlative ("the second largest ever found" / "der drittgrößte, der je entdeckt wurde")', async () => {
    const read = (lang: string) => fixtureSource('diamond', lang);
    const r = await compare([read('en'), read('fr'), read('de')]);
    const found = r.pairs.flatMap((p) => p.conflicts.map((k) => `${p.a}/${p.b} ${k.a.text} | ${k.b.text}`));
    expect(found).toContain('en/de second | drittgrößte');
    expect(found).toContain('fr/de deuxième | drittgrößte');
    expect(found.filter((x) => x.startsWith('en/fr') && x.includes('second'))).toEqual([]);
  });

  test("a dateline is no piece of the first sentence's fact: its day is no conflict with the fact's", async () => {
    const k = await conflictKinds(
      "LISBON, Nov 18 - Portugal's government on Monday approved a rise in the minimum wage to 920 euros from January 1.",
      'Le gouvernement portugais a approuvé lundi une hausse du salaire minimum à 920 euros à partir du 1er janvier.',
    );
    expect(k).toEqual([]);
  });

  test('one speaker named two ways is no conflict: each source names the other\'s speaker too', async () => {
    const k = await conflictKinds(
      'Deutsche Bahn will raise long-distance fares by 5.9%. Passenger association Pro Bahn criticised the decision. "Customers are being asked to pay more for a service that keeps getting worse," its chairman Detlef Neuß said.',
      'Die Bahn erhöht die Preise im Fernverkehr um 5,9 Prozent. "Die Kunden sollen immer mehr für einen immer schlechteren Service zahlen", kritisierte der Vorsitzende des Fahrgastverbands Pro Bahn, Detlef Neuß.',
      ['en', 'de'],
    );
    expect(k.filter(([kind]) => kind === 'speaker')).toEqual([]);
  });

  test('two lengths of time in one unit fill one slot, as two counts of one thing do ("by 0.29 seconds" / "0,39 Sekunden unter seiner Bestmarke")', async () => {
    const k = await conflictKinds(
      "Léon Marchand broke his own world record in the 400 metres medley on Sunday. The 23-year-old lowered the mark he set last year by 0.29 seconds.",
      'Léon Marchand hat am Sonntag seinen Weltrekord über 400 Meter Lagen verbessert. Marchand blieb 0,39 Sekunden unter seiner Bestmarke aus dem Vorjahr.',
      ['en', 'de'],
    );
    expect(k).toContainEqual(['quantity', '0.29 seconds', '0,39 Sekunden']);
  });

  test('exonyms with the same consonants are no conflict ("Muscat" / "Maskat" / "Mascate")', async () => {
    const en = 'MUSCAT, August 2 – The United States and Belarus exchanged eight prisoners on Saturday at the airport in Muscat.';
    expect(await conflictKinds(en, 'MASKAT, 2. August – Die USA und Belarus haben am Samstag auf dem Flughafen von Maskat acht Gefangene ausgetauscht.', ['en', 'de'])).toEqual([]);
    expect(await conflictKinds(en, "Les États-Unis et la Biélorussie ont échangé samedi huit prisonniers à l'aéroport de Mascate.", ['en', 'fr'])).toEqual([]);
  });

  test('exonyms of the gazetteer are one town ("Antwerp" / "Anvers" / "Antwerpen")', async () => {
    const en = 'ANTWERP, May 4 – A fire broke out on Sunday at a warehouse in the port of Antwerp, the city said.';
    expect(await conflictKinds(en, "Un incendie s'est déclaré dimanche dans un entrepôt du port d'Anvers, a indiqué la ville.", ['en', 'fr'])).toEqual([]);
    expect(await conflictKinds(en, 'Im Hafen von Antwerpen ist am Sonntag ein Feuer in einer Lagerhalle ausgebrochen, teilte die Stadt mit.', ['en', 'de'])).toEqual([]);
  });

  test('two spellings of one town are no conflict ("Sevilla" / "Seville" / "Séville")', async () => {
    const en = 'MADRID, July 8 – Temperatures reached 46 degrees Celsius in Seville on Monday, a record for July.';
    expect(await conflictKinds(en, 'MADRID, 8. Juli – In Sevilla wurden am Montag 46 Grad Celsius gemessen, ein Rekord für einen Juli.', ['en', 'de'])).toEqual([]);
    expect(await conflictKinds(en, 'MADRID, 8 juillet – Le thermomètre a atteint 46 degrés à Séville lundi, un record pour un mois de juillet.', ['en', 'fr'])).toEqual([]);
  });

  test('the lead of one ranking given to each other\'s rival conflicts, with or without a rank; the same order told two ways does not', async () => {
    // Nationalities, the lead given by a superlative and a rival word ("followed by", "devant", "vor").
    expect(await conflictKinds('Germans were again the largest group of visitors, followed by Romanians.', 'Les Roumains ont été les plus nombreux, devant les Allemands.')).toEqual([['place', 'Germans', 'Roumains']]);
    expect(await conflictKinds('Germans were again the largest group of visitors, followed by Romanians.', 'Die größte Gruppe stellten erneut die Deutschen, vor Rumänen.', ['en', 'de'])).toEqual([]);
    // People, the rival named after a person's country; "behind" gives the lead to the rival.
    expect(await conflictKinds("Austria's Vincent Kriechmayr won the downhill, ahead of Norway's Aleksander Aamodt Kilde.", 'Den Sieg holte der Norweger Aleksander Aamodt Kilde vor dem Österreicher Vincent Kriechmayr.', ['en', 'de'])).toEqual([
      ['person', 'Vincent Kriechmayr', 'Aleksander Aamodt Kilde'],
    ]);
    expect(await conflictKinds("Norway's Aleksander Aamodt Kilde finished the downhill behind Austria's Vincent Kriechmayr.", "L'Autrichien Vincent Kriechmayr a remporté la descente devant le Norvégien Aleksander Aamodt Kilde.")).toEqual([]);
  });
});


describe('ages by their decade', () => {
  const en = 'Two people died in a flash flood on Sunday. The victims, a couple in their seventies, were swept away by the stream.';
  test('two decades contradict each other ("in their seventies" / "in den Achtzigern")', async () => {
    const de = 'Zwei Menschen starben am Sonntag bei einer Sturzflut. Bei den Toten handelt es sich um ein Ehepaar in den Achtzigern, das vom Bach mitgerissen wurde.';
    expect(await conflictKinds(en, de, ['en', 'de'])).toContainEqual(['quantity', 'in their seventies', 'in den Achtzigern']);
  });
  test('an age within the decade is none ("in their seventies" / "74 et 76 ans")', async () => {
    const fr = "Deux personnes sont mortes dimanche dans une crue subite. Les victimes, un couple de 74 et 76 ans, ont été emportées par le torrent.";
    expect(await conflictKinds(en, fr)).toEqual([]);
  });
});
