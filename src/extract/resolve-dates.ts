import type { IsoDate, Topic } from "../dataset/schema";
import { addDays, daysBetween } from "../dataset/days";
import {
  MONTH_PATTERN,
  WEEKDAY_PATTERN,
  daysInWindow,
  isoDate,
  monthNumber,
  weekdayNumber,
  weekdayOf,
  weekdayOnOrBefore,
} from "./calendar";
import { matchesOf } from "./matches";
import anchorData from "./data/anchors.json";

/** A day a sentence says something happened on, and where it says so. */
export interface StatedDate {
  date: IsoDate;
  /** The words that state it ("on January 26", "announced Monday"). */
  phrase: string;
  /** Offset of the phrase in the sentence. */
  index: number;
}

/** Matches "on January 26", "on Jan. 26, 2019", "on 26 January", "on Monday, February 4, 2019", "on the evening of
 * February 4", a sentence opening "January 26,", and a cell of a table's row ("| Spain | Recognises Guaidó | February 4 |"). */
const EXPLICIT = new RegExp(
  `(?:\\b[Oo]n (?:${WEEKDAY_PATTERN}\\.?,? )?(?:the (?:evening|morning|afternoon|night) of )?|^(?:${WEEKDAY_PATTERN},? )?|\\|(?<=^\\|.+)\\s*)(?:(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?|(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN})(?:,? (\\d{4}))?)(?![\\w-])`,
  "g",
);
/** Matches a date in figures: "on 24/01/2019", "on 24.01.2019", "on 2019-01-24". */
const NUMERIC = /\b[Oo]n (?:(\d{1,2})([./])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b/g;
/** Matches a weekday that dates an act: "on Monday", "said Tuesday", "announced Monday that", "late Wednesday", "this
 * past Saturday", "this Monday" (as stories translated from Spanish say), "Saturday night", or what was said, or to whom, in the wire style: "his announcement Wednesday",
 * "told reporters Thursday". */
const WEEKDAY =
  /\b(?:([Oo]n|[Ll]ast|[Pp]ast|[Tt]his|[Ll]ate|[Ee]arly|[a-z]+(?:ed|ld|id|ew|ot|ke|ok|ve)|announcement|statement|speech|interview|remarks|comments|tweets?|conference|briefing|reporters|journalists)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+(?:morning|afternoon|evening|night)\b))/g;
/** A date right after a weekday: " 23 January", ", Jan. 23". */
const DATE_AFTER_WEEKDAY = new RegExp(
  `^,?\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}|${MONTH_PATTERN}\\s+\\d{1,2}\\b)`,
);
/** A day of the month in brackets right after a weekday: "on Monday (4)"; or a whole date: "Last Saturday (Jan. 26)". */
const DAY_IN_BRACKETS = /^\s*\((\d{1,2})\)/;
const DATE_IN_BRACKETS = new RegExp(
  `^\\s*\\((?:(${MONTH_PATTERN})\\s*(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}))\\)`,
);
/** Matches "in Thursday's statement": the day of what a sentence reports. */
const WEEKDAY_POSSESSIVE = /\b[Ii]n\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b/g;
/** Words that make a weekday a deadline or a future day, not the day of the act. */
const NOT_THE_DAY = /^(?:by|until|till|before|after|since|next|of|from|coming|every|each)$/i;
/** Words shortly before a weekday that put it in the future: "will meet on Thursday", "are hosting … on Thursday",
 * "said it would host talks … on Thursday". */
const FUTURE_BEFORE =
  /\b(?:will|'ll|shall|would (?:host|hold|meet|convene|organi[sz]e|arrange|attend|travel)|is to|are to|(?:is|are) due to|plans? to|planning to|(?:is|are) set to|(?:is|are) expected to|(?:is|are|will be) (?:hosting|holding|meeting|convening|organi[sz]ing|arranging|preparing)|scheduled|upcoming)\b[^.;]{0,50}$/i;
/** A month and day without a year up to this many days after publication are ahead of the story, not a year back. */
const AHEAD_DAYS = 60;
/** Matches "on the 5th": a day of the month with no month named (the publication's month, or the one before). */
const ORDINAL_DAY = new RegExp(`\\b[Oo]n the (\\d{1,2})(?:st|nd|rd|th)\\b(?! (?:of )?${MONTH_PATTERN})`, "g");
/** Matches "yesterday" and "today", relative to the publication day. */
const RELATIVE = /\b(yesterday|today|earlier today)\b/gi;
/** Matches "two days ago", "3 days ago", "a week ago"; not a span given roughly ("just over a week ago", "about two
 * weeks ago", "more than a week ago"), which names no day. */
const DAYS_AGO =
  /(?<!\b(?:over|about|around|nearly|almost|roughly|some|than|under|barely|approximately)\s+)\b(\d|an?|one|two|three|four|five|six)\s+(days?|weeks?)\s+ago\b/gi;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};
/** How many days a count word says: "two", "3", "a"; one when it names no number ("the day after"). */
const dayCount = (word = "") => NUMBER_WORDS[word.toLowerCase()] ?? (Number(word) || 1);
/** Matches a day told from the day stated before it: "the same day", "within minutes", "hours later", "a day later",
 * "two days earlier", "the next day", "before the day was out". */
const FROM_PREVIOUS =
  /\b(?:(?:on )?(?:the|that) same day|later that (?:day|morning|afternoon|evening|night)|within (?:minutes|hours)(?! of\b)|(?:(?:a few|several|\d+|two|three) )?(?:minutes|moments|hours) later|(?:soon|shortly|immediately) (?:afterwards|thereafter)|(?:the )?(?:next|following) day|(?:before|by) (?:the day was out|the end of the day|nightfall|midnight)|(?:a|one|\d|two|three|four|five|six) days? (later|earlier|before)|the (?:day|evening) (after|before)|the previous day)\b/gi;

/** "on the day (that) …", "minutes after …", "within hours of …", "the day after …", "two days after …": an act dated
 * by a defining event of the topic (data/anchors.json), named right after. Group 1 counts days after it. */
const ANCHORED = anchorData.anchors.map((a) => ({
  date: a.date as IsoDate,
  re: new RegExp(
    `\\b(?:(?:on|of) the (?:very |same )?day(?: that| when)?|the same day as|(?:(?:just |only )?(?:minutes|moments|hours)|shortly|soon|immediately|right) after|within (?:minutes|hours) of|as soon as|(?:the|a|one|(\\d|two|three)) days? after)\\s+(?:${a.event})`,
    "gi",
  ),
}));

/**
 * Returns the days a sentence states, each resolved against the publication date: explicit dates take the
 * publication year (the year before when that would put them after publication); weekdays are the latest such
 * day on or before publication. Deadlines ("by February 3") and future days are not stated dates.
 * Without a publication date, dates with a printed year are returned, and those without one that fall in the
 * topic's time window in one year only ("on Jan. 24" in a story about 2019).
 */
export function resolveDates(
  sentence: string,
  published: IsoDate | null,
  previous: IsoDate | null = null,
  window?: Topic["window"],
): StatedDate[] {
  const read = inReadingCase(sentence);
  const found = datesIn(read, published, previous, window);
  if (read === sentence) return found;
  // each phrase as the sentence prints it
  return found.map((d) => {
    const at = read.indexOf(d.phrase, d.index);
    return at < 0 ? d : { ...d, phrase: sentence.slice(at, at + d.phrase.length) };
  });
}

/**
 * A sentence printed in capitals throughout (wire copy, a shouted headline) with its words in title case, so that the
 * patterns written for ordinary text read it ("ON MONDAY", "ON FEB 5"); every offset is kept.
 */
function inReadingCase(sentence: string): string {
  if (/[a-z]/.test(sentence) || !/[A-Z]{4}/.test(sentence)) return sentence;
  return sentence.replace(
    /\b([A-Z])([A-Z]+)\b/g,
    (_, first: string, rest: string) => first + rest.toLowerCase(),
  );
}

function datesIn(
  sentence: string,
  published: IsoDate | null,
  previous: IsoDate | null,
  window: Topic["window"] | undefined,
): StatedDate[] {
  /** (a weekday's number, and whether the day is told from the one before, kept while the days are read) */
  const out: (StatedDate & { weekday?: number; told?: boolean })[] = [];
  for (const m of matchesOf(EXPLICIT, sentence)) {
    const month = monthNumber(m[1] ?? m[5]);
    const day = Number(m[2] ?? m[4]);
    const printedYear = m[3] ?? m[6];
    if (!month) continue;
    let date: IsoDate | undefined;
    if (printedYear) date = isoDate(Number(printedYear), month, day);
    else if (published) {
      const year = Number(published.slice(0, 4));
      date = isoDate(year, month, day);
      // a day shortly after publication is ahead ("takes office on Dec. 10" in a November story), not last year's
      if (date && date > published)
        date = daysBetween(published, date) <= AHEAD_DAYS ? undefined : isoDate(year - 1, month, day);
    } else if (window) {
      // without a publication date, the one year of the topic's window that holds the day, if only one does
      const days = daysInWindow(window, month, day);
      if (days.length === 1) date = days[0];
    }
    if (date && (!published || date <= published)) out.push({ date, phrase: m[0].trim(), index: m.index });
  }
  for (const m of matchesOf(NUMERIC, sentence)) {
    const date = numericDate(m, published, window);
    if (date && (!published || date <= published)) out.push({ date, phrase: m[0].trim(), index: m.index });
  }
  if (published) {
    for (const m of matchesOf(WEEKDAY_POSSESSIVE, sentence)) {
      const weekday = weekdayNumber(m[1]);
      if (weekday !== undefined)
        out.push({ date: weekdayOnOrBefore(published, weekday), phrase: m[0], index: m.index });
    }
    for (const m of matchesOf(WEEKDAY, sentence)) {
      // (a weekday with its part of the day has no word of its own before it: the one before it may still deny it)
      const word = m[1] ?? /(\w+)\s+$/.exec(sentence.slice(0, m.index))?.[1] ?? "";
      if (NOT_THE_DAY.test(word) || FUTURE_BEFORE.test(sentence.slice(Math.max(0, m.index - 70), m.index)))
        continue;
      const weekday = weekdayNumber(m[2] ?? m[3]);
      if (weekday === undefined) continue;
      const after = sentence.slice(m.index + m[0].length);
      // "on Wednesday 23 January": the date after the weekday is the day
      if (DATE_AFTER_WEEKDAY.test(after)) continue;
      // "last Monday" in a Monday story is a week before; otherwise the latest such day on or before publication
      const onOrBefore = weekdayOnOrBefore(published, weekday);
      let date =
        /^(?:last|past)$/i.test(word) && onOrBefore === published ? addDays(published, -7) : onOrBefore;
      // "on Monday (4)", as Brazilian and Portuguese stories write it: the latest such weekday that is the 4th
      const dayOfMonth = DAY_IN_BRACKETS.exec(after);
      const bracketed = DATE_IN_BRACKETS.exec(after);
      if (bracketed) {
        const month = monthNumber(bracketed[1] ?? bracketed[4])!;
        const day = Number(bracketed[2] ?? bracketed[3]);
        const year = Number(published.slice(0, 4));
        const stated = isoDate(year, month, day);
        const inYear = stated && stated > published ? isoDate(year - 1, month, day) : stated;
        if (inYear) date = inYear;
      } else if (dayOfMonth) {
        const day = Number(dayOfMonth[1]);
        let back = date;
        for (let i = 0; i < 60 && Number(back.slice(8)) !== day; i++) back = addDays(back, -7);
        if (Number(back.slice(8)) === day) date = back;
      }
      out.push({ date, phrase: m[0], index: m.index, weekday });
    }
    for (const m of matchesOf(ORDINAL_DAY, sentence)) {
      const [year, month, day] = [Number(published.slice(0, 4)), Number(published.slice(5, 7)), Number(m[1])];
      let date = isoDate(year, month, day);
      if (date && date > published)
        date = month === 1 ? isoDate(year - 1, 12, day) : isoDate(year, month - 1, day);
      if (date) out.push({ date, phrase: m[0], index: m.index });
    }
    for (const m of matchesOf(DAYS_AGO, sentence)) {
      const n = (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2]) ? 7 : 1);
      out.push({ date: addDays(published, -n), phrase: m[0], index: m.index });
    }
    for (const m of matchesOf(RELATIVE, sentence)) {
      const date = m[1].toLowerCase() === "yesterday" ? addDays(published, -1) : published;
      out.push({ date, phrase: m[0], index: m.index });
    }
  }
  for (const anchor of ANCHORED)
    for (const m of matchesOf(anchor.re, sentence)) {
      const after = /\bdays? after\b/i.test(m[0]) ? dayCount(m[1]) : 0;
      const date = addDays(anchor.date, after);
      if (!published || date <= published) out.push({ date, phrase: m[0], index: m.index });
    }
  out.sort((a, b) => a.index - b.index);
  // "Canada followed the same day", "A day later, Israel …": from the day stated last before the phrase
  for (const m of matchesOf(FROM_PREVIOUS, sentence)) {
    const anchor = out.filter((d) => d.index < m.index).at(-1)?.date ?? previous;
    if (!anchor) continue;
    const phrase = m[0].toLowerCase();
    const count = dayCount(phrase.split(" ")[0]);
    // ("48 hours later" is two days on; fewer hours, the same day)
    const hours = /^(\d+) hours/.exec(phrase);
    const shift = hours
      ? Math.floor(Number(hours[1]) / 24)
      : /same|later that|minutes|moments|hours|afterwards|thereafter|was out|end of the day|nightfall|midnight/.test(
            phrase,
          )
        ? 0
        : /earlier|before|previous/.test(phrase)
          ? -count
          : count;
    const date = addDays(anchor, shift);
    if (!published || date <= published) out.push({ date, phrase: m[0], index: m.index, told: true });
  }
  // "Two days later, on Saturday, Spain …": a weekday beside a day told from the one before is that day, not the
  // latest such weekday before publication
  for (const d of out) {
    const same =
      d.weekday === undefined ? undefined : out.find((x) => x.told && weekdayOf(x.date) === d.weekday);
    if (same) d.date = same.date;
  }
  return out.sort((a, b) => a.index - b.index).map(({ date, phrase, index }) => ({ date, phrase, index }));
}

/**
 * The day a date in figures names: ISO as written; "24/01/2019" day first, as most of the world writes it, unless
 * only the month-first reading is a date ("01/24/2019"); when both are, the one not after publication and inside the
 * topic's window, if only one is ("04/02/2019" in a story of February 2019 is 4 February), else none.
 */
function numericDate(
  m: RegExpExecArray,
  published: IsoDate | null,
  window: Topic["window"] | undefined,
): IsoDate | undefined {
  if (m[5]) return isoDate(Number(m[5]), Number(m[6]), Number(m[7]));
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const readings = [...new Set([isoDate(year, b, a), isoDate(year, a, b)].filter((d): d is IsoDate => !!d))];
  if (readings.length === 1) return readings[0];
  const fitting = readings.filter(
    (d) => (!published || d <= published) && (!window || (d >= window.start && d <= window.end)),
  );
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** "a day after", "two weeks before": the act's distance from another event's day, opening that event's clause. */
const SPAN_APART =
  /\b(an?|one|two|three|four|five|six|\d{1,2})\s+(days?|weeks?)\s+(after|before)\b(?![^,;]*\b(?:after|before)\b)/i;

/** Words that open a clause of another event after a verb: "recognised him after an ultimatum expired on Sunday",
 * "voted to recognise Guaido, and on Saturday Spain …". */
const OTHER_EVENT =
  /\b(?:after|before|when|once|since|following|until|as soon as|because)\b|[,;]\s*(?:and|but|while|whereas)\b/i;
/** ", which", ", who": a relative clause set off by a comma, whose act is another's than the verb's. */
const RELATIVE_OPENING = /,\s*(?:which|who)\b/g;
/** …and of other actors' acts, whose days are never the verb's: "refused to recognise Guaidó, in contrast with its
 * neighbours, which did so on January 23". */
const OTHERS_ACT = new RegExp(`\\b(?:unlike|in contrast (?:with|to))\\b|${RELATIVE_OPENING.source}`, "i");

/** Whether `at` is inside a relative clause set off by commas and closed before `position`: "Asked about Guaido,
 * who declared himself president last Wednesday, Francis declined to take sides" (the day is the relative's). */
function inClosedRelative(sentence: string, at: number, position: number): boolean {
  const opening = matchesOf(RELATIVE_OPENING, sentence.slice(0, at)).at(-1);
  return (
    opening !== undefined &&
    !sentence.slice(opening.index + opening[0].length, at).includes(",") &&
    sentence.slice(at, position).includes(",")
  );
}

/** A time that names no day: "Belarus voiced support earlier this month, and Iran said two days ago …" dates
 * Belarus's stance by no day of the sentence's. */
const UNDATED_TIME =
  /\b(?:earlier|late|early) (?:this|last) (?:week|month|year)\b|(?<!\bof )\b(?:last|this|earlier in the) (?:week|month|year)\b|\bin recent (?:days|weeks)\b|\b(?:recently|previously)\b|\bsince the (?:start|beginning|outset) of\b/gi;

/**
 * Returns the stated date nearest to `position` in the sentence, or undefined when none is stated. Given the
 * sentence, a date after `position` in a clause of another event ("… after the ultimatum expired on Sunday") is
 * passed over for any other, and a time that names no day nearer than any date ("earlier this month") leaves the
 * position undated.
 */
export function nearestStatedDate(
  dates: readonly StatedDate[],
  position: number,
  sentence?: string,
): StatedDate | undefined {
  if (sentence)
    dates = dates.filter((d) =>
      d.index <= position
        ? !inClosedRelative(sentence, d.index, position)
        : !OTHERS_ACT.test(sentence.slice(position, d.index)),
    );
  const own = sentence
    ? dates.filter((d) => d.index <= position || !OTHER_EVENT.test(sentence.slice(position, d.index)))
    : dates;
  let best: StatedDate | undefined;
  for (const d of own.length > 0 ? own : dates) {
    if (!best || Math.abs(d.index - position) < Math.abs(best.index - position)) best = d;
  }
  // the only day is another event's, a stated time apart: "recognised Guaido, a day after the ultimatum expired on
  // Sunday" is Monday
  const apart =
    best && own.length === 0 && sentence ? SPAN_APART.exec(sentence.slice(position, best.index)) : null;
  if (best && apart) {
    const n = dayCount(apart[1]);
    const days = n * (/^week/i.test(apart[2]) ? 7 : 1) * (/^after$/i.test(apart[3]) ? 1 : -1);
    best = { ...best, date: addDays(best.date, days) };
  }
  if (best && sentence)
    for (const t of matchesOf(UNDATED_TIME, sentence))
      if (Math.abs(t.index - position) < Math.abs(best.index - position)) return undefined;
  return best;
}
