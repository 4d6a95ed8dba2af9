import { bisector } from "d3-array";
import type { Article, IsoDate, Observation, Quote, StanceId, Topic } from "../dataset/schema";
import type { ArticleInput } from "./article-input";
import { extractEvents, type FoundEvent } from "./extract-events";
import { extractQuotes } from "./extract-quotes";
import { findActors, type ActorMention } from "./find-actors";
import { findPeople, opensClause, type Person } from "./find-people";
import {
  findStanceClaims,
  judgementOpening,
  lastSideIn,
  speaksForState,
  supportSaidTo,
  type SentenceContext,
  type StanceClaim,
} from "./find-stance-claims";
import { EPITHET_OPENING, fitsEpithet, foldAccents } from "./lexicon";
import { parseArticle } from "./parse-article";
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "./calendar";
import { nearestStatedDate, resolveDates, type StatedDate } from "./resolve-dates";
import { resolvePublished } from "./resolve-published";
import { splitSentences } from "./split-sentences";
import { matchesOf } from "./matches";

/** Everything one article yields, before the corpus is assembled. */
export interface ArticleResult {
  article: Article;
  observations: Observation[];
  quotes: Quote[];
  events: FoundEvent[];
}

/** Longest title derived from a lead when an article has no headline. */
const DERIVED_TITLE = 90;
/** A speaker's first person for their state: "we", "our government", "Our solidarity with …", and "I" as the one who
 * recognises or supports ("I am officially recognizing …", a head of state's act). */
const FIRST_PERSON_STATE =
  /\b(?:[Ww]e|I(?= (?:am |have |hereby |today |officially |formally )*(?:recogni[sz]|support|back|stand)\w*\b)|[Oo]ur (?:country|government|nation|state)|[Oo]ur(?= (?:[a-z]+ )?(?:solidarity|support|backing|recognition)\b))\b/g;

/** A sentence that opens by taking the verb of the one before: "So did the Netherlands.", "Nor has Italy." */
const ELLIPTICAL = /^\s*(?:And\s+)?(?:So|Nor|Neither)\s+(?:did|does|do|has|have|had|was|were|is|are)\b/;

/** A sentence that ends as a question, its closing quotation marks aside. */
const QUESTION = /\?\s*["'”’)]*\s*$/;
/** A sentence opening in a time long gone: "Ten years ago, …", "Back in 2009, …", "In the 2000s, …" (group 1: a year). */
const PAST_OPENING =
  /^\s*(?:(?:\w+|\d+)\s+(?:years|decades)\s+ago|a\s+decade\s+ago|(?:back\s+)?(?:in|by|during|until)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)s?)\b/i;
/** A sentence that comes back to the present: "Today, …", "Now …", "These days …". */
const BACK_TO_NOW = /^\s*(?:today|now|nowadays|currently|these days|this (?:week|month|year)|since)\b/i;
/** Whether a sentence opens in a time before the topic's window: what it tells is no stance of now. */
function opensInThePast(sentence: string, windowStart: IsoDate): boolean {
  const m = PAST_OPENING.exec(sentence);
  return m !== null && (!m[1] || Number(m[1]) < Number(windowStart.slice(0, 4)));
}

/** Returns the article id of a file name: the name without its .txt ending. */
export function articleId(file: string): string {
  return file.replace(/\.txt$/i, "");
}

/**
 * Returns what one article says: its metadata and cleaned text, the stances it reports (dated by the day the
 * text states, else by publication; undated when neither is known), its quotations and its dated key events.
 */
export function extractArticle(input: ArticleInput, topic: Topic): ArticleResult {
  const id = articleId(input.file);
  const parsed = parseArticle(input.text);
  const published = resolvePublished(parsed, topic.window);
  // the text as printed, which evidence and quotes show; it is read with a typographic apostrophe inside a word
  // ("Venezuela’s", "d’Orsay", "don’t") as the plain one the word lists spell, at the same offsets
  const shown = parsed.text;
  const text = shown.replace(/(?<=\p{L})’(?=\p{L})/gu, "'");
  const sentences = splitSentences(text);
  const warnings = parsed.warnings.filter((w) => w !== "no headline in the text");
  let title = parsed.headline;
  if (!title) {
    const lead = sentences[0] ? shown.slice(sentences[0].start, sentences[0].end) : "";
    title =
      lead.length > DERIVED_TITLE ? `${lead.slice(0, DERIVED_TITLE).replace(/\s+\S*$/, "")}…` : lead || id;
    warnings.push("no headline in the text: the title is derived from the lead");
  }
  if (!published.date)
    warnings.push(
      `no publication date: ${published.basis}; only stances on a day the text states (in the topic's window) reach the timeline`,
    );

  const mentions = findActors(text);
  const people = findPeople(text, mentions, topic.subject);
  // the stance rules read names without accents (see claimsOf)
  const plainPeople = people.map((p) => ({
    ...p,
    name: foldAccents(p.name),
    surname: foldAccents(p.surname),
  }));
  const observations: Observation[] = [];
  const seen = new Set<string>();
  let lastSide: "guaido" | "maduro" | null = null;
  let lastPerson: Person | null = null;
  let lastStance: StanceId | null = null;
  // an explainer's list: "Recognise Guaido:" over lines of countries ("- Spain, France")
  let heading: (typeof sentences)[number] | null = null;
  /** Where the last line listed under `heading` starts. */
  let lastItem: number | null = null;
  /** Records a claim once per actor, stance and sentence; its evidence runs from `from` to `end`. */
  const observe = (c: StanceClaim, from: number, start: number, end: number, stated: IsoDate | null) => {
    const key = `${c.actor} ${c.stance} ${start}`;
    if (seen.has(key)) return;
    seen.add(key);
    observations.push({
      id: `${id}:${start}:${c.actor}:${c.stance}`,
      actor: c.actor,
      stance: c.stance,
      date: stated ?? published.date,
      dateBasis: stated ? "stated" : published.date ? "published" : "unknown",
      article: id,
      sentence: shown.slice(from, end),
      start: from,
      end,
      via: c.via,
      cue: c.cue,
    });
  };
  /** The state whose name alone heads the paragraphs since, as an entry's heading. */
  let entry: ActorMention | null = null;
  /** The actor that opens the sentence before, the list it opens, and where its paragraph starts. */
  let opener: { mention: ActorMention; list: ActorMention[]; paragraph: number; introduces: boolean } | null =
    null;
  /** The day stated last before a sentence ("Canada followed the same day"). */
  let previousDay: IsoDate | null = null;
  /** The day the sentence before dated its last stance by, for an elliptical one after it ("So did Portugal."). */
  let daySentenceBefore: IsoDate | null = null;
  /** The days each sentence states, by the sentence's start: its quotations are dated from them too. */
  const datesByStart = new Map<number, StatedDate[]>();
  /** The day that labels each sentence's paragraph ("January 24: …"), by the sentence's start, where there is one. */
  const labelByStart = new Map<number, IsoDate>();
  /** Where the sentence's paragraph starts, and the next line break after it (each found once, in one pass). */
  let paragraphStart = 0;
  let nextBreak = text.indexOf("\n");
  /** The start of the paragraph whose sentences tell of a time long gone, while they do. */
  let pastParagraph: number | null = null;
  for (const s of sentences) {
    for (; nextBreak >= 0 && nextBreak < s.start; nextBreak = text.indexOf("\n", nextBreak + 1))
      paragraphStart = nextBreak + 1;
    // (a list of states that introduces numbered or bulleted paragraphs with a colon, as a declaration's signatories do,
    // opens each of them: "The Governments of Argentina, Brazil … declare the following:" over "1. They reiterate …")
    const item = ITEM_MARK.test(s.text);
    if (opener && opener.paragraph !== paragraphStart)
      opener = item && opener.introduces ? Object.assign(opener, { paragraph: paragraphStart }) : null;
    const local = mentionsWithin(mentions, s.start, s.end);
    // "Ecuador's government issued a statement. It said it recognised Guaido": "It" is the state that opened the
    // sentence before in the paragraph
    const it = opener && IT_OPENING.exec(s.text);
    if (it && opener) standIn(local, [opener.mention], 0, it[0]);
    // "Japan said it was watching closely. The island nation has not taken a position": an epithet that fits the
    // one state that opened the sentence before (and not the topic's own country) stands for it
    const epithet = opener && opener.list.length === 1 && !it ? EPITHET_OPENING.exec(s.text) : null;
    if (
      epithet &&
      opener &&
      fitsEpithet(opener.mention.actor, epithet[1]) &&
      !fitsEpithet(topic.subject, epithet[1])
    )
      standIn(local, [opener.mention], 0, epithet[0]);
    // "Spain, France and Germany gave Maduro eight days. When the deadline lapsed, they recognised Guaido": "they" are
    // the states that opened the sentence before, when there were several
    const they = opener && opener.list.length > 1 ? THEY_OPENING.exec(s.text) : null;
    if (they && opener) standIn(local, opener.list, they[0].length - they[1].length, they[1]);
    // an encyclopaedia's entries, each under a line that is only its state's name ("Argentina" over "The government
    // recognised Guaidó …"): the government, ministry or "it" opening a sentence of the entry is that state
    if (
      s.start === paragraphStart &&
      /^[^\S\n]*(?:\n|$)/.test(text.slice(s.end)) &&
      ENTRY_HEADING.test(s.text)
    )
      entry = local.length === 1 && s.text.trim().replace(/:$/, "") === local[0].surface ? local[0] : null;
    else if (entry && !opener) {
      const body = ENTRY_SUBJECT.exec(s.text);
      if (body) standIn(local, [entry], 0, body[0]);
    }
    const opens = local.find((m) => m.start < OPENER_REACH && opensClause(s.text, 0, m, topic.subject));
    opener = opens
      ? {
          mention: opens,
          list: listFrom(s.text, local, opens),
          paragraph: paragraphStart,
          introduces: (item && opener?.introduces === true) || /:\s*$/.test(s.text),
        }
      : null;
    // the heading this line is listed under; an item's later sentences ("* RUSSIA - … . Moscow has …") keep it
    const continued = heading !== null && lastItem !== null && lastItem >= paragraphStart;
    const itemOf = heading && isListItem(s.text, local) ? heading : null;
    if (itemOf) lastItem = s.start;
    else if (!continued) [heading, lastItem] = [isListHeading(s.text) ? s : null, null];
    const context = {
      mentions: local,
      people: plainPeople,
      lastPerson,
      lastSide,
      lastStance,
      subject: topic.subject,
    };
    let read = claimsOf(s.text, context);
    // a question asserts nothing ("Q: Does Norway recognise Juan Guaidó?"), though as a list's heading its words
    // still read the items under it ("Who backs Mr Guaidó?" over "The US, Canada and …")
    if (QUESTION.test(s.text)) read = { ...read, claims: [] };
    // …nor a time long gone, in its paragraph until a sentence comes back to the present ("Ten years ago, … . Brazil's
    // Lula … backed the Venezuelan leader.")
    if (opensInThePast(s.text, topic.window.start)) pastParagraph = paragraphStart;
    else if (BACK_TO_NOW.test(s.text) || pastParagraph !== paragraphStart) pastParagraph = null;
    if (pastParagraph !== null) read = { ...read, claims: [] };
    // a list item with no stance of its own reads as its names followed by its heading's words: "Spain, France —
    // Recognise Guaido"; its evidence then runs from the heading to the item
    const underHeading = itemOf !== null && read.claims.length === 0;
    if (underHeading) read = claimsOf(`${s.text} — ${itemOf.text.replace(/:\s*$/, "")}`, context);
    const { claims, stance } = read;
    const from = underHeading ? itemOf.start : s.start;
    lastStance = stance ?? lastStance;
    const dates = resolveDates(s.text, published.date, previousDay, topic.window);
    datesByStart.set(s.start, dates);
    previousDay = dates.at(-1)?.date ?? previousDay;
    // "So did the Netherlands.": a sentence whose verb is the one before's, and so its day, unless it states one
    const elliptical: IsoDate | null =
      dates.length === 0 && ELLIPTICAL.test(s.text) ? daySentenceBefore : null;
    daySentenceBefore = null;
    const label = labelledDay(text, paragraphStart, published.date);
    if (label) labelByStart.set(s.start, label);
    for (const c of claims) {
      // a stance taken before ("joins the United States in recognising") keeps the publication date
      const stated: IsoDate | null = c.before
        ? null
        : (nearestStatedDate(dates, Math.min(c.cueIndex, s.text.length), s.text)?.date ??
          label ??
          elliptical);
      observe(c, from, s.start, s.end, stated);
      daySentenceBefore = stated;
    }
    lastSide = lastSideIn(s.text, lastSide);
    // the person a "he" or "the leftist leader" after it stands for: the first named who is no figure of the topic
    // itself ("Bolsonaro is a fierce critic of Maduro. The far-right leader …" is Bolsonaro)
    let firstAt = -1;
    for (const p of people) {
      const at = s.text.indexOf(p.surname);
      if (at >= 0 && p.actor !== topic.subject && (firstAt < 0 || at < firstAt))
        [firstAt, lastPerson] = [at, p];
    }
  }

  const found = extractQuotes(text, mentions, people).map((q, i) => {
    const sentence = sentences.find((x) => x.start <= q.start && x.end >= q.start);
    const stated = sentence
      ? (nearestStatedDate(datesByStart.get(sentence.start) ?? [], q.start - sentence.start)?.date ??
        labelByStart.get(sentence.start) ??
        null)
      : null;
    const quote: Quote = {
      id: `${id}:q${i + 1}`,
      ...q,
      text: shown.slice(q.start, q.end),
      article: id,
      date: stated ?? published.date,
    };
    return { quote, sentence, stated };
  });
  const quotes = found.map((f) => f.quote);
  // Quotations are the speaker's words, not the narrator's, so sentences are read with them masked; but what a
  // speaker says of their own country is its position: "Russia will continue to support the legitimate
  // authorities," the Kremlin quoted Putin as saying.
  for (const { quote: q, sentence: first, stated } of found) {
    // (nor a party's, a legislator's or a former official's words: "I support Guaido," League leader … Salvini said)
    if (!q.actor || q.speakerKind === "media" || !first || !speaksForState(q)) continue;
    // the speaker's "we" and "our government" are their country: '"We support the legitimate government," Lavrov said'
    const speaker = q.actor;
    const words = text.slice(q.start, q.end); // as read, not as shown
    const ours: ActorMention[] = matchesOf(FIRST_PERSON_STATE, words).map((m) => ({
      actor: speaker,
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0],
      form: "name",
      via: null,
    }));
    const inQuote = [...mentionsWithin(mentions, q.start, q.end), ...ours].sort((a, b) => a.start - b.start);
    const last = sentences.find((x) => x.end >= q.end) ?? first;
    // (a transcript's answer has no quotation marks, so its sentences were read already)
    const readAlready = (c: StanceClaim) =>
      observations.some(
        (o) => o.actor === c.actor && o.stance === c.stance && o.start >= first.start && o.end <= last.end,
      );
    // words that open by judging a side legitimate are the speaker's judgement: '"Guaido is the legitimate interim
    // president," Merkel said' reads as "Merkel said that Guaido is …" does
    const plainWords = foldAccents(words);
    const judged = judgementOpening(plainWords);
    const claims: StanceClaim[] = judged ? [{ actor: speaker, ...judged, cueIndex: 0, via: null }] : [];
    // solidarity said to a side: '"Brother Maduro, stand tall, we are with you"'
    const toSide = supportSaidTo(
      plainWords,
      foldAccents(text.slice(first.start, q.start)),
      foldAccents(text.slice(q.end, last.end)),
    );
    if (toSide) claims.push({ actor: speaker, ...toSide, cueIndex: 0, via: null });
    if (inQuote.some((m) => m.actor === q.actor))
      claims.push(
        ...claimsOf(words, {
          mentions: inQuote,
          people: [],
          lastPerson: null,
          lastSide: null,
          lastStance: null,
          subject: topic.subject,
        }).claims,
      );
    for (const c of claims)
      if (c.actor === q.actor && !readAlready(c)) observe(c, first.start, first.start, last.end, stated);
  }

  const article: Article = {
    id,
    file: input.file,
    title,
    titleFromText: parsed.headline !== null,
    published: published.date,
    publishedBasis: published.basis,
    dateline: parsed.dateline,
    source: parsed.source,
    text: shown,
    warnings,
  };
  return {
    article,
    observations,
    quotes,
    events: extractEvents(
      sentences.map((x) => ({ ...x, text: shown.slice(x.start, x.end) })),
      published.date,
      labelByStart,
    ),
  };
}

/** The mentions inside [start, end), with offsets from `start`: a sentence's or a quotation's own. */
function mentionsWithin(mentions: readonly ActorMention[], start: number, end: number): ActorMention[] {
  // mentions are in order of start: from the first at or after `start`, found by bisection
  const out: ActorMention[] = [];
  for (let i = bisector((m: ActorMention) => m.start).left(mentions, start); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= end) break;
    if (m.end <= end) out.push({ ...m, start: m.start - start, end: m.end - start });
  }
  return out;
}

/**
 * Puts mentions of `actors` at the words `surface` (from `at` in the sentence) that stand for them ("It", "they", "The
 * island nation"), first among the sentence's mentions; not when a name comes before the words' end.
 */
function standIn(local: ActorMention[], actors: readonly ActorMention[], at: number, surface: string): void {
  const end = at + surface.length;
  if (local.some((m) => m.start < end)) return;
  local.unshift(...actors.map((m) => ({ ...m, start: at, end, surface })));
}

/** "It" or "Its" standing for an actor ("It is unclear …", "It was a day of …" stand for none). */
const IT_WORD = String.raw`(?:It(?!\s+(?:is|was|has been|had been|seems|seemed|appears|appeared|remains|remained|would be|will be|could be|may be|might be|isn't|wasn't|took|takes)\b)|Its(?=\s+[a-z]))\b`;
/** "It" or "Its" opening a sentence. */
const IT_OPENING = new RegExp(`^${IT_WORD}`);
/** A line that heads what follows: a few words, no sentence's end. */
const ENTRY_HEADING = /^[^.!?;]{1,40}:?$/;
/** A state's body opening a sentence under its entry's heading: "The government", "The foreign ministry", "It". */
const ENTRY_SUBJECT = new RegExp(
  `^(?:The (?:government|foreign ministry|ministry of foreign affairs|foreign affairs ministry|presidency|country)\\b|${IT_WORD})`,
);
/** "They" (or "those governments", "the four countries") opening a sentence, or its main clause after an opening
 * phrase, a time or a clause before ", and": "When the deadline lapsed, they …", "On February 4 they …", "He did not,
 * and this morning those governments say …". */
const THEY_OPENING =
  /^(?:\d{1,2}[.)]\s+|[-*•]\s+)?(?:[A-Z][^,;:"“”]{0,80},\s+(?:(?:and|but|so)\s+)?|(?:On|By|Then|Later|Days later|Hours later)\b[^,;:"“”]{0,30}?\s+)?(?:(?:this|that|on|by|later|then|today)\b[^,;:"“”\s]*(?:\s+(?:morning|afternoon|evening|night|week))?\s+)?(They|they|(?:[Tt]hose|[Tt]hese|[Tt]he|[Aa]ll|[Bb]oth)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[A-Z][\w-]*\s+)?(?:governments|countries|states|nations|capitals|powers))\b/;
/** A paragraph's number or bullet: "1. ", "2) ", "• ". */
const ITEM_MARK = /^\s*(?:\d{1,2}[.)]|[-*•])\s/;
/** Between the names of a list: ", ", " and ", ", and ". */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
/** The actors of the list that `first` opens: "Spain, France, Germany and Britain" (a group's members share a place). */
function listFrom(text: string, mentions: readonly ActorMention[], first: ActorMention): ActorMention[] {
  const out = [first];
  for (const m of mentions.slice(mentions.indexOf(first) + 1)) {
    const last = out.at(-1)!;
    if (m.start >= last.end && !LIST_GAP.test(text.slice(last.end, m.start))) break;
    out.push(m);
  }
  return out;
}
/** How far into a sentence (in characters) the actor that opens it may be named: "Ecuador's government". */
const OPENER_REACH = 40;
/** A paragraph of a timeline opens with its day: "January 24: Russia warns … . China calls for dialogue.", perhaps
 * with its weekday ("Thursday 24 January -"). */
const DAY_LABEL = new RegExp(
  `^(?:(?:${WEEKDAY_PATTERN}),? )?(?:(?:${MONTH_PATTERN})\\.? \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2} (?:${MONTH_PATTERN}))(?:,? \\d{4})?\\s*[:–—-]\\s`,
);

/** Returns the day that labels a paragraph (starting at `start`), for the sentences in it that state none. */
function labelledDay(text: string, start: number, published: IsoDate | null): IsoDate | null {
  const paragraph = text.slice(start, start + 40); // a label opens its paragraph
  const label = DAY_LABEL.exec(paragraph);
  return label ? (resolveDates(label[0], published)[0]?.date ?? null) : null;
}

/** A short line ending in a colon that may head a list: "Recognise Guaido:", "Neutral or calling for talks:". */
function isListHeading(sentence: string): boolean {
  // "Recognise Guaido:", or a question the next lines answer: "Who backs Mr Guaidó?"
  return (
    sentence.length <= 80 &&
    (/:\s*$/.test(sentence) ||
      /^(?:Who|Which\b[^?]*)\b[^?]*\?\s*$/.test(sentence) ||
      // a factbox's section in capitals: "BACKING GUAIDO", "CALLING FOR TALKS"
      /^[A-Z][A-Z ,'’&/-]{3,}$/.test(sentence.trim()))
  );
}

/** A line of a list: a bullet, or nothing but actors' names, commas and "and" ("Russia, China and Cuba"). */
function isListItem(sentence: string, mentions: readonly { start: number; end: number }[]): boolean {
  if (/^\s*[-–•*·▪]\s+/.test(sentence)) return true;
  if (mentions.length === 0) return false;
  let rest = sentence;
  for (const m of [...mentions].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, m.start) + rest.slice(m.end);
  // …perhaps ending with others unnamed: "The US, Canada and most Latin American countries."
  return /^[\s,;.&]*(?:(?:and|the|plus)[\s,;.&]*)*(?:(?:most|many|several|some|other|a number of)\s+(?:[A-Z][\w-]*\s+){0,2}(?:countries|nations|states|governments)[\s.]*)?$/i.test(
    rest,
  );
}

/**
 * The positions a sentence takes, read with its accented letters folded ("Iván Duque", "set Nicolás Maduro an
 * ultimatum": the rules spell names and words in plain letters, and `\w` stops at "á"), each cue then given back in
 * the sentence's own spelling (the folding keeps every offset).
 */
function claimsOf(sentence: string, context: SentenceContext): ReturnType<typeof findStanceClaims> {
  const plain = foldAccents(sentence);
  const read = findStanceClaims(plain, context);
  if (plain === sentence) return read;
  const claims = read.claims.map((c) => {
    const at = plain.indexOf(c.cue, c.cueIndex);
    return at < 0 ? c : { ...c, cue: sentence.slice(at, at + c.cue.length) };
  });
  return { ...read, claims };
}
