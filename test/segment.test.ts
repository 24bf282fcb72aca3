import { describe, expect, test } from 'vitest';
import { getResources } from '../src/resources/index.js';
import { segmentBlock } from '../src/segment/index.js';

function sentences(text: string, lang: string): string[] {
  return segmentBlock(text, { start: 0, end: text.length }, getResources(lang)).map((r) => text.slice(r.start, r.end));
}

describe('sentence segmentation', () => {
  test.each([
    ['de', 'Moskau, 29. Mai 2025 – Das Treffen begann. Es endete am 30. Mai.', 2],
    ['de', 'Er nahm an der 13. Ausgabe des Forums teil. Danach reiste er ab.', 2],
    ['de', 'Die Konferenz fand vom 27. bis 29. Mai statt. Sie war gut besucht.', 2],
    ['fr', 'M. Hammouchi est arrivé à Moscou. Il a rencontré Mme Dupont.', 2],
    ['fr', 'La ville fut fondée en 52 av. J.-C. par les Romains. Elle grandit ensuite.', 2],
    ['en', 'Mr. Smith met Dr. Jones in Washington. They talked for an hour.', 2],
    ['en', 'J. R. Smith arrived on Monday. He left on Tuesday!', 2],
    ['en', 'The index rose 1.5 percent. Analysts were surprised.', 2],
    ['fr', '« La sécurité est une responsabilité partagée. » Il l’a répété deux fois.', 2],
    ['en', 'He said: "We will win." Then he left.', 2],
    ['en', 'In 2010. The meeting started.', 2],
    ['de', 'Bayern besiegte Inter mit 2:1. Harry Kane traf früh.', 2],
    ['de', 'Der Zug fährt um 20.30. Danach fährt keiner mehr.', 2],
    ['de', 'Traktoren blockierten die A4 und die A1. Im Berufsverkehr bildeten sich Staus.', 2],
    ['en', '"We apologise," chief executive Carla Jensen said. "This was not a cyberattack."', 2],
    ['en', 'He said: "We will win." "Nobody can stop us," he added.', 2],
    ['de', 'Das Gericht verurteilte Heinrich XIII. Prinz Reuß zu elf Jahren Haft. Die Verteidigung kündigte Revision an.', 2],
    ['de', 'Er traf Papst Leo XIV. Der Papst sagte nichts.', 2],
    ['de', 'ITA Airways strich 51 Verbindungen, Ryanair rund 180. Nach Angaben der Gewerkschaften fehlt Personal.', 2],
    ['de', 'Er gewann zum 14. Mal den Titel. Danach feierte er.', 2],
    // A count, a dot and a sentence adverb: the sentence ends ("nötig gewesen wären 51. Dagegen stimmten 25").
    ['de', 'Für den Antrag stimmten 38 Abgeordnete, nötig gewesen wären 51. Dagegen stimmten 25.', 2],
    ['de', 'Für Garnbret war es der 45. Weltcupsieg.', 1],
    // After a word that makes it a count, whatever follows: "2014 waren es 750. Frauen machten …".
    ['de', 'Im vergangenen Jahr erhielten 1140 Menschen die Diagnose, 2014 waren es 750. Frauen machten zwei Drittel der Fälle aus.', 2],
    // A capital letter after a lower-case word names a kind and can end a sentence; an initial after a name does not.
    ['en', 'Fourteen people fell ill with hepatitis A. Four of them were treated in hospital.', 2],
    ['fr', "Quatorze personnes ont contracté l'hépatite A. Six d'entre elles ont été hospitalisées.", 2],
    ['de', 'Vierzehn Menschen erkrankten an Hepatitis A. Die meisten sind wieder gesund.', 2],
    ['en', 'President John F. Kennedy visited Berlin in 1963.', 1],
    ['de', 'Der frühere Minister Franz J. Berger ist gestorben.', 1],
    ['fr', 'La juge Marie A. De Souza a rendu son verdict.', 1],
  ])('%s: %s', (lang, text, count) => {
    const out = sentences(text, lang);
    expect(out).toHaveLength(count);
    for (const s of out) expect(text.includes(s)).toBe(true);
  });
});

describe('abbreviations that can close a sentence', () => {
  test('"J.-C.", "etc." and "p.m." end a sentence before a capitalised function word, not before a name', () => {
    const fr = getResources('fr');
    const t1 = 'Le navire date du Ier siècle avant J.-C. Il a été repéré par un pêcheur. En 52 av. J.-C. César gagna.';
    expect(segmentBlock(t1, { start: 0, end: t1.length }, fr).map((r) => t1.slice(r.start, r.end))).toEqual([
      'Le navire date du Ier siècle avant J.-C.',
      'Il a été repéré par un pêcheur.',
      'En 52 av. J.-C. César gagna.',
    ]);
    const en = getResources('en');
    const t2 = 'The collapse happened at 5 p.m. The miners were trapped. Dr. Smith said so.';
    expect(segmentBlock(t2, { start: 0, end: t2.length }, en)).toHaveLength(3);
  });
  test('"a.m." and "p.m." end a sentence before any capitalised word but a day, a month, an acronym or a place whose time it is', () => {
    const en = getResources('en');
    const t = 'One runway reopened at 11 a.m. Passengers were told to check. It opens at 5 p.m. Monday to Friday. It opens at 9 a.m. GMT. It ends at 6 p.m. Paris time, officials said.';
    expect(segmentBlock(t, { start: 0, end: t.length }, en).map((r) => t.slice(r.start, r.end))).toEqual([
      'One runway reopened at 11 a.m.',
      'Passengers were told to check.',
      'It opens at 5 p.m. Monday to Friday.',
      'It opens at 9 a.m. GMT.',
      'It ends at 6 p.m. Paris time, officials said.',
    ]);
  });
});
