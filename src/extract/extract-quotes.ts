import type { ActorId } from "../dataset/schema";
import speakers from "./data/speakers.json";
import stanceCues from "./data/stance-cues.json";
import words from "./data/words.json";
import type { ActorMention } from "./find-actors";
import { insideQuotation, type Person } from "./find-people";
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "./calendar";
import { describeActor } from "./describe-actor";
import { PLACE_NAMES, SURFACES, escapeRegExp, stripAccents } from "./lexicon";
import { isObjectOfPreposition } from "./object-of-preposition";
import { matchesOf } from "./matches";

/** A direct quotation and who said it, offsets into the article text. */
export interface FoundQuote {
  text: string;
  start: number;
  end: number;
  speaker: string;
  role: string | null;
  actor: ActorId | null;
  speakerKind: "person" | "organization" | "media" | "unknown";
}

/** Matches a quotation in curly or straight double quotes, British single quotes (‘…’, whose closing mark is
 * told from an apostrophe by what follows it), guillemets, or straight single quotes opening after a space or
 * colon on a capital ("said: 'Maduro has not…'"), within one paragraph; or a paragraph's double-quoted words left
 * open when the next paragraph opens with the mark again, the way a quotation runs on over paragraphs; or low-high
 * quotes („…“) as German and Central European copy has them. */
const QUOTATION =
  /“([^”\n]{1,1500})”|"([^"\n]{1,1500})"|‘([^‘\n]{1,1500}?)’(?=[\s,.;:!?)]|$)|«\s*([^»\n]{1,1500}?)\s*»|(?<=^|[\s:(—–])'([A-Z][^'\n]{0,1500}?[^\s'])'(?=[\s,.;:!?)]|$)|“([^”\n]{1,1500})(?=\n\n“)|"([^"\n]{1,1500})(?=\n\n")|„([^“”\n]{1,1500})[“”]/gm;
const MEDIA = new RegExp(
  `(?<![\\w])(?:${[...speakers.media]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\w])`,
  "g",
);
const MEDIA_NOUN = new RegExp(`\\b(?:${speakers.mediaNouns.map(escapeRegExp).join("|")})\\b`, "gi");
/** "the group said", "the bloc added": the organisation named last before speaks. */
const ORGANIZATION_REF = new RegExp(
  `\\b[Tt]he (?:${speakers.organizationNouns.map(escapeRegExp).join("|")})\\b`,
  "g",
);
/** "the foreign ministry said", "its Foreign Ministry said", "the presidency added": a state's body named without
 * its state. */
const STATE_BODY_REF =
  /\b(?:the|its)\s+((?:(?:foreign|external affairs|interior|defen[cs]e|home)\s+)?ministry|(?:(?:foreign|external|international) (?:affairs |relations )?)?department|presidency|presidential (?:office|palace|press service))\b/gi;
/** How far back the state a body belongs to may be named: the paragraph before, or the one before that. */
const STATE_BODY_REACH = 1200;
/** The start of a sentence or paragraph, before a name (or its article: "The South African government said"). */
const SENTENCE_OPENS = /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:The\s+)?$/;
/** A pronoun that can stand for the speaker: "he said", "in his words", "according to her"; not "told him". */
const PRONOUN =
  /\b(?:he|she)\b|\b(?:in|to) (?:his|her) (?:words|view|opinion|mind)\b|\baccording to (?:him|her)\b|\b(?:his|her) (?:answer|reply|response|message|verdict)\s*:/gi;
const TITLE_WORDS = [...speakers.titles]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
/** "the Kremlin spokesman", "the Russian top diplomat", "the minister": a person referred to by role. */
const ROLE_REF = new RegExp(`\\b[Tt]he\\s+((?:[A-Za-z-]+\\s+){0,3}?(?:${TITLE_WORDS}))\\b`, "g");
/** "a senior Russian diplomat", "an EU official": a person referred to by role, not named. */
const UNNAMED_ROLE = new RegExp(`\\b[Aa]n?\\s+(?:[A-Za-z-]+\\s+){0,3}?(?:${TITLE_WORDS})\\b`, "g");
/** A verb of speech right before a phrase ("said the Turkish foreign minister", "according to") or right after it, an
 * apposition aside ("the Turkish foreign minister, speaking in Ankara, said"). */
const SPEECH_BEFORE = new RegExp(`\\b(?:${stanceCues.speechVerbs}|according to)\\s+$`);
const SPEECH_AFTER = new RegExp(`^\\s*(?:,[^,.;"“”]{1,60},\\s*)?(?:${stanceCues.speechVerbs})\\b`);
/** A role whose holder speaks for no state: "a Spanish opposition lawmaker", "a former Colombian president". */
const NOT_FOR_STATE = new RegExp(`\\b(?:${speakers.notForState.map(escapeRegExp).join("|")})\\b`, "i");
const spokenBeside = (context: string, start: number, end: number) =>
  SPEECH_BEFORE.test(context.slice(Math.max(0, start - 40), start)) || SPEECH_AFTER.test(context.slice(end));
/** A verb whose object is the person addressed: "telling the leader", "phoned the president". */
const ADDRESSED =
  /\b(?:told|tells|telling|tell|asked|asking|urged|urging|phoned|phoning|called|calling|thanked|assured|assuring|congratulated|met|meeting|visited|wrote to|writing to|addressed|addressing)\s+$/i;
/** Whom a title serves, after it: " for the Turkish presidency", " at the Chinese embassy in Caracas". */
const SERVES_AFTER =
  /^\s+(?:for|of|at|from|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+){0,2}?[a-z]*(?:\s+in\s+[A-Z][\w'’.-]*)?(?=\s*,|\s+(?:said|told|added|stressed|noted|says)\b)/;
/** "the two governments", "both countries": the last two countries named. */
const PAIR_REF = /\b(?:the two|both)\s+(?:governments|countries|nations|states|sides)\b/gi;
const SPEECH = new RegExp(`\\b(?:${stanceCues.speechVerbs})\\b`, "i");
/** Verbs that quote a characterisation, a demand or a sentiment: `Moscow called it "a gross violation"`, `Trump called
 * his rule "illegitimate"`, `Moscow accused European states of "direct interference"`, `The EU urged "maximum
 * restraint"`, `North Korea expressed "full support and solidarity"` (a sentiment only when the quotation follows). */
const CHARACTERISE = `${words.characteriseVerbs}|(?:${words.sentimentVerbs})(?=\\s+(?:[\\w'’-]+\\s+){0,3}["“‘])`;
const CHARACTERISED = new RegExp(`\\b(?:${CHARACTERISE})\\b`, "i");
/** A state's body named before it with "of": "the Foreign Ministry of ", "the Government of the ". */
const BODY_OF_BEFORE =
  /\b(?:the\s+)?((?:[Ff]oreign|[Ee]xternal [Aa]ffairs|[Ii]nterior|[Dd]efen[cs]e)\s+[Mm]inistry|[Mm]inistry of (?:[Ff]oreign|[Ee]xternal) (?:[Aa]ffairs|[Rr]elations)|[Gg]overnment|[Pp]residency|[Ff]oreign [Oo]ffice)\s+of\s+(?:the\s+)?$/;
/** "according to a statement by ": a source named next. */
const ACCORDING_TO_BEFORE = /\baccording to\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:by|from|of)\s+)?$/i;
/** "'s Foreign Ministry", "'s foreign ministry", " government": a state body after a country's name; only
 * capitalised words or a ministry's field may stand between ("Tehran supported the government" is no body). */
const STATE_BODY_AFTER =
  /^(?:'s|’s)?\s+(?:(?:[A-Z][\w-]*|foreign|external|affairs|defen[cs]e|interior|home|presidential|federal)\s+){0,2}(?:[Pp]ress [Ss]ervice|[Mm]inistry|[Gg]overnment|[Oo]ffice|[Ss]pokes(?:man|woman|person)|[Ss]tatement|[Ee]mbassy|Department(?: of(?: [A-Z][\w-]*| and| for)+)?)/;
/** An honorific between a verb of speech and the name: "said Mr. Lavrov", "said Mrs. Zakharova". */
const HONORIFIC = "(?:Mr|Mrs|Ms|Dr)\\.?\\s+";
/** "…," said, then perhaps an honorific, a first name (accents and all: "said Martín") and a middle initial, right
 * before a name's last word; the quotation's closing mark before the verb (a comma alone may close an apposition:
 * "Jeremy Hunt, said Nicolás Maduro had not …"). */
// (or opening the sentence: 'Said Lavrov: "…"')
const SAID_BEFORE_NAME = new RegExp(
  `(?:,?["”’']\\s*|(?:^|[.!?]["”]?\\s+|\\n\\s*))(?:said|told|added|noted|stressed)\\s+(?:${HONORIFIC})?(?:[\\p{L}\\p{N}_]+\\s+)?(?:[A-Z]\\.\\s+)?$`,
  "iu",
);
/** A statement, then the word before its source: "statement from the ", "communiqué issued by ". */
const STATEMENT_SOURCE = `(?:statement|message|communiqu[eé]|note|release|readout|letter)\\s+(?:from|by|of|issued by|signed by)\\s+(?:the\\s+)?`;
/** A statement said to speak, up to its source: '"…," said a statement from ', 'read a statement by '. */
const STATEMENT_OF = `\\b(?:${stanceCues.speechVerbs}|read|reads)\\s+(?:in\\s+)?(?:an?|the)\\s+(?:[\\w-]+\\s+)?${STATEMENT_SOURCE}`;
/** A statement's source next: "the statement from the ", "a statement by ". */
const STATEMENT_SOURCE_BEFORE = new RegExp(`\\b${STATEMENT_SOURCE}$`, "i");
/** "…," said a statement from the Kremlin: the source right after. */
const STATEMENT_FROM = new RegExp(`${STATEMENT_OF}$`, "i");
/** '"…," read a statement by EU foreign policy chief Federica Mogherini': the author, a role before the name. */
const STATEMENT_BY = new RegExp(`${STATEMENT_OF}(?:[\\w'’.-]+\\s+){0,6}$`, "i");
const NAME_WORDS = "[A-ZÀ-ÝĀ-ſ][a-zà-ÿĀ-ſ'’-]+(?:\\s+[A-Z]\\.)?(?:\\s+[A-ZÀ-ÝĀ-ſ][a-zà-ÿĀ-ſ'’-]+){0,2}";
/** "Freeland said", "…," said Freeland, "Phil Gunson of the International Crisis Group said": a capitalised name
 * beside a verb of speech. */
const BARE_SPEAKER = new RegExp(
  `(?<![\\w'’-])(${NAME_WORDS})(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,5})?\\s+(?:${stanceCues.speechVerbs})\\b|[,"”’'»]\\s*(?:said|told|added|noted|stressed)\\s+(?:${HONORIFIC})?(${NAME_WORDS})\\b`,
  "g",
);
/** After "said Name", a lower-case word that goes on the attribution ("said Peskov on Monday", "said Freeland, adding");
 * any other makes the name the subject of what was said (', by contrast, said European attempts … amounted to'). */
const ATTRIBUTION_GOES_ON =
  /^(?:\s*(?:[^\w\s]|$)|\s+(?:[A-ZÀ-Ý]|(?:on|in|at|during|after|before|when|while|who|whose|adding|according|from|to|of|as|and|but|last|this|yesterday|today|earlier|later|told|via|by|with|speaking|writing|noting|referring)\b))/;
const TITLE_IN = new RegExp(`\\b(?:${TITLE_WORDS})\\b`, "i");
const PRONOUN_OR_ARTICLE = new RegExp(
  `^(?:He|She|It|They|We|I|The|This|That|These|Those|A|An|But|And|Officials?|Sources?|${WEEKDAY_PATTERN}|${MONTH_PATTERN})\\b`,
);
/** Words in quotation marks up to which, with no speaker, they are the narrator's scare quotes. */
const SCARE_QUOTE_WORDS = 3;
/** How far from a quotation (in characters) its speaker may be named. */
const REACH = 220;

interface Candidate {
  at: number;
  speaker: string;
  role: string | null;
  actor: ActorId | null;
  kind: FoundQuote["speakerKind"];
  person?: Person;
  /** Names what follows it only: `Moscow calls the "Oslo process"` speaks for no earlier quote. */
  onlyBefore?: boolean;
  /** A person named without a verb of speech beside them: a speaker of what comes after, not of what precedes
   * ('… is "an option", as the country's opposition leader, Juan Guaidó, stepped up …'). */
  noVerb?: boolean;
}

/**
 * Returns the direct quotations of an article with their speakers: the person, outlet or state body named
 * nearest to the quotation in its paragraph ("Peskov said", "according to the agency", "China's Foreign Ministry
 * said"), resolving "he added", "in his words" and "the Kremlin spokesman" to the person quoted last. An outlet's
 * report is speakerKind "media" with no actor. Scare quotes of one or two capitalised words are not quotations, nor
 * are up to SCARE_QUOTE_WORDS words that no one is said to have said.
 */
export function extractQuotes(
  text: string,
  mentions: readonly ActorMention[],
  people: readonly Person[],
): FoundQuote[] {
  const out: FoundQuote[] = [];
  /** Quotations left open at their paragraph's end, running on into the next. */
  const runsOn = new Set<FoundQuote>();
  let lastSpeaker: Candidate | null = null;
  let lastMedia: string | null = null;
  /** How far the text has been read for media names. */
  let mediaRead = 0;
  /** Where the paragraph of the last quotation that had a speaker starts. */
  let lastQuotedParagraph: number | null = null;
  // the text with every quotation blanked out, so words inside quotes are never speakers; the closing mark stays,
  // so '"…," said Phil Gunson' still reads as a name after a quotation
  const blanked = text.replace(QUOTATION, (s) => " ".repeat(s.length - 1) + s.at(-1));
  for (const q of matchesOf(QUOTATION, text)) {
    const inner = (q[1] ?? q[2] ?? q[3] ?? q[4] ?? q[5] ?? q[6] ?? q[7] ?? q[8]).trim();
    const start = q.index + q[0].indexOf(inner);
    const end = start + inner.length;
    // media named before this quotation become "the agency" (read on from the quotation before, not from the start)
    for (const m of matchesOf(MEDIA, text.slice(mediaRead, q.index))) lastMedia = m[0];
    mediaRead = q.index;
    if (!isQuotation(inner)) continue;

    const paraStart = text.lastIndexOf("\n", q.index) + 1;
    const nl = text.indexOf("\n", end);
    const paraEnd = nl < 0 ? text.length : nl;
    const from = Math.max(paraStart, q.index - REACH);
    const to = Math.min(paraEnd, q.index + q[0].length + REACH);
    const context = blanked.slice(from, to);
    const qs = q.index - from;
    const qe = qs + q[0].length;
    const candidates = findCandidates(context, from, text, mentions, people, lastSpeaker, lastMedia, qs);
    // a speaker named in a sentence before is farther than one named in the quotation's own sentence after it:
    // '"…," Lavrov said. "…," US Senator Marco Rubio said' (the second is Rubio's)
    const ownSentence = lastSentenceStart(context, qs);
    const distance = (c: Candidate) =>
      (c.at < qs ? qs - c.at : c.at - qe) + (c.at < qs ? 0 : -1) + (c.at < ownSentence ? FORMER_SENTENCE : 0);
    // a speaker after the quotation counts only while its sentence goes on: "…," Peskov said / "…" he added
    const closes = /[.!?]$/.test(inner) && !/^\s*[a-z]/.test(context.slice(qe, qe + 3));
    // …and its clause: '"…," while Brazil's foreign ministry said' is another clause's speaker
    const sameSentence = (c: Candidate) => !closes && oneClause(context.slice(qe, c.at));
    // a few words in a sentence of their own are no one's quotation from a sentence before: 'The Vatican has said …
    // Uruguay and Mexico launched the "Montevideo mechanism"'
    const short = inner.split(/\s+/).length <= SCARE_QUOTE_WORDS;
    const sentenceAt = short ? ownSentence : 0;
    const best = candidates
      .filter(
        (c) =>
          (c.at < qs && c.at >= sentenceAt) ||
          (c.at >= qe && DASH_ATTRIBUTION.test(context.slice(qe - 1, c.at))) ||
          (c.at >= qe &&
            sameSentence(c) &&
            !c.onlyBefore &&
            (!c.noVerb || SPOKEN_BETWEEN.test(context.slice(qe, c.at)))),
      )
      .sort((a, b) => distance(a) - distance(b))[0];
    // no one named: a quotation that opens its paragraph, or follows one of the same paragraph, goes on with the
    // speaker quoted last ("…," Norway's foreign minister said, adding … "Our doors are open.")
    // …unless its own sentence names someone else, whom we cannot place ('"…," a Spanish opposition politician said')
    const saidBySomeoneElse = SAID_AFTER.test(text.slice(q.index + q[0].length, paraEnd));
    const goesOn: boolean =
      !saidBySomeoneElse && (q.index - paraStart < 5 || lastQuotedParagraph === paraStart);
    // a quotation that goes on the sentence of the one before, with no verb of speech or clause between: 'Payne said
    // Australia "recognises and supports" Mr Guaido "in assuming the position …"' is still Payne's
    const previous = out.at(-1);
    const between = previous ? text.slice(previous.end + 1, q.index) : "";
    const carried: Candidate | null =
      previous &&
      lastSpeaker &&
      previous.speaker === lastSpeaker.speaker &&
      previous.start >= paraStart &&
      oneClause(between) &&
      !SPOKEN_BETWEEN.test(between) &&
      !CHARACTERISED.test(between)
        ? lastSpeaker
        : null;
    const chosen: Candidate | null =
      carried ??
      best ??
      (q.index - paraStart < 5 ? introducedBy(text, paraStart, people) : null) ??
      nextSentenceSpeaker(text, q.index + q[0].length, paraEnd, people) ??
      (goesOn ? lastSpeaker : null);
    if (chosen && chosen.kind !== "media") lastSpeaker = chosen;
    lastQuotedParagraph = chosen ? paraStart : null;
    // a few words in quotation marks that no one is said to have said are the narrator's scare quotes
    // ('proclaimed himself "interim president"'), not a quotation to show
    if (!chosen && inner.split(/\s+/).length <= SCARE_QUOTE_WORDS) continue;
    // …nor are a headline's, whose quoted words no one is said to have said ('Did "most of the world" recognise …?')
    if (!chosen && paraStart === 0) continue;
    out.push({
      text: inner,
      start,
      end,
      speaker: chosen?.speaker ?? "Unknown speaker",
      role: chosen?.role ?? null,
      actor: chosen?.kind === "media" ? null : (chosen?.actor ?? null),
      speakerKind: chosen?.kind ?? "unknown",
    });
    if (q[6] !== undefined || q[7] !== undefined) runsOn.add(out.at(-1)!);
  }
  // a paragraph of a quotation that runs on into the next one is the words of whoever the next one's are: '"… their own
  // future.\n\n"Any attempt … would be a catastrophe," Lavrov told reporters'
  for (let i = out.length - 2; i >= 0; i--) {
    const [q, next] = [out[i], out[i + 1]];
    if (runsOn.has(q) && q.speakerKind === "unknown" && /^\s*["“]$/.test(text.slice(q.end, next.start)))
      out[i] = {
        ...q,
        speaker: next.speaker,
        role: next.role,
        actor: next.actor,
        speakerKind: next.speakerKind,
      };
  }
  // a transcript's answers: "Maria Zakharova: We are seriously concerned …", a paragraph after its speaker's name,
  // perhaps after a role and an honorific ("Official Spokesperson, Shri Raveesh Kumar: …")
  for (const m of matchesOf(SPEAKER_LABEL, text)) {
    const label = ` ${stripAccents(m[1]).toLowerCase()}`;
    // the name is the whole label or follows a comma and at most one word: not "Backing Guaidó: The US was …"
    const labels = (name: string) => {
      const key = ` ${stripAccents(name).toLowerCase()}`;
      return label.endsWith(key) && ROLE_BEFORE_LABEL.test(label.slice(0, label.length - key.length));
    };
    const person = people.find((p) => labels(p.name) || labels(p.surname));
    const start = m.index + m[0].length - m[2].length;
    const end = start + m[2].trimEnd().length;
    // (not a headline's "Lavrov: Russia ready to help", which gives the gist)
    if (!person || m.index === 0 || out.some((q) => q.start < end && q.end > start)) continue;
    out.push({
      text: text.slice(start, end),
      start,
      end,
      speaker: person.name,
      role: person.role,
      actor: person.actor,
      speakerKind: "person",
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What may stand before the name in a transcript's label: nothing, or a role and a comma, then perhaps an honorific. */
const ROLE_BEFORE_LABEL = /^(?:|.*,(?: [^\s,]+)?)$/;
/** A paragraph that opens with a speaker's name and a colon, as a transcript gives an answer: groups label (the name,
 * perhaps after a role and a comma), words. */
const SPEAKER_LABEL = /^((?:[A-ZÀ-Ý][\w.'’À-ÿ-]*,?\s+){0,5}[A-ZÀ-Ý][\w'’À-ÿ-]+):[ \t]+([A-ZÀ-Ý"“‘].{19,})$/gm;

/** Words before a name that are no verb: conjunctions, and prepositions ("Secretary of State Mike Pompeo"), whose
 * objects isObjectOfPreposition tells. */
const NOT_A_VERB = new RegExp(
  `^(?:and|or|but|as|while|when|then|also|that|by|the|${stanceCues.prepositions})$`,
);
/** Nothing but capitalised words (a title, a first name) between a sentence's start and a name. */
const OPENS_SENTENCE = /(?:^|[.!?]["”]?\s+|\n\s*)(?:[A-Z][\w'’.-]*:?\s+){0,3}$/;
/** The rest of a sentence up to the quotation it introduces with a colon after a verb of speech. */
/** A verb of the sentence's subject right before its quotation: "… but called for ", "… and warned that ". */
const VERB_BEFORE_QUOTE = new RegExp(
  `^(?:[^.!?;"“”]|(?<=\\b(?:Mr|Mrs|Ms|Dr|[A-Z]))\\.){0,160}\\b(?:${stanceCues.speechVerbs}|${words.characteriseVerbs}|${words.sentimentVerbs})\\s+(?:for|that|it|them|him|her|its|their|as)?\\s*["“]?\\s*$`,
  "i",
);
const INTRODUCES_QUOTE = new RegExp(`^[^.!?]{0,160}\\b(?:${stanceCues.speechVerbs})\\b[^.!?]{0,60}:\\s*$`);
/** A possessive after a name: "Maduro's nightmare" names no speaker, unlike "in Lavrov's view", "Peskov's words". */
const POSSESSIVE =
  /^['’]s\b(?!\s+(?:\w+\s+)?(?:view|views|words|opinion|assessment|remarks|comments|statement|account)\b)/;
const TITLE_END = new RegExp(`(?:${TITLE_WORDS})\\s+$`, "i");
/**
 * Tells whether a name right after `before` is a verb's object ("recognize Guaido", "back Juan Guaido",
 * "recognized U.S.-backed opposition leader Juan Guaido"): it follows a lower-case word that is neither a title
 * ("spokesman Peskov"), a speech verb ("said Peskov") nor a conjunction; a role between the verb and the name
 * ("opposition leader") is looked past.
 */
function isObjectOfVerb(text: string): boolean {
  // the words right before are enough; a whole prefix made each call as long as the article before it
  const before = text.slice(-200);
  if (ADDRESSEE_NAMED.test(before)) return true;
  // a title holding "of" ("met Secretary of State Mike Pompeo"): the word before the whole title decides
  const ofTitle = OF_TITLE_BEFORE.exec(before);
  if (ofTitle && TITLE_IN.test(ofTitle[2])) return actsOn(ofTitle[1]);
  // (a title's full stop between: "recognising Mr. Guaido")
  const m =
    /(?<![\p{L}\p{N}'’])([a-z]+)\s+(?:(?:[A-Z]\.){2,}\s+|(?:Mr|Mrs|Ms|Dr)\.\s+|\p{Lu}[\p{L}\p{N}'’-]*\s+){0,2}$/u.exec(
      before,
    ); // not the "s" of "Bolivia's"
  if (!m) return false;
  const word = m[1];
  if (!actsOn(word)) return false;
  if (!TITLE_END.test(before.slice(0, m.index + word.length) + " ")) return true;
  // the end of a role: the word before the whole role decides
  const words = before.slice(0, m.index).trimEnd().split(/\s+/);
  while (words.length > 0 && inRole(words.at(-1)!)) words.pop();
  return actsOn(words.at(-1) ?? "");
}
/** A lower-case word that can be a verb acting on what follows: neither a verb of speech nor a conjunction or
 * preposition. */
// (a verb of speech whose object is the one spoken to acts on it: "Lavrov told Secretary of State Mike Pompeo that")
const actsOn = (word: string) =>
  ADDRESSED.test(`${word} `) || (/^[a-z]+$/.test(word) && !SPEECH.test(word) && !NOT_A_VERB.test(word));
/** A lower-case word, then a title with "of" and perhaps a first name: "met (U.S.) Secretary of State Mike ". */
const OF_TITLE_BEFORE =
  /(?<![\p{L}\p{N}'’])([a-z]+)\s+((?:(?:[A-Z]\.){2,}\s+|\p{Lu}[\p{L}\p{N}'’-]*\s+){1,3}of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}'’-]*\s+){1,3})$/u;
/** The one spoken to, named after a comma: "told his Russian counterpart, ", "met the Chinese ambassador, ". */
const ADDRESSEE_NAMED =
  /\b(?:told|tells|telling|met|meets|meeting|phoned|called|thanked|urged|asked|warned|assured)\s+(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:[\w-]+\s+){0,3}?[a-z]+,\s+(?:[A-Z][\w'’-]*\s+){0,2}$/;
/** Words a role may hold before its title: the titles' words and the role modifiers ("deputy", "opposition"). */
const ROLE_WORDS = new Set([...speakers.titles.flatMap((t) => t.split(/\s+/)), ...speakers.roleModifiers]);
/** A word that may stand in a role: capitalised, hyphenated ("U.S.-backed"), a title's word or a modifier. */
/** A word a role may hold: capitalised, hyphenated or a role's word, and not the end of a sentence before the role
 * ("… to back Guaido.\n\nRussia's ambassador Vassily Nebenzia": "Guaido." ends the sentence, "back" is no verb of
 * his); "U.S." is an abbreviation, no end. */
const inRole = (w: string) =>
  !/[!?;:]$|\p{Ll}{2,}\.$/u.test(w) && // (a sentence's end: "Guaidó.")
  (/^[A-ZÀ-Ý]/.test(w) || /\w-\w/.test(w) || ROLE_WORDS.has(w.toLowerCase()));

function isQuotation(inner: string): boolean {
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const titleCase = words.every((w) => /^[A-Z0-9]/.test(w));
  return !(words.length <= 2 && titleCase && !/[,.!?]$/.test(inner));
}

function findCandidates(
  context: string,
  offset: number,
  text: string,
  mentions: readonly ActorMention[],
  people: readonly Person[],
  lastSpeaker: Candidate | null,
  lastMedia: string | null,
  quoteAt: number,
): Candidate[] {
  const out: Candidate[] = [];
  // a name after a preposition is no speaker ("talks with Lavrov"), except after "according to", "in the words of" and when a
  // participle of speech follows it ("with President Lukashenko telling him that…")
  const free = (at: number, length = 0) =>
    !isObjectOfPreposition(context.slice(0, at)) ||
    /\b(?:according to|in the words of)\s+(?:[\w'’.-]+\s+){0,6}$/i.test(
      context.slice(Math.max(0, at - 80), at),
    ) ||
    SPEAKS_FOR.test(context.slice(Math.max(0, at - 60), at)) ||
    STATEMENT_BY.test(context.slice(Math.max(0, at - 120), at)) ||
    (length > 0 && SPEAKING_AFTER.test(context.slice(at + length, at + length + 30)));
  /** The state a role phrase at `at` names ("the Turkish foreign minister"), if any. */
  const actorWithin = (at: number, length: number) =>
    mentions.find((x) => x.start >= offset + at && x.end <= offset + at + length)?.actor;
  /** A speaker known only by role ("Turkish foreign minister", "A senior Russian diplomat"), for the role's state:
   * beside a verb of speech, and not a role outside government ("a former Colombian president"). */
  const unnamedCandidate = (role: string, at: number, length: number): Candidate | null => {
    const actor = actorWithin(at, length);
    if (!actor || NOT_FOR_STATE.test(role) || !spokenBeside(context, at, at + length)) return null;
    return { at, speaker: role.charAt(0).toUpperCase() + role.slice(1), role: null, actor, kind: "person" };
  };
  for (const p of people) {
    const re = new RegExp(`\\b${nameRefs(p).map(escapeRegExp).join("|")}\\b`, "g");
    for (const m of matchesOf(re, context)) {
      // …or the person's government or office does: "President Tabaré Vázquez's government said"
      // (or whose statement the quotation is: '"…," read a statement by EU foreign policy chief Federica Mogherini')
      const besideVerb =
        speaksAt(context, m.index, m[0].length) ||
        BODY_OF_PERSON_SPEAKS.test(context.slice(m.index + m[0].length)) ||
        STATEMENT_BY.test(context.slice(Math.max(0, m.index - 120), m.index));
      const characterises =
        !besideVerb &&
        CHARACTERISES_AFTER_NAME.test(context.slice(m.index + m[0].length, m.index + m[0].length + 20));
      // a topic figure speaks only beside a verb ("He said Maduro had let…" is not Maduro's); anyone else wherever
      // named, unless someone acts on them ("considered Guaido", "what he called Maduro's nightmare")
      // …or whom the sentence describes: 'that Guaido was "the legitimate interim president"'
      const actedOn =
        isObjectOfVerb(context.slice(0, m.index)) ||
        POSSESSIVE.test(context.slice(m.index + m[0].length)) ||
        /^\s+(?:was|is|remains|were|are|had become|has become)\b/.test(context.slice(m.index + m[0].length));
      const accordingTo = /\baccording to\s+(?:[\w.]+\s+){0,3}$/i.test(
        context.slice(Math.max(0, m.index - 40), m.index),
      );
      // …or who opens the sentence that introduces the quotation: "Mr Maduro … rejected the ultimatum and told
      // Spanish TV channel laSexta: '…'"
      const introduces =
        p.known &&
        m.index < quoteAt &&
        OPENS_SENTENCE.test(context.slice(0, m.index)) &&
        INTRODUCES_QUOTE.test(context.slice(m.index + m[0].length, quoteAt));
      const dashed = DASH_ATTRIBUTION.test(context.slice(Math.max(0, m.index - 60), m.index));
      if (!besideVerb && !accordingTo && !introduces && !dashed && (p.known ? !characterises : actedOn))
        continue;
      // (from the first name when a middle initial stands between: "said Dmitri S. Peskov")
      const initialed = /[A-Z][\w'’-]+\s+[A-Z]\.\s+$/.exec(context.slice(Math.max(0, m.index - 30), m.index));
      if (dashed || free(m.index, m[0].length))
        out.push({
          at: m.index - (initialed?.[0].length ?? 0),
          speaker: p.name,
          role: p.role,
          actor: p.actor,
          kind: "person",
          person: p,
          onlyBefore: p.known && characterises,
          noVerb: !besideVerb,
        });
    }
  }
  // a name the article never introduced with a role: "…," Freeland said / said Freeland
  for (const m of matchesOf(BARE_SPEAKER, context)) {
    const name = m[1] ?? m[2];
    const at = m.index + m[0].indexOf(name);
    if (m[2] && !ATTRIBUTION_GOES_ON.test(context.slice(at + name.length))) continue;
    const abs = offset + at;
    if (PRONOUN_OR_ARTICLE.test(name) || TITLE_IN.test(name) || PLACE_NAMES.has(name) || SURFACES.has(name))
      continue; // a place, a country's name or a known non-actor ("Latin America")
    // the end of a longer name ("Department of International Relations and Cooperation said"), or a preposition's
    // object ("an expert on Latin America told")
    if (/[A-Z][\w'’-]*\s+(?:and|of|for|on)\s+$/.test(context.slice(Math.max(0, at - 40), at)) || !free(at))
      continue;
    if (people.some((p) => nameRefs(p).some((r) => name.split(/\s+/).includes(r)))) continue; // a known person
    if (mentions.some((x) => x.start <= abs && x.end > abs)) continue; // a country or organisation, not a person
    if (MEDIA.test(name)) {
      MEDIA.lastIndex = 0;
      continue;
    }
    out.push({ at, speaker: name, role: null, actor: null, kind: "person" });
  }
  for (const m of matchesOf(MEDIA, context)) {
    if (
      SPEECH.test(context.slice(m.index, m.index + 60)) ||
      /reported|according to|citing|wrote/i.test(context.slice(Math.max(0, m.index - 20), m.index + 40))
    )
      out.push({ at: m.index, speaker: m[0], role: null, actor: null, kind: "media" });
  }
  for (const m of matchesOf(MEDIA_NOUN, context)) {
    if (lastMedia) out.push({ at: m.index, speaker: lastMedia, role: null, actor: null, kind: "media" });
  }
  for (const m of matchesOf(ORGANIZATION_REF, context)) {
    if (!speaksAt(context, m.index, m[0].length)) continue;
    const org = mentions.findLast((x) => x.form === "organization" && x.end <= offset + m.index);
    if (org)
      out.push({
        at: m.index,
        speaker: describeActor(org.actor).name,
        role: null,
        actor: org.actor,
        kind: "organization",
      });
  }
  // "the foreign ministry said", no state named: the state whose name last opened a sentence before it
  for (const m of matchesOf(STATE_BODY_REF, context)) {
    const at = offset + m.index;
    if (!speaksAt(context, m.index, m[0].length) || mentions.some((x) => x.start <= at && x.end > at))
      continue;
    const state = mentions.findLast(
      (x) =>
        x.end <= at &&
        at - x.start <= STATE_BODY_REACH &&
        x.form !== "organization" &&
        SENTENCE_OPENS.test(text.slice(Math.max(0, x.start - 8), x.start)) &&
        !insideQuotation(text, x.start), // (not a state a quotation names: '"… Russia is our friend," the ministry said')
    );
    if (state)
      out.push({
        at: m.index,
        speaker: `${describeActor(state.actor).name}'s ${m[1]}`,
        role: null,
        actor: state.actor,
        kind: "organization",
      });
  }
  for (const m of matchesOf(PRONOUN, context)) {
    // "he said": a person named earlier in this paragraph, else the speaker quoted last, else one named in
    // the paragraph before
    const here = recentPerson(text, people, offset + m.index, false);
    const before = here ? undefined : recentPerson(text, people, offset + m.index, true);
    // "he"/"she" is a person: not a ministry quoted last
    const lastPerson = lastSpeaker?.kind === "person" ? lastSpeaker : null;
    const who = here ? personCandidate(here) : (lastPerson ?? (before && personCandidate(before)));
    if (who) out.push({ ...who, at: m.index });
  }
  for (const m of matchesOf(ROLE_REF, context)) {
    // "telling the Venezuelan leader", "told the minister": the person spoken to, not the speaker
    if (ADDRESSED.test(context.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "had recognised the National Assembly leader": the one acted on, not a speaker
    if (isObjectOfVerb(context.slice(0, m.index))) continue;
    const titleWord = m[1].toLowerCase().split(/\s+/).at(-1)!;
    const refStart = offset + m.index;
    const refActor = actorWithin(m.index, m[0].length);
    /** The person's roles, as the article gives it and as the topic's data does. */
    const roles = (p: Person) => [p.role, p.knownRole].filter((r) => r != null).map((r) => r.toLowerCase());
    const hasRole = (p: Person, word: string) => roles(p).some((r) => r.includes(word));
    // (a general title refers back to the roles of its kind: "the senior diplomat" to a deputy foreign minister)
    const kinds: string[] = (speakers.titleKinds as Record<string, string[]>)[titleWord] ?? [titleWord];
    const fits = (p: Person | undefined) =>
      p && (refActor ? p.actor === refActor : kinds.some((w) => hasRole(p, w)));
    // "the Kremlin official": the one named last before it whose role holds its other words ("Kremlin spokesman")
    const words = m[1].toLowerCase().split(/\s+/).slice(0, -1);
    const described = people.findLast(
      (p) =>
        p.start < refStart &&
        fits(p) &&
        words.length > 0 &&
        roles(p).some((r) => words.every((w) => r.includes(w))),
    );
    // …else the one named last before it whose role fits ("the senior diplomat" after "Russian Deputy Foreign
    // Minister Sergei Ryabkov"), not one the article names only later
    const lastNamed = (list: Person[]) =>
      list
        .map((p) => ({ p, at: text.lastIndexOf(p.surname, refStart) }))
        .filter((x) => x.at >= 0 && x.at < refStart)
        .sort((a, b) => b.at - a.at)[0]?.p;
    const fitting = people.filter((p) => fits(p));
    const titled = fitting.filter((p) => kinds.some((w) => hasRole(p, w)));
    // …one of the very title who has spoken since the speaker quoted last ("Alan Duncan, told the council that …
    // '…,' the minister added", after a quotation of the Secretary of State)
    const speakerAt = lastSpeaker?.person ? text.lastIndexOf(lastSpeaker.person.surname, refStart) : -1;
    const spokeSince = people.findLast((p) => {
      const at = text.lastIndexOf(p.surname, refStart);
      return (
        at > speakerAt &&
        p !== lastSpeaker?.person &&
        hasRole(p, titleWord) &&
        SPEECH_AFTER_NAME.test(text.slice(at + p.surname.length, at + p.surname.length + 60))
      );
    });
    const match =
      described ??
      spokeSince ??
      (fits(lastSpeaker?.person) ? lastSpeaker?.person : undefined) ??
      lastNamed(titled) ??
      lastNamed(fitting) ??
      titled[0] ??
      fitting[0];
    const found = match
      ? { ...personCandidate(match), at: m.index }
      : unnamedCandidate(m[1], m.index, m[0].length);
    if (found) out.push(found);
  }
  // "a senior Russian diplomat said": someone new, never one named before, who speaks for the state of the role
  for (const m of matchesOf(UNNAMED_ROLE, context)) {
    // …whose state may follow the title: "a spokesman for the Turkish presidency said"
    const whose = SERVES_AFTER.exec(context.slice(m.index + m[0].length))?.[0] ?? "";
    const unnamed = unnamedCandidate(m[0] + whose, m.index, m[0].length + whose.length);
    if (unnamed) out.push(unnamed);
  }
  for (const m of matchesOf(PAIR_REF, context)) {
    // (speaking: "talks between the two sides" names none)
    if (!speaksAt(context, m.index, m[0].length)) continue;
    const before = mentions.filter((x) => x.end <= offset + m.index && x.form !== "organization");
    const recent: ActorMention[] = [];
    for (let i = before.length - 1; i >= 0 && recent.length < 2; i--) {
      if (!recent.some((r) => r.actor === before[i].actor)) recent.push(before[i]);
    }
    const pair = recent.reverse().map((x) => x.actor);
    if (pair.length === 2) {
      const label = recent.map((x) => describeActor(x.actor).name).join(" and ");
      const joint = /joint statement/i.test(context) ? " (joint statement)" : "";
      out.push({
        at: m.index,
        speaker: `${label}${joint}`,
        role: null,
        actor: pair[0],
        kind: "organization",
      });
    }
  }
  // a quotation that goes on the sentence before it, its verb inside, opening in lower case ('China "firmly opposes …"')
  const followsName = /^["“](\s*[a-z][^"”\n]*)["”]/.exec(text.slice(offset + quoteAt));
  // a state body as speaker: "China's Foreign Ministry said", "the Kremlin press service"
  for (const x of mentions) {
    const at = x.start - offset;
    // "the Foreign Ministry of Peru said", "according to a statement by the Foreign Ministry of Peru": the body before
    const bodyOf =
      at >= 0 && at < context.length ? BODY_OF_BEFORE.exec(context.slice(Math.max(0, at - 60), at)) : null;
    if (bodyOf) {
      const bodyAt = at - (Math.min(at, 60) - bodyOf.index);
      const before = context.slice(Math.max(0, bodyAt - 60), bodyAt);
      const said =
        SPEECH_AFTER_NAME.test(text.slice(x.end, x.end + 50)) ||
        SPEECH_BEFORE.test(before) ||
        ACCORDING_TO_BEFORE.test(before);
      if (said) {
        const speaker = `${bodyOf[1]} of ${text.slice(x.start, x.end)}`;
        out.push({ at: bodyAt, speaker, role: null, actor: x.actor, kind: "organization" });
        continue;
      }
    }
    // "…," said a statement from the Kremlin (a body after the name speaks below: "from the Colombian foreign ministry")
    if (
      at >= 0 &&
      at < context.length &&
      x.form !== "demonym" &&
      STATEMENT_FROM.test(context.slice(Math.max(0, at - 80), at)) &&
      !opensRoleOfPerson(text, x.end, people) &&
      !STATE_BODY_AFTER.test(text.slice(x.end, x.end + 50))
    ) {
      out.push({ at, speaker: text.slice(x.start, x.end), role: null, actor: x.actor, kind: "organization" });
      continue;
    }
    // (after a preposition only with its verb: "with Moscow warning that")
    if (at < 0 || at >= context.length || !free(at, x.end - x.start)) continue;
    if (!context.slice(at, at + x.end - x.start).trim()) continue; // inside a quotation (blanked in the context)
    // past a relative clause or an apposition set off by commas: "Russia, which has lent Caracas billions, condemned"
    const aside = ASIDE_AFTER_NAME.exec(text.slice(x.end, x.end + 200))?.[0].length ?? 0;
    const after = text.slice(x.end + aside, x.end + aside + 50);
    if (opensRoleOfPerson(text, x.end, people)) continue; // "Chinese Foreign Ministry spokesman Geng Shuang": the person speaks
    if (POSTED_TO.test(text.slice(Math.max(0, x.start - 40), x.start))) continue; // "the US ambassador to the UN said"
    const body = STATE_BODY_AFTER.exec(after);
    const speaks = SPEECH.test(after.slice(0, 25)) || SPEAKING_AFTER.test(after);
    const characterises = !speaks && CHARACTERISED.test(after.slice(0, 25));
    // "Norway's foreign minister said": an official named by the role alone
    const role = UNNAMED_OFFICIAL.exec(after);
    // not the role of a person named just before: "Sergei Ryabkov, Russia's deputy foreign minister, said"
    const ofNamed = () =>
      people.some((p) =>
        new RegExp(`\\b${escapeRegExp(p.surname)},\\s*(?:the\\s+)?$`).test(
          text.slice(Math.max(0, x.start - 60), x.start),
        ),
      );
    // …nor a role or body whose holder is named after it: "the Indian foreign ministry spokesman, Raveesh Kumar, said"
    const holder = /^\s*,\s*([^,]{2,40}),/.exec(after.slice((role ?? body)?.[0].length ?? 0));
    if ((role || body) && holder && people.some((p) => holder[1].includes(p.surname))) continue;
    if (role && SPEECH_AFTER_NAME.test(after.slice(role[0].length)) && !ofNamed()) {
      const phrase = text.slice(x.start, x.end + role[0].length);
      out.push({ at, speaker: phrase.trim(), role: null, actor: x.actor, kind: "person" }); // the role is the name
      continue;
    }
    // a country's name right before its verb of speech: "Bolivia said it would never accept …", "with Moscow warning that"
    // or characterises right after its name: 'a move that Russia denounced as "interference"'
    const countrySpeaks =
      (x.form === "name" || x.form === "organization") &&
      (SPEECH_AFTER_NAME.test(after) ||
        SPEAKING_AFTER.test(after) ||
        CHARACTERISES_AFTER_NAME.test(after.slice(0, 25)));
    if (body && ofNamed()) continue; // "Dmitry Peskov, the Kremlin's spokesman, said": the person speaks
    // a name right before a quotation that goes on its sentence, the verb inside: 'China "firmly opposes external
    // interference"' (not what someone says it does: 'Geng Shuang said China "opposes …"', 'Beijing "opposes …",
    // spokesman Geng Shuang said'; nor a scare quote: 'what its media called US "aggression"')
    if (
      followsName &&
      x.form !== "demonym" &&
      !body &&
      at < quoteAt &&
      /^\s+$/.test(context.slice(at + x.end - x.start, quoteAt)) &&
      followsName[1].trim().split(/\s+/).length > SCARE_QUOTE_WORDS &&
      !REPORTED_BEFORE.test(context.slice(lastSentenceStart(context, at), at)) &&
      !SAID_AFTER.test(text.slice(offset + quoteAt + followsName[0].length))
    ) {
      out.push({ at, speaker: text.slice(x.start, x.end), role: null, actor: x.actor, kind: "organization" });
      continue;
    }
    // the name opening the sentence, when a later verb of its clause introduces the quotation with no other state
    // named between (a person between who speaks is nearer): 'The European Union stopped short of recognising Mr. Guaido but called for "free and credible elections"'
    if (
      x.form !== "demonym" &&
      !body &&
      at < quoteAt &&
      OPENS_SENTENCE.test(context.slice(0, at)) &&
      VERB_BEFORE_QUOTE.test(context.slice(at + x.end - x.start, quoteAt)) &&
      !mentions.some((y) => y.start >= x.end && y.start < offset + quoteAt)
    ) {
      out.push({ at, speaker: text.slice(x.start, x.end), role: null, actor: x.actor, kind: "organization" });
      continue;
    }
    if (body || (x.form === "metonym" && (speaks || characterises)) || countrySpeaks) {
      // the body's own words ("China's Foreign Ministry"), the metonym or the name alone, not the verb after
      const phrase = text.slice(x.start, x.end + (body?.[0].length ?? 0));
      out.push({
        at,
        speaker: phrase.trim(),
        role: null,
        actor: x.actor,
        kind: "organization",
        onlyBefore: !body && characterises,
        // a body with no verb of speech after it speaks for what follows only: 'saying it "firmly supports" the
        // Venezuelan government'
        // (a statement's source speaks, whatever the verb: '"…," the statement from the Indian foreign ministry read')
        noVerb:
          body !== null &&
          !SPEECH_AFTER_NAME.test(after.slice(body[0].length)) &&
          !STATEMENT_SOURCE_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start)),
      });
    }
  }
  return out;
}

/** What a speaker named in an earlier sentence adds to its distance from a quotation. */
const FORMER_SENTENCE = 10_000;

/** Where the sentence around `at` starts in `text` (after the last full stop and space before it), or 0. */
function lastSentenceStart(text: string, at: number): number {
  let start = 0;
  // (not after a title's or an initialism's full stop: "Mr. Guaido", "U.S. Secretary of State")
  for (const m of matchesOf(
    /(?<!\b(?:Mr|Mrs|Ms|Dr|St|[A-Z]))[.!?]["”’]?\s+(?=["“A-Z]|$)/g,
    text.slice(0, at),
  ))
    start = m.index + m[0].length;
  return start;
}

/** Tells whether the words after `end` are the rest of a role that leads into a named person's name, or a possessive
 * of a person's surname ("the Kremlin's Peskov"). */
function opensRoleOfPerson(text: string, end: number, people: readonly Person[]): boolean {
  const possessed = POSSESSED_NAME.exec(text.slice(end, end + 50))?.[1].split(/\s+/);
  return people.some((p) => {
    if (possessed?.includes(p.surname)) return true;
    const i = text.indexOf(p.name, end);
    const gap = text.slice(end, i);
    // not a verb before the name: "Moscow called the recognition of opposition leader Juan Guaido …"
    return (
      i >= 0 && i - end <= 60 && /^[\s\w'’-]*$/.test(gap) && !SPEECH.test(gap) && !CHARACTERISED.test(gap)
    );
  });
}

/**
 * The words a later sentence may call a person by: the surname, and for a two-word name also the first word,
 * since many names put the family name first ("Geng Shuang" … "Geng said").
 */
function nameRefs(p: Person): string[] {
  if (p.sharesSurname) return [p.name];
  const words = p.name.split(/\s+/);
  return words.length === 2 && words[0].length >= 2 ? [p.surname, words[0]] : [p.surname];
}

/** "'s Peskov", "'s Dmitry Peskov": a name after a body's possessive. */
const POSSESSED_NAME = /^['’]s\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)/;
/** An auxiliary or adverb between a name and its verb: "has said", "has repeatedly called", "later told". */
const AUXILIARY = "(?:(?:has|have|had|also|later|then|again|once|\\w+ly)\\s+){0,2}";
/** "'s foreign minister": a state's official named by the role alone, after the state's name. */
const UNNAMED_OFFICIAL =
  /^['’]s\s+((?:deputy |foreign |prime |vice |defen[cs]e |interior )*(?:(?:ministry|office|presidency|embassy) )?(?:minister|president|ambassador|envoy|chancellor|spokes(?:man|woman|person)|secretary))\b/i;
/** "ambassador to the", "envoy at the": where a diplomat is posted, which is not whom they speak for. */
const POSTED_TO =
  /\b(?:ambassador|envoy|representative|delegate|delegation|mission|emissary)s?\s+(?:to|at)\s+(?:the\s+)?$/i;
/** "a spokesperson for the Mexican foreign ministry": the body a spokesperson or official speaks for. */
const SPEAKS_FOR =
  /\b(?:spokes(?:man|woman|person)|official|representative|envoy|source|adviser|advisor|statement)s?\s+(?:for|of|from|at|in|by)\s+(?:the\s+)?$/i;
/** "That was the message from Vice President Mike Pence": a quotation's speaker named in the next sentence. */
const MESSAGE_FROM =
  /^\s*(?:That|This|It|Such|These)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:\w+\s+)?(?:message|words|warning|response|reply|answer|verdict|view)\s+(?:from|of)\s+/;

/** The person a following sentence names as the speaker of the quotation that ends at `end`. */
function nextSentenceSpeaker(
  text: string,
  end: number,
  paraEnd: number,
  people: readonly Person[],
): Candidate | null {
  const rest = text.slice(end, paraEnd);
  const m = MESSAGE_FROM.exec(rest);
  if (!m) return null;
  const after = rest.slice(m[0].length, m[0].length + 80);
  const person = people
    .map((p) => ({ p, at: after.search(new RegExp(`\\b${escapeRegExp(p.surname)}\\b`)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0]?.p;
  return person ? personCandidate(person) : null;
}

const CLAUSE_BREAK = new RegExp(stanceCues.clauseBreaks);
/** Tells whether words between a quotation and something after it stay in one clause: no sentence's end (a title's
 * abbreviation is none: '…," Mr. Trump said') and no clause break. */
function oneClause(gap: string): boolean {
  const words = gap.replace(ABBREVIATION, "");
  return !/[.!?]/.test(words) && !CLAUSE_BREAK.test(words);
}
/** An abbreviation, whose full stops end no sentence: a title's ("Mr.", "Gen.", "Sen.") or an initialism's ("U.S."). */
const ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Pres|Prof|Lt|Col|Maj|Capt|Sgt|Amb|St)\.|\b(?:[A-Z]\.){2,}/g;
/** A quotation's closing mark, then a dash and at most a title before its speaker's name: '"…" — Colombian President
 * Ivan Duque', '"…" – Ivan Duque, Colombian president'. */
const DASH_ATTRIBUTION =
  /["”’»][,.]?[ \t]*[—–]{1,2}[ \t]*(?:(?:that|this|such) (?:was|is|were) the (?:message|word|words|verdict|response|reply|view|warning) (?:from|of) (?:[A-Z][\w.'’-]*['’]s[ \t]+)?(?:[a-z]+[ \t]+){0,3})?(?:[A-Z][\w.'’-]*[ \t]+){0,4}$/;
/** "'s government said", "'s office added": a person's government or office speaking, after the person's name. */
const BODY_OF_PERSON_SPEAKS = new RegExp(
  `^['’]s\\s+(?:\\w+\\s+)?(?:government|administration|office|cabinet|spokes(?:man|woman|person))\\s+(?:(?:has|have|had|also|later|then|\\w+ly)\\s+){0,2}(?:${stanceCues.speechVerbs})\\b`,
);
/** A relative clause or an apposition set off by commas right after a name: ", which has lent Caracas billions,", ",
 * a close ally of Moscow,". */
const ASIDE_AFTER_NAME = /^\s*,\s*(?:(?:which|who|whose)\b|(?:an?|the|one of|another)\s)[^,;"“”]{1,150},/;
/** The rest of a quotation's sentence attributes it: '," a Spanish opposition politician said.' */
/** A verb of speech or of naming, or its participle, before a name: 'saying Ankara "stands by …"'. */
const REPORTED_BEFORE = new RegExp(
  `\\b(?:${stanceCues.speechVerbs}|${stanceCues.speechParticiples}|${CHARACTERISE})\\b`,
  "i",
);
const SAID_AFTER = new RegExp(`^\\s*,?\\s*[^.!?"“”]{0,80}?\\b(?:${stanceCues.speechVerbs})\\b`);
/** A verb of speech, or "in the words of", between a quotation and a name after it: '…," said Canadian Foreign
 * Minister Chrystia Freeland'. */
const SPOKEN_BETWEEN = new RegExp(
  `\\b(?:${stanceCues.speechVerbs})\\b|\\bin the words of\\b|\\baccording to\\b`,
  "i",
);
/** A participle of speech right after a name: "with Lukashenko telling him", "Putin saying". */
const SPEAKING_AFTER = new RegExp(`^\\s+(?:${stanceCues.speechParticiples})\\b`);
/** A verb of speech right after a name, perhaps past an aside: " said", ", meanwhile, told", " has said". */
const SPEECH_AFTER_NAME = new RegExp(
  `^(?:,?\\s+(?:Jr|Sr)\\.?)?(?:\\s*,[^,"“”]{0,40},)?\\s*,?\\s+${AUXILIARY}(?:${stanceCues.speechVerbs})\\b`,
  "i",
);
/** A characterisation right after a name: `Trump called his rule "illegitimate"` (said of a quote that follows). */
const CHARACTERISES_AFTER_NAME = new RegExp(`^\\s+${AUXILIARY}(?:${CHARACTERISE})\\b`, "i");

/** The words around a name that another quotes: "quoted President " before it, " as saying" after it. */
const QUOTED_BEFORE_NAME = /\b(?:quoted|cited)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$/;
const QUOTED_AS = /^\s+as\s+(?:saying|telling)\b/;
/** Tells whether the name at `at` is the subject of a verb of speech: "Guaido said", "Guaido, meanwhile, told", "Kalin
 * quoted Erdogan as saying". */
function speaksAt(text: string, at: number, length: number): boolean {
  const after = text.slice(at + length, at + length + 60);
  return (
    SPEECH_AFTER_NAME.test(after) ||
    SPEAKING_AFTER.test(after) ||
    // "Kalin quoted Erdogan as saying", "state media quoted Putin as saying": the one quoted speaks
    (QUOTED_AS.test(after) && QUOTED_BEFORE_NAME.test(text.slice(Math.max(0, at - 40), at))) ||
    // (not a possessor after the verb: "said the group's aim was …")
    (SAID_BEFORE_NAME.test(text.slice(Math.max(0, at - 30), at)) && !/^['’]s\s/.test(after))
  );
}

/** The person a paragraph ending in a colon introduces, for the quotation opening the next paragraph: "Prime
 * Minister Benjamin Netanyahu today issued the following statement:". */
function introducedBy(text: string, paraStart: number, people: readonly Person[]): Candidate | null {
  const before = text.slice(0, paraStart).trimEnd();
  if (!before.endsWith(":")) return null;
  const person = recentPerson(text, people, before.length - 1, false);
  return person ? personCandidate(person) : null;
}

function personCandidate(p: Person): Candidate {
  return { at: 0, speaker: p.name, role: p.role, actor: p.actor, kind: "person", person: p };
}

/** Returns the person named last before `pos` in its own or the previous paragraph, not as an object ("talks with X"). */
/** How far back (in characters) "he said" may find the person it stands for: far beyond any paragraph of news. */
const PRONOUN_REACH = 3000;

function recentPerson(
  text: string,
  people: readonly Person[],
  pos: number,
  previousParagraph: boolean,
): Person | undefined {
  let best: Person | undefined;
  let bestAt = -1;
  const paragraphStart = Math.max(0, text.lastIndexOf("\n\n", pos));
  const floor = Math.max(
    pos - PRONOUN_REACH,
    previousParagraph ? Math.max(0, text.lastIndexOf("\n\n", paragraphStart - 1)) : paragraphStart,
  );
  // by surname, or by the first of two names ("Hua told reporters" of Hua Chunying, whose family name comes first)
  for (const p of people)
    for (const ref of nameRefs(p)) {
      // searched within the reach only: a search of the whole text before it made each pronoun as slow as the text
      // was long
      const window = text.slice(floor, pos + ref.length);
      let at = -1;
      for (let i = window.lastIndexOf(ref); i >= 0; i = i > 0 ? window.lastIndexOf(ref, i - 1) : -1) {
        const here = floor + i;
        // a whole word only: "Ma" of Ma Zhaoxu is not the start of "Maduro"
        if (/[\p{L}\p{N}]/u.test(text[here - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[here + ref.length] ?? ""))
          continue;
        const before = text.slice(Math.max(0, here - 200), here); // the checks below read no further back
        // a topic figure is "he" when they spoke, or when their sentence opened with them ("Mr Maduro, who…, has…")
        const speaks = !p.known || speaksAt(text, here, ref.length) || OPENS_SENTENCE.test(before.slice(-80));
        if (speaks && !isObjectOfPreposition(before) && !isObjectOfVerb(before)) {
          at = here;
          break;
        }
      }
      if (at >= floor && at > bestAt) {
        best = p;
        bestAt = at;
      }
    }
  return best;
}
