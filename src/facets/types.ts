import type { Range } from '../text.js';

/** A language-neutral key with the span of text that carries it. */
export interface Anchor extends Range {
  key: string;
  /** An anchor of a value's baseline ("down from 63 percent"): another value of its slot is no baseline of it. */
  baseline?: true;
}

export type FacetKind =
  | 'quantity'
  | 'number'
  | 'ordinal'
  | 'date'
  | 'weekday'
  /** A clock time: id time:HH:MM. */
  | 'time'
  | 'duration'
  /** A score or tally ("3-1", "1:3"), larger number first: id score:3-1. */
  | 'score'
  | 'person'
  | 'org'
  | 'place'
  /** A proper name the gazetteer does not classify (a party, a company, a ship). */
  | 'name'
  | 'concept';

/** A facet as the stages see it; the report keeps kind, id, text, start, end. */
export interface FacetInternal extends Range {
  kind: FacetKind;
  id: string;
  text: string;
  anchors: Anchor[];
  /** Quantities: the value, its comparator and the unit's key. */
  value?: number;
  comparator?: string;
  /** An approximation in the plural ("dozens", "des centaines"): it admits any value from `value` to this. */
  upTo?: number;
  /** An approximation in a word of its own ("une dizaine", "a dozen"): a round figure, not a hedged count. */
  rounded?: boolean;
  /** A value converted from another scale (a temperature in Fahrenheit, to a tenth of a degree Celsius): within a unit of it is the same. */
  converted?: boolean;
  /** A vote told as unanimous ("unanimously", "à l'unanimité", "einstimmig"): a tally with none against, of any size. */
  unanimous?: boolean;
  unit?: string;
  /** Quantities: every concept of the counted word (the unit is one of them). */
  units?: string[];
  /** Quantities: the casualties a count of others also counts, before the verb that says they were hurt or died ("19 Passagiere verletzt": injury). */
  casualty?: string;
  /** Dates: day-level extent, as comparable strings (MM-DD, with year when known). */
  days?: string[];
  /** Quantities: a count of some of those its noun names ("quatre des patients"), a part and not the whole. */
  partitive?: true;
  /** Quantities: a value given as the baseline of the one before it ("41 percent, down from 63 percent"): compared only with a baseline. */
  baseline?: true;
  /** Quantities: the whole a part is counted out of ("89 of the 150 lawmakers", "98 voix sur 150 députés"), not a count of its own. */
  whole?: true;
  /** Quantities: a part, the size of the whole it is counted out of ("120 of its 380 branches": 380). */
  outOf?: number;
  /** Quantities: a count of votes against ("41 lawmakers voted against", "41 stimmten dagegen"), not the count for. */
  against?: true;
  /** Dates: the part of a month named without a day, or of a year ("early", "mid", "late": "mid-March", "fin mars", "Anfang März", "mid-2026", "Ende 2026"). */
  monthPart?: string;
  /** Durations: the span over which something happened ("over four years", "en quatre ans"), not a length the fact has. */
  period?: true;
  /** Ordinals: a rank right before a count, that picks out the first (or last) few ("the first two rounds", "die ersten beiden Wahlgänge"), no rank of one thing. */
  few?: true;
  /** Durations: a person's age ("aged 34", "Lindqvist, 58,", "the 56-year-old", "die 56-Jährige"). */
  age?: true;
  /** Names of three or more capitalised words: their initials, lower-cased ("nzno"), an acronym another version may give. */
  initials?: string;
}
