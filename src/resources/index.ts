/**
 * The resource loader: language data lives in JSON files (one folder per
 * language plus shared tables) and is turned into lookup structures once, on
 * first use, per language. Nothing here is global mutable state visible to
 * callers: getResources() returns a frozen view.
 */
import type * as Snowball from 'snowball-stemmers';
import deConcepts from './de/concepts.json';
import deLang from './de/language.json';
import enConcepts from './en/concepts.json';
import enLang from './en/language.json';
import frConcepts from './fr/concepts.json';
import frLang from './fr/language.json';
import demonyms from './shared/demonyms.json';
import orgs from './shared/orgs.json';
import companies from './shared/companies.json';
import features from './shared/features.json';
import otherLangs from './shared/other-languages.json';
import places from './shared/places.json';
import capitals from './shared/capitals.json';
import givenNames from './shared/given-names.json';
import opposites from './shared/opposites.json';
import measures from './shared/measures.json';
import { fold, stemKey, type PhraseList, PhraseSet, phraseKey, type Token, tokenize, type TrieNode, withoutAccents, WordTrie } from '../text.js';
import { requireCjs } from '../require.js';

interface LanguageFile {
  stopwords: string[];
  abbreviations: string[];
  /** Abbreviations that may also end a sentence ("av. J.-C.", "etc.", "5 p.m."): before a capitalised function word, they do. */
  finalAbbreviations?: string[];
  /** Auxiliaries: English "first" after one is an adverb, no rank ("was first reported"). */
  auxiliaries?: string[];
  /** A name's role after a hyphen, in one word ("Düsseldorf-based", "Kremlin-backed"). */
  roleSuffixes?: string[];
  /** Points of the compass that head a compound with a country ("Westpolen", "Nordirak"). */
  compassHeads?: string[];
  titles: string[];
  clauseOpeners: string[];
  listOpeners: string[];
  /** Conjunctions that open a clause of reason ("because", "car", "weil"): the reason is a detail of its claim. */
  causalOpeners?: string[];
  /** Conjunctions that open a condition ("if", "si", "wenn", "falls"): the condition is a detail of its claim too. */
  conditionOpeners?: string[];
  /** Phrases that open a value's baseline after a comma ("up from", "contre", "gegenüber"): a detail of the value before. */
  baselineOpeners?: string[];
  /** Words that open a change by a value after a comma ("up", "soit", "ein Plus von"): a detail of the piece before. */
  changeOpeners?: string[];
  /** Words that give a value's margin over a rival ("behind", "retard", "Rückstand", and the rival as a pronoun): a piece after a comma of a value and these is a detail. */
  marginWords?: string[];
  /** Words between a value and the measure it is given per ("per", "le", "pro"). */
  ratePer?: string[];
  boundaryOpeners: string[];
  openerInPhrase?: string[];
  /** Adverbs whose last word is a boundary opener ("en outre": moreover, not "outre", besides): no cut before that word. */
  openerAdverbs?: string[];
  coordinators: string[];
  /** Coordinators that are adverbs after a verb in lower case ("wolle aber die Regierung schützen"): no cut there (German). */
  adverbCoordinators?: string[];
  /** Words that open a pair joined by a coordinator ("between A and B", "entre A et B", "zwischen A und B"). */
  pairOpeners?: string[];
  /** The word before an infinitive that completes the verb of the clause before it (German "zu": "angekündigt, die Produktion zu drosseln"). */
  infinitiveMarkers?: string[];
  /** Words that open an infinitive before its verb ("to"): a bare verb coordinated after it goes on the infinitive. */
  infinitiveOpeners?: string[];
  clauseStarters: string[];
  /** Adverbs between a coordinator and the verb of the clause it opens ("and never let", "and then said"). */
  clauseAdverbs?: string[];
  /** Words that open a clause of what is said or thought ("that", "que", "dass"). */
  complementizers?: string[];
  /** Words that announce, at the end of a clause, the clause of what that follows ("dafür, dass", "darauf, dass"). */
  correlates?: string[];
  /** Words that open a short clause of comparison or attribution ending the sentence ("…, wie es 2022 vereinbart worden war", "…, as agreed in 2022"). */
  attributionTailOpeners?: string[];
  /** Words before the rival a ranked person beat or trailed ("ahead", "devant", "vor"). */
  rankRivals?: string[];
  /** The rival words after which the rival is ahead ("behind", "derrière", "hinter"); after the others it trails. */
  trailingRivals?: string[];
  /** Words that open a clause that is the subject of the sentence's verb after a comma ("Wer … war, erhielt …"). */
  subjectClauseOpeners?: string[];
  /** Endings of inflected adjectives, longest first, where nouns have a capital ("-en", "-e"). */
  adjectiveEndings?: string[];
  /** Coordinators that open no clause before a gerund, only a phrase of time ("clipped wings while taxiing"). */
  gerundOpeners?: string[];
  nounGerundAfter?: string[];
  /** Endings of a gerund or a present participle ("-ing", "-ant"). */
  gerundEndings?: string[];
  /** Personal pronouns that are the subject of the clause they open ("il", "he", "sie"). */
  subjectPronouns?: string[];
  /** Pronouns of one person that may say something, before a verb of saying ("he said", "a-t-il déclaré") and after it
   * where the language puts the subject there ("sagte er"): the speaker is then the one of the sentence before. */
  speakerPronouns?: { before?: string[]; after?: string[] };
  /** Demonstratives that open a sentence saying who said what the sentence before states ("Das teilte die Polizei mit"). */
  sayingBackReferences?: string[];
  /** Endings of a verb in the past that no adjective of the same look has (German "-te", not "-ste"; English "-ed", not
   * "hundred"): after a coordinator and before a number or function word, such a word opens a clause ("and infected more than 300"). */
  pastVerbEndings?: { endings: string[]; not: string[] };
  /**
   * Past participles by form: optional prefixes ("ge"), endings ("é", "t"), endings that rule a word out ("té"), and
   * words that are participles though their ending rules them out ("arrêté", "présenté").
   */
  participles?: { prefixes?: string[]; endings: string[]; not: string[]; withoutPrefix?: string[]; words?: string[] };
  attributionVerbs: string[];
  /** Openers of a phrase that names what was not done instead ("Rather than continue", "Plutôt que de", "Statt"). */
  alternativeOpeners?: string[];
  relativeOpeners?: string[];
  /** Words that open a relative clause of place ("wo"). */
  whereOpeners?: string[];
  /** Prepositions before a relative pronoun that open a relative clause with it ("in dem", "mit denen"). */
  relativePrepositions?: string[];
  /** Endings of towns' names whose parts are words ("Kirchberg", "Oberhausen"): after a preposition of place, a town. */
  placeEndings?: string[];
  /** Single words that open a subordinate clause ("as", "when", "lorsque", "que"). */
  subordinators?: string[];
  /** Definite articles that open a sentence about a thing named before ("Das Verbot", "The ban", "La mesure"). */
  definiteArticles?: string[];
  /** Indefinite articles ("a", "une", "ein"). */
  indefiniteArticles?: string[];
  /** Relative pronouns that open a relative clause wherever they stand ("who", "qui"; not "that", "que", nor German "die"). */
  relativePronouns?: string[];
  negators?: string[];
  /** Words for no one ("none", "aucun", "niemand"): with a word for being hurt, the fact that no one was. */
  nobody?: string[];
  infinitiveNegations?: string[];
  /** Words in lower case inside a name of several capitalised words ("of", "de la"): not counted in its initials. */
  nameConnectors?: string[];
  /** A preposition that ties a noun to the noun it qualifies inside one noun phrase ("the captains of both vessels"). */
  nounLinkers?: string[];
  /** Where every noun has a capital (German): prepositions before which a capitalised word with no article may be a name ("gegen Ryanair"). */
  namePrepositions?: string[];
  /** Words for "without": a claim that holds one negates one of its facts ("sans trouver les télépilotes"). */
  withoutWords?: string[];
  /** Where an attribute stands before its noun (German): prepositions that open one ("Zwei in demselben Verfahren verurteilte Unternehmer"). */
  attributePrepositions?: string[];
  infinitiveNegationAfterComma?: boolean;
  functionPhrases?: string[];
  separableParticles?: string[];
  /** Ends of lower-case adjectives made of a noun and the end (German "masernfrei", "wetterbedingt"): the noun's concepts. */
  nounAdjectiveEnds?: string[];
  /** Nouns whose adjective with such an end names a quality, not a topic ("fehlerfrei"). */
  qualityNouns?: string[];
  feminineEnds?: string[];
  agentEndings?: string[];
  strongVerbForms?: Record<string, string>;
  strongVerbPrefixes?: string[];
  senses?: Sense[];
  nounSuffixes?: string[];
  commonNouns?: string[];
  /** Adverbs that open a sentence with a capital (German "Dagegen", "Zudem"): after a number and a dot they end the sentence, no ordinal before them. */
  sentenceAdverbs?: string[];
  /** Words after which a number before a dot is a count ending its sentence, no ordinal (German "waren es 750."). */
  countBefore?: string[];
  /** German words that open a hyphenated compound as a modifier ("Heim-Weltcup"): no name. */
  compoundModifiers?: string[];
  /** Every noun is written with a capital (German): a term written in lower case is a verb or adjective, not the noun of a capitalised word. */
  nounsCapitalised?: boolean;
  /** A hyphenated word the lexicon does not know whole holds the concepts of its parts (English "high-risk", "cross-border"). */
  hyphenatedParts?: boolean;
  /** The participle closes the clause (German "wurden … verletzt"): what befell those counted may stand far after the count. */
  participleLast?: boolean;
  /** Endings a place name takes in the genitive ("Floridas", "Moskaus"): the name without them is the place. */
  placeGenitives?: string[];
  boilerplateLines: string[];
  teaserMarkers: string[];
  bylinePhrases?: string[];
  publicationPhrases?: string[];
  shareWords?: string[];
  placePrepositions: string[];
  /** Endings of a finite verb that no noun has, where no tagger reads verbs ("-aient"). */
  verbOnlyEndings?: string[];
  /** Words after which a run of capitalised words is a name, though its words be common words ("a group calling itself Black Harbor"). */
  namingPhrases?: string[];
  /** Prepositions that open a phrase set off before the clause it qualifies ("Dans un cas sur cinq, …"). */
  frontedPrepositions?: string[];
  /** Nouns of a part of a country after an unknown name that names it ("the Laurentians region"). */
  placeNouns?: string[];
  /** Nouns of a site an unknown name beside them names, read as placeNouns ("the Burchardkai terminal"). */
  siteNouns?: string[];
  comparators: Record<string, string>;
  /** Verbs whose particle a comparator word is, no comparator there ("handed over 20 bronzes"). */
  particleVerbs?: string[];
  numbers: {
    units: Record<string, number>;
    tens: Record<string, number>;
    scales: Record<string, number>;
    approx: Record<string, number>;
    /** Approximations in the plural ("dozens", "des centaines", "Hunderte"): any number from the value to ten times it. */
    approxMany?: string[];
    /** Words that count by a group of a fixed size after a count ("two dozen", "deux douzaines", "zwei Dutzend": 24). */
    groupWords?: Record<string, number>;
    /** Words for pieces of something ("pieces", "objets", "Stücke"): a count of them counts what they are pieces of. */
    pieceWords?: string[];
    /** Singular nouns that end in "s" as plurals do ("measles", "news", "series"): one may qualify the noun after it. */
    singularInS?: string[];
    ordinals: Record<string, number>;
    ordinalSuffixes: string[];
    wordOrdinalSuffixes?: string[];
    percent: string[];
    percentagePoints?: string[];
    rankWords?: string[];
    /** Nouns written with a capital before a number in digits that rank it as what they name ("Game 7", "Stage 12"). */
    rankNouns?: string[];
    /** Words that name a level before its number ("level 1", "niveau 1", "Stufe 2"), and endings of compounds that do ("Warnstufe 3"). */
    levelWords?: string[];
    /** Level words that name a level after their number and a hyphen ("a 5.8-magnitude earthquake"). */
    levelsAfterNumber?: string[];
    /** Units written on a number's digits, by their letters, to their concept ("10km": kilometre). */
    gluedUnits?: Record<string, string>;
    /** Words after a length that say which way it runs ("2m high"). */
    dimensionWords?: string[];
    levelSuffixes?: string[];
    rankPrefixes?: Record<string, number>;
    /** Nouns of a ranking that open a German compound with a rank ("Gesamtdritter", "Tabellenzweite"). */
    rankingHeads?: string[];
    adjectivesBefore?: string[];
    superlativeEndings?: string[];
    /** Units of speed, by unit key ("kmh": "km/h", "Kilometer pro Stunde"). */
    speedUnits?: Record<string, string[]>;
    speedBefore?: Record<string, string[]>;
    /** Units of a concentration, by unit key: blood alcohol in grams per litre is per mille ("1,8 Promille", "1.8 grams per litre"). */
    concentrationUnits?: Record<string, string[]>;
    partOf?: string[];
    partAfter?: string[];
    /** Words after a value set against another that give it to a rival ("contre 41,2 % pour le conservateur Kim"): no baseline. */
    rivalWords?: string[];
    verbEndings?: string[];
    pluralVerbEndings?: string[];
    nameArticles?: string[];
    /** Words after a count that count more of the people already counted ("27 others", "31 autres"). */
    others?: string[];
    /** Phrases after a count that count some of the people already counted ("45 of them", "45 d'entre eux", "45 von ihnen"). */
    ofThem?: string[];
    /** Words that say how many times in one word, with the number ("twice": 2, "zweimal": 2). */
    timesWords?: Record<string, number>;
    multiplyVerbs?: Record<string, number>;
    /** Nouns that are a count of a thing in one word ("brace": 2 goals), with the count and the thing's concept. */
    countNouns?: Record<string, [number, string]>;
    /** Possessives after which such a noun counts, besides articles ("his", "son", "seinen"). */
    countNounDeterminers?: string[];
    romanOrdinalUnits?: string[];
    /** Endings that make a number word a number of times ("sixfold", "sechsfache"). */
    timesSuffixes?: string[];
    /** Endings that make a number word a count of what they name, written as one adjective ("neunstöckig": nine storeys), and that concept. */
    countSuffixes?: Record<string, string>;
    /** Words of rate before a unit of time that make "once" a frequency ("once a week", "une fois par semaine"). */
    rateWords?: string[];
    /** Nouns after an ordinal that make it a place in a ranking ("place", "Platz", "rang"). */
    placeWords?: string[];
    /** Phrases that give a place in a ranking without its number ("a complété le podium": third). */
    rankPhrases?: Record<string, number>;
    /** Words after which a bare rank is a place in a ranking ("finished fifth", "a terminé cinquième", "rose to sixth"). */
    placeBefore?: string[];
    /** Words of frequency that do the same alone ("einmal wöchentlich"). */
    frequencyWords?: string[];
    /** Nouns after a number that make it a number of times ("times", "fois", "Mal"). */
    timesUnits?: string[];
    /** Units written between a time's whole and its hundredths ("9 s 78"), with the duration unit. */
    chronoMarks?: Record<string, string>;
    /** Words before a count that take it from those counted before ("dont deux", "darunter zwei", "including two"). */
    partitiveBefore?: string[];
    /** The word between a noun for a number of people and its count ("a crowd of 75,000", "une foule de 75 000"). */
    countedBefore?: string[];
    /** Words for the number of what the noun after them names ("number of", "nombre de", "Zahl der"). */
    numberOf?: string[];
    /** Words that join the two sides of a tally told in words ("84 votes to 6", "84 voix contre 6", "74 zu 6 Stimmen"). */
    tallyWords?: string[];
    /** Nouns for what a tally counts ("votes", "voix", "Stimmen"): a tally told in number words needs one. */
    tallyNouns?: string[];
    /** Verbs of a vote or a ruling right before a tally ("voted four to one", "a voté à trois contre deux"): a tally told in number words after one needs no noun. */
    tallyVerbs?: string[];
    /** Words that join a tally's two counts only with its noun beside them ("quatre victoires à une"). */
    tallyWordsWithNoun?: string[];
    /** A record of wins and losses told as two counts: "13 victoires et 2 défaites" is the tally 13-2. */
    tallyWins?: string[];
    tallyLosses?: string[];
    /** Words that join the two numbers of a score in a sentence about a game ("battu 31 à 28"), not after a word that opens
     * a range ("de 31 à 28"), nor before a unit ("à 28 ans"). */
    scoreWords?: string[];
    /** A score told with its unit between the numbers ("3 sets à 2", "3 sets to 1"): the units, and the words after them. */
    scoreUnits?: string[];
    scoreUnitJoints?: string[];
    /** Words after a count that open another phrase: a role word after them is not what the count counts ("jails nine over deadly shipwreck"). */
    roleStops?: string[];
    /** Words of belief between a count and its verb ("500 are believed to have drowned"): the verb still says what befell them. */
    roleHedges?: string[];
    /** A word right before a temperature that puts it below zero ("minus 6 degrees", "moins 6 degrés"). */
    belowZero?: string[];
    /** Fractions that give a share in percent ("by half", "de moitié", "um die Hälfte", "a third"): word → percent. */
    fractions?: Record<string, number>;
    /** Parts a numerator counts, in percent each ("three-fifths", "deux tiers", "Zweidrittelmehrheit"). */
    fractionParts?: Record<string, number>;
    /** Words right before a fraction (after its article) that make it a share or a change by it: "by", "de", "um". */
    fractionLeads?: string[];
    /** Words after a fraction that make it a share of a whole named before ("ein Drittel davon"). */
    fractionOfIt?: string[];
    /** Articles a fraction may take: "a third", "la moitié", "die Hälfte". */
    fractionArticles?: string[];
    /** Words between a count and the whole it is out of, a share ("one in three", "un … sur trois", "einer von drei"). */
    ratioWords?: string[];
    /** Words that are only articles before a ratio word, never the count of a share ("ein von 27 Staaten gefordertes Moratorium"; "einer von drei" is one). */
    ratioArticles?: string[];
    /** Words before a rank that make every one of that rank a share ("jeder dritte Nutzer", "every fifth adult"). */
    everyWords?: string[];
    /** Most words allowed between the count and the word of its whole (French 3: "un utilisateur sur trois"; English and German 0: "one in three"). */
    ratioGap?: number;
    /** A tally told as two counts, for and against ("305 stimmten dafür, 199 dagegen", "305 for and 199 against"). */
    tallyFor?: string[];
    tallyAgainst?: string[];
    /** Possessive determiners ("its", "ses", "seiner"): "40,000 of its passengers" counts passengers. */
    possessives?: string[];
    /** Words after a bare count that compare it with more of the same ("85 more", "85 de plus", "58 mehr"). */
    moreThan?: string[];
    /** Words of need after a bare count, which counts what the count before it counts ("the 233 needed"). */
    neededAfter?: string[];
    agePhrases?: string[];
    /** Nouns of people who may be given an age ("the man, 34,", "un homme de 43 ans"). */
    ageHolders?: string[];
    /** Words after a number of years that make it an age ("old", "alt"). */
    ageAfter?: string[];
    /** Words between an age holder and the years that are its age (French "de"). */
    ageOf?: string[];
    /** Words that open a sentence with an age: "At 38, …", "À 36 ans, …", "Mit 36 Jahren …". */
    frontedAge?: string[];
    /** Words joined by a hyphen to an age and "s" that name those below or above it ("under-16s", "over-65s"), with the comparator each gives. */
    ageGroups?: Record<string, string>;
    /** Words that give an age by its decade ("seventies", "septuagénaire", "Siebzigern"), with the decade's first year. */
    ageDecades?: Record<string, number>;
    /** Words right before such a word that make it an age ("in their", "in den"); none: the word alone is one. */
    ageDecadeOpeners?: string[];
    /** Such words that make it an age only right after a noun of people ("ein Ehepaar in den Achtzigern"; "in den Achtzigern" alone is a decade of years). */
    ageDecadeHeldOpeners?: string[];
    /** Words between a level and the top of its scale ("3 on a scale of 5", "4 sur une échelle de 5", "Stufe 3 von 5"). */
    scaleOf?: string[];
    /** Words that add a half to a count, after its number, its scale or its unit of time ("four and a half years", "trois ans et demi"). */
    andAHalf?: string[];
    /** Words before number words that halve them ("half a million", "eine halbe Million"). */
    halfBefore?: string[];
    /** A word joined by a hyphen before a scale that halves it ("demi-million"). */
    halfPrefixes?: string[];
    /** Letters that write a quarter of a year with its number ("Q3"), as written. */
    quarterCodes?: string[];
    /** Words that join the parts of a number ("vingt et un") and of a length in two units ("three years and six months"). */
    joiners?: string[];
    /** Articles after a number that make it a count of some of those named after them ("quatre des patients"). */
    partitiveOf?: string[];
    /** Where partitiveOf holds a preposition, not an article ("of"): the words one of which must follow it ("the", "its"). */
    partitiveArticles?: string[];
  };
  dates: { rangeFrom: string[]; rangeTo: string[]; dayOf?: string[]; clockNames?: Record<string, string>; clockNameAfter?: string[]; periodBefore?: string[]; decadeWords?: string[]; decadeSuffixes?: string[]; decadePrefixes?: string[]; since: string[]; durationUnits: Record<string, string>; durationWords?: Record<string, [number, string]>; elapsedUnits?: Record<string, string>; lengthWords?: string[]; lastingVerbs?: string[]; lengthAfter?: string[]; beforeAfterWords?: string[]; laterEarlier?: string[]; lengthOf?: string[]; perWords?: string[]; clockWords?: string[]; clockWordsAfterAt?: string[]; atWords?: string[]; atPhrases?: string[]; scoreBefore?: string[]; nightBefore?: string[]; relativeDays?: Record<string, number>; relativeYears?: Record<string, number>; daysEarlier?: Record<string, number>; dayParts?: Record<string, string>; dayPartsBefore?: Record<string, string>; dayHalves?: Record<string, string>; durationModifiers?: string[]; monthAbbreviations?: Record<string, number>; regionalLocales?: string[]; monthParts?: string[]; monthThirds?: Record<string, string>; monthBeforeDay?: boolean };
}
/** The generated lexicon: terms per concept and, in the same order, each term's stem key (derived at build time). */
type ConceptFile = { domains: Record<string, string[]>; concepts: Record<string, string[]>; stems?: Record<string, string[]>; idioms?: string[]; exact?: Record<string, string[]> };

const FILES: Record<string, { lang: LanguageFile; concepts: ConceptFile; stemmer: string }> = {
  en: { lang: enLang as unknown as LanguageFile, concepts: enConcepts, stemmer: 'english' },
  fr: { lang: frLang as unknown as LanguageFile, concepts: frConcepts, stemmer: 'french' },
  de: { lang: deLang as unknown as LanguageFile, concepts: deConcepts, stemmer: 'german' },
};

export interface NumberWords {
  units: Map<string, number>;
  tens: Map<string, number>;
  scales: Map<string, number>;
  approx: Map<string, number>;
  /** Folded approximations in the plural ("dozens", "centaines", "hunderte"). */
  approxMany: ReadonlySet<string>;
  /** Folded words for a group of a fixed size that multiply the count before them ("dozen": 12). */
  groupWords: ReadonlyMap<string, number>;
  pieceWords: ReadonlySet<string>;
  singularInS: ReadonlySet<string>;
  ordinals: Map<string, number>;
  ordinalSuffixes: string[];
  /** Endings that make a number word an ordinal word ("deux" → "deuxième"); the digit endings when not given ("1re" is no model for "centre"). */
  wordOrdinalSuffixes: string[];
  /** Unit words read as a whole after a number, with the unit each stands for: percent ("pour cent", "%"), percentage points, speeds ("km/h", "Kilometer pro Stunde"). */
  percent: PhraseSet<string>;
  /** Folded words that make the number after them a rank ("world number two", "numéro deux européen"). */
  rankWords: ReadonlySet<string>;
  /** Folded nouns that, written with a capital before digits, rank the number as what they name ("Game 7", "Stage 12"). */
  rankNouns: ReadonlySet<string>;
  /** Folded words that name a level before its number ("level 1", "au niveau 1", "auf Stufe 2", "category 4"). */
  levelWords: ReadonlySet<string>;
  /** Level words that may follow their number after a hyphen and still name a level ("a 5.8-magnitude earthquake"; not "a three-stage plan"). */
  levelsAfterNumber: ReadonlySet<string>;
  /** Units written on a number's digits, by their folded letters, to their concept ("10km": kilometre; "12pc": percent). */
  gluedUnits: ReadonlyMap<string, string>;
  /** Words after a length that say which way it runs ("2m high"): an "m" before them is metres, not millions. */
  dimensionWords: ReadonlySet<string>;
  /** Words before a number that make it a speed in a unit ("Tempo 60": 60 km/h), by folded word. */
  speedBefore: ReadonlyMap<string, string>;
  /** Folded endings of compounds that name a level ("Warnstufe 3", "Alarmstufe 2"). */
  levelSuffixes: readonly string[];
  /** Folded adjectives written before the noun a count counts, which is the unit ("20 petites maternités"). */
  adjectivesBefore: ReadonlySet<string>;
  /** Folded ordinal stems that open a rank written as one word with a superlative ("zweitgrößte", "drittwichtigsten"). */
  rankPrefixes: ReadonlyMap<string, number>;
  /** Folded heads of a compound that ends in a rank ("gesamt" in "Gesamtdritter"). */
  rankingHeads: readonly string[];
  /** Folded endings of a superlative after such a stem ("-ste", "-sten"). */
  superlativeEndings: readonly string[];
  /** Folded words between a part and its whole ("91 of the 230 seats", "89 der 230 Sitze"). */
  partOf: ReadonlySet<string>;
  /** Folded words between a count and a part of it after it ("1.1 million demonstrators, including 80,000"). */
  partAfter: ReadonlySet<string>;
  /** Folded words after a value set against another that give it to a rival named after them (no baseline). */
  rivalWords: ReadonlySet<string>;
  /** Endings of finite verbs that no noun has ("contenaient"): such a word after a number is no unit. */
  verbEndings: readonly string[];
  /** Endings of finite plural verbs that only singular nouns share: no unit after a number above one. */
  pluralVerbEndings: readonly string[];
  /** Articles after which a number word with a capital is a group's name ("les Vingt-Sept"). */
  nameArticles: ReadonlySet<string>;
  /** Folded words after a count that count more of the people already counted ("27 others", "27 weitere"). */
  others: ReadonlySet<string>;
  /** Phrases after a count that count some of the people already counted ("45 of them"). */
  ofThem: PhraseSet<boolean>;
  /** Folded words that say how many times in one word ("twice", "zweimal"), with the number. */
  timesWords: ReadonlyMap<string, number>;
  /** Verb forms that multiply a value ("doubled", "verdreifacht"): a count of times where they take no object. */
  multiplyVerbs: ReadonlyMap<string, number>;
  /** Folded nouns (or phrases) that are a count of a thing in one word ("brace", "un doublé"), with the count and the thing's concept. */
  countNouns: PhraseSet<readonly [number, string]>;
  /** Folded possessives after which such a noun counts, besides articles. */
  countNounDeterminers: ReadonlySet<string>;
  /** Words a rank in Roman numerals goes before (French "siècle": "XIXe siècle"). */
  romanOrdinalUnits: ReadonlySet<string>;
  timesSuffixes: readonly string[];
  /** Folded endings of an adjective that counts what it names ("stockig": storeys), and the concept counted. */
  countSuffixes: ReadonlyMap<string, string>;
  /** Folded words of rate before a unit of time ("a", "par", "pro"): "once a week" is a frequency. */
  rateWords: ReadonlySet<string>;
  /** Folded nouns after an ordinal that make it a place in a ranking ("second place", "zweiten Platz"). */
  /** Phrases that give a place in a ranking without its number, with that place ("completed the podium": 3). */
  rankPhrases: PhraseSet<number>;
  placeWords: ReadonlySet<string>;
  /** Folded words after which a bare rank is a place in a ranking ("finished fifth", "termine cinquième", "rose to sixth"). */
  placeBefore: ReadonlySet<string>;
  /** Folded words of frequency ("weekly", "wöchentlich"). */
  frequencyWords: ReadonlySet<string>;
  /** Folded nouns after a number that make it a number of times ("three times", "deux fois", "drei Mal"). */
  timesUnits: ReadonlySet<string>;
  /** Units written between a time's whole and its hundredths ("9 s 78": "s" is S), as written. */
  chronoMarks: ReadonlyMap<string, string>;
  /** Words before a count that take it from those counted before ("dont deux"). */
  partitiveBefore: Set<string>;
  /** Folded words between a noun for people and its count ("a crowd of 75,000"). */
  countedBefore: Set<string>;
  /** Words for the number of what the noun after them names: a bare count a few words on counts that noun. */
  numberOf: PhraseSet;
  /** Folded words that join the two sides of a tally told in words. */
  tallyWords: ReadonlySet<string>;
  tallyNouns: ReadonlySet<string>;
  tallyVerbs: ReadonlySet<string>;
  tallyWordsWithNoun: ReadonlySet<string>;
  tallyWins: ReadonlySet<string>;
  tallyLosses: ReadonlySet<string>;
  scoreWords: ReadonlySet<string>;
  scoreUnits: ReadonlySet<string>;
  scoreUnitJoints: ReadonlySet<string>;
  roleStops: ReadonlySet<string>;
  roleHedges: ReadonlySet<string>;
  belowZero: ReadonlySet<string>;
  fractions: ReadonlyMap<string, number>;
  fractionParts: ReadonlyMap<string, number>;
  /** Words after a fraction that make it a share of a whole named before: "ein Drittel davon" (a third of them). */
  fractionOfIt: ReadonlySet<string>;
  fractionLeads: ReadonlySet<string>;
  fractionArticles: ReadonlySet<string>;
  ratioWords: PhraseSet;
  ratioArticles: ReadonlySet<string>;
  everyWords: ReadonlySet<string>;
  ratioGap: number;
  /** Folded words after the first count of a tally of votes for and against, and after the second. */
  tallyFor: ReadonlySet<string>;
  tallyAgainst: ReadonlySet<string>;
  /** Folded possessive determiners ("its", "ses"). */
  possessives: ReadonlySet<string>;
  /** Words after a bare count that make it more of the count before it ("85 more"). */
  moreThan: PhraseSet;
  /** Folded words of need after a bare count ("needed", "nécessaires", "nötig"). */
  neededAfter: ReadonlySet<string>;
  /** Words right before a bare number that make it an age in years ("aged", "age of"). */
  agePhrases: PhraseSet;
  /** Folded nouns of people who may be given an age (see ageHolders in the data). */
  ageHolders: ReadonlySet<string>;
  /** Folded words after a number of years that make it an age. */
  ageAfter: ReadonlySet<string>;
  /** Folded words between an age holder and its years. */
  ageOf: ReadonlySet<string>;
  /** Folded words that open a sentence with an age ("at", "à", "mit"; see frontedAge in the data). */
  frontedAge: ReadonlySet<string>;
  /** Folded words that make "under-16s" an age group, with their comparators (see ageGroups in the data). */
  ageGroups: ReadonlyMap<string, string>;
  /** Folded words that give an age by its decade, with the decade's first year (see ageDecades in the data). */
  ageDecades: ReadonlyMap<string, number>;
  /** Words before such a word that make it an age (empty: the word alone is one). */
  ageDecadeOpeners: PhraseSet;
  /** Words before such a word that make it an age right after a noun of people. */
  ageDecadeHeldOpeners: PhraseSet;
  /** Words between a level and the top of its scale ("on a scale of", "sur", "von"). */
  scaleOf: PhraseSet;
  /** Words that add a half to a count after its number, scale or unit of time ("and a half", "et demi"). */
  andAHalf: PhraseSet;
  halfBefore: PhraseSet;
  halfPrefixes: ReadonlySet<string>;
  quarterCodes: ReadonlySet<string>;
  /** Folded joining words of the data's joiners ("and", "et", "und"). */
  joinWords: ReadonlySet<string>;
  /** Folded articles after a number that make it a part of a whole ("des" in "quatre des patients"). */
  partitiveOf: ReadonlySet<string>;
  /** Folded words that must follow a partitive preposition ("of the"); empty where partitiveOf holds articles. */
  partitiveArticles: ReadonlySet<string>;
}

export interface LanguageResources {
  readonly lang: string;
  readonly supported: boolean;
  /** The language writes every noun with a capital (German): a capital alone does not make a name. */
  readonly nounsCapitalised: boolean;
  /** A hyphenated word the lexicon does not know whole holds the concepts of its parts (English). */
  readonly hyphenatedParts: boolean;
  /** The participle closes the clause (German): what befell those counted may stand far after the count. */
  readonly participleLast: boolean;
  /** Genitive endings of place names ("s": "Floridas" is Florida's). */
  readonly placeGenitives: readonly string[];
  readonly stopwords: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
  /** Folded abbreviations that end a sentence before a capitalised function word ("… avant J.-C. Il a été"). */
  readonly finalAbbreviations: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly roleSuffixes: ReadonlySet<string>;
  /** Folded, longest first. */
  readonly compassHeads: readonly string[];
  /** Folded title phrases ("prime minister") that introduce a person's name. */
  readonly titles: ReadonlySet<string>;
  readonly clauseOpeners: PhraseSet;
  readonly listOpeners: PhraseSet;
  readonly baselineOpeners: PhraseSet;
  readonly changeOpeners: PhraseSet;
  /** Folded words that give a value's margin over a rival ("22 hours behind him"). */
  readonly marginWords: ReadonlySet<string>;
  /** Folded words between a value and the measure it is given per ("21.40 euros per square metre", "le mètre carré", "pro Quadratmeter"). */
  readonly ratePer: ReadonlySet<string>;
  /** Openers of a clause of reason or of condition (causalOpeners and conditionOpeners of the language file). */
  readonly dependentOpeners: PhraseSet;
  /** Coordinators in lower case as written, accents kept: French "où" (where) is no "ou" (or). */
  readonly coordinators: ReadonlySet<string>;
  readonly adverbCoordinators: ReadonlySet<string>;
  /** Folded words that open a pair joined by a coordinator ("between A and B"): that coordinator joins no clauses or items. */
  readonly pairOpeners: ReadonlySet<string>;
  readonly infinitiveMarkers: ReadonlySet<string>;
  readonly infinitiveOpeners: ReadonlySet<string>;
  /** Words that, right after a coordinator, start a new clause ("et il", "und hat"). */
  readonly clauseStarters: ReadonlySet<string>;
  readonly clauseAdverbs: ReadonlySet<string>;
  /** Folded words that open a clause of what is said or thought ("that", "que", "dass"). */
  readonly complementizers: ReadonlySet<string>;
  /** Folded words that announce, at the end of a clause, the clause of what that follows ("dafür, dass"). */
  readonly correlates: ReadonlySet<string>;
  /** Folded words that open a short clause of comparison or attribution ending the sentence ("wie", "as", "comme"). */
  readonly attributionTailOpeners: ReadonlySet<string>;
  /** Folded words before the rival a ranked person beat or trailed ("ahead", "devant", "vor", "hinter"). */
  readonly rankRivals: ReadonlySet<string>;
  /** Folded rival words after which the rival is ahead ("behind", "derrière", "hinter"). */
  readonly trailingRivals: ReadonlySet<string>;
  /** Folded words that open a subject clause before the sentence's verb ("wer", "quiconque", "whoever"). */
  readonly subjectClauseOpeners: ReadonlySet<string>;
  /** Endings of inflected adjectives, longest first ("schweren, unheilbaren Krankheit"). */
  readonly adjectiveEndings: readonly string[];
  /** Whether the coordinator at a folded word and the folded word after it open a phrase of time, no clause ("while taxiing"). */
  readonly gerundPhrase: (coordinator: string, next: string) => boolean;
  /** Whether a folded word has the ending of a gerund or a present participle ("sailing", "battant"), and more than five letters. */
  readonly gerundLike: (folded: string) => boolean;
  /** Folded prepositions after which a gerund is a noun, no verb ("a key chokepoint for shipping"). */
  readonly nounGerundAfter: ReadonlySet<string>;
  /** Folded personal pronouns that are the subject of the clause they open. */
  readonly subjectPronouns: ReadonlySet<string>;
  /** Folded pronouns of one speaker before a verb of saying and after it (see the language data). */
  readonly speakerPronouns: { readonly before: ReadonlySet<string>; readonly after: ReadonlySet<string> };
  /** Folded demonstratives that open a sentence of who said what the one before states. */
  readonly sayingBackReferences: ReadonlySet<string>;
  /** A lower-case word that looks like a finite verb in the past ("siegte", "meldeten"), by its ending. */
  readonly pastVerbLike: (folded: string) => boolean;
  /** Whether a folded word looks like a past participle ("lancé", "organisiert"), by its prefix and ending (no tagger). */
  readonly participleLike: (folded: string) => boolean;
  /** Openers that cut a sentence even without a comma ("including", "ainsi que", "darunter"). */
  readonly boundaryOpeners: PhraseSet;
  /** Folded prepositions after a boundary opener with no comma before it, which keep the opener inside its phrase ("grâce notamment à"). */
  readonly openerInPhrase: ReadonlySet<string>;
  /** Adverbs whose last word is a boundary opener ("en outre", moreover): no cut before that word. */
  readonly openerAdverbs: PhraseSet;
  readonly attributionVerbs: PhraseSet;
  /** Openers of a phrase that names what was not done instead: such a phrase at the head of a sentence is no claim of its own. */
  readonly alternativeOpeners: PhraseSet;
  /** Relative pronouns: a piece that opens with one says something of the piece before it. */
  readonly relativeOpeners: ReadonlySet<string>;
  /** Words that open a relative clause of place ("wo"), set off inside a clause as other relative clauses are. */
  readonly whereOpeners: ReadonlySet<string>;
  /** Folded prepositions before a relative pronoun that open a relative clause with it ("im Wahlgang, in dem … genügte, …"). */
  readonly relativePrepositions: ReadonlySet<string>;
  /** Folded endings of towns' names whose parts are words ("Kirchberg"): after a preposition of place, a town. */
  readonly placeEndings: readonly string[];
  /** Folded single words that open a subordinate clause, its subject after them ("as the escalator, which …, began"). */
  readonly subordinators: ReadonlySet<string>;
  /** Folded definite articles ("the", "das", "la", "l"): a sentence opened by one and a noun the sentence before named is about that thing. */
  readonly definiteArticles: ReadonlySet<string>;
  /** Indefinite articles ("a", "une", "ein"): with the definite ones, what opens a phrase that says what a place is. */
  readonly indefiniteArticles: ReadonlySet<string>;
  /** Folded relative pronouns that open a relative clause even without a comma before them. */
  readonly relativePronouns: ReadonlySet<string>;
  /** Words that negate a verb ("not", "pas", "nicht"); not quantifiers such as "no", "aucun", "kein". */
  readonly negators: ReadonlySet<string>;
  /** Phrases for no one ("none", "no one", "personne n'", "niemand"). */
  readonly nobody: PhraseSet;
  /** A negator with an infinitive ("warned residents not to touch", "de ne pas toucher", "nicht zu reisen"): it negates what is asked, not the claim. */
  readonly infinitiveNegations: PhraseSet;
  readonly nameConnectors: ReadonlySet<string>;
  readonly nounLinkers: ReadonlySet<string>;
  readonly namePrepositions: ReadonlySet<string>;
  readonly withoutWords: ReadonlySet<string>;
  /** Prepositions that open an attribute before its noun: a count before one counts the noun after the attribute. */
  readonly attributePrepositions: ReadonlySet<string>;
  /** Only in a clause set off by a comma (German: "…, nicht zu nähern"), where a fused "anzufassen" counts too. */
  readonly infinitiveNegationAfterComma: boolean;
  /** Prepositional and adverbial phrases ("à partir de", "according to", "im Rahmen") whose words are not concepts there. */
  readonly functionPhrases: PhraseSet;
  /** Particles a verb leaves at the end of its clause ("kündigte … an"): German. */
  readonly separableParticles: ReadonlySet<string>;
  /** Ends of lower-case adjectives made of a noun and the end ("masernfrei": measles), longest first. */
  readonly nounAdjectiveEnds: readonly string[];
  /** Folded nouns whose adjective with one of those ends names a quality, no topic: "fehlerfrei" holds no mistake. */
  readonly qualityNouns: ReadonlySet<string>;
  /** Folded endings that make a noun for a woman of the noun for a man ("Klägerin", "Sozialdemokratinnen"). */
  readonly feminineEnds: readonly string[];
  /** Folded endings of a noun for a man who does something or holds a role ("Kläger", "Präsident", "Demokrat"). */
  readonly agentEndings: readonly string[];
  /** Finite forms of strong verbs (lower-case) → infinitive: "nahm" → "nehmen", so "nahm … teil" is "teilnehmen". */
  readonly strongVerbForms: ReadonlyMap<string, string>;
  /** Whether a lower-case word is a strong verb's finite form, perhaps behind an inseparable prefix ("erhielten"). */
  readonly strongVerbLike: (lower: string) => boolean;
  /** Words with a second sense that the words around them choose (see Sense). */
  readonly senses: readonly Sense[];
  /** Derivational noun endings (German "-ung", "-heit"): a compound's last part holds the whole ending and a stem. */
  readonly nounSuffixes: readonly string[];
  /** Frequent short nouns (German): a capitalised one alone is no name ("viel Zeit", "die Flagge"). */
  readonly commonNouns: ReadonlySet<string>;
  /** Folded adverbs that open a sentence (see LanguageFile.sentenceAdverbs). */
  readonly sentenceAdverbs: ReadonlySet<string>;
  /** Folded words after which a number before a dot is a count, not an ordinal (see LanguageFile.countBefore). */
  readonly countBefore: ReadonlySet<string>;
  /** Folded words that open a hyphenated compound as a modifier ("Heim-Weltcup", "Vize-Kanzler"): no name. */
  readonly compoundModifiers: ReadonlySet<string>;
  readonly boilerplateLines: ReadonlySet<string>;
  /** The same phrases, to find them at the start of a line ("Read more: …", "LIRE AUSSI : …"). */
  readonly boilerplatePrefixes: PhraseSet;
  /** What opens a byline or a credit line ("By", "Par", "Von", "Reporting by"). */
  readonly bylinePhrases: PhraseSet;
  /** Words of a publication stamp ("Published", "mis à jour", "Stand"). */
  readonly publicationPhrases: PhraseSet;
  /** Words of a share bar ("Facebook", "WhatsApp", "Partager", "Teilen"). */
  readonly shareWords: PhraseSet;
  /** Prepositions after which an unknown name is a place ("in Florida", "à Katmandou"). */
  readonly placePrepositions: PhraseSet;
  /** Endings of a finite verb that no noun has, folded ("aient"): a word with one is a verb. */
  readonly verbOnlyEndings: readonly string[];
  /** Words after which a run of capitalised words is a name ("calling itself", "baptisée", "namens"). */
  readonly namingPhrases: PhraseSet;
  /** Prepositions that open a phrase set off by a comma before the clause it qualifies ("Dans un cas sur cinq, les juges …"), where no tagger reads verbs. */
  readonly frontedPrepositions: PhraseSet;
  /**
   * Folded nouns of a part of a country or of a site that an unknown name beside them is the name of ("the Laurentians
   * region", "the Burchardkai terminal"); where nouns have capitals, a compound whose head is a site noun too
   * ("Containerterminal").
   */
  readonly placeNouns: { has(folded: string): boolean };
  readonly teaserMarkers: ReadonlySet<string>;
  /** Folded comparator phrase (as token list) → comparator symbol. */
  readonly comparators: PhraseSet<string>;
  /** Folded verbs whose particle a comparator word is ("handed over"). */
  readonly particleVerbs: ReadonlySet<string>;
  readonly numbers: NumberWords;
  readonly dates: {
    rangeFrom: ReadonlySet<string>;
    /** Words that name a time of the clock ("noon", "midi", "Mitternacht"), with the time ("12:00"). */
    clockNames: ReadonlyMap<string, string>;
    /** Folded words before a word that names a time that make it that time ("shortly before noon", "kurz vor Mittag", "à midi"). */
    clockNameAfter: ReadonlySet<string>;
    /** Folded words right before a length of time that make it the span over which something happened ("over four years", "en quatre ans"). */
    periodBefore: ReadonlySet<string>;
    /** Words before a year that make it a decade ("les années 1950"). */
    decadeWords: ReadonlySet<string>;
    /** Endings on a year that make it a decade ("1950s", "1950er"). */
    decadeSuffixes: readonly string[];
    /** Words joined to a decade by a hyphen that name a part of it, the decade still its span ("mid-1980s"). */
    decadePrefixes: ReadonlySet<string>;
    rangeTo: ReadonlySet<string>;
    /** The word between a day told as an ordinal and its month ("the 3rd of March", "the fifth of November"). */
    dayOf: ReadonlySet<string>;
    since: ReadonlySet<string>;
    durationUnits: ReadonlyMap<string, string>;
    /** Words that are a length of time by themselves, with its count and unit ("fortnight": two weeks). */
    durationWords: ReadonlyMap<string, readonly [number, string]>;
    /** Short units that only an elapsed time of several parts makes units ("2 h 01 min 12 s"). */
    elapsedUnits: ReadonlyMap<string, string>;
    /** Words before hours and minutes that make them a length of time ("en 2 h 30"), not a clock time. */
    /** Verbs of lasting a few words before hours that make them a length, though "jusqu'à" opens them ("a duré jusqu'à 16 heures"). */
    lastingVerbs: ReadonlySet<string>;
    lengthWords: ReadonlySet<string>;
    /** Folded words after a unit of time that make the one before it a length ("ein Jahr lang"). */
    lengthAfter: ReadonlySet<string>;
    /** Words before hours that make them a time unless a word of lengthOf follows ("après 6 heures", not "après 6 heures de négociations"). */
    beforeAfterWords: ReadonlySet<string>;
    /** Words after a length of time that place an event by it ("an hour later", "deux heures plus tard", "eine Stunde später"). */
    laterEarlier: PhraseSet;
    lengthOf: ReadonlySet<string>;
    /** Words between hours and a unit of time that make them a length per that unit ("jusqu'à 14 heures par jour"), no clock time. */
    perWords: ReadonlySet<string>;
    /** Words after a number that make it a clock time ("18 Uhr"). */
    clockWords: ReadonlySet<string>;
    /** The same, only after one of atWords ("à 18 heures", not "50 heures"). */
    clockWordsAfterAt: ReadonlySet<string>;
    atWords: ReadonlySet<string>;
    /** Phrases of several words that do the same ("à partir de 13 heures"). */
    atPhrases: PhraseSet;
    /** Phrases after a clock time that say its half of the day ("du soir", "abends", "in the evening"): am, pm or night. */
    dayHalves: PhraseSet<string>;
    /** Folded words before "17:12" that make it a score in a sentence about a game ("mit 17:12 geführt"), not a time. */
    scoreBefore: ReadonlySet<string>;
    /** Phrases before a weekday that name the night before it ("in der Nacht zum Samstag": Friday night too). */
    nightBefore: PhraseSet;
    /** Phrases after a weekday that name another day by its distance from it ("a day after", "au lendemain de", "einen Tag vor"). */
    relativeDays: PhraseSet<number>;
    /** Phrases that name a year by its distance from the year of writing ("next year", "l'an dernier", "im kommenden Jahr"). */
    relativeYears: PhraseSet<number>;
    /** Phrases that open a sentence and name a day by its distance back from the last weekday before ("Drei Tage zuvor"). */
    daysEarlier: PhraseSet<number>;
    /** Folded words for a part of the day after a weekday ("Tuesday morning", "mardi soir", "Sonntagmorgen"), each to its part. */
    dayParts: ReadonlyMap<string, string>;
    /** Folded words or phrases of two words before a weekday that say its part of the day ("early on Saturday", "tôt samedi"). */
    dayPartsBefore: ReadonlyMap<string, string>;
    /** Words between a number and its unit of time that leave it a length of time ("20 business days"). */
    durationModifiers: ReadonlySet<string>;
    /** Words before a month that name a part of it ("late October", "fin octobre", "Ende September"). */
    monthParts: ReadonlySet<string>;
    /** Folded words before a month that name its first, middle or last part ("early", "mi", "Ende"), with the part. */
    monthThirds: ReadonlyMap<string, string>;
    /** Whether a day may follow its month ("August 14"); in French and German a number after a month is no day of it. */
    monthBeforeDay: boolean;
  };
  /** Folded month name or abbreviation → month number 1..12 (from Intl). */
  readonly months: ReadonlyMap<string, number>;
  /** Whether the language writes its months with a capital (English, German): a word written small is then no month ("the march"). */
  readonly monthsCapitalised: boolean;
  /** Folded full month names (no abbreviations), from Intl. */
  readonly monthNames: ReadonlySet<string>;
  /** Folded weekday name → ISO weekday 1..7 (from Intl). */
  readonly weekdays: ReadonlyMap<string, number>;
  stem(word: string): string;
  /**
   * A token's word record: its stem, the concept trie's node for it and more (see WordRecord), made
   * once per word and kept on the token. A text's words repeat, and one map lookup per word is
   * cheaper than one per table: the tables are large, and a lookup in each misses the cache.
   */
  word(t: Token): WordRecord;
  /** Concepts of a stem sequence (key: stems joined by a space). */
  readonly conceptsByStems: ReadonlyMap<string, readonly string[]>;
  /** The same, as a trie over stems, for matching a text token by token. */
  readonly conceptTrie: WordTrie<readonly string[]>;
  /**
   * For a stem key, the concepts that the lexicon names there only with a
   * capital ("Meta", "Mondial"): they match a capitalised word only, so that
   * French "met" (puts) is not the company and "mondiale" (worldwide) not the
   * World Cup. In German, where every noun has a capital, it keeps verbs and
   * adjectives off nouns that share their stem ("sprach" is not "Sprache",
   * "zentrale" not "Zentrale"): the lexicon lists the verbs it means ("streiken").
   */
  readonly conceptsCapitalOnly: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Where every noun has a capital (German), the concepts a stem key has only
   * lower-case terms for (verbs, adjectives): a capitalised word inside a
   * sentence that also matches a noun of the lexicon takes the noun's concept
   * only ("Fälle" are cases, not "fallen").
   */
  readonly conceptsLowerOnly: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Per stem key, the concepts whose words with that key are matched only as written ("!concertation"),
   * with the forms admitted: "concerts" shares the stem of "concertation" and is no coordination.
   */
  readonly conceptsExactOnly: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
  /** Stem keys of idioms: phrases whose words keep no concepts of their own ("chiffre d'affaires"). */
  readonly idioms: ReadonlySet<string>;
  /** Concepts that make a sentence a report of a game or a vote, where "3-1" and "2:0" are scores: the sport domain, winning, losing, voting, lawmakers ("backed by 574 lawmakers, with 9 against") (as facet ids, "concept:…"). */
  readonly scoreCues: ReadonlySet<string>;
  /** Concepts of the sport domain ("championnat", "Fahrerwertung"): there a bare "points" are points. */
  readonly sportConcepts: ReadonlySet<string>;
  /** Lower-cased terms and their stems, for German compound splitting. */
  readonly conceptWords: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased one-word terms as written (not their stems): a word that is one is no name. */
  readonly conceptTerms: ReadonlySet<string>;
  /** The one-word terms the lexicon writes with a capital ("NATO", "EU", "Covid"), lower-cased: what a short acronym may spell. */
  readonly capitalTerms: ReadonlySet<string>;
  /** One-word terms (lower case) the lexicon writes only in capitals ("ICE", "TGV"): no part of a compound ("Kundenservice"). */
  readonly acronymTerms: ReadonlySet<string>;
  /** Single-word terms (lower case) by stem, for stems of three letters or fewer. */
  readonly shortStemTerms: ReadonlyMap<string, readonly string[]>;
}

const cache = new Map<string, LanguageResources>();

/** Whether `Intl` writes the language's months with a capital ("January", "Januar"; not "janvier"). */
function monthsCapitalised(lang: string): boolean {
  try {
    const name = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 15)));
    return name.charAt(0) !== name.charAt(0).toLowerCase();
  } catch {
    return true;
  }
}

/**
 * Intl's names of months or weekdays in a language, and in the regional locales its data lists (Austrian "Jänner",
 * as `de-AT` writes January); a locale the runtime lacks is skipped.
 */
function intlNames(lang: string, kind: 'month' | 'weekday', widths: ReadonlyArray<'long' | 'short'> = kind === 'month' ? ['long', 'short'] : ['long'], regional: readonly string[] = []): Map<string, number> {
  const out = new Map<string, number>();
  let locale = lang;
  try {
    new Intl.DateTimeFormat(lang);
  } catch {
    locale = 'en';
  }
  const locales = [locale, ...regional.filter((l) => Intl.DateTimeFormat.supportedLocalesOf(l).length > 0)];
  for (const width of widths) for (const loc of locales) {
    const fmt = new Intl.DateTimeFormat(loc, kind === 'month' ? { month: width, timeZone: 'UTC' } : { weekday: width, timeZone: 'UTC' });
    for (let i = 0; i < (kind === 'month' ? 12 : 7); i++) {
      // 2024-01-01 was a Monday.
      const date = kind === 'month' ? new Date(Date.UTC(2024, i, 15)) : new Date(Date.UTC(2024, 0, 1 + i));
      const name = fold(fmt.format(date)).replace(/\.$/, '');
      if (name.length >= 3 && !/^\d/.test(name)) out.set(name, i + 1);
    }
  }
  return out;
}

/** What LanguageResources.word keeps per word (keyed by the lower-case word; the folded fields follow from it). */
export interface WordRecord {
  readonly lang: string;
  readonly stem: string;
  /** The concept trie's node for the stem, where some term starts with it. */
  readonly conceptNode: TrieNode<readonly string[]> | undefined;
  /** A function word of the language. */
  readonly stop: boolean;
  /** Filled on first use by the number reader: whether the word may start a number (undefined: not yet asked). */
  startsNumber: boolean | undefined;
  /** Filled on first use by the facet reader: a function word, month, weekday, unit of time or title (undefined: not yet asked). */
  plain: boolean | undefined;
  /** Filled on first use by the facet reader: a common word, through its stem too (undefined: not yet asked). */
  common: boolean | undefined;
  /** Filled on first use by the date reader: the weekday that heads a German compound ("Donnerstagnachmittag"; null: none). */
  weekdayHead: number | null | undefined;
  /** Filled on first use by the claim splitter: the word's cognate key (null: none; undefined: not yet asked). */
  cognate: string | null | undefined;
  /** Filled on first use by each PhraseSet (by its id): the phrases that start with the word (null: none). */
  readonly phraseLists: Array<PhraseList<unknown> | null | undefined>;
  /** Filled on first use by the entity reader: the gazetteer trie's node for the word (null: none; undefined: not yet asked). */
  gazetteerNode: TrieNode<GazetteerEntry> | null | undefined;
  /** Filled on first use by the concept reader: the concepts of the word alone, written lower-case, capitalised first in its sentence, capitalised inside it, in capitals only. */
  readonly lone: Array<readonly string[] | undefined>;
}

/** A term of lower-case letters only: its token's lower case is the term itself. */
const SIMPLE_TERM = /^\p{Ll}+$/u;
/** Bound on each language's stem cache (words seen in texts; cleared when full). */
const STEM_CACHE_MAX = 100_000;

function build(lang: string): LanguageResources {
  const file = FILES[lang];
  const stemmer = file ? (requireCjs('snowball-stemmers') as typeof Snowball).newStemmer(file.stemmer) : undefined;
  const stemCache = new Map<string, string>();
  // Keyed by the word as given: callers pass lower-case words, so a lookup costs no case mapping.
  const stem = (word: string): string => {
    let s = stemCache.get(word);
    if (s === undefined) {
      const w = word.toLowerCase();
      s = stemmer ? stemKey(lang, w, stemmer.stem(w)) : fold(w);
      if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
      stemCache.set(word, s);
    }
    return s;
  };
  const data = file?.lang;
  const other = (otherLangs as unknown as Record<string, string[]>)[lang] ?? [];
  const conceptsByStems = new Map<string, string[]>();
  const conceptWords = new Map<string, string[]>();
  const conceptTerms = new Set<string>();
  const capitalTerms = new Set<string>();
  const acronymTerms = new Set<string>();
  const spelledTerms = new Set<string>();
  const shortStemTerms = new Map<string, string[]>();
  const prebuilt = file?.concepts.stems;
  // Per stem key: the concepts it has a capitalised term for and those it has a lower-case one for; the forms of the
  // words matched only as written, per concept; and the concepts that also have a stemmed term for it. One record
  // per key, with arrays (a key has one concept or a few): loading runs over every term of the lexicon, and
  // allocating a set per key and table was most of a cold start's lexicon cost.
  interface KeyTerms {
    capital: string[] | undefined;
    lower: string[] | undefined;
    exact: Map<string, Set<string>> | undefined;
    stemmed: string[] | undefined;
  }
  const byKey = new Map<string, KeyTerms>();
  const push = (list: string[] | undefined, id: string): string[] => {
    if (!list) return [id];
    if (!list.includes(id)) list.push(id);
    return list;
  };
  // (No key string built per term, and a regular expression only for a one-word term, to spare it a tokenisation.)
  const exactLists = file?.concepts.exact;
  for (const [id, terms] of Object.entries(file?.concepts.concepts ?? {})) {
    const exactOfId = exactLists?.[id];
    const keys = prebuilt?.[id];
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      // Stem keys come with the lexicon (scripts/build-lexicon.ts), so that loading does not stem thousands of terms.
      const key = keys?.[k] ?? tokenize(term).map((t) => stem(t.lower)).join(' ');
      if (!key) continue;
      const lowerTerm = term.toLowerCase();
      const first = term[0]!;
      let rec = byKey.get(key);
      if (!rec) byKey.set(key, (rec = { capital: undefined, lower: undefined, exact: undefined, stemmed: undefined }));
      if (first !== lowerTerm[0] && first === first.toUpperCase()) rec.capital = push(rec.capital, id);
      else rec.lower = push(rec.lower, id);
      const list = conceptsByStems.get(key);
      if (!list) conceptsByStems.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
      const asWritten = !!exactOfId?.includes(lowerTerm);
      if (asWritten) {
        const forms = (rec.exact ??= new Map()).get(id);
        if (forms) forms.add(lowerTerm);
        else rec.exact.set(id, new Set([lowerTerm]));
      } else rec.stemmed = push(rec.stemmed, id);
      if (!key.includes(' ')) {
        // (One word: its token's lower case, without soft hyphens or the marks around it.)
        const lower = SIMPLE_TERM.test(lowerTerm) ? lowerTerm : (tokenize(term)[0]?.lower ?? lowerTerm);
        conceptTerms.add(lower);
        if (first !== lowerTerm[0] && first === first.toUpperCase()) capitalTerms.add(lower);
        if (term !== lowerTerm && term === term.toUpperCase()) acronymTerms.add(lower);
        else spelledTerms.add(lower);
        // (A term matched as written reaches no word through its stem: "!bat", beats, leaves "bat" far from "bâtiment".)
        if (key.length < 4 && !asWritten) (shortStemTerms.get(key) ?? shortStemTerms.set(key, []).get(key)!).push(lower);
        conceptWords.set(lower, push(conceptWords.get(lower), id));
        if (!asWritten) conceptWords.set(key, push(conceptWords.get(key), id));
      }
    }
  }
  const conceptsCapitalOnly = new Map<string, Set<string>>();
  // A concept whose only terms with a stem key are words matched as written: the forms that key admits.
  const conceptsExactOnly = new Map<string, Map<string, ReadonlySet<string>>>();
  const conceptsLowerOnly = new Map<string, Set<string>>();
  const without = (ids: readonly string[] | undefined, others: readonly string[] | undefined): Set<string> | undefined => {
    if (!ids) return undefined;
    const only = others ? ids.filter((id) => !others.includes(id)) : ids;
    return only.length ? new Set(only) : undefined;
  };
  for (const [key, rec] of byKey) {
    const capitalOnly = without(rec.capital, rec.lower);
    if (capitalOnly) conceptsCapitalOnly.set(key, capitalOnly);
    if (data?.nounsCapitalised) {
      const lowerOnly = without(rec.lower, rec.capital);
      if (lowerOnly) conceptsLowerOnly.set(key, lowerOnly);
    }
    if (!rec.exact) continue;
    for (const [id, forms] of rec.exact) {
      if (rec.stemmed?.includes(id)) continue;
      (conceptsExactOnly.get(key) ?? conceptsExactOnly.set(key, new Map()).get(key)!).set(id, forms);
    }
  }
  const numbers = data?.numbers;
  const conceptTrie = new WordTrie(conceptsByStems);
  const functionPhrases = PhraseSet.of(data?.functionPhrases ?? []);
  const stopwords = new Set((data?.stopwords ?? other).map(fold));
  const words = new Map<string, WordRecord>();
  const word = (t: Token): WordRecord => {
    if (t.rec !== undefined && t.rec.lang === lang) return t.rec;
    let r = words.get(t.lower);
    if (r === undefined) {
      const st = stem(t.lower);
      if (words.size >= STEM_CACHE_MAX) words.clear();
      r = {
        lang,
        stem: st,
        conceptNode: conceptTrie.step(undefined, st),
        stop: stopwords.has(t.folded),
        startsNumber: undefined,
        plain: undefined,
        common: undefined,
        weekdayHead: undefined,
        cognate: undefined,
        phraseLists: [],
        gazetteerNode: undefined,
        lone: [undefined, undefined, undefined, undefined],
      };
      words.set(t.lower, r);
    }
    t.rec = r;
    return r;
  };
  const res: LanguageResources = {
    lang,
    supported: !!file,
    nounsCapitalised: !!data?.nounsCapitalised,
    hyphenatedParts: !!data?.hyphenatedParts,
    participleLast: !!data?.participleLast,
    placeGenitives: (data?.placeGenitives ?? []).map(fold),
    stopwords,
    abbreviations: new Set((data?.abbreviations ?? []).map(fold)),
    finalAbbreviations: new Set((data?.finalAbbreviations ?? []).map(fold)),
    auxiliaries: new Set((data?.auxiliaries ?? []).map(fold)),
    roleSuffixes: new Set((data?.roleSuffixes ?? []).map(fold)),
    compassHeads: (data?.compassHeads ?? []).map(fold).sort((a, b) => b.length - a.length),
    titles: new Set((data?.titles ?? []).map(phraseKey)),
    clauseOpeners: PhraseSet.of(data?.clauseOpeners ?? []),
    listOpeners: PhraseSet.of(data?.listOpeners ?? []),
    baselineOpeners: PhraseSet.of(data?.baselineOpeners ?? []),
    changeOpeners: PhraseSet.of(data?.changeOpeners ?? []),
    marginWords: new Set((data?.marginWords ?? []).map(fold)),
    ratePer: new Set((data?.ratePer ?? []).map(fold)),
    dependentOpeners: PhraseSet.of([...(data?.causalOpeners ?? []), ...(data?.conditionOpeners ?? [])]),
    coordinators: new Set((data?.coordinators ?? []).map((w) => w.toLowerCase())),
    adverbCoordinators: new Set((data?.adverbCoordinators ?? []).map(fold)),
    pairOpeners: new Set((data?.pairOpeners ?? []).map(fold)),
    infinitiveMarkers: new Set((data?.infinitiveMarkers ?? []).map(fold)),
    infinitiveOpeners: new Set((data?.infinitiveOpeners ?? []).map(fold)),
    clauseStarters: new Set((data?.clauseStarters ?? []).map(fold)),
    clauseAdverbs: new Set((data?.clauseAdverbs ?? []).map(fold)),
    complementizers: new Set((data?.complementizers ?? []).map(fold)),
    correlates: new Set((data?.correlates ?? []).map(fold)),
    attributionTailOpeners: new Set((data?.attributionTailOpeners ?? []).map(fold)),
    rankRivals: new Set((data?.rankRivals ?? []).map(fold)),
    trailingRivals: new Set((data?.trailingRivals ?? []).map(fold)),
    subjectClauseOpeners: new Set((data?.subjectClauseOpeners ?? []).map(fold)),
    adjectiveEndings: [...(data?.adjectiveEndings ?? [])].map(fold).sort((a, b) => b.length - a.length),
    gerundPhrase: gerundPhrase(data?.gerundOpeners ?? [], data?.gerundEndings ?? []),
    nounGerundAfter: new Set((data?.nounGerundAfter ?? []).map(fold)),
    gerundLike: gerundLike(data?.gerundEndings ?? []),
    subjectPronouns: new Set((data?.subjectPronouns ?? []).map(fold)),
    speakerPronouns: { before: new Set((data?.speakerPronouns?.before ?? []).map(fold)), after: new Set((data?.speakerPronouns?.after ?? []).map(fold)) },
    sayingBackReferences: new Set((data?.sayingBackReferences ?? []).map(fold)),
    pastVerbLike: pastVerbLike(data?.pastVerbEndings),
    participleLike: pastVerbLike(data?.participles),
    boundaryOpeners: PhraseSet.of(data?.boundaryOpeners ?? []),
    openerInPhrase: new Set((data?.openerInPhrase ?? []).map(fold)),
    openerAdverbs: PhraseSet.of(data?.openerAdverbs ?? []),
    attributionVerbs: PhraseSet.of(data?.attributionVerbs ?? []),
    alternativeOpeners: PhraseSet.of(data?.alternativeOpeners ?? []),
    relativeOpeners: new Set((data?.relativeOpeners ?? []).map(fold)),
    whereOpeners: new Set((data?.whereOpeners ?? []).map(fold)),
    relativePrepositions: new Set((data?.relativePrepositions ?? []).map(fold)),
    placeEndings: (data?.placeEndings ?? []).map(fold),
    subordinators: new Set((data?.subordinators ?? []).map(fold)),
    definiteArticles: new Set((data?.definiteArticles ?? []).map(fold)),
    indefiniteArticles: new Set((data?.indefiniteArticles ?? []).map(fold)),
    relativePronouns: new Set((data?.relativePronouns ?? []).map(fold)),
    negators: new Set((data?.negators ?? []).map(fold)),
    nobody: PhraseSet.of(data?.nobody ?? []),
    infinitiveNegations: PhraseSet.of(data?.infinitiveNegations ?? []),
    nameConnectors: new Set((data?.nameConnectors ?? []).map(fold)),
    nounLinkers: new Set((data?.nounLinkers ?? []).map(fold)),
    namePrepositions: new Set((data?.namePrepositions ?? []).map(fold)),
    withoutWords: new Set((data?.withoutWords ?? []).map(fold)),
    attributePrepositions: new Set((data?.attributePrepositions ?? []).map(fold)),
    infinitiveNegationAfterComma: !!data?.infinitiveNegationAfterComma,
    functionPhrases,
    separableParticles: new Set((data?.separableParticles ?? []).map(fold)),
    nounAdjectiveEnds: (data?.nounAdjectiveEnds ?? []).map(fold).sort((a, b) => b.length - a.length),
    qualityNouns: new Set((data?.qualityNouns ?? []).map(fold)),
    feminineEnds: (data?.feminineEnds ?? []).map(fold).sort((a, b) => b.length - a.length),
    agentEndings: (data?.agentEndings ?? []).map(fold),
    strongVerbForms: new Map(Object.entries(data?.strongVerbForms ?? {})),
    strongVerbLike: strongVerbLike(new Set(Object.keys(data?.strongVerbForms ?? {})), data?.strongVerbPrefixes ?? []),
    senses: (data?.senses ?? []).map((x) => ({ ...x, words: x.words.map(fold), cues: senseCues(x, file?.concepts.domains ?? {}) })),
    nounSuffixes: [...(data?.nounSuffixes ?? [])].sort((a, b) => b.length - a.length),
    commonNouns: new Set((data?.commonNouns ?? []).map(fold)),
    sentenceAdverbs: new Set((data?.sentenceAdverbs ?? []).map(fold)),
    countBefore: new Set((data?.countBefore ?? []).map(fold)),
    compoundModifiers: new Set((data?.compoundModifiers ?? []).map(fold)),
    placePrepositions: PhraseSet.of(data?.placePrepositions ?? []),
    namingPhrases: PhraseSet.of(data?.namingPhrases ?? []),
    verbOnlyEndings: (data?.verbOnlyEndings ?? []).map(fold),
    frontedPrepositions: PhraseSet.of(data?.frontedPrepositions ?? []),
    placeNouns: placeNouns(data?.placeNouns ?? [], data?.siteNouns ?? [], !!data?.nounsCapitalised),
    boilerplateLines: new Set([...(data?.boilerplateLines ?? []), ...enLang.boilerplateLines].map(phraseKey)),
    boilerplatePrefixes: PhraseSet.of([...(data?.boilerplateLines ?? []), ...enLang.boilerplateLines]),
    bylinePhrases: PhraseSet.of([...(data?.bylinePhrases ?? []), ...(enLang.bylinePhrases ?? [])]),
    publicationPhrases: PhraseSet.of([...(data?.publicationPhrases ?? []), ...(enLang.publicationPhrases ?? [])]),
    shareWords: PhraseSet.of([...(data?.shareWords ?? []), ...(enLang.shareWords ?? [])]),
    teaserMarkers: new Set([...(data?.teaserMarkers ?? []), ...enLang.teaserMarkers].map(phraseKey)),
    comparators: new PhraseSet(Object.entries(data?.comparators ?? {}).map(([p, c]) => [tokenize(p).map((t) => t.folded), c] as const)),
    particleVerbs: new Set((data?.particleVerbs ?? []).map(fold)),
    numbers: {
      units: new Map(Object.entries(numbers?.units ?? {}).map(([k, v]) => [fold(k), v])),
      tens: new Map(Object.entries(numbers?.tens ?? {}).map(([k, v]) => [fold(k), v])),
      scales: new Map(Object.entries(numbers?.scales ?? {}).map(([k, v]) => [fold(k), v])),
      approx: new Map(Object.entries(numbers?.approx ?? {}).map(([k, v]) => [fold(k), v])),
      approxMany: new Set((numbers?.approxMany ?? []).map((w) => fold(w))),
      groupWords: new Map(Object.entries(numbers?.groupWords ?? {}).map(([k, v]) => [fold(k), v])),
      pieceWords: new Set((numbers?.pieceWords ?? []).map((w) => fold(w))),
      singularInS: new Set((numbers?.singularInS ?? []).map((w) => fold(w))),
      ordinals: new Map(Object.entries(numbers?.ordinals ?? {}).map(([k, v]) => [fold(k), v])),
      ordinalSuffixes: (numbers?.ordinalSuffixes ?? []).map(fold).sort((a, b) => b.length - a.length),
      wordOrdinalSuffixes: (numbers?.wordOrdinalSuffixes ?? numbers?.ordinalSuffixes ?? []).map(fold).sort((a, b) => b.length - a.length),
      percent: new PhraseSet([
        ...(numbers?.percent ?? ['%']).map((p) => [tokenize(p).map((t) => t.folded), 'percent'] as const),
        ...(numbers?.percentagePoints ?? []).map((p) => [tokenize(p).map((t) => t.folded), 'point'] as const),
        ...[numbers?.speedUnits, numbers?.concentrationUnits].flatMap((units) => Object.entries(units ?? {}).flatMap(([unit, words]) => words.map((p) => [tokenize(p).map((t) => t.folded), unit] as const))),
      ]),
      rankWords: new Set((numbers?.rankWords ?? []).map(fold)),
      rankNouns: new Set((numbers?.rankNouns ?? []).map(fold)),
      levelWords: new Set((numbers?.levelWords ?? []).map(fold)),
      levelsAfterNumber: new Set((numbers?.levelsAfterNumber ?? []).map(fold)),
      gluedUnits: new Map(Object.entries(numbers?.gluedUnits ?? {}).map(([k, v]) => [fold(k), v])),
      dimensionWords: new Set((numbers?.dimensionWords ?? []).map(fold)),
      speedBefore: new Map(Object.entries(numbers?.speedBefore ?? {}).flatMap(([unit, words]) => words.map((w) => [fold(w), unit] as const))),
      levelSuffixes: (numbers?.levelSuffixes ?? []).map(fold),
      adjectivesBefore: new Set((numbers?.adjectivesBefore ?? []).map(fold)),
      rankPrefixes: new Map(Object.entries(numbers?.rankPrefixes ?? {}).map(([k, v]) => [fold(k), v])),
      rankingHeads: (numbers?.rankingHeads ?? []).map(fold),
      superlativeEndings: (numbers?.superlativeEndings ?? []).map(fold),
      partOf: new Set((numbers?.partOf ?? []).flatMap((p) => tokenize(p).map((t) => t.folded))),
      partAfter: new Set((numbers?.partAfter ?? []).flatMap((p) => tokenize(p).map((t) => t.folded))),
      rivalWords: new Set((numbers?.rivalWords ?? []).map(fold)),
      verbEndings: (numbers?.verbEndings ?? []).map(fold),
      pluralVerbEndings: (numbers?.pluralVerbEndings ?? []).map(fold),
      nameArticles: new Set((numbers?.nameArticles ?? []).map(fold)),
      others: new Set((numbers?.others ?? []).map((w) => fold(w))),
      ofThem: PhraseSet.of(numbers?.ofThem ?? []),
      timesWords: new Map(Object.entries(numbers?.timesWords ?? {}).map(([k, v]) => [fold(k), v])),
      multiplyVerbs: new Map(Object.entries(numbers?.multiplyVerbs ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      countNouns: new PhraseSet(Object.entries(numbers?.countNouns ?? {}).map(([k, v]) => [tokenize(k).map((t) => t.folded), v] as const)),
      countNounDeterminers: new Set((numbers?.countNounDeterminers ?? []).map(fold)),
      romanOrdinalUnits: new Set((numbers?.romanOrdinalUnits ?? []).map(fold)),
      timesSuffixes: (numbers?.timesSuffixes ?? []).map(fold),
      countSuffixes: new Map(Object.entries(numbers?.countSuffixes ?? {}).map(([k, v]) => [fold(k), v])),
      rateWords: new Set((numbers?.rateWords ?? []).map(fold)),
      placeWords: new Set((numbers?.placeWords ?? []).map(fold)),
      rankPhrases: new PhraseSet(Object.entries(numbers?.rankPhrases ?? {}).map(([p, v]) => [tokenize(p).map((t) => t.folded), v] as const)),
      placeBefore: new Set((numbers?.placeBefore ?? []).map(fold)),
      frequencyWords: new Set((numbers?.frequencyWords ?? []).map(fold)),
      timesUnits: new Set((numbers?.timesUnits ?? []).map(fold)),
      chronoMarks: new Map(Object.entries(numbers?.chronoMarks ?? {})),
      partitiveBefore: new Set((numbers?.partitiveBefore ?? []).map(fold)),
      countedBefore: new Set((numbers?.countedBefore ?? []).map(fold)),
      numberOf: PhraseSet.of(numbers?.numberOf ?? []),
      tallyWords: new Set((numbers?.tallyWords ?? []).map(fold)),
      tallyNouns: new Set((numbers?.tallyNouns ?? []).map(fold)),
      tallyVerbs: new Set((numbers?.tallyVerbs ?? []).map(fold)),
      tallyWordsWithNoun: new Set((numbers?.tallyWordsWithNoun ?? []).map(fold)),
      tallyWins: new Set((numbers?.tallyWins ?? []).map(fold)),
      tallyLosses: new Set((numbers?.tallyLosses ?? []).map(fold)),
      scoreWords: new Set((numbers?.scoreWords ?? []).map(fold)),
      scoreUnits: new Set((numbers?.scoreUnits ?? []).map(fold)),
      scoreUnitJoints: new Set((numbers?.scoreUnitJoints ?? []).map(fold)),
      roleStops: new Set((numbers?.roleStops ?? []).map(fold)),
      roleHedges: new Set((numbers?.roleHedges ?? []).map(fold)),
      belowZero: new Set((numbers?.belowZero ?? []).map(fold)),
      fractions: new Map(Object.entries(numbers?.fractions ?? {}).map(([w, v]) => [fold(w), v] as const)),
      fractionParts: new Map(Object.entries(numbers?.fractionParts ?? {}).map(([w, v]) => [fold(w), v] as const)),
      fractionLeads: new Set((numbers?.fractionLeads ?? []).map(fold)),
      fractionOfIt: new Set((numbers?.fractionOfIt ?? []).map(fold)),
      fractionArticles: new Set((numbers?.fractionArticles ?? []).map(fold)),
      ratioWords: PhraseSet.of(numbers?.ratioWords ?? []),
      ratioArticles: new Set((numbers?.ratioArticles ?? []).map(fold)),
      everyWords: new Set((numbers?.everyWords ?? []).map(fold)),
      ratioGap: numbers?.ratioGap ?? 0,
      tallyFor: new Set((numbers?.tallyFor ?? []).map(fold)),
      tallyAgainst: new Set((numbers?.tallyAgainst ?? []).map(fold)),
      possessives: new Set((numbers?.possessives ?? []).map((w) => fold(w))),
      moreThan: PhraseSet.of(numbers?.moreThan ?? []),
      neededAfter: new Set((numbers?.neededAfter ?? []).map(fold)),
      agePhrases: PhraseSet.of(numbers?.agePhrases ?? []),
      ageHolders: new Set((numbers?.ageHolders ?? []).map(fold)),
      ageAfter: new Set((numbers?.ageAfter ?? []).map(fold)),
      ageOf: new Set((numbers?.ageOf ?? []).map(fold)),
      frontedAge: new Set((numbers?.frontedAge ?? []).map(fold)),
      ageGroups: new Map(Object.entries(numbers?.ageGroups ?? {}).map(([w, c]) => [fold(w), c])),
      ageDecades: new Map(Object.entries(numbers?.ageDecades ?? {}).map(([w, d]) => [fold(w), d])),
      ageDecadeOpeners: PhraseSet.of(numbers?.ageDecadeOpeners ?? []),
      ageDecadeHeldOpeners: PhraseSet.of(numbers?.ageDecadeHeldOpeners ?? []),
      scaleOf: PhraseSet.of(numbers?.scaleOf ?? []),
      andAHalf: PhraseSet.of(numbers?.andAHalf ?? []),
      halfBefore: PhraseSet.of(numbers?.halfBefore ?? []),
      halfPrefixes: new Set((numbers?.halfPrefixes ?? []).map(fold)),
      quarterCodes: new Set(numbers?.quarterCodes ?? []),
      partitiveOf: new Set((numbers?.partitiveOf ?? []).map(fold)),
      partitiveArticles: new Set((numbers?.partitiveArticles ?? []).map(fold)),
      joinWords: new Set((numbers?.joiners ?? []).filter((w) => /\p{L}/u.test(w)).map(fold)),
    },
    dates: {
      rangeFrom: new Set((data?.dates.rangeFrom ?? []).map(fold)),
      clockNames: new Map(Object.entries(data?.dates.clockNames ?? {}).map(([k, v]) => [fold(k), v])),
      clockNameAfter: new Set((data?.dates.clockNameAfter ?? []).map(fold)),
      periodBefore: new Set((data?.dates.periodBefore ?? []).map(fold)),
      decadeWords: new Set((data?.dates.decadeWords ?? []).map(fold)),
      decadeSuffixes: (data?.dates.decadeSuffixes ?? []).map(fold),
      decadePrefixes: new Set((data?.dates.decadePrefixes ?? []).map(fold)),
      rangeTo: new Set((data?.dates.rangeTo ?? ['-', '–']).map(fold)),
      dayOf: new Set((data?.dates.dayOf ?? []).map(fold)),
      since: new Set((data?.dates.since ?? []).map(fold)),
      clockWords: new Set((data?.dates.clockWords ?? []).map(fold)),
      clockWordsAfterAt: new Set((data?.dates.clockWordsAfterAt ?? []).map(fold)),
      atWords: new Set((data?.dates.atWords ?? []).flatMap((w) => tokenize(w).map((t) => t.folded).slice(-1))),
      atPhrases: PhraseSet.of(data?.dates.atPhrases ?? []),
      dayHalves: new PhraseSet(Object.entries(data?.dates.dayHalves ?? {}).map(([p, v]) => [tokenize(p).map((t) => t.folded), v] as const)),
      scoreBefore: new Set((data?.dates.scoreBefore ?? []).map(fold)),
      nightBefore: PhraseSet.of(data?.dates.nightBefore ?? []),
      relativeDays: new PhraseSet(Object.entries(data?.dates.relativeDays ?? {}).map(([p, v]) => [tokenize(p).map((t) => t.folded), v] as const)),
      relativeYears: new PhraseSet(Object.entries(data?.dates.relativeYears ?? {}).map(([p, v]) => [tokenize(p).map((t) => t.folded), v] as const)),
      daysEarlier: new PhraseSet(Object.entries(data?.dates.daysEarlier ?? {}).map(([p, v]) => [tokenize(p).map((t) => t.folded), v] as const)),
      dayParts: new Map(Object.entries(data?.dates.dayParts ?? {}).map(([k, v]) => [fold(k), v])),
      dayPartsBefore: new Map(Object.entries(data?.dates.dayPartsBefore ?? {}).map(([k, v]) => [fold(k), v])),
      durationModifiers: new Set((data?.dates.durationModifiers ?? []).map(fold)),
      durationUnits: new Map(Object.entries(data?.dates.durationUnits ?? {}).map(([k, v]) => [fold(k), v])),
      durationWords: new Map(Object.entries(data?.dates.durationWords ?? {}).map(([k, v]) => [fold(k), v])),
      elapsedUnits: new Map(Object.entries(data?.dates.elapsedUnits ?? {}).map(([k, v]) => [fold(k), v])),
      lengthWords: new Set((data?.dates.lengthWords ?? []).map(fold)),
      lastingVerbs: new Set((data?.dates.lastingVerbs ?? []).map(fold)),
      lengthAfter: new Set((data?.dates.lengthAfter ?? []).map(fold)),
      beforeAfterWords: new Set((data?.dates.beforeAfterWords ?? []).map(fold)),
      laterEarlier: PhraseSet.of(data?.dates.laterEarlier ?? []),
      lengthOf: new Set((data?.dates.lengthOf ?? []).map(fold)),
      perWords: new Set((data?.dates.perWords ?? []).map(fold)),
      monthParts: new Set((data?.dates.monthParts ?? []).map(fold)),
      monthThirds: new Map(Object.entries(data?.dates.monthThirds ?? {}).map(([k, v]) => [fold(k), v])),
      monthBeforeDay: data?.dates.monthBeforeDay ?? false,
    },
    // Intl's names, and abbreviations it does not give ("Sept" in English news).
    months: new Map([...intlNames(lang, 'month', undefined, data?.dates.regionalLocales), ...Object.entries(data?.dates.monthAbbreviations ?? {}).map(([k, v]) => [fold(k), v] as const)]),
    monthsCapitalised: monthsCapitalised(lang),
    monthNames: new Set(intlNames(lang, 'month', ['long'], data?.dates.regionalLocales).keys()),
    weekdays: intlNames(lang, 'weekday'),
    stem,
    word,
    conceptsByStems,
    conceptTrie,
    conceptsCapitalOnly,
    conceptsLowerOnly,
    conceptsExactOnly,
    idioms: new Set(file?.concepts.idioms ?? []),
    scoreCues: new Set([...(file?.concepts.domains.sport ?? []), 'win', 'lose', 'vote', 'vote-for', 'vote-against', 'verdict', 'lawmaker'].map((id) => `concept:${id}`)),
    sportConcepts: new Set(file?.concepts.domains.sport ?? []),
    conceptWords,
    conceptTerms,
    capitalTerms,
    acronymTerms: new Set([...acronymTerms].filter((t) => !spelledTerms.has(t))),
    shortStemTerms,
  };
  return Object.freeze(res);
}

/** Resources for a language; unsupported languages get a neutral set (Intl dates, no lexicon). */
/** Words that end a company's name in every language ("Verano Motors", "Polderchem AG"), as written. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(companies.suffixes);

/** Words that end the English name of a public body ("… Record Council"), as written (see companies.json). */
export const BODY_HEADS: ReadonlySet<string> = new Set(companies.bodyHeads);

/** Words that open the name of a mountain, a lake or a cape ("Mount Everest", "Lac Léman"), as written (see features.json). */
export const FEATURE_HEADS: ReadonlySet<string> = new Set(features.heads);

/** Words that close the name of a river ("the Potomac River"), as written (see features.json). */
export const FEATURE_TAILS: ReadonlySet<string> = new Set(features.tails);

/** Outcomes that exclude each other: for each concept id of a side, the conflict kind and the side's number (see opposites.json). */
export const OUTCOME_SIDES: ReadonlyMap<string, { kind: string; pair: number; side: number; sameValue: boolean }> = new Map(
  (opposites as { pairs: Array<{ kind: string; sameValue?: boolean; sides: string[][] }> }).pairs.flatMap((p, pair) =>
    p.sides.flatMap((ids, side) => ids.map((id) => [`concept:${id}`, { kind: p.kind, pair, side, sameValue: !!p.sameValue }] as const)),
  ),
);

/** Concepts that are a thing and the verb of making it: a count of times after the verb counts those things (see measures.json). */
export const COUNTED_BY_TIMES: ReadonlySet<string> = new Set(measures.countedByTimes);

/** Units of measure by concept id: their dimension and size in its base unit (see measures.json). */
export const MEASURES: ReadonlyMap<string, { dimension: string; size: number }> = new Map(
  Object.entries((measures as { measures: Record<string, { dimension: string; size: number }> }).measures),
);

const GIVEN_NAME_SET: ReadonlySet<string> = new Set((givenNames as { names: string[] }).names);

/**
 * Given names, as written (see given-names.json), or written with accents the list leaves off ("Luís" as "Luis",
 * "Ángel" as "Angel"): the capital must still be there.
 */
export const GIVEN_NAMES: { has(name: string): boolean } = {
  has: (name) => GIVEN_NAME_SET.has(name) || GIVEN_NAME_SET.has(withoutAccents(name)),
};

/** Letters a compound holds before its site noun at the least ("Hauptbahnhof", not "Abbahnhof"). */
const SITE_COMPOUND_HEAD = 3;

/**
 * Nouns of a part of a country or of a site (see LanguageResources.placeNouns): the nouns as written, and where nouns
 * have capitals a compound that ends in a site noun (a few site nouns: one endsWith each).
 */
function placeNouns(parts: readonly string[], sites: readonly string[], compounds: boolean): { has(folded: string): boolean } {
  const all = new Set([...parts, ...sites].map(fold));
  const heads = compounds ? sites.map(fold) : [];
  return { has: (w) => all.has(w) || heads.some((h) => w.length >= h.length + SITE_COMPOUND_HEAD && w.endsWith(h)) };
}

/** See LanguageResources.strongVerbLike. */
function strongVerbLike(forms: ReadonlySet<string>, prefixes: readonly string[]): (lower: string) => boolean {
  return (w) => forms.has(w) || prefixes.some((p) => w.length - p.length >= 3 && w.startsWith(p) && forms.has(w.slice(p.length)));
}

/** See LanguageResources.pastVerbLike; a language without the data has no such words. */
function pastVerbLike(data: { prefixes?: string[]; endings: string[]; not: string[]; withoutPrefix?: string[]; words?: string[] } | undefined): (folded: string) => boolean {
  if (!data?.endings.length) return () => false;
  const prefixes = (data.prefixes ?? []).map(fold);
  const endings = data.endings.map(fold);
  const not = data.not.map(fold);
  // Endings that mark the form with or without a prefix (German "-iert": "organisiert", "informiert").
  const free = (data.withoutPrefix ?? []).map(fold);
  const words = new Set((data.words ?? []).map(fold));
  return (w) =>
    words.has(w) ||
    (w.length > 4 &&
      (((!prefixes.length || prefixes.some((p) => w.startsWith(p))) && endings.some((e) => w.endsWith(e))) || free.some((e) => w.endsWith(e))) &&
      !not.some((e) => w.endsWith(e)));
}

/**
 * A word with a second sense that the concepts beside it choose: German "verletzt" is injured, but "das Urheberrecht
 * verletzt" violated; French "violé" is raped, but "violé le droit d'auteur" violated.
 */
export interface Sense {
  /** The word's forms (folded, as written). */
  words: string[];
  /** The concepts the word gives in its first sense, which the second replaces. */
  from: string[];
  /** The concept of the second sense. */
  to: string;
  /** Concepts that choose the second sense when one stands within `reach` words of the word (or in the word: a compound);
   * "@health" names every concept of a domain of the lexicon but the second sense itself. */
  cues: string[];
  reach: number;
  /** "document": a cue anywhere in the text chooses the second sense (French "coureurs" in a report on a stage race
   * are its riders, though the sentence that counts them names no bicycle). */
  scope?: 'document';
}

/** A sense's cues with each "@domain" replaced by the concepts of that domain (not the sense's own, which would cue itself). */
function senseCues(sense: Sense, domains: Record<string, string[]>): string[] {
  return sense.cues.flatMap((cue) => (cue.startsWith('@') ? (domains[cue.slice(1)] ?? []).filter((id) => id !== sense.to && !sense.from.includes(id)) : [cue]));
}

let nameConceptIds: ReadonlySet<string> | undefined;
/**
 * Concepts that are names: every English term of theirs is written with a capital ("Vatican", "Bundestag").
 * (English, since German writes every noun with one.)
 */
export function nameConcepts(): ReadonlySet<string> {
  return (nameConceptIds ??= new Set([...getResources('en').conceptsCapitalOnly.values()].flatMap((ids) => [...ids])));
}

/** The test behind `gerundLike`: a word of more than five letters with a gerund's ending. */
function gerundLike(endings: readonly string[]): (folded: string) => boolean {
  const folded = endings.map(fold);
  return (word) => word.length > 5 && folded.some((e) => word.endsWith(e));
}

/** The test behind `gerundPhrase`: an opener from the list before a gerund. */
function gerundPhrase(openers: readonly string[], endings: readonly string[]): (coordinator: string, next: string) => boolean {
  const set = new Set(openers.map(fold));
  const gerund = gerundLike(endings);
  return (coordinator, next) => set.has(coordinator) && gerund(next);
}

export function getResources(lang: string): LanguageResources {
  let r = cache.get(lang);
  if (!r) {
    r = build(lang);
    cache.set(lang, r);
  }
  return r;
}

/** Languages whose stopword lists the detector knows (supported ones and a few others, for warnings). */
let detector: Record<string, ReadonlySet<string>> | undefined;
export function detectorLanguages(): Record<string, ReadonlySet<string>> {
  if (detector) return detector;
  const out: Record<string, ReadonlySet<string>> = {};
  // Only the function words: building a language's whole resources (stemming its lexicon) waits until it is used.
  for (const [lang, file] of Object.entries(FILES)) out[lang] = cache.get(lang)?.stopwords ?? new Set((file.lang.stopwords ?? []).map(fold));
  for (const [lang, words] of Object.entries(otherLangs as unknown as Record<string, string[]>)) {
    if (lang.startsWith('_')) continue;
    out[lang] = new Set(words.map(fold));
  }
  detector = out;
  return out;
}

export interface GazetteerEntry {
  kind: 'org' | 'place';
  id: string;
  /** Names must start with a capital; adjectives (russe, russisch) need not. */
  needsCap: boolean;
  /** Acronyms (UN, EI, AU) match only when written in capitals. */
  allCaps: boolean;
  /** A one-word name with accents as the data writes it ("Brünn"): with an ending cut off, a word must have them too. */
  accented?: string;
  /** A form made from such a name is found only as written (`accented`): German "Brünner" (of Brünn) is no "Brunner". */
  exact?: boolean;
  /**
   * A name of several words whose last word the data writes with a capital ("La Réunion"): that word has the capital in
   * text too ("La réunion prévue mardi" is a meeting), and a small first word is then no bar ("à la Réunion").
   */
  capLast?: boolean;
}

export interface Gazetteer {
  /** Folded token sequence → entry. */
  readonly phrases: ReadonlyMap<string, GazetteerEntry>;
  /** The same phrases as a trie over folded words, for matching token by token. */
  readonly trie: WordTrie<GazetteerEntry>;
}

const gazetteers = new Map<string, Gazetteer>();

const capitalCountries = new Map(Object.entries(capitals as Record<string, string>).filter(([id]) => !id.startsWith('_')));
/** The country whose capital a city is ("city:minsk" → "country:BY"): a capital that speaks names its government. */
export function countryOfCapital(id: string): string | undefined {
  return capitalCountries.get(id);
}
/** Every two-letter region code that is current: deprecated codes alias current ones (DD → DE, YU → RS, BU → MM). */
let currentRegions: readonly string[] | undefined;
function regionCodes(): readonly string[] {
  if (currentRegions) return currentRegions;
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (canonicalRegion(code) === code) out.push(code);
    }
  }
  return (currentRegions = out);
}
function canonicalRegion(code: string): string | undefined {
  try {
    return new Intl.Locale(`und-${code}`).region;
  } catch {
    return undefined;
  }
}

const INFLECT: Record<string, string[]> = {
  en: ['', 's'],
  fr: ['', 'e', 's', 'es', 'ne', 'nes'],
  de: ['', 'e', 'en', 'er', 'es', 'em', 'n', 'in', 'innen'],
};

/**
 * Places and organisations for one language: organisations and city exonyms
 * in every language (a French text may name "Wien"), country names from
 * Intl.DisplayNames and country adjectives in the text's own language.
 */
let combining: ReadonlyMap<string, string> | undefined;
/**
 * Combining forms of country names, folded, to the country's place id: "franco" → country:FR. They name
 * a country only before a hyphen ("Franco-German", "germano-russe"), never as words of their own.
 */
export function combiningForms(): ReadonlyMap<string, string> {
  combining ??= new Map(Object.entries((demonyms as unknown as { combining: Record<string, string> }).combining).map(([form, code]) => [fold(form), `country:${code}`]));
  return combining;
}

/** German umlauts and how a name is spelled without them. */
const UMLAUT = /[äöüÄÖÜ]/g;
const HAS_UMLAUT = /[äöüÄÖÜ]/;
const UMLAUT_SPELLED: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

export function getGazetteer(lang: string): Gazetteer {
  const cached = gazetteers.get(lang);
  if (cached) return cached;
  const phrases = new Map<string, GazetteerEntry>();
  // A name the data writes with a small first word ("golfe du Mexique", "place Saint-Pierre") is found so in text.
  const add = (phrase: string, kind: GazetteerEntry['kind'], id: string, needsCap = !/^\p{Ll}/u.test(phrase), exact = false) => {
    const key = phraseKey(phrase);
    if (!key) return;
    const allCaps = /^[\p{Lu}\d.]+$/u.test(phrase);
    const known = phrases.get(key);
    // A name the data also writes in another case ("OPEC" and "Opec", "NATO" and "Nato") is found in either.
    if (known) {
      if (known.allCaps && !allCaps && known.id === id) phrases.set(key, { ...known, allCaps: false });
      return;
    }
    const accented = !phrase.includes(' ') && fold(phrase) !== phrase.toLowerCase() ? phrase : undefined;
    const capLast = /\s\p{Lu}[^\s]*$/u.test(phrase);
    phrases.set(key, { kind, id, needsCap, allCaps, ...(capLast && { capLast }), ...(accented !== undefined && { accented, ...(exact && { exact }) }) });
  };
  for (const [id, byLang] of Object.entries(orgs as Record<string, Record<string, string[]> | string>)) {
    if (id.startsWith('_') || typeof byLang === 'string') continue;
    for (const name of byLang[lang] ?? []) add(name, 'org', id);
    for (const list of Object.values(byLang)) for (const name of list) add(name, 'org', id);
    // (Spelled without umlauts too, as for places below: "OeBB".)
    for (const list of Object.values(byLang)) for (const name of list) if (HAS_UMLAUT.test(name)) add(name.replace(UMLAUT, (u) => UMLAUT_SPELLED[u]!), 'org', id);
  }
  for (const [id, names] of Object.entries(places as Record<string, string[] | string>)) {
    if (id.startsWith('_') || typeof names === 'string') continue;
    for (const name of names) add(name, 'place', id);
    // French writes the article of "Le Caire", "Le Havre" into "au", "du": the name without it names the place too.
    // (Not a short one: "Cap" opens many a name of a cape.)
    if (lang === 'fr') for (const name of names) if (/^Le /.test(name) && name.length >= 8) add(name.slice(3), 'place', id);
    // A name with a German umlaut is written with "e" after the vowel where the umlaut is not at hand, as English wires do
    // ("DUESSELDORF", "Muenchen", "Zuerich").
    for (const name of names) if (HAS_UMLAUT.test(name)) add(name.replace(UMLAUT, (u) => UMLAUT_SPELLED[u]!), 'place', id);
    // German makes an adjective of a town with -er ("Frankfurter Flughafen", "Wiener", "Münchner"),
    // inflected like one ("Frankfurters" aside, it does not change).
    if (lang === 'de' && id.startsWith('city:')) {
      for (const name of names) {
        if (name.includes(' ')) continue;
        // (A name with accents makes a form found only as written: "Brünner" of Brünn, not the surname Brunner.)
        add(`${name}er`, 'place', id, true, true);
        if (name.endsWith('en')) add(`${name.slice(0, -2)}ner`, 'place', id, true, true);
        // A name ending in an unstressed "-el" drops its "e" ("Basler" of Basel, "Kassler" of Kassel).
        if (/[^aeiouäöü]el$/.test(name)) add(`${name.slice(0, -2)}ler`, 'place', id, true, true);
        // The genitive, as of a country: "Berlins Bürgermeister", "Luxemburgs Großherzog" (not after a hissing end: "Paris").
        if (!/[sßxz]$/.test(name)) add(`${name}s`, 'place', id);
      }
    }
  }
  let dn: Intl.DisplayNames | undefined;
  try {
    dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  } catch {
    dn = undefined;
  }
  if (dn) {
    const and = { en: 'and', fr: 'et', de: 'und' }[lang] ?? '&';
    // Two names joined by "and" are also written with a hyphen alone: "Bosnien-Herzegowina", "Bosnia-Herzegovina".
    // (Not a name of more than two parts, nor one whose second part is a group: "Turks and Caicos Islands".)
    const twoNames = new RegExp(`^(\\p{Lu}\\S+) (?:${and}|&) (\\p{Lu}\\S+)$`, 'u');
    // (Only current codes name countries; the list is made once for every language.)
    for (const code of regionCodes()) {
      const full = dn.of(code);
      if (!full || full === code || /\d/.test(full)) continue;
      // "Myanmar (Burma)" names two forms; "Antigua & Barbuda" is written with a word too.
      // A bracket inside the name gives a second form of its head ("Cocos (Keeling) Islands": the Cocos Islands,
      // the Keeling Islands; never "Islands" alone).
      const bracket = /^([^()]*?)\s*\(([^()]*)\)\s*([^()]*)$/.exec(full);
      const forms = !bracket ? [full] : bracket[3] ? [`${bracket[1]} ${bracket[3]}`, `${bracket[2]} ${bracket[3]}`] : [bracket[1]!, bracket[2]!];
      // (A bracket in small letters says which part, no name: "Saint-Martin (partie néerlandaise)".)
      if (bracket && !/^\p{Lu}/u.test(bracket[2]!)) forms.splice(1, 1);
      if (full.includes('&')) forms.push(full.replace('&', and));
      const joined = twoNames.exec(full);
      if (joined) forms.push(`${joined[1]}-${joined[2]}`);
      for (const name of forms) add(name, 'place', `country:${code}`);
      const name = forms[0]!;
      if (lang === 'de') add(`${name}s`, 'place', `country:${code}`); // genitive: Russlands, Marokkos
    }
  }
  const feminine = FILES[lang]?.lang.feminineEnds ?? [];
  for (const [code, byLang] of Object.entries(demonyms as unknown as Record<string, Record<string, string[]> | string>)) {
    if (code.startsWith('_') || code === 'combining' || typeof byLang === 'string') continue;
    for (const base of byLang[lang] ?? []) {
      // (A continent's adjective names its region: "African countries", "les pays africains".)
      const id = code.includes(':') ? code : `country:${code}`;
      for (const suffix of INFLECT[lang] ?? ['']) add(base + suffix, 'place', id, lang === 'en' || /^\p{Lu}/u.test(base));
      // An inhabitant in -e has a feminine without it, by the language's feminine endings: Chinese, Chinesin; Russe, Russin;
      // Brite, Britinnen.
      if (/^\p{Lu}.*e$/u.test(base)) for (const suffix of feminine) add(base.slice(0, -1) + suffix, 'place', id, true);
    }
  }
  const g = { phrases, trie: new WordTrie(phrases) };
  gazetteers.set(lang, g);
  return g;
}

/**
 * A German infinitive with "zu" inside a separable verb ("anzufassen", "vorzulesen"): the length of its particle
 * (then "zu", then at least a stem), or 0.
 */
export function fusedInfinitive(word: string, res: LanguageResources): number {
  if (!res.infinitiveMarkers.size) return 0;
  for (const p of res.separableParticles) if (word.length > p.length + 4 && word.startsWith(p) && word.startsWith('zu', p.length)) return p.length;
  return 0;
}

/** Letters of a word in capitals that is read as an acronym only (longer ones may be a word set in capitals). */
const ACRONYM_CHARS = 4;

/**
 * Whether a word in capitals is a term of the lexicon: a short one ("ACT", "UPS") only where the lexicon writes the term
 * with a capital ("EU", "NATO"), a longer one as any term ("STORM" in a headline set in capitals).
 */
export function spellsTerm(text: string, lower: string, res: LanguageResources): boolean {
  return (text.length <= ACRONYM_CHARS ? res.capitalTerms : res.conceptTerms).has(lower);
}
