import type { LanguageResources } from '../resources/index.js';
import { fold, punctuatedGap, type Token } from '../text.js';
import { ordinalWordValue } from './numbers.js';
import type { Anchor, FacetInternal } from './types.js';

const DAY = /^(\d{1,2})(?:st|nd|rd|th|er|re|e)?$/;
const DAY_RANGE = /^(\d{1,2})[-‐‑–](\d{1,2})$/;
/** Two words between the days of a range ("27. bis zum 29.", "vom 3. auf den 4. März"). */
const RANGE_PAIRS = new Set(['bis zum', 'auf den']);
const YEAR = /^(1[89]\d\d|20\d\d|2100)$/;

/** The apostrophe of an English possessive between a word and its "s". */
const POSSESSIVE_GAP = /^['\u2019]$/;

/** Languages that write month names with a capital. */
const CAPITALISED_MONTHS = new Set(['en', 'de']);

const pad = (n: number) => String(n).padStart(2, '0');

export interface DateContext {
  text: string;
  tokens: readonly Token[];
  res: LanguageResources;
  /** The sentence is about a game or a vote: "mit 17:12" with no word of the clock after it is a score, not a time. */
  scores?: boolean;
  /** The last weekday of the sentences read before (1 = Monday), which "Drei Tage zuvor" at the head of the next counts from. */
  lastWeekday?: number;
}

/**
 * The part of a month that a word before the month at token i names ("early March", "fin mars", "Ende März"), or with a
 * function word between ("the end of March"): the part, and where its word starts.
 */
function thirdBefore(tokens: readonly Token[], i: number, res: LanguageResources): { part: string; start: number } | undefined {
  const prev = tokens[i - 1];
  if (!prev) return undefined;
  const part = res.dates.monthThirds.get(prev.folded);
  if (part) return { part, start: prev.start };
  const before = tokens[i - 2];
  const far = before && res.stopwords.has(prev.folded) ? res.dates.monthThirds.get(before.folded) : undefined;
  return far ? { part: far, start: before!.start } : undefined;
}

function day(t: Token | undefined): number | undefined {
  const m = t && DAY.exec(t.folded);
  if (!m) return undefined;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : undefined;
}

/** A year after a word and a hyphen, in one token: "mid-2026", "mi-2026" (not a code in capitals, "COVID-2019"). */
const PREFIXED_YEAR = /^\p{Lu}?\p{Ll}{2,}[-‐‑](1[89]\d\d|20\d\d|2100)$/u;

/**
 * Where every noun has a capital and thousands need no mark, a round hundred before the noun it counts, or before an
 * adjective and that noun, is a count ("2000 weitere Räder", "streicht 2000 Stellen"), not the year 2000; not after a
 * word of a year or of time ("im Jahr 2000", "seit 2000"). (Other years before a noun stay years: "zwischen 2018 und
 * 2020 Verluste".)
 */
function roundCount(ctx: DateContext, i: number, y: number): boolean {
  const { tokens, text, res } = ctx;
  if (!res.nounsCapitalised || y % 100 !== 0) return false;
  const prev = tokens[i - 1];
  if (prev && (res.dates.since.has(prev.folded) || res.dates.rangeFrom.has(prev.folded) || res.dates.rangeTo.has(prev.folded) || res.dates.durationUnits.get(prev.folded) === 'Y')) return false;
  const spaced = (k: number) => !!tokens[k] && /^ $/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const noun = (k: number) => spaced(k) && tokens[k]!.cap && !res.months.has(tokens[k]!.folded) && !res.weekdays.has(tokens[k]!.folded);
  return noun(i + 1) || (spaced(i + 1) && !tokens[i + 1]!.cap && !res.stopwords.has(tokens[i + 1]!.folded) && noun(i + 2));
}

function year(t: Token | undefined): number | undefined {
  return t && YEAR.test(t.folded) ? Number(t.folded) : undefined;
}

/** A year that begins a decade, alone or with an ending ("1950", "1950s", "1950er", "1980er-Jahren"). */
const DECADE = /^(1[0-9]|20)([0-9])0(\p{L}*|'s)(?:[-‐‑]\p{L}+)?$/u;

/** The decade a word names, with whether a word before it makes it one ("les années 1950"). */
function decadeOf(t: Token, prev: Token | undefined, res: LanguageResources): { year: number; from: boolean } | undefined {
  // (A part of the decade joined by a hyphen, "mid-1980s", spans the decade.)
  const dash = t.folded.search(/[-‐‑]\d/);
  const word = dash > 0 && res.dates.decadePrefixes.has(t.folded.slice(0, dash)) ? t.folded.slice(dash + 1) : t.folded;
  const m = DECADE.exec(word);
  if (!m) return undefined;
  const y = Number(word.slice(0, 4));
  if (m[3]) return res.dates.decadeSuffixes.includes(m[3]) ? { year: y, from: false } : undefined;
  return prev && res.dates.decadeWords.has(prev.folded) ? { year: y, from: true } : undefined;
}

const HOUR = /^\d{1,2}$/;
const DIGITS = /^\d+$/;
/** Most scores a list of them holds (the sets of a match: "6:4, 3:6, 7:6, 6:7, 7:5"). */
const SCORES_LISTED = 5;
const FRENCH_HOUR = /^(\d{1,2})h(\d{2})?$/;
const AFTER_MINUTES = /^[:.](\d{2})(?!\d)/;
/** Most words between a verb of lasting and the hours it makes a length ("a duré jusqu'à 16 heures"). */
const LASTING_REACH = 3;

/** A word of letters only. */
const LETTERS = /^\p{L}+$/u;
const AM_PM = /^\s?([ap])\.?m\.?(?![\p{L}\d])/iu;

/** Seconds in one of the units an elapsed time is told in. */
const SECONDS: Readonly<Record<string, number>> = { H: 3600, MIN: 60, S: 1 };
const TWO_DIGITS = /^\d{2}$/;
/** The hundredths or thousandths of a second ("1:52.34", "3:39.872", "3 min 39 s 872"). */
const FRACTION_DIGITS = /^\d{2,3}$/;
/** The value of a fraction's digits ("872": 0.872). */
function fraction(digits: string): number {
  return Number(`0.${digits}`);
}
/** An elapsed time written as one word, hours and minutes and perhaps seconds ("2h17min12", "1h02mn"); "8h30" is a clock time. */
const GLUED_ELAPSED = /^(\d{1,2})h(\d{2})(?:min|mn)(?:(\d{2})s?)?$/;

/**
 * Elapsed times, as races and records give them: "2:01:12", "in 2:16:40 Stunden",
 * "2 hours 1 minute 12 seconds", "2 h 01 min 12 s", "2h17min12", "1:48 minutes". One duration
 * in seconds (duration:7272S), so that the three ways of writing it meet, and two
 * different times conflict. A single "48 seconds" stays with the numbers; "18:30"
 * without a unit after it is a clock time.
 */
function elapsedTimes(ctx: DateContext, used: Set<number>): FacetInternal[] {
  const { text, tokens, res } = ctx;
  const out: FacetInternal[] = [];
  const unitAt = (k: number): string | undefined => {
    const t = tokens[k];
    if (!t) return undefined;
    const u = res.dates.durationUnits.get(t.folded) ?? res.dates.elapsedUnits.get(t.folded);
    return u && u in SECONDS ? u : undefined;
  };
  const isNumber = (k: number) => !!tokens[k] && /^\d{1,3}$/.test(tokens[k]!.folded);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c0 = t.folded.charCodeAt(0);
    if (c0 < 48 || c0 > 57 || used.has(i)) continue;
    if (!isNumber(i)) {
      const m = GLUED_ELAPSED.exec(t.folded);
      if (m && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60) push(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0), i, i);
      continue;
    }
    let seconds = 0;
    let last = i;
    const n1 = tokens[i + 1];
    const n2 = tokens[i + 2];
    if (n1 && TWO_DIGITS.test(n1.folded) && text.slice(t.end, n1.start) === ':') {
      // "2:01:12", or "1:48" with the unit it counts ("1:48 minutes", "2:30 Stunden"), or minutes, seconds
      // and hundredths ("1:52.34", "1:52,34 Minuten").
      const hundredths = !!n2 && FRACTION_DIGITS.test(n2.folded) && (text.slice(n1.end, n2.start) === '.' || text.slice(n1.end, n2.start) === ',');
      if (hundredths) {
        seconds = Number(t.folded) * 60 + Number(n1.folded) + fraction(n2!.folded);
        last = i + 2;
        if (unitAt(i + 3) === 'MIN' && text.slice(n2!.end, tokens[i + 3]!.start) === ' ') last = i + 3;
      } else if (n2 && TWO_DIGITS.test(n2.folded) && text.slice(n1.end, n2.start) === ':') {
        seconds = Number(t.folded) * 3600 + Number(n1.folded) * 60 + Number(n2.folded);
        last = i + 2;
        if (unitAt(i + 3) === 'H' && text.slice(n2.end, tokens[i + 3]!.start) === ' ') last = i + 3;
      } else {
        const unit = n2 && text.slice(n1.end, n2.start) === ' ' ? unitAt(i + 2) : undefined;
        if (unit !== 'H' && unit !== 'MIN') continue;
        seconds = (Number(t.folded) * 60 + Number(n1.folded)) * (unit === 'H' ? 60 : 1);
        last = i + 2;
      }
      if (Number(n1.folded) > 59 || (!hundredths && last >= i + 2 && TWO_DIGITS.test(tokens[i + 2]!.folded) && Number(tokens[i + 2]!.folded) > 59)) continue;
    } else {
      // Number and unit, two or more times, each unit smaller than the one before:
      // "2 hours 1 minute 12 seconds", "2 h 01 min 12 s", "3 Stunden und 20 Minuten".
      let k = i;
      let parts = 0;
      let prev = Infinity;
      while (isNumber(k) && !used.has(k)) {
        // Seconds with hundredths ("52.34 seconds").
        const dec = tokens[k + 1] && FRACTION_DIGITS.test(tokens[k + 1]!.folded) && /^[.,]$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) && unitAt(k + 2) === 'S' ? 1 : 0;
        const unit = unitAt(k + 1 + dec);
        if (!unit || SECONDS[unit]! >= prev || text.slice(tokens[k + dec]!.end, tokens[k + 1 + dec]!.start).trim() !== '') break;
        prev = SECONDS[unit]!;
        seconds += (Number(tokens[k]!.folded) + (dec ? fraction(tokens[k + 1]!.folded) : 0)) * prev;
        parts++;
        last = k + 1 + dec;
        k += 2 + dec;
        // "52 s 34": hundredths after the seconds.
        if (unit === 'S' && !dec && tokens[k] && FRACTION_DIGITS.test(tokens[k]!.folded) && text.slice(tokens[last]!.end, tokens[k]!.start) === ' ' && !unitAt(k + 1)) {
          seconds += fraction(tokens[k]!.folded);
          last = k;
          break;
        }
        // "and", "et", "und" or a comma between the parts.
        if (tokens[k] && res.coordinators.has(tokens[k]!.lower) && isNumber(k + 1)) k++;
        else if (!/^[\s,]*$/.test(text.slice(tokens[last]!.end, tokens[k]?.start ?? tokens[last]!.end))) break;
      }
      // "en 2 h 30": hours and bare minutes after a word that makes them a length.
      const mm = tokens[last + 1];
      if (parts === 1 && prev === SECONDS.H && mm && TWO_DIGITS.test(mm.folded) && Number(mm.folded) < 60 && text.slice(tokens[last]!.end, mm.start) === ' ' && i > 0 && res.dates.lengthWords.has(tokens[i - 1]!.folded)) {
        seconds += Number(mm.folded) * 60;
        parts++;
        last++;
      }
      if (parts < 2) continue;
    }
    push(seconds, i, last);
    i = last;
  }
  return out;

  function push(seconds: number, first: number, last: number) {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    seconds = Math.round(seconds * 1000) / 1000;
    out.push({ kind: 'duration', id: `duration:${seconds}S`, text: text.slice(start, end), start, end, anchors: [{ key: `dur:${seconds}S`, start, end }], value: seconds, unit: 'S' });
    for (let k = first; k <= last; k++) used.add(k);
  }
}

/** From this hour on the clock, a time said to be at night is in the evening ("11 heures du soir"); before it, in the small hours. */
const NIGHT_FROM = 8;

/**
 * Clock times: "6 p.m.", "18:30", "um 18 Uhr", "18.30 Uhr", "à 18 heures",
 * "18h30". A number of hours after "à" is a time, elsewhere a duration
 * ("une grève de 50 heures"). Id time:HH:MM on the 24-hour clock.
 */
/** Time zones written as codes after a time. */
const TIME_ZONE = /^(?:GMT|UTC|CET|CEST|MEZ|MESZ|BST|WET|WEST|EET|EEST|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)$/;

function clockTimes(ctx: DateContext, used: Set<number>): FacetInternal[] {
  const { text, tokens, res } = ctx;
  const out: FacetInternal[] = [];
  // After a word or a phrase that puts what follows at a time ("à 18 heures", "à partir de 13 heures").
  // The second end of a range of times is one too: "entre 5 heures et 21 heures", "de 8 heures à 18 heures".
  let lastClock = -2;
  const afterAt = (i: number) =>
    i > 0 && (res.dates.atWords.has(tokens[i - 1]!.folded) || !!res.dates.atPhrases.before(tokens, i) || (lastClock === i - 2 && res.dates.rangeTo.has(tokens[i - 1]!.folded)));
  const scoreWordBefore = (k: number) => k > 0 && res.dates.scoreBefore.has(tokens[k - 1]!.folded);
  // A score listed after a score ("mit 21:17, 21:15", "6:4, 3:6, 7:5"): the first follows a word of scores.
  const scoreListed = (k: number): boolean => {
    for (let j = k; j >= 2 && j > k - 2 * SCORES_LISTED; j -= 2) {
      if (!DIGITS.test(tokens[j - 1]!.text) || !DIGITS.test(tokens[j - 2]!.text) || text.slice(tokens[j - 2]!.end, tokens[j - 1]!.start) !== ':' || text.slice(tokens[j - 1]!.end, tokens[j]!.start) !== ', ') return false;
      if (scoreWordBefore(j - 2)) return true;
    }
    return false;
  };
  // A word that names a time is one only as the first end of a range of times, "entre midi et 17 heures", "between noon
  // and 5 p.m.": alone, "am Mittag", "vers midi", it is the middle of the day, no time to the minute.
  const rangeOpens = (i: number) => !!tokens[i + 2] && (res.dates.rangeTo.has(tokens[i + 1]!.folded) || res.coordinators.has(tokens[i + 1]!.lower)) && HOUR.test(tokens[i + 2]!.folded);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Every time starts with a digit, or is a word that names one ("noon", "midi", "Mitternacht") before the second end
    // of a range: most tokens are ruled out by one character.
    const c0 = t.folded.charCodeAt(0);
    if (c0 < 48 || c0 > 57 || used.has(i)) {
      const named = c0 > 57 && !used.has(i) && res.dates.clockNames.size ? res.dates.clockNames.get(t.folded) : undefined;
      // (Or after a word that places an event at it: "shortly before noon", "vers midi", "kurz vor Mittag".)
      const placed = named !== undefined && i > 0 && res.dates.clockNameAfter.has(tokens[i - 1]!.folded) && !punctuatedGap(text, tokens[i - 1]!.end, t.start);
      if (named !== undefined && (res.nounsCapitalised || !t.cap) && (rangeOpens(i) || placed)) {
        const id = `time:${named}`;
        out.push({ kind: 'time', id, text: t.text, start: t.start, end: t.end, anchors: [{ key: id, start: t.start, end: t.end }] });
        used.add(i);
        lastClock = i;
      }
      continue;
    }
    let h: number | undefined;
    let m = 0;
    let last = i;
    let end = t.end;
    // Hours and minutes in four figures before a time zone ("0900 GMT", "1430 UTC").
    const zoned: [number, number] | undefined = /^\d{4}$/.test(t.folded) && !!tokens[i + 1] && TIME_ZONE.test(tokens[i + 1]!.text) && text.slice(t.end, tokens[i + 1]!.start) === ' ' ? [Number(t.folded.slice(0, 2)), Number(t.folded.slice(2))] : undefined;
    if (zoned) [h, m] = zoned;
    else if (HOUR.test(t.folded)) {
      h = Number(t.folded);
      const after = text.slice(t.end, t.end + 8);
      const mins = AFTER_MINUTES.exec(after);
      const next = tokens[i + 1];
      const minutesTok = mins && next && next.start === t.end + 1 ? next : undefined;
      // "18 h 30", hours and minutes, is a time after any word but one that makes it a length ("en 2 h 30").
      const hoursMinutes = (k: number) => !!tokens[k + 1] && /^\d{2}$/.test(tokens[k + 1]!.folded) && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ' && !(i > 0 && res.dates.lengthWords.has(tokens[i - 1]!.folded));
      // "peu après 6 heures" is a time, "après 6 heures de négociations" a length.
      const beforeAfter = (k: number) => i > 0 && res.dates.beforeAfterWords.has(tokens[i - 1]!.folded) && !(tokens[k + 1] && res.dates.lengthOf.has(tokens[k + 1]!.folded));
      // (Not hours per day or week: "jusqu'à 14 heures par jour" is a length.)
      const perUnit = (k: number) => !!tokens[k + 2] && res.dates.perWords.has(tokens[k + 1]!.folded) && res.dates.durationUnits.has(tokens[k + 2]!.folded);
      // (Nor hours after a verb of lasting a few words before: "a duré jusqu'à 16 heures" is a length, "jusqu'à 16 heures" alone a time.)
      const lasted = () => {
        for (let k = i - 1; k >= 0 && k >= i - LASTING_REACH; k--) if (res.dates.lastingVerbs.has(tokens[k]!.folded)) return true;
        return false;
      };
      const clockAfter = (k: number) =>
        !!tokens[k] && (res.dates.clockWords.has(tokens[k]!.folded) || (res.dates.clockWordsAfterAt.has(tokens[k]!.folded) && !perUnit(k) && (afterAt(i) || hoursMinutes(k) || beforeAfter(k) || rangeFirst(k)) && !lasted()));
      // The first end of a range of times is a time too, where the second is one by its word: an hour with a word of
      // the clock before "à"/"bis"/"to" ("de 1 heure à 5 heures"), a bare hour before a word that always tells the time
      // or the half of the day ("zwischen 1 und 6 Uhr", "between 1 and 5 a.m."; not "entre 2 et 3 heures de route").
      const secondEnd = (k: number) => !!tokens[k] && HOUR.test(tokens[k]!.folded) && !!tokens[k + 1] && (res.dates.clockWords.has(tokens[k + 1]!.folded) || res.dates.clockWordsAfterAt.has(tokens[k + 1]!.folded) || AM_PM.test(text.slice(tokens[k]!.end, tokens[k]!.end + 8)));
      const rangeFirst = (k: number) => res.dates.clockWordsAfterAt.has(tokens[k]?.folded ?? '') && !!tokens[k + 1] && res.dates.rangeTo.has(tokens[k + 1]!.folded) && !res.coordinators.has(tokens[k + 1]!.lower) && secondEnd(k + 2);
      const bareFirst =
        !!tokens[i + 1] && (res.dates.rangeTo.has(tokens[i + 1]!.folded) || res.coordinators.has(tokens[i + 1]!.lower)) && !!tokens[i + 3] && HOUR.test(tokens[i + 2]!.folded) &&
        (res.dates.clockWords.has(tokens[i + 3]!.folded) || AM_PM.test(text.slice(tokens[i + 2]!.end, tokens[i + 2]!.end + 8)));
      const ampm = AM_PM.exec(after);
      // "7.25 am", "10.30 p.m.": minutes after a point, where the half of the day follows them.
      const dotted = !!mins && text[t.end] === '.' && AM_PM.test(text.slice(t.end + 3, t.end + 11));
      if (ampm && h > 12) {
        // "25 am" is no time (the "25" of "7.25 am" read alone).
        h = undefined;
      } else if (ampm) {
        h = (h % 12) + (ampm[1]!.toLowerCase() === 'p' ? 12 : 0);
        end = t.end + ampm[0].length;
        while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
      } else if (minutesTok && ((text[t.end] === ':' && !(ctx.scores && (scoreWordBefore(i) || scoreListed(i)) && !clockAfter(i + 2))) || clockAfter(i + 2) || dotted)) {
        m = Number(mins![1]);
        last = i + 1;
        if (clockAfter(i + 2)) last = i + 2;
        end = tokens[last]!.end;
        // "9:40 a.m.", "9:40 p.m.": the half of the day after the minutes.
        // (Read after the two digits of the minutes: "7.25am" is one token.)
        const half = last === i + 1 ? AM_PM.exec(text.slice(t.end + 3, t.end + 11)) : null;
        if (half) {
          if (h <= 12) h = (h % 12) + (half[1]!.toLowerCase() === 'p' ? 12 : 0);
          end = Math.max(end, t.end + 3 + half[0].length);
          while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
        }
      } else if (clockAfter(i + 1)) {
        last = i + 1;
        end = tokens[last]!.end;
        // "18 h 30"
        const mt = tokens[i + 2];
        if (mt && /^\d{2}$/.test(mt.folded) && text.slice(end, mt.start) === ' ' && tokens[last]!.folded === 'h') {
          m = Number(mt.folded);
          last = i + 2;
          end = mt.end;
        }
      } else if (!bareFirst) {
        h = undefined;
      }
    } else {
      // "18h30" is a time after "à" or "vers", and after "peu avant" or "après" but before "de" (elsewhere it may be a
      // length: "a duré 2h30", "après 9h de négociations").
      const fh = FRENCH_HOUR.exec(t.folded);
      const beforeAfter = i > 0 && res.dates.beforeAfterWords.has(tokens[i - 1]!.folded) && !(tokens[i + 1] && res.dates.lengthOf.has(tokens[i + 1]!.folded));
      if (!fh || !(afterAt(i) || beforeAfter)) continue;
      h = Number(fh[1]);
      m = fh[2] ? Number(fh[2]) : 0;
    }
    if (h === undefined || h > 24 || m > 59) continue;
    // The half of the day after the hour ("3 heures du matin", "10 Uhr abends", "at 9 in the evening") is the time's.
    const half = h <= 12 ? res.dates.dayHalves.at(tokens, last + 1) : undefined;
    if (half && !punctuatedGap(text, tokens[last]!.end, tokens[last + 1]!.start)) {
      if (half.value === 'pm') h = (h % 12) + 12;
      else if (h === 12) h = 0;
      else if (half.value === 'night' && h >= NIGHT_FROM) h += 12;
      last += half.length;
      end = tokens[last]!.end;
    }
    // The time zone written after it is the time's ("3:45 p.m. ET", "14.30 Uhr MEZ"), no organisation.
    const zone = tokens[last + 1];
    if (zone && TIME_ZONE.test(zone.text) && text.slice(end, zone.start) === ' ') {
      last++;
      end = zone.end;
    }
    const id = `time:${pad(h % 24)}:${pad(m)}`;
    out.push({ kind: 'time', id, text: text.slice(t.start, end), start: t.start, end, anchors: [{ key: id, start: t.start, end }] });
    for (let k = i; k <= last; k++) used.add(k);
    i = last;
    lastClock = last;
  }
  return out;
}

/** The part of the day a German compound of a weekday ends in ("sonntagmorgen": morning), if any. */
function partEnding(folded: string, res: LanguageResources): string | undefined {
  for (const [word, part] of res.dates.dayParts) if (folded.endsWith(word)) return part;
  return undefined;
}

/** The slot of a month something has lasted since (see extractDates). */
const SINCE_MONTH = 'slot:since-month';

/** The day of the week a weekday facet names (1 = Monday). */
export function weekdayNumber(f: FacetInternal): number {
  return Number(f.id.slice('weekday:'.length));
}

/**
 * Dates, date ranges, years and weekdays in the token stream, with month and
 * weekday names from Intl for the language: "du 27 au 29 mai", "from May 27
 * to 29", "vom 27. bis 29. Mai 2025", "les 6 et 7 mai", "since 2010",
 * "jeudi 17 juillet", "am Donnerstagnachmittag".
 */
/** Characters read for a day written in figures ("04.11.2025", "2025-11-04"). */
const NUMERIC_DATE_CHARS = 10;
/** Day, month and year in figures: ISO everywhere; day first elsewhere, with the separator the language writes. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const DAY_FIRST: Readonly<Record<string, RegExp>> = { de: /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, fr: /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/ };
/** English: month or day first, told apart only where one of them is above 12 ("11/24/2025", "24/11/2025"). */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

/** A day written in figures at token i: [month, day, year, index of its last token], if its figures make one. */
function numericDate(ctx: DateContext, i: number): [number, number, number, number] | undefined {
  const { text, tokens, res } = ctx;
  const t = tokens[i]!;
  if (!/^\d/.test(t.text) || (i > 0 && /[\d.,/-]$/.test(text.slice(Math.max(0, t.start - 1), t.start)))) return undefined;
  const head = text.slice(t.start, t.start + NUMERIC_DATE_CHARS);
  let m: number;
  let d: number;
  let y: number;
  const iso = ISO_DATE.exec(head);
  const dayFirst = iso ? null : DAY_FIRST[res.lang]?.exec(head);
  const slashed = iso || dayFirst || res.lang !== 'en' ? null : SLASHED.exec(head);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [d, m, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    if (a > 12 === b > 12) return undefined;
    [m, d, y] = a > 12 ? [b, a, Number(slashed[3])] : [a, b, Number(slashed[3])];
  } else return undefined;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const end = t.start + (iso ?? dayFirst ?? slashed)![0].length;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
  return tokens[last]!.end === end ? [m, d, y, last] : undefined;
}

export function extractDates(ctx: DateContext, used: Set<number>): FacetInternal[] {
  const { text, tokens, res } = ctx;
  const out: FacetInternal[] = [];
  const month = (t: Token | undefined) => (t ? res.months.get(t.folded) : undefined);
  const isTo = (t: Token | undefined) => !!t && res.dates.rangeTo.has(t.folded);
  const emit = (first: number, last: number, days: Array<[number, number, number]>, y: number | undefined, yearTok?: Token) => {
    const anchors: Anchor[] = [];
    const dayTexts: string[] = [];
    for (const [m, d, idx] of days) {
      const tok = tokens[idx]!;
      anchors.push({ key: `md:${pad(m)}-${pad(d)}`, start: tok.start, end: tok.end });
      dayTexts.push(`${y ?? '--'}-${pad(m)}-${pad(d)}`.replace('---', '--'));
    }
    if (y !== undefined && yearTok) anchors.push({ key: `year:${y}`, start: yearTok.start, end: yearTok.end });
    let start = tokens[first]!.start;
    // Leading "from"/"du"/"vom" and "since"/"depuis"/"seit" belong to the date.
    const before = tokens[first - 1];
    if (before && (res.dates.rangeFrom.has(before.folded) || res.dates.since.has(before.folded)) && days.length > 1) start = before.start;
    const end = tokens[last]!.end + (res.lang === 'de' && text[tokens[last]!.end] === '.' && DAY.test(tokens[last]!.folded) ? 1 : 0);
    const id = `date:${dayTexts.length > 1 ? `${dayTexts[0]}/${dayTexts[dayTexts.length - 1]}` : dayTexts[0] ?? y}`;
    out.push({ kind: 'date', id, text: text.slice(start, end), start, end, anchors, days: dayTexts });
    for (let k = first; k <= last; k++) used.add(k);
  };

  // Where the month stands after a day told as an ordinal, in figures or in words, with "of" in English between ("the
  // 3rd of March", "the fifth of November", "le premier mars", "am ersten März"): k, or k + 1 after "of".
  const ordinalDay = (k: number) => (month(tokens[k]) !== undefined ? k : res.dates.dayOf.has(tokens[k]?.folded ?? '') && month(tokens[k + 1]) !== undefined && !punctuatedGap(text, tokens[k]!.end, tokens[k + 1]!.start) ? k + 1 : undefined);
  out.push(...elapsedTimes(ctx, used), ...clockTimes(ctx, used));
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    // Weekday, also as the head of a German compound (Donnerstagnachmittag).
    let wd = res.weekdays.get(t.folded);
    if (wd === undefined && res.lang === 'de' && t.folded.length > 6) {
      // (Asked of most German nouns: the answer is kept on the word's record.)
      const rec = res.word(t);
      if (rec.weekdayHead === undefined) {
        rec.weekdayHead = null;
        // (A compound has a word after the day, "Donnerstag|nachmittag"; "Sonntagen", "sonntags" are Sundays in general, no date.)
        for (const [name, n] of res.weekdays) if (name.length >= 6 && t.folded.length >= name.length + 4 && t.folded.startsWith(name)) rec.weekdayHead = n;
      }
      wd = rec.weekdayHead ?? undefined;
    }
    if (wd !== undefined && (t.cap || (res.lang !== 'de' && res.lang !== 'en'))) {
      // "In der Nacht zum Samstag" is Friday night as well: the day before is a key of the facet too, so that
      // "Friday night" meets it and does not conflict with it.
      const eve = res.dates.nightBefore.before(tokens, i) ? [{ key: `weekday:${wd === 1 ? 7 : wd - 1}`, start: t.start, end: t.end }] : [];
      out.push({ kind: 'weekday', id: `weekday:${wd}`, text: t.text, start: t.start, end: t.end, anchors: [{ key: `weekday:${wd}`, start: t.start, end: t.end }, ...eve] });
      used.add(i);
      // The part of the day after it ("Tuesday morning", "mardi après-midi", "Sonntagmorgen"): a time of its own, that
      // another version's other part of that day contradicts.
      const next = tokens[i + 1];
      const nextPart = next && /^\s+$/.test(text.slice(t.end, next.start)) ? res.dates.dayParts.get(next.folded) : undefined;
      // (Or a phrase of one or two words before it: "early on Saturday", "late Friday", "tôt samedi".)
      const one = i > 0 ? tokens[i - 1]!.folded : '';
      const two = i > 1 ? `${tokens[i - 2]!.folded} ${one}` : '';
      const by = res.dates.dayPartsBefore.has(two) ? i - 2 : res.dates.dayPartsBefore.has(one) ? i - 1 : -1;
      const prevPart = by >= 0 && !punctuatedGap(text, tokens[by]!.end, t.start) ? res.dates.dayPartsBefore.get(by === i - 2 ? two : one) : undefined;
      const ending = res.lang === 'de' && !res.weekdays.has(t.folded) ? partEnding(t.folded, res) : undefined;
      const part = nextPart ?? ending ?? prevPart;
      if (part) {
        const [start, end] = nextPart ? [next!.start, next!.end] : ending ? [t.start, t.end] : [tokens[by]!.start, tokens[i - 1]!.end];
        const id = `daypart:${part}`;
        out.push({ kind: 'time', id, text: text.slice(start, end), start, end, anchors: [{ key: id, start, end }] });
        if (nextPart) used.add(i + 1);
      }
      continue;
    }
    // A day written in figures with its month and year ("4.11.2025", "04/11/2025", "2025-11-04").
    const numeric = numericDate(ctx, i);
    if (numeric) {
      const [m, d, y, last] = numeric;
      emit(i, last, [[m, d, i]], y, tokens[last]);
      continue;
    }
    // (Not the decimals of a number, "de 2,6 % au 1er janvier": no day 6.)
    const decimals = /\d[.,]$/.test(text.slice(Math.max(0, t.start - 2), t.start));
    // (In words, where the language writes "of" there, only with it: "the first March without snow" is no day.)
    const monthAt = decimals || !LETTERS.test(t.text) ? undefined : ordinalDay(i + 1);
    const wordDay = monthAt !== undefined && monthAt === i + (res.dates.dayOf.size ? 2 : 1) ? ordinalWordValue(t.folded, res.numbers) : undefined;
    const d1 = decimals ? undefined : (day(t) ?? (wordDay !== undefined && wordDay >= 1 && wordDay <= 31 ? wordDay : undefined));
    const dr = decimals ? null : DAY_RANGE.exec(t.folded);
    // D [.] Month [Year]  |  D (to) D [.] Month [Year]  |  D-D Month
    if (d1 !== undefined || dr) {
      const days: Array<[number, number]> = [];
      let k = i + 1;
      if (dr) {
        days.push([Number(dr[1]), i], [Number(dr[2]), i]);
      } else {
        days.push([d1!, i]);
        // A second day after a range word: "27 au 29", "27. bis 29.", "6 et 7".
        // (With nothing but a space or a day's dot before the range word: "6 % au 1er janvier" is a rate and a day.)
        if (month(tokens[k]) === undefined && isTo(tokens[k]) && day(tokens[k + 1]) !== undefined && /^\.?\s+$/.test(text.slice(t.end, tokens[k]!.start))) {
          days.push([day(tokens[k + 1])!, k + 1]);
          k += 2;
        } else if (month(tokens[k]) === undefined && RANGE_PAIRS.has(`${tokens[k]?.folded} ${tokens[k + 1]?.folded}`) && day(tokens[k + 2]) !== undefined) {
          // ("bis zum 29.", and a night's two days: "in der Nacht vom 3. auf den 4. März", as "du 3 au 4 mars".)
          days.push([day(tokens[k + 2])!, k + 2]);
          k += 3;
        }
      }
      // ("of" before the month after an ordinal day: "3rd", not "3".)
      if (!dr && days.length === 1 && !DIGITS.test(t.folded) && month(tokens[k]) === undefined && !punctuatedGap(text, t.end, tokens[k]?.start ?? t.end)) k = ordinalDay(k) ?? k;
      const m = month(tokens[k]);
      if (m !== undefined) {
        const y = year(tokens[k + 1]);
        emit(i, y !== undefined ? k + 1 : k, days.map(([d, idx]) => [m, d, idx]), y, y !== undefined ? tokens[k + 1] : undefined);
        i = y !== undefined ? k + 1 : k;
        continue;
      }
    }
    // Month D [(to) D] [,] [Year]  |  Month Year
    const m = month(t);
    if (m !== undefined) {
      // (Not the whole part of a decimal after the month: "im März 1,2 Prozent weniger", "in March 1.2 percent".)
      // (Nor a number after a month where a day never follows its month: "seit Anfang August 14 Menschen".)
      const noDay = !res.dates.monthBeforeDay || (!!tokens[i + 1] && /^[.,]\d/.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 2)));
      const da = noDay ? undefined : day(tokens[i + 1]);
      const dra = noDay ? null : DAY_RANGE.exec(tokens[i + 1]?.folded ?? '');
      if (da !== undefined || dra) {
        const days: Array<[number, number, number]> = dra
          ? [[m, Number(dra[1]), i + 1], [m, Number(dra[2]), i + 1]]
          : [[m, da!, i + 1]];
        let k = i + 2;
        if (!dra && isTo(tokens[k]) && day(tokens[k + 1]) !== undefined && month(tokens[k + 1]) === undefined) {
          days.push([m, day(tokens[k + 1])!, k + 1]);
          k += 2;
        }
        const y = year(tokens[k]);
        emit(i, y !== undefined ? k : k - 1, days, y, y !== undefined ? tokens[k] : undefined);
        i = y !== undefined ? k : k - 1;
        continue;
      }
      const y = year(tokens[i + 1]);
      if (y !== undefined) {
        const yt = tokens[i + 1]!;
        out.push({
          kind: 'date', id: `date:${y}-${pad(m)}`, text: text.slice(t.start, yt.end), start: t.start, end: yt.end,
          anchors: [{ key: `month:${pad(m)}`, start: t.start, end: t.end }, { key: `year:${y}`, start: yt.start, end: yt.end }],
        });
        used.add(i).add(i + 1);
        i++;
        continue;
      }
    }
    // A month on its own after a function word ("since January", "depuis janvier",
    // "im März") or a part of it ("late October", "fin octobre", "Ende September"): capitalised where the
    // language writes months so ("may" is a verb, and "Theresa May" has a name before it), and a full
    // name, not an abbreviation ("Jan").
    // Also after an article and a word in lower case that tells what the month was like ("after a warm March",
    // "nach einem warmen März", "the wettest May"): not "Theresa May", whose word before has a capital.
    // (Asked only of a month: most tokens are none.)
    const described = () => i > 1 && !tokens[i - 1]!.cap && LETTERS.test(tokens[i - 1]!.text) && res.stopwords.has(tokens[i - 2]!.folded);
    // And a month's possessive ("following November's election"), not a name's ("Theresa May's").
    const possessive = () => tokens[i + 1]?.folded === 's' && POSSESSIVE_GAP.test(text.slice(t.end, tokens[i + 1]!.start)) && !(i > 0 && tokens[i - 1]!.cap);
    if (
      m !== undefined &&
      (t.cap || !CAPITALISED_MONTHS.has(res.lang)) &&
      res.monthNames.has(t.folded) &&
      ((i > 0 && (res.stopwords.has(tokens[i - 1]!.folded) || res.dates.monthParts.has(tokens[i - 1]!.folded) || res.dates.rangeFrom.has(tokens[i - 1]!.folded) || described())) || possessive())
    ) {
      const prev = tokens[i - 1];
      const since = !!prev && res.dates.since.has(prev.folded);
      // The part of the month a word before it names ("early March", "fin mars", "the end of March"), which the month's
      // text then takes in.
      const third = !since ? thirdBefore(tokens, i, res) : undefined;
      const start = since ? prev!.start : (third?.start ?? t.start);
      out.push({
        kind: 'date', id: `date:${since ? '>=' : ''}--${pad(m)}`, text: text.slice(start, t.end), start, end: t.end,
        // (A month a state has lasted since fills one slot whatever the month: "vacant since April" / "vacant depuis mars".)
        anchors: since ? [{ key: `month:${pad(m)}`, start: t.start, end: t.end }, { key: SINCE_MONTH, start, end: t.end }] : [{ key: `month:${pad(m)}`, start: t.start, end: t.end }],
        ...(third && { monthPart: third.part }),
      });
      used.add(i);
      continue;
    }
    // A part of a month joined to it by a hyphen ("mid-May", "mi-mai"): that month, as "Mitte Mai" is.
    const dash = t.text.indexOf('-');
    if (dash > 0 && res.dates.monthParts.has(fold(t.text.slice(0, dash)))) {
      const name = t.text.slice(dash + 1);
      const mm = res.monthNames.has(fold(name)) && (!CAPITALISED_MONTHS.has(res.lang) || /^\p{Lu}/u.test(name)) ? res.months.get(fold(name)) : undefined;
      if (mm !== undefined) {
        const part = res.dates.monthThirds.get(fold(t.text.slice(0, dash)));
        out.push({ kind: 'date', id: `date:--${pad(mm)}`, text: t.text, start: t.start, end: t.end, anchors: [{ key: `month:${pad(mm)}`, start: t.start + dash + 1, end: t.end }], ...(part && { monthPart: part }) });
        used.add(i);
        continue;
      }
    }
    // A decade: the span of its ten years ("the 1950s", "les années 1950", "den 1950er Jahren").
    const decade = decadeOf(t, tokens[i - 1], res);
    if (decade !== undefined) {
      const start = decade.from ? tokens[i - 1]!.start : t.start;
      const key = (y: number) => ({ key: `year:${y}`, start: t.start, end: t.end });
      out.push({ kind: 'date', id: `date:${decade.year}/${decade.year + 9}`, text: text.slice(start, t.end), start, end: t.end, anchors: [key(decade.year), key(decade.year + 9)] });
      used.add(i);
      continue;
    }
    // A year joined to a word by a hyphen ("mid-2026", "la mi-2026", "end-2024"): the year, on its digits.
    const joined = PREFIXED_YEAR.exec(t.text);
    if (joined) {
      const start = t.end - joined[1]!.length;
      // (Its part, where the word names one: "mid-2026" is the middle of the year.)
      const part = res.dates.monthThirds.get(fold(t.text.slice(0, t.text.length - joined[1]!.length - 1)));
      out.push({ kind: 'date', id: `date:${joined[1]}`, text: joined[1]!, start, end: t.end, anchors: [{ key: `year:${joined[1]}`, start, end: t.end }], ...(part && { monthPart: part }) });
      used.add(i);
      continue;
    }
    // A year on its own, with "since"/"depuis"/"seit" when present.
    const y = year(t);
    // After a comparator a number is a count, not a year ("mehr als 2000 Konzerte", "at least 1500 people");
    // after an approximation only before the word it counts ("rund 2000 Menschen", not "around 2000, the…").
    const cmp = y !== undefined ? res.comparators.before(tokens, i) : undefined;
    // (Whether a word the number counts follows is asked only after an approximation: most tokens have none.)
    const counted = () => !!tokens[i + 1] && /^\s+$/.test(text.slice(t.end, tokens[i + 1]!.start)) && !res.stopwords.has(tokens[i + 1]!.folded);
    const compared = !!cmp && (!cmp.value.startsWith('~') || counted());
    if (y !== undefined && !compared && !/^[.,]\d/.test(text.slice(t.end, t.end + 2)) && !roundCount(ctx, i, y)) {
      const prev = tokens[i - 1];
      // A span of years: "between 2014 and 2018", "de 2014 à 2018", "zwischen 2013 und 2018".
      const to = tokens[i + 1];
      const y2 = tokens[i + 2] ? year(tokens[i + 2]!) : undefined;
      // Also without the first word ("Baujahre 2019 bis 2023"), within a lifetime; then not with "and"
      // ("in 2014 and 2018" are two years).
      const from = !!prev && res.dates.rangeFrom.has(prev.folded);
      if (to && res.dates.rangeTo.has(to.folded) && y2 !== undefined && y2 > y && (from || (y2 - y <= 50 && !res.coordinators.has(to.lower))) && !used.has(i + 2)) {
        const end = tokens[i + 2]!.end;
        const start = from ? prev!.start : t.start;
        out.push({
          kind: 'date', id: `date:${y}/${y2}`, text: text.slice(start, end), start, end,
          anchors: [{ key: `year:${y}`, start: t.start, end: t.end }, { key: `year:${y2}`, start: tokens[i + 2]!.start, end }],
        });
        used.add(i);
        used.add(i + 2);
        i += 2;
        continue;
      }
      const since = prev && res.dates.since.has(prev.folded);
      // The part of the year a word before it names ("at the end of 2026", "fin 2026", "Ende 2026"), as of a month.
      const third = !since ? thirdBefore(tokens, i, res) : undefined;
      const start = since ? prev.start : (third?.start ?? t.start);
      out.push({
        kind: 'date', id: `date:${since ? '>=' : ''}${y}`, text: text.slice(start, t.end), start, end: t.end,
        anchors: [{ key: `year:${y}`, start: t.start, end: t.end }],
        ...(third && { monthPart: third.part }),
      });
      used.add(i);
    }
  }
  // A year named by its distance from the year of writing ("next year", "l'an dernier", "im kommenden Jahr"): a year of its
  // own, which another version's such year for the same fact contradicts (not a year in figures: the text does not say
  // when it was written); with the part of it a word before names ("the middle of next year", "fin de l'année prochaine").
  if (res.dates.relativeYears.size) {
    for (let i = 0; i < tokens.length; i++) {
      const hit = used.has(i) ? undefined : res.dates.relativeYears.at(tokens, i);
      if (!hit) continue;
      const last = tokens[i + hit.length - 1]!;
      const third = thirdBefore(tokens, i, res);
      const start = third?.start ?? tokens[i]!.start;
      const distance = `${hit.value >= 0 ? '+' : ''}${hit.value}`;
      out.push({
        kind: 'date', id: `date:year${distance}`, text: text.slice(start, last.end), start, end: last.end,
        anchors: [{ key: `ryear:${distance}`, start: tokens[i]!.start, end: last.end }],
        ...(third && { monthPart: third.part }),
      });
      for (let k = i; k < i + hit.length; k++) used.add(k);
      i += hit.length - 1;
    }
  }
  // A day counted from a weekday before it in the sentence ("sacked on Monday, a day after a 3-0 home defeat", "limogé lundi,
  // au lendemain d'une défaite", "am Montag, einen Tag nach der Niederlage"): what the phrase names happened that many days
  // before or after the weekday, a weekday of its own that another version's day for it contradicts. (Only with words
  // after the phrase: "the day before." alone may count from another day than this sentence's.)
  // So is a day counted back from the last weekday of the sentences before, at the head of a sentence ("Ben Weyts ist am
  // Freitag zurückgetreten. Drei Tage zuvor hatte der Rechnungshof …": Tuesday).
  if (res.dates.relativeDays.size || res.dates.daysEarlier.size) {
    for (let i = 0; i < tokens.length; i++) {
      const back = i === 0 && ctx.lastWeekday !== undefined ? res.dates.daysEarlier.at(tokens, i) : undefined;
      const hit = back ?? (i === 0 || used.has(i) ? undefined : res.dates.relativeDays.at(tokens, i));
      if (!hit) continue;
      const after = tokens[i + hit.length];
      const endTok = tokens[i + hit.length - 1]!;
      if (!after || punctuatedGap(text, endTok.end, after.start)) continue;
      let nearest: FacetInternal | undefined;
      if (!back) for (const f of out) if (f.kind === 'weekday' && f.end <= tokens[i]!.start && (!nearest || f.start > nearest.start)) nearest = f;
      const from = back ? ctx.lastWeekday : nearest && weekdayNumber(nearest);
      if (from === undefined) continue;
      const wd = (((from - 1 + hit.value) % 7) + 7) % 7 + 1;
      const start = tokens[i]!.start;
      // (An elided preposition closes no span: "au lendemain" of "au lendemain d'une défaite".)
      const end = hit.length > 1 && endTok.text.length === 1 ? tokens[i + hit.length - 2]!.end : endTok.end;
      out.push({ kind: 'weekday', id: `weekday:${wd}`, text: text.slice(start, end), start, end, anchors: [{ key: `weekday:${wd}`, start, end }] });
      for (let k = i; k < i + hit.length; k++) used.add(k);
      i += hit.length - 1;
    }
  }
  return out;
}
