import type { ActorId, StanceId } from "../dataset/schema";
import cues from "./data/stance-cues.json";
import words from "./data/words.json";
import speakers from "./data/speakers.json";
import type { ActorMention } from "./find-actors";
import type { Person } from "./find-people";
import { MONTH_PATTERN, WEEKDAY_PATTERN } from "./calendar";
import { EXAMPLES_LIKE, QUANTIFIER_OF, STATE_OF, isObjectOfPreposition } from "./object-of-preposition";
import { matchesOf, phrasesEitherCase } from "./matches";

/** An actor taking a position in a sentence. */
export interface StanceClaim {
  actor: ActorId;
  stance: StanceId;
  /** The words that carry the stance ("voiced support for Maduro"). */
  cue: string;
  /** Offset of the cue in the sentence. */
  cueIndex: number;
  via: string | null;
  /** "Israel joins the United States in recognising": a stance taken before, of which the sentence's day is not
   * the date. */
  before?: boolean;
}

/** What a sentence needs to know of the article around it. */
export interface SentenceContext {
  /** Actors named in the sentence, offsets relative to the sentence. */
  mentions: readonly ActorMention[];
  /** People the article names with a role. */
  people: readonly Person[];
  /** The person spoken of last before this sentence (for "He said…"). */
  lastPerson: Person | null;
  /** The side ("guaido" | "maduro") referred to last before this sentence (for "recognized him"). */
  lastSide: "guaido" | "maduro" | null;
  /** The stance taken last before this sentence (for "Austria followed suit"). */
  lastStance: StanceId | null;
  /** The side a clause before, in this sentence, refused, and whether a contrast ("but", "while") stands between
   * (for "Italy refused to recognise Guaido, but Spain did so"). */
  lastDenied?: StanceId;
  contrasted?: boolean;
  /** The country in crisis, which takes no stance on itself. */
  subject: ActorId;
}

const I = "i";
/** A side's references as one pattern, each starting a word: "legitimate government" is not in "illegitimate
 * government" (a lookbehind here, rather than \b, made the extractor half as fast). */
const sideRefs = (side: "guaido" | "maduro") => cues.sideRefs[side].map((r) => `\\b(?:${r})`).join("|");
const SIDE_REFS = {
  guaido: new RegExp(sideRefs("guaido"), I),
  maduro: new RegExp(sideRefs("maduro"), I),
};
const SIDES = ["guaido", "maduro"] as const;
/** Any reference to a side, ending where the text ends ("… the Venezuelan president's"). */
const SIDE_REF_AT_END = {
  guaido: new RegExp(`(?:${sideRefs("guaido")})$`, I),
  maduro: new RegExp(`(?:${sideRefs("maduro")})$`, I),
};
/** Auxiliaries and adverbs between a subject and its verb: " has flatly", " had already". */
const SUBJECT_TAIL = /(?:\s+(?:has|have|had|was|were|is|are|also|then|again|already|now|\w+ly))*\s*$/;
/** A subordinating conjunction, then perhaps the first names or title of the side named next: "after Nicolas ". */
const SUBORDINATOR_AT_END =
  /\b(?:after|before|when|as|since|because|once|while|until|though|although|whereas)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$/;
/** The side the text ends in a reference to, and where that reference starts; null when it ends in none. */
function sideAtEnd(text: string): { side: (typeof SIDES)[number]; at: number } | null {
  for (const side of SIDES) {
    const ref = SIDE_REF_AT_END[side].exec(text);
    if (ref) return { side, at: ref.index };
  }
  return null;
}
/** What may stand before "Maduro's allies" (and a title or first name: "Mr. Maduro's") for those allies to be names
 * beside them: the clause's start, a comma or a dash, a copula, a preposition of membership or a conjunction. */
const BEFORE_ALLIES =
  /(?:^|[,;:(—–-]|\b(?:is|are|was|were|remains?|remained|been|be|become|becomes|became|among|of|as|like|and|both|all|including)\s)\s*(?:[A-Z][\w.’']*\s+){0,3}$/;
/** "a close Maduro ally": a side's name before "ally", "backer", "supporter". */
const SIDE_ALLY = {
  guaido: new RegExp(`\\b(?:${cues.sideRefs.guaido[0]})\\s+(?:all(?:y|ies)|backers?|supporters?)\\b`, "gi"),
  maduro: new RegExp(`\\b(?:${cues.sideRefs.maduro[0]})\\s+(?:all(?:y|ies)|backers?|supporters?)\\b`, "gi"),
};
/** "pro-Maduro Bolivia": a side's name as a prefix before the names it describes. */
const PRO_SIDE = {
  guaido: new RegExp(`\\bpro-(?:${cues.sideRefs.guaido[0]})\\s+`, "gi"),
  maduro: new RegExp(`\\bpro-(?:${cues.sideRefs.maduro[0]})\\s+`, "gi"),
};
/** "For Guaidó: the US, …", "Behind Maduro: Russia, …", "Pro-Maduro: …": a line's label naming the side of the names
 * after its colon. */
const SIDE_LABEL = {
  guaido: new RegExp(
    `^[\\s•·▪*–—-]*(?:[Ff]or|[Bb]ehind|[Ww]ith|[Pp]ro-?)\\s*(?:(?:Juan|Mr\\.?|President)\\s+)?(?:${cues.sideRefs.guaido[0]})(?=\\s*:)`,
    "g",
  ),
  maduro: new RegExp(
    `^[\\s•·▪*–—-]*(?:[Ff]or|[Bb]ehind|[Ww]ith|[Pp]ro-?)\\s*(?:(?:Nicol[aá]s|Mr\\.?|President)\\s+)?(?:${cues.sideRefs.maduro[0]})(?=\\s*:)`,
    "g",
  ),
};
/** "U.S.-backed opposition leader": the name before the hyphen backs the side after it. */
const BACKED_ADJECTIVE = /(?<=\S)-(?:backed|supported|sponsored)\s+/g;
/** Matches any reference to either side, to track who "him" is: group 1 Guaido, group 2 Maduro. */
const ANY_SIDE = new RegExp(`(${sideRefs("guaido")})|(${sideRefs("maduro")})`, "gi");
const SEAT = new RegExp(cues.seatOfGovernment, I);
/** Words that end a verb's object before a side is named: "the ultimatum to …", "sanctions against …". */
const OBJECT_BREAK = new RegExp(cues.objectBreaks, I);
const PRONOUN = new RegExp(`\\b(?:${cues.pronounRefs})\\b`, I);
const SUPPORT = new RegExp(`\\b(?:${cues.supportVerbs})\\b`, "gi");
const RECOGNITION = new RegExp(`\\b(?:${cues.recognitionVerbs})\\b`, "gi");
const INTERIM = new RegExp(cues.interimTitle, I);
/** A title right after a recognition verb, its object before it: "whom Brasilia recognises as the legitimate president". */
const TITLE_RIGHT_AFTER = new RegExp(`^\\s*(?:${cues.interimTitle})`, I);
/** Recognition of the claimant without an object ("announced its recognition"), or a break with the government that
 * is as plain ("broke off diplomatic relations with Caracas", "cut ties with Maduro's government", "called on Maduro to
 * step down"). */
const BARE_RECOGNITION = new RegExp(`\\b(?:${cues.bareRecognition})`, "gi");
const THANKS_FOR = new RegExp(`\\b(?:${cues.thanksFor})`, "gi");
/** "considers Guaido the legitimate president", "sees Maduro as the legitimate president", "considered Guaido
 * “the legitimate interim president”": a side judged by title, perhaps in quotation marks. */
const JUDGED = SIDES.map(
  (side) =>
    [
      side,
      new RegExp(
        `\\b(?:${cues.judgedVerbs})\\s+(?:${cues.judgedNamePrefix})?(?:${cues.sideRefs[side].join("|")})\\s+["“‘]?${cues.judgedTitle}\\b`,
        "gi",
      ),
    ] as const,
);
const WELCOMED = /\bwelcom(?:e|es|ed|ing)\s+(?:the\s+)?/gi;
/** A side's act of taking power: "'s move", "'s swearing-in", "'s self-proclamation". */
const CLAIM_TO_POWER = new RegExp(`^['’]s\\s+(?:${cues.claimToPower})\\b`, I);
/** A legitimate president named after the title: "Venezuela's legitimate president is ", "The Venezuelan people have a
 * legitimate president:" (then the side). */
const INVERTED_TITLE =
  "(?:Venezuela['’]s |the country['’]s |the |(?:the Venezuelan people|Venezuelans) have an? )?(?:(?:only|sole) )?(?:legitimate|rightful|lawful|constitutional) (?:interim )?(?:president|leader|head of state)(?: of Venezuela)?";
/** "said that Guaido was “the legitimate interim president”", "said Guaido was …", "Lima Group: Guaido is Venezuela's
 * legitimate leader", "said Venezuela's legitimate president is Juan Guaido": a judgement reported with a copula. */
const JUDGED_COPULA = SIDES.map(
  (side) =>
    [
      side,
      new RegExp(
        `(?:\\bthat\\s+|\\b(?:${cues.speechVerbs})\\s+|^\\s*|:\\s+)(?:(?:${cues.judgedNamePrefix})?(?:${cues.sideRefs[side].join("|")})\\s+(?:was|is|remains|had become)\\s+["“‘]?${cues.judgedTitle}\\b|${INVERTED_TITLE}\\s*(?:is|remains|was|:)\\s+(?:${cues.judgedNamePrefix})?(?:${cues.sideRefs[side].join("|")})(?![\\wÀ-ɏ]))`,
        "gi",
      ),
    ] as const,
);
/**
 * The side a speaker's own words judge legitimate when they, or one of their sentences, open with it: '"Guaido is the
 * legitimate interim president," Merkel said' is Merkel's judgement, as "Merkel said that Guaido is …" would be;
 * so is an interview's answer 'Of course. Maduro is the legitimate president.'
 */
export function judgementOpening(words: string): { stance: StanceId; cue: string } | null {
  const starts = [0, ...[...words.matchAll(/[.!?]["”’]?\s+/g)].map((x) => x.index + x[0].length)];
  for (const [side, re] of JUDGED_COPULA) {
    for (const from of starts) {
      re.lastIndex = 0;
      const m = re.exec(words.slice(from));
      if (m?.index === 0) return { stance: side, cue: m[0].trim() };
    }
  }
  return null;
}
/** The end of a word, accented letters being letters ("Guaidó", where `\b` would find none after the "ó"). */
const WORD_END = "(?![\\wÀ-ɏ])";
/** Solidarity said in the second person: "we are with you", "you can count on us". */
const SUPPORT_TO_YOU = new RegExp(`\\b(?:${cues.supportToYou})\\b`, I);
/** A side addressed: by name opening one of the quotation's sentences ("Brother Maduro, …"), or by the narration's
 * verb of address before the quotation ("phoned Maduro to say: ") or after it (', Diaz-Canel wrote to Maduro'). */
const ADDRESSED_SIDE = SIDES.map(
  (side) =>
    [
      side,
      new RegExp(
        `(?:^|[.!?]["”’]?\\s+)(?:(?:[A-Z][\\w.]*|brother|comrade|friend|dear|president)\\s+){0,3}(?:${sideRefs(side)})\\s*[,!]`,
      ),
      new RegExp(`\\b${cues.addressedBefore}(?:${sideRefs(side)})${WORD_END}[^"“”]*["“]?\\s*$`, I),
      new RegExp(`^["”]?[^"“”]*?\\b${cues.addressedBefore}(?:${sideRefs(side)})${WORD_END}`, I),
    ] as const,
);
/**
 * The side a quotation's solidarity is said to, in the second person: '"Brother Maduro, stand tall, we are with
 * you"', 'phoned Maduro to say: "We are with you."' — the speaker takes it. `before` and `after` are the narration
 * before and after the quotation in its sentence.
 */
export function supportSaidTo(
  words: string,
  before: string,
  after: string,
): { stance: StanceId; cue: string } | null {
  const said = SUPPORT_TO_YOU.exec(words);
  if (!said) return null;
  const found = ADDRESSED_SIDE.filter(
    ([, vocative, told, toldAfter]) => vocative.test(words) || told.test(before) || toldAfter.test(after),
  );
  return found.length === 1 ? { stance: found[0][0], cue: said[0] } : null;
}
/** "calling him Venezuela's legitimate interim president": a judgement of the side named last. */
const JUDGED_PRONOUN = new RegExp(
  `\\b(?:${cues.judgedVerbs})\\s+(?:him|her)\\s+["“‘]?${cues.judgedTitle}\\b`,
  "gi",
);
const MODAL = new RegExp(`${cues.conditionalModal}[^.;]{0,40}$`, I);
const CONDITION = new RegExp(cues.conditionalMarker, I);
/** Any condition right after a modal's object: "would recognise Guaido if the National Assembly asked it to". */
const IF_NEXT = /^[^,.;]{0,60}?\bif\b/i;
/** A condition right after the cue, no comma between, with or without a modal before: "pushed for recognition if
 * Nicolás Maduro failed to call elections by Sunday". */
const CONDITION_NEXT = new RegExp(`^[^,.;]{0,80}?(?:${cues.conditionalMarker})`, I);
/** "call elections within eight days, or they would recognise Guaido": the condition stated before the verb. */
const OR_ELSE = new RegExp(cues.conditionalOrElse, I);
/** "If within eight days there is no call for … elections, Spain will recognise Guaido": the condition first. */
const IF_FIRST = new RegExp(cues.conditionalIfFirst, I);
// (not past a coordinated verb: "denounced US aggression against Venezuela and expressed support for …")
const NEGATED = new RegExp(`${cues.negators}(?:\\s+(?!(?:and|but)\\b)\\w+){0,3}\\s*$`, I);
const CONDITIONAL_CUES = cues.conditionalCues.map((c) => new RegExp(`\\b(?:${c})`, "gi"));
const NEUTRAL_CUES = cues.neutralCues.map((c) => new RegExp(`\\b(?:${c})`, "gi"));
/** Rejecting "the coup attempt" or Guaido's bid is siding with the government. */
const MADURO_CUES = cues.maduroCues.map((c) => new RegExp(`\\b(?:${c})`, "gi"));
/** "the Venezuelan president's staunchest allies": support for the side named before the possessive. */
const POSSESSIVE_SUPPORT = new RegExp(cues.possessiveSupport, "gi");
/** A supporter's noun qualified as past, to the end of the text tested: "a former ally of", "once a close Maduro ally". */
const PAST_TIE = new RegExp(`${cues.pastTie}\\s*$`, "i");
/** A word that sets what follows against what went before: "…, while Spain has done so". */
const CONTRAST = /\b(?:while|whereas|but|though|although|unlike|in contrast (?:with|to))\b/i;
const FOLLOW = new RegExp(`\\b(?:${cues.followCues})`, "gi");
/** "…, as did Kosovo and Morocco", "…, and so do Russia and Turkey", "So have Cuba and Bolivia.", "they were joined by
 * the UK and France", "…, in a joint move with France and Germany", "…, followed by Ottawa": those named after it did
 * as the clause (or sentence) before says. */
const AS_DID =
  /\bas (?=(?:the )?[A-Z][\w'’-]*(?:,? (?:and )?[\w'’-]+){0,10} (?:did|had)(?:\s+(?:on|in|last|earlier|before|days?|weeks?)\b|\s*[,.;]|$))|,\s*as (?=(?:the )?[A-Z][^.;]{0,80}? (?:had|have|has|did|do|does) (?:already )?(?:done|so)\b)|(?:,\s*(?:as|and so)|^\s*(?:And )?So) (?:did|have|has|had|do|does|are|is|were|was) (?:also |too )?|\b(?:were|was|have been|has been|had been) (?:(?:quickly|soon|later|swiftly|promptly|immediately) )?(?:joined|seconded|echoed) by |\b(?:[Aa]n? |[Tt]he )?(?:[Ss]imilar|[Ss]ame|[Ii]dentical) (?:positions?|stances?|views?|statements?|calls?|sentiments?|support) (?:were|was|have been|has been|had been) (?:expressed|voiced|taken|adopted|echoed|shared|issued|made) by |\b(?:in|as part of) an? (?:joint|coordinated|concerted|common) (?:move|step|decision|announcement|statement|action|declaration) (?:with|alongside) |\bin (?:coordination|concert|tandem|lockstep) with |\bjointly with |,\s*(?:(?:quickly|soon|shortly|swiftly) )?followed (?:(?:soon|quickly|shortly|swiftly|closely) )?by /g;
/** ", along with ", "alongside": after a cue, more that did as it says ("We are doing so alongside France"; not
 * "standing alongside", where they only stood by); before the verb, names set off in a list of subjects. */
const ALONG_WITH = /,\s*(?:along|together) with\s+|(?:,\s*|\s+)alongside\s+/g;
/** Where "alongside" says only who stood by: "standing alongside", "spoke alongside". */
const BESIDE_BEFORE = /\b(?:[a-z]+ing|stood|sat|appeared|spoke|met)$/;
const ALONG_BEFORE = /(?:,|\s[–—-])\s*(?:(?:along|together) with|like)\s+(?:the\s+)?$/i;
/** "Mr Maduro … has the backing of Russia and China": the names after it back the side before it. */
const BACKED_BY = new RegExp(cues.backedBy, "gi");
/** ", and internationally that of ": the backing of more names, after a first backer. */
const THAT_OF = /,?\s+(?:and|as well as|but also)\s+(?:\w+ly\s+|abroad\s+|also\s+)?(?:that|those) of\s+/i;
/** "Guaido declared himself interim president, a move swiftly endorsed by Washington": an act of the side named before,
 * backed by the names after. */
const ACT_BACKED_BY = new RegExp(cues.actBackedBy, "gi");
/** "Recognition came swiftly from Washington", "Support for Maduro came from Russia": the names after it hold it. */
const CAME_FROM = new RegExp(cues.cameFrom, "g");
/** "Maduro can still count on Russia": a side relying on the names after it (case matters: a name follows). */
const COUNT_ON = new RegExp(`${cues.countOn}(?=(?:the )?[A-Z])`, "g");
/** "phoned Maduro to express his support": a support phrase without an object, after a contact with one side. */
const CONTACT_BEFORE = new RegExp(cues.contactBeforeSupport, I);
const LEGITIMATE_GOVERNMENT = new RegExp(`\\b(?:${cues.sideRefs.maduro[1]})`, "gi");
const CLAUSE_BREAK = new RegExp(cues.clauseBreaks, "g");
const PREPOSITION_BEFORE = new RegExp(`\\b(?:${cues.prepositions})\\s+(?:the\\s+|a\\s+|an\\s+)?$`, I);
const LIST_JOIN =
  /^(?:\s*,\s*(?:(?:led|headed|spearheaded) by\s+)?|\s+and\s+|\s*,\s*and\s+|\s+or\s+|\s*,?\s*(?:as well as|along with|together with)\s+|\s*\(\s*|\s*\)\s*,?\s*|(?:\s*,?\s*(?:and|as well as)\s+(?:most|many|several|other|some|a number of)?\s*(?:[\w-]+\s+){0,2}(?:countries|nations|states|governments))?\s*,?\s*(?:including|such as|among them|notably)\s+)(?:the\s+)?$/i;
/** "a joint European Union statement", "the only EU member state": a name after an indefinite article (or a word
 * that picks one of many) modifies a noun; it is not a subject. */
const MODIFIER_BEFORE =
  /\b(?:a|an|any|joint|another|each|every|the (?:only|sole|lone|first|last|latest))\s+$/i;
/** "accused the United States of trying to overthrow …": the accused is no subject of what it is accused of… */
const ACCUSED_BEFORE = /\baccus(?:e|es|ed|ing)\s+(?:the\s+)?$/i;
/** …but holds it when the cue is the accusation itself: "accused Washington of backing …", as the one blamed or
 * praised for it does: "slammed the US for recognising …". */
const ACCUSED_OF = new RegExp(
  `\\b(?:accus(?:e|es|ed|ing)\\s+[^,;]{1,40}?\\s+of|(?:${words.blameVerbs}|${words.praiseVerbs})(?:s|ed|ing|e|es|med|ming)?\\s+[^,;]{1,40}?\\s+for)\\s+$`,
  I,
);
/** The verbs of ACCUSED_OF that praise. */
const PRAISED = new RegExp(`\\b(?:${words.praiseVerbs})`, I);
/** ", a close ", ", one of the staunchest ": an appositive's opening after the name it describes. */
const APPOSITIVE_OPENING = /,\s*(?:a|an|the|another|one of the)\s+(?:[a-z-]+\s+){0,2}$/;

/**
 * The actor of the name an appositive cue describes ("Evo Morales, a close Maduro ally"): the country or the
 * person's country (none for a former officeholder) right before the comma; undefined when the cue is no appositive.
 */
function describedBefore(
  s: string,
  ctx: SentenceContext,
  from: number,
  cueStart: number,
): { actor: ActorId | null; via: string | null } | undefined {
  const opening = APPOSITIVE_OPENING.exec(s.slice(from, cueStart));
  if (!opening) return undefined;
  const comma = from + opening.index;
  const before = s.slice(from, comma).trimEnd();
  const mention = ctx.mentions.find((m) => m.end === from + before.length);
  if (mention) return { actor: mention.actor, via: mention.via };
  const person = ctx.people.find((p) => before.endsWith(p.surname));
  return person ? { actor: person.actor, via: null } : undefined;
}

/** An apposition giving the kind of the names before it by example: "Vietnam and Laos, both one-party states like
 * Cuba, …": the example takes no part. */
const KIND_APPOSITION =
  /^\s*,\s*(?:both|all|each|two|three|fellow|other|an?|the)\s+(?:[\w-]+\s+){0,3}like\s+(?:the\s+)?$/i;
/** What may open a sentence before its participle: "Having ", "After ", "Among those ", a plural it qualifies
 * ("Countries ", "The only Latin American countries still ", "Those "), or nothing ("Recognising …"). */
const OPENING_PARTICIPLE =
  /^\s*(?:(?:Having|After|Before|Since|Upon|On|By|While|When)\s+(?:\w+ly\s+)?|Among (?:those|the (?:countries|nations|states|governments))\s+|(?:The\s+(?:only\s+|other\s+|few\s+)?)?(?:[A-Z][\w-]*\s+){0,2}(?:[Cc]ountries|[Nn]ations|[Ss]tates|[Gg]overnments|Those|Others)\s+(?:still\s+|now\s+|already\s+|formally\s+)?)?$/;
/** An act set aside by the sentence's opening, its subject after the comma: "Rather than recognise Guaido, Italy …". */
const OPENING_INSTEAD = /^\s*(?:Rather than|Instead of|Far from)\s+$/;
/** An infinitive opening the sentence, its subjects after the copula: "Among the first to ", "The only countries to ". */
const OPENING_INFINITIVE =
  /^\s*(?:Among\s+)?the\s+(?:first|latest|last|earliest|only)\s+(?:(?:countr(?:y|ies)|nations?|states?|governments?)\s+)?to\s+$/i;
/** A copula with the names after it, after a participle's object: "… were the ", "… are ". */
const INVERTED_VERB_BEFORE = /^[^,;]*\b(?:were|are|was|is|include|includes|included)\s+(?:the\s+)?$/;
const PARTICIPLE = /^[a-z]+(?:ing|ed|en)\b/i;
/** A relative clause on a noun for unnamed states, right before a cue: "the countries that have ", "those who ". */
const GROUP_RELATIVE = new RegExp(
  `\\b(?:${words.groupNouns})\\s+(?:that|which|who)\\s+(?:[a-z]+\\s+){0,3}$`,
  I,
);
/** Words that make names members of a group after them: "were among the countries that …", "joins those who …". */
const MEMBERSHIP = /\b(?:among|one of|part of|join(?:s|ed|ing)?)\b(?:\s+\w+){0,5}\s*$/i;
/** "Israel joins the United States, Canada … in recognising": those joined are no subjects; they took the stance
 * before (see joinedBefore). */
const JOINED_BEFORE = /\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$/i;
/** "urged Italy to", "called on Mexico and Uruguay to": the ones urged to take a stance have not taken it. */
const URGED_BEFORE = new RegExp(`\\b(?:${words.urgeVerbs})\\s+(?:the\\s+)?$`, I);

/** The names an actor joins before a cue, listed: "the United States, Canada" of "joins the United States, Canada
 * … in recognising". */
function joinedBefore(s: string, mentions: readonly ActorMention[], from: number, to: number) {
  const first = mentions.find(
    (m) =>
      m.start >= from && m.end <= to && JOINED_BEFORE.test(s.slice(Math.max(from, m.start - 30), m.start)),
  );
  return first ? namesAfter(s, mentions, first.start, to, () => true) : [];
}
/** "asked whether Berlin would recognise…", "if Spain recognises…", "Should Mexico side with Maduro, …": a question
 * or hypothesis, not a position. */
const HYPOTHETICAL_BEFORE = /\b(?:whether|if|unless|should)\s+(?:the\s+)?$/i;
/** "were India to recognise Guaido, it would…": a hypothesis by inversion (the name, then an infinitive). */
const INVERTED_BEFORE = /\b[Ww]ere\s+(?:the\s+)?$/;
const INFINITIVE_NEXT = /^\s+(?:\w+ly\s+|ever\s+|also\s+)?to\b/;
/** "Greece's governing Syriza party", "Russia's media": a part of a country that is not its government. */
const NON_STATE_AFTER = new RegExp(
  `${cues.nonStateAfter}|^['’]s (?:[\\w-]+ ){0,2}(?:${cues.nonStateNames.join("|")})\\b`,
  I,
);
/** A title and a name between a country and the possessive that makes it a party's: "Greek Prime Minister Alexis
 * Tsipras's ruling Syriza party" (the party of the state's leader is no more the state than the country's is). */
const NAMED_OWNER = /^(?:\s+[A-Z][\w.-]*)+(?=['’]s\b)/;
const nonStateAfter = (after: string) => NON_STATE_AFTER.test(after.replace(NAMED_OWNER, ""));
/** "Montevideo, January 24th 2019 (MercoPress) - …": a city before a date or an agency is a dateline, no subject (as is
 * one that opens the sentence before a dash: "Berlin — Colombia recognised…"). */
const DATELINE_AFTER = new RegExp(
  `^\\s*(?:,\\s*(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}|\\d{1,2}\\s+(?:${MONTH_PATTERN})|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})|\\((?:[A-Z][\\w .-]*)\\))`,
);
/** "South Africa's ruling ANC": a party named by its initials (case matters: a "ruling coalition" governs). */
const RULING_PARTY_AFTER = /^['’]s (?:[\w-]+ )?(?:ruling|governing) [A-Z]{2,}\b/;
/** A decision to take a stance, which its possessor holds as it holds a noun cue: "Washington's decision to ". */
const DECISION_TO = new RegExp(`\\b(?:${words.decisionNouns})\\s+to\\s+$`, I);
/** What a comment or a question is about, before a stance's noun: "commenting on the ", "when asked about ". */
const TOPIC_BEFORE =
  /\b(?:comment(?:s|ed|ing)? on|react(?:s|ed|ing)? to|respond(?:s|ed|ing)? to|in (?:response|reaction) to|asked (?:about|on)|questions? (?:about|on))\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A cue that is a noun ("backing for", "recognition of"): it states a stance only with a verb of expression. */
const NOMINAL = /^(?:backing|support|recognition|solidarity)\b/i;
/** Verbs that hold a stance up for criticism rather than take it ("described backing for Guaido as a breach"), or
 * take it back ("withdrew its recognition of Guaido"). */
const DISAPPROVED = new RegExp(
  `\\b(?:${words.disapprovalVerbs})\\w*\\s+(?:(?:the|any|such|this|that|foreign|western|US|U\\.S\\.|American|international|their|its)\\s+){0,2}$`,
  I,
);
/** The verbs of DISAPPROVED that condemn, not merely question or decline, what they hold up. */
const CONDEMNED = new RegExp(`^(?:${words.condemnationVerbs})`, I);
/** A claim others make, or one said to be false: "a post claims that Russia has ", "a viral message says that
 * Italy ", "wrongly said Mexico had ", "Rumours that Turkey had " (not the subject's own: "Russia claims that it has always backed"). */
const CLAIMED_THAT = new RegExp(
  `\\b(?:(?:claim|allege)(?:s|d|ed|ing)?|(?:${words.falsityAdverbs})\\s+(?:said|says|claimed|claims|reported|reports|stated|suggested)|(?:${words.hearsayNouns})\\s+(?:[\\w-]+\\s+){0,5}?(?:says?|said|claims?|claimed|suggests?|suggested|alleges?|alleged)|(?:${words.hearsayNouns})(?=\\s+that\\b))\\s+(?:that\\s+)?(?!(?:that\\s+)?(?:it|they|we|he|she)\\b)(?:[\\w.'’-]+\\s+){0,5}?$`,
  I,
);
/** A stance demanded of someone, in the subjunctive: "demanded that the Executive immediately ". */
const DEMANDED_THAT = new RegExp(
  `\\b(?:${words.demandVerbs})(?:s|ed|ing|e|es)?\\s+that\\s+(?:[\\w.'’-]+\\s+){0,5}?$`,
  I,
);
/** "Italy should back Guaido", "the EU must recognise": a stance urged, not taken (unless on a condition). */
const ADVOCATED =
  /\b(?:should|ought\s+to|must)\s+(?:(?:also|now|immediately|quickly|too|finally|\w+ly)\s+)?$/i;
/** "should have recognised", "would not have backed": a stance not taken, in the past. */
const COUNTERFACTUAL = /\b(?:should|would|could|might|ought\s+to)(?:\s+not|n['’]t)?\s+have\s+(?:\w+ly\s+)?$/i;
/** "No ", "not a single ", "none of the " opening a noun phrase: what follows is held by no one. */
const NO_DETERMINER =
  "(?:^|[^\\w\\s]\\s*|\\b(?:and|but|while|that|said|says)\\s+)(?:[Nn]o|[Nn]ot (?:a single|one|any)|[Nn]one of (?:the\\s+)?)\\s+";
/** A subject that is no one, right before its verb: "no Lima Group member ". */
const NO_ONE_BEFORE = new RegExp(`${NO_DETERMINER}(?:[\\w'’-]+\\s+){0,4}$`);
/** "Former ", "ex-" right before a demonym and its office. */
const FORMER_BEFORE = /\b(?:[Ff]ormer|[Ee]x-|[Oo]ne-time|[Ee]rstwhile)\s*$/;
/** A clause whose subject is few or none: "Few in Latin America ", "No EU government ". */
const FEW_OPENING = /^\s*(?:(?:Very|Only)\s+)?(?:[Ff]ew|No|Hardly any|Not many|Nobody|No one|None)\b/;
/** An exception after the cue, whose names follow: ", apart from ", ", except for the ". */
const EXCEPT_AFTER = new RegExp(`,\\s*(?:${phrasesEitherCase(words.exceptPhrases)})\\s+(?:the\\s+)?`, "g");
/** "denied reports that it had ", "denied backing ": a position said not to be held, which says no other. */
const DENIED_REPORT =
  /\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\s+(?:(?:(?:media|press|the)\s+)?(?:reports?|claims?|suggestions?|speculation|rumou?rs?|allegations?)\s+)?(?:that\s+)?(?:(?:it|they|he|she|we)\s+)?(?:(?:had|has|have|was|were|would|is|are|ever)\s+)*(?:\w+ly\s+)?$/i;
/** "Reports that Cyprus had ": what a report says, up to its verb; and, after it, the report denied or called false. */
const REPORTED_THAT =
  /\b(?:reports?|claims?|suggestions?|speculation|word)\s+that\s+(?:[\w.'’-]+\s+){0,5}?$/i;
const REPORT_DENIED =
  /^[^.;]*?\b(?:were|was|have been|has been|are|is)\s+(?:\w+ly\s+|later\s+|swiftly\s+)?(?:denied|dismissed|rejected|refuted|false|untrue|wrong|baseless|unfounded|fake)\b/i;
/** "refused to say whether he backed ", "Asked whether Italy would ": a question, not a position. */
const QUESTIONED = /\bwhether\b[^,.;]{0,40}$/i;
/** "Berlin was ready to recognise Guaido": a readiness, not yet a recognition. */
const READY_TO = /\b(?:ready|prepared|willing)\s+to\s+["“]?$/i;
/** "is expected to", "is reportedly about to", "is considering", "is leaning towards", "has not ruled out": a position
 * foreseen or weighed, not taken. */
const EXPECTED =
  /\b(?:(?:is|are|was|were|be|been)\s+(?:(?:also|\w+ly)\s+)?(?:expected|likely|set|poised|due|tipped|about|inclined)\s+to(?:\s+(?:follow|join)\s+(?:[\w'’-]+\s+){0,3}?in)?|(?:consider|mull|weigh)(?:s|ed|ing)?(?:\s+whether\s+to)?|lean(?:s|ed|ing)?\s+towards?|(?:not|\w+n['’]t|never)\s+(?:rul(?:e|es|ed|ing)\s+out|exclud(?:e|es|ed|ing)))\s+(?:\w+ly\s+)?$/i;
/** "analysts expect Brazil to", "may soon", "is preparing to": a position foreseen, hedged or planned, not taken,
 * unless on a condition ("could recognise Guaido if …" is an ultimatum). */
const FORESEEN = new RegExp(
  `\\b(?:(?:${words.forecastVerbs})(?:s|ed|ing|e|es)?\\s+(?:[A-Z][\\w.'’-]*\\s+){1,4}to|(?:may|might|could)(?:\\s+(?:soon|yet|also|still|eventually|well|\\w+ly))?|(?:${words.planVerbs})(?:s|es|ed|ned|ing|ning)?\\s+to)\\s+(?:\\w+ly\\s+)?$`,
  I,
);
/** A possessor right before a noun cue, its adjectives between: "Havana's unwavering ", "the EU's ", or a name as
 * its modifier: "US " of "US recognition of Guaido". */
const POSSESSOR_BEFORE =
  /(?:\b[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*((?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+){0,3}|\s+)$/;
/** "recognised by Canada", "recognised by more than 50 countries, including the US": the agents of a passive. */
// "by seven EU states": lower-case words (a number, "most") may stand between "by" and the agent
// …or where it came from: "Recognition of Guaido came swiftly from Washington"
const PASSIVE_BY =
  /^[^.;]{0,60}?\b(?:[Bb]y|(?:came|come|comes|coming)\s+(?:\w+ly\s+|in\s+)?from)\s+(?:[^.;]{0,50}?\b(?:including|such as|among them|like)\s+|(?:[a-z0-9-]+\s+){1,3})?(?:[Tt]he\s+)?$/;
/**
 * "interference by the United States", "a visit by Lavrov": "by" after a noun names the noun's agent, not the
 * subject of the sentence's verb. After a participle ("recognised by", "backed strongly by") it is a passive's agent,
 * and after a stance's own noun ("recognition by Austria") the stance's holder.
 */
const NOUN_BY_BEFORE =
  /\b(?![a-z]+(?:ed|en|wn)\b|(?:made|put|won|met|set|hit|run|paid|said|led|held|told|sent|left|kept|brought|sought|fought|been|as|and|or|but|recognition|support|backing|endorsement)\b)[a-z]{3,}["”’']?\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?$/;
/** "Iran criticised the United States and voiced support …", "Erdogan slammed the US and voiced …": a name right after
 * a past verb, once the clause has named another or someone, is that verb's object (not after "so-called"). */
const VERB_OBJECT_BEFORE = /(?<![\w-])[a-z]{3,}ed\s+(?:the\s+)?$/;
/** "for" and a gerund after a verb's object, who does what the gerund says: " for recognising him". */
const FOR_GERUND_NEXT = /^\s*,?\s*for\s+(?:\w+ly\s+)?\w+ing\b/;
/** Words before that verb that may be its subject: any but an opening "As" ("As expected the US …"). */
const SUBJECT_BEFORE_VERB = /^\s*(?!As\b)\S/;
/** A possessive right after a name: "the UN's call" is the name's own. */
const POSSESSIVE_AFTER = /^['’]s\b/;
/** "refused to follow Washington's lead": a model followed or not, whose name is no subject of the clause's verb. */
const MODEL_AFTER = /^['’]s\s+(?:lead|example|footsteps)\b/;
/** "Japan, South Korea's neighbour, …": a name that is the possessor of another's relation to it, not a subject. */
const RELATION_AFTER = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+)?(?:${words.relationNouns})\\b`);
/** "a coup attempt backed by Washington", "… Guaido, and 19 nations, led by Spain, …": a participle of its own before
 * "by" ("joined by" extends the cue's agents). */
const OTHER_PARTICIPLE_BY = /\b(?:led|(?!joined|followed|accompanied|echoed)[a-z]{3,}(?:ed|en))\s+by\b/;
/** "an EU statement recognising Guaido", "a motion to back Guaido", "a motion calling on the government to recognise
 * Guaido": what a document says, not an act of the subject. */
const DOCUMENT_BEFORE = new RegExp(
  `\\b(?:${words.documentNouns})\\s+(?:(?:calling\\s+(?:on\\s+(?:the\\s+)?\\w+\\s+)?)?to\\s+)?$`,
  I,
);
/** Words after which a gerund is a noun, not the subject's act: "argued that recognising …", "a position on
 * recognising …". */
const GERUND_AS_NOUN = new RegExp(
  `(?:\\b(?:that|whether)|\\b(?:${words.debateNouns})\\s+(?:on|about|over|regarding))\\s+$`,
  I,
);
/** A verb by which the subject puts a document out or makes it its own, right before it: "issued a ", "released a
 * joint ", "backed the ". */
const OWN_DOCUMENT = new RegExp(
  `\\b(?:${words.adoptVerbs})(?:e|es|ed|ing)\\s+(?:a|an|its|their|the)\\s+(?:[\\w-]+\\s+){0,2}$`,
  I,
);
const SPEECH = new RegExp(`\\b(?:${cues.speechVerbs})\\b`, I);
// lower case only: "the United States" is no verb
const SPEECH_ALL = new RegExp(`\\b(?:${cues.speechVerbs})\\b(?:\\s+that\\b)?`, "g");
/** A quotation in double quotes, straight or curly. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”/g;
/** Long quotations are the speaker's words, not the narrator's: they are masked before stances are read. One
 * that opens in lower case continues the narrator's sentence (`said China "opposes foreign interference …"`). A
 * quotation mark right after a word or its punctuation closes one; it opens none (`called it "a farce" and said …`). */
const LONG_QUOTE =
  /(?<![\p{L}\p{N}.,!?;’')\]])["“‘«](?![a-z])[^"“”»]*?(?:\s+[^\s"“”»]+){5,}[^"“”»]*?["”’»]|„[^“”„]*?(?:\s+[^\s“”„]+){5,}[^“”„]*?[“”]/gu;
/** Horizon in characters after a verb within which its object must name a side. */
const OBJECT_WINDOW = 90;

interface Cue {
  stance: StanceId;
  start: number;
  end: number;
  text: string;
  /** "Maduro's allies Russia and China": a noun for supporters, whose names may follow it. */
  appositive?: boolean;
  /** "Havana's unwavering support for Maduro": where the possessor of a noun cue ends, and its own stance. */
  holder?: { at: number; stance: StanceId };
  /** "has the backing of Russia and China": only the names after the cue hold its stance. */
  agentsAfter?: boolean;
  /** "refuses to recognise Guaido": the side a negated cue would have taken, which a contrasting "do so" takes. */
  denied?: StanceId;
  /** "demanded that the government recognise Guaido": a stance asked of someone, which no one named holds (yet a
   * later "as the United States had done" did as it says). */
  unheld?: boolean;
}

/**
 * Returns every position taken in one sentence: who (subjects of a stance cue: the names before it in its
 * clause, a passive "by" agent, or the speaker the sentence is attributed to) and which stance, from how news
 * language says it. Venues and objects of prepositions, long quotations and the subject country get nothing.
 * Also returns the stance the sentence expresses last, held by a named actor or not ("Several European countries
 * gave Maduro an ultimatum"), which a later "Germany issued the warning" takes up.
 */
export function findStanceClaims(
  sentence: string,
  context: SentenceContext,
): { claims: StanceClaim[]; stance: StanceId | null } {
  // a name inside quotation marks is in someone's words ('condemned "the flagrant US interference"'): no subject
  const quoted = matchesOf(QUOTED, sentence);
  const inQuote = (m: ActorMention) => quoted.some((q) => q.index < m.start && m.end < q.index + q[0].length);
  // the marks of the short quotations left are dropped: 'Havana's "firm solidarity" with Maduro' reads as the
  // narrator's words would
  const {
    text: masked,
    at,
    from: originalAt,
  } = withoutQuoteMarks(sentence.replace(LONG_QUOTE, (q) => " ".repeat(q.length)));
  const ctx: SentenceContext = {
    ...context,
    mentions: context.mentions
      .filter((m) => !inQuote(m))
      .map((m) => ({ ...m, start: at(m.start), end: at(m.end) })),
  };
  const claims: StanceClaim[] = [];
  /** Adds a claim once per actor and stance; the subject country takes none. */
  const claim = (actor: ActorId, stance: StanceId, via: string | null, cue: Cue, before = false) => {
    if (actor === ctx.subject || claims.some((c) => c.actor === actor && c.stance === stance)) return;
    claims.push({ actor, stance, cue: cue.text.trim(), cueIndex: originalAt(cue.start), via, before });
  };
  let previousActors = new Map<ActorId, string | null>();
  let lastClause: [number, number] | null = null;
  let sentenceStance: StanceId | null = null;
  let sentenceDenied: StanceId | undefined;
  /** Where the sentence's first cue starts: what comes before it says who holds the stance. */
  let firstCueAt: number | null = null;
  for (const [from, to] of clauses(masked, ctx.mentions)) {
    const clause = masked.slice(from, to);
    // "…, but stopped short of recognising Guaido": a clause that opens with its verb shares the last subject
    // (or with a participle: "…, while reaffirming their support for Guaido"; or an auxiliary: "… but would not …")
    const sharesSubject =
      /^\s*(?:it |they |he |she |also |then |later |still )?(?:(?!(?:its|his|this|thus|as)\b)[a-z]+(?:ed|s|ing)|would|will|could|can|cannot|did|does|has|have|had)\b/.test(
        clause,
      );
    const previousClause = lastClause;
    lastClause = [from, to];
    // "…recognised Guaido, after Finland and Estonia joined them": a later clause may follow this sentence's stance
    // "…voted to recognise Guaidó, while Almagro congratulated him": "him" may be the side of a clause before
    const clauseCtx: SentenceContext = {
      ...ctx,
      lastStance: sentenceStance ?? ctx.lastStance,
      lastDenied: sentenceDenied,
      contrasted: CONTRAST.test(masked.slice(previousClause?.[1] ?? from, from)),
      lastSide: lastSideIn(masked.slice(0, from), ctx.lastSide),
    };
    const found: Cue[] = findCues(clause, clauseCtx, from).map((c) => ({
      ...c,
      start: c.start + from,
      end: c.end + from,
    }));
    // "Russia and China back Maduro; the US and Canada, Guaido": a clause of names and a side, its verb gapped, takes
    // the verb of the clause before with its own side
    if (found.length === 0 && (sentenceStance === "guaido" || sentenceStance === "maduro") && !sentenceDenied)
      for (const [m, side] of gapped(clause, ctx.mentions, from))
        claim(m.actor, side, m.via, gapCue(clause, from, side));
    if (found.length > 0) sentenceDenied = found.at(-1)!.denied;
    firstCueAt ??= found[0]?.start ?? null;
    sentenceStance = found.at(-1)?.stance ?? sentenceStance;
    let prevEnd = from;
    /** The actors of the clause's cue before, for a verb that shares its subject. */
    let clauseActors: Map<ActorId, string | null> | null = null;
    for (const cue of found) {
      const own = (list: ActorMention[]) => list.filter((m) => m.actor !== ctx.subject);
      const possessor = cue.holder;
      const holder = possessor && ctx.mentions.find((m) => m.end === possessor.at + from);
      if (possessor && holder) {
        // the possessor holds the stance ("Havana's support for Maduro"), not the other names before it
        claim(holder.actor, possessor.stance, holder.via, cue);
        // unless it is held up for criticism: "Ankara criticised Washington's recognition of Guaido"
        if (cue.stance === possessor.stance) {
          previousActors = new Map([[holder.actor, holder.via]]);
          prevEnd = cue.end;
          continue;
        }
      }
      if (cue.unheld) {
        prevEnd = cue.end;
        continue;
      }
      if (cue.agentsAfter) {
        for (const m of own(appositives(masked, ctx.mentions, cue.end, to)))
          claim(m.actor, cue.stance, m.via, cue);
        prevEnd = cue.end;
        continue;
      }
      // "…," Peskov said, commenting on the recognition of Juan Guaido by European countries': the stance commented
      // on is its agents' (or its possessor's, claimed above), not the commenter's
      if (
        NOMINAL.test(cue.text) &&
        TOPIC_BEFORE.test(masked.slice(Math.max(from, cue.start - 60), cue.start))
      ) {
        for (const m of own(passiveAgents(masked, ctx.mentions, cue.end, to)))
          claim(m.actor, cue.stance, m.via, cue);
        prevEnd = cue.end;
        continue;
      }
      const subjectsEnd = holder ? holder.start : cue.start;
      // "criticised the countries that have recognized Guaido": the relative's subject is the noun before it, of
      // which the names before are members only when they are said to be ("were among", "joins", not "will not join")
      const group = GROUP_RELATIVE.exec(masked.slice(Math.max(from, subjectsEnd - 60), subjectsEnd));
      if (group) {
        const head = masked.slice(from, subjectsEnd - group[0].length);
        const member = MEMBERSHIP.exec(head);
        if (!member || NEGATED.test(head.slice(0, member.index))) {
          // "Greece declined to join the wave of EU countries that recognised Guaido": not joining those who
          // recognised is declining to
          if (member && (cue.denied ?? cue.stance) === "guaido" && /\bjoin/i.test(member[0]))
            for (const m of own(ctx.mentions.filter((m) => m.start >= from && m.end <= from + member.index)))
              claim(m.actor, "neutral", m.via, cue);
          prevEnd = cue.end;
          continue;
        }
      }
      // "former president Evo Morales, a close Maduro ally": an appositive describes the name before its comma only
      const described = cue.appositive ? describedBefore(masked, ctx, from, cue.start) : undefined;
      if (described) {
        if (described.actor && described.actor !== ctx.subject)
          claim(described.actor, cue.stance, described.via, cue);
        prevEnd = cue.end;
        continue;
      }
      // "…recognised Guaido after Nicolas Maduro rejected their ultimatum": a side is the subject of a subordinate
      // clause's verb, which no state's cue before it shares
      const sideSubject = sideAtEnd(masked.slice(prevEnd, cue.start).replace(SUBJECT_TAIL, ""));
      if (sideSubject && SUBORDINATOR_AT_END.test(masked.slice(prevEnd, prevEnd + sideSubject.at))) {
        prevEnd = cue.end;
        continue;
      }
      let subjects = own(subjectsBefore(masked, ctx.mentions, prevEnd, subjectsEnd));
      // none since the cue before: "The Kremlin has warned Washington against … and says Maduro is …" shares the
      // subject of that cue, when it had one (not the names after its verb); else the clause's names before
      const shared: Map<ActorId, string | null> | null =
        subjects.length === 0 && prevEnd !== from ? clauseActors : null;
      // where this cue's subjects were looked for, people included
      let subjectsFrom = prevEnd;
      if (subjects.length === 0 && prevEnd !== from && !shared) {
        subjects = own(subjectsBefore(masked, ctx.mentions, from, subjectsEnd));
        subjectsFrom = from;
      }
      // "Having recognised Guaido, Peru expelled …", "After recognising Guaido, Peru …": a participle opening the
      // sentence takes the subject of the clause after its comma; inverted, the names after its verb: "Recognising
      // Guaido were the US, Canada and Brazil", "Among those backing Maduro are Russia, China and Turkey", and so an
      // infinitive: "Among the first to recognise Guaido was Brazil"
      if (
        subjects.length === 0 &&
        !shared &&
        ((OPENING_PARTICIPLE.test(masked.slice(0, cue.start)) && PARTICIPLE.test(cue.text)) ||
          OPENING_INFINITIVE.test(masked.slice(0, cue.start)) ||
          OPENING_INSTEAD.test(masked.slice(0, cue.start)))
      ) {
        const first = ctx.mentions.find((m) => m.start >= cue.end);
        const comma = masked.indexOf(",", cue.end);
        const opensMainClause =
          first &&
          (INVERTED_VERB_BEFORE.test(masked.slice(cue.end, first.start)) ||
            (comma >= 0 &&
              first.start > comma &&
              /^\s*(?:the\s+)?$/.test(masked.slice(comma + 1, first.start))));
        if (opensMainClause)
          subjects = own(
            leadingList(
              masked,
              ctx.mentions.filter((m) => m.start >= first.start),
            ),
          );
      }
      // "Switzerland, which represents US interests in Caracas, said…": a closed relative clause names no subject
      subjects = subjects.filter((m) => !insideClosedRelative(masked, m, subjectsEnd));
      // "Italy blocked a common position, and Greece's prime minister has expressed solidarity with Maduro": a clause
      // of its own before ", and" keeps its names
      subjects = afterLastClause(masked, subjects);
      // "Guaido was recognised by the US, and Maduro was backed by Russia": …or a clause opened after them by a
      // subject that names no actor
      if (subjects.length > 0 && NEW_CLAUSE_BEFORE.test(masked.slice(subjects.at(-1)!.end, subjectsEnd)))
        subjects = [];
      // "The Visegrad Group was split: Poland and the Czech Republic recognised …": the names after a colon
      const colon = masked.lastIndexOf(": ", subjectsEnd);
      if (colon >= from && subjects.some((m) => m.start > colon))
        subjects = subjects.filter((m) => m.start > colon);
      // "Cuba accused Washington of backing Guaido": the accused holds what it is accused of, not the accuser
      const accused = ACCUSED_OF.exec(masked.slice(from, subjectsEnd));
      if (accused) {
        const [a, b] = [from + accused.index, from + accused.index + accused[0].length];
        // …and who blames another for backing the claimant takes the government's side: "Turkey slammed the US for
        // recognising Guaido", "Cuba accused Washington of backing Guaido"
        if (cue.stance === "guaido" && !PRAISED.test(accused[0]))
          for (const m of subjects) if (m.end <= a) claim(m.actor, "maduro", m.via, cue);
        subjects = own(ctx.mentions.filter((m) => m.start >= a && m.end <= b && m.actor !== ctx.subject));
      }
      // "The ministry's statement came after the European Parliament recognized Guaido": a subordinate clause's names
      // (unless a comma closes it before the cue: "Spain, after a week of hesitation, recognised …")
      const head = masked.slice(from, subjectsEnd);
      const conjunction = matchesOf(SUBORDINATOR, head).at(-1);
      const as = matchesOf(AS_CLAUSE, head).at(-1);
      const subordinate =
        conjunction && as ? (as.index > conjunction.index ? as : conjunction) : (conjunction ?? as);
      // (not before a participle, whose subject is the clause's: "Costa Rica expelled Maduro's diplomats after
      // recognising Guaido")
      let subordinateAt: number | null = null;
      if (
        subordinate &&
        !masked.slice(from + subordinate.index, subjectsEnd).includes(",") &&
        // (nor when its subject is a pronoun for the clause's: "Buenos Aires has said it would not, even as it recognised")
        !/^(?:it|they|he|she)\b/.test(masked.slice(from + subordinate.index + subordinate[0].length)) &&
        !(
          /^[a-z]+ing\b/.test(cue.text) &&
          /^(?:\w+ly\s+)?$/.test(masked.slice(from + subordinate.index + subordinate[0].length, cue.start))
        )
      ) {
        subordinateAt = from + subordinate.index;
        subjects = subjects.filter((m) => m.start > subordinateAt!);
      }
      // "condemned interference by the United States": "by" after a verb's object names the object's agent
      // (a noun's own object is the side it names: "the recognition of opposition leader Guaido by the United States")
      const agents =
        !NOMINAL.test(cue.text) && ENDS_IN_OBJECT.test(masked.slice(cue.start, cue.end))
          ? []
          : own(passiveAgents(masked, ctx.mentions, cue.end, to));
      // …but the agents of a stance held up for criticism hold the stance, not the criticism: "condemned the
      // recognition of Guaido by the United States"
      if (cue.denied && NOMINAL.test(cue.text))
        for (const m of agents) claim(m.actor, cue.denied, m.via, cue);
      else subjects = [...subjects, ...agents];
      if (cue.appositive) subjects = [...subjects, ...own(appositives(masked, ctx.mentions, cue.end, to))];
      // "• Backing Guaido: the US, Canada and Brazil": a label that opens the line with the cue, its holders after the colon
      if (subjects.length === 0 && LABEL_OPENING.test(masked.slice(from, cue.start)))
        subjects = own(namesAfter(masked, ctx.mentions, cue.end, to, (gap) => LABEL_GAP.test(gap)));
      // "…at odds with Russia, which continues to back Maduro": a relative clause's subject is the name before it
      const antecedent = ctx.mentions.filter((m) => m.start >= from && m.end <= subjectsEnd).at(-1);
      const relative =
        antecedent !== undefined && RELATIVE_AFTER.test(masked.slice(antecedent.end, subjectsEnd));
      // "Taiwan, which most countries do not recognize": the relative's object is the name, its subject unnamed
      if (relative && OBJECT_RELATIVE.test(masked.slice(antecedent.end, subjectsEnd))) {
        prevEnd = cue.end;
        continue;
      }
      // …or the list it ends: "Mexico and Uruguay, which have declined to take sides"
      if (relative) subjects = own(listEndingAt(masked, ctx.mentions, antecedent, from));
      // "Prime Minister Harris said CARICOM was ready to mediate": the reported clause names its own subject
      const reported = lastSpeechEnd(masked, from, subjectsEnd);
      const inner = reported < 0 ? [] : subjects.filter((m) => m.start >= reported);
      if (inner.length > 0) subjects = inner;
      // "19 EU member states have recognised Guaido, including Germany and Austria": the group's named members
      if (GROUP_NOUN.test(masked.slice(prevEnd, cue.start)))
        subjects = [...subjects, ...own(membersNamedAfter(masked, ctx.mentions, cue.end, to))];
      // "Spain said no Lima Group member backed Maduro": the cue's subject is no one, so no one else takes it
      const noOne = NO_ONE_BEFORE.test(masked.slice(Math.max(prevEnd, cue.start - 80), cue.start));
      if (noOne) subjects = [];
      const actors: Map<ActorId, string | null> = new Map(shared ?? []);
      for (const m of subjects) if (!actors.has(m.actor)) actors.set(m.actor, m.via);
      // (nor one before a subordinate clause the cue is in: "Hua made the remarks …, a day after the United States
      // recognised Guaido")
      const peopleFrom = subordinateAt === null ? subjectsFrom : Math.max(subjectsFrom, subordinateAt);
      if (inner.length === 0 && !relative && !noOne)
        // (not one before the cue before: "Turkey's president, Erdogan, called Maduro to offer his support, and Iran
        // condemned …" is Iran's condemnation)
        for (const p of peopleBefore(masked, ctx.people, peopleFrom, subjectsEnd)) {
          if (p.actor && !actors.has(p.actor)) actors.set(p.actor, null);
        }
      // "Maduro thanked Putin for his support": the people named right after the cue
      // (the thanker, "Maduro", names the topic's own country, which holds no stance)
      if (cue.appositive && [...actors.keys()].every((a) => a === ctx.subject))
        for (const p of peopleAfter(masked, ctx.people, cue.end, to)) actors.set(p.actor, null);
      if (actors.size === 0 && !noOne)
        for (const a of attributed(masked.slice(0, to), ctx.mentions, ctx, cue.end)) actors.set(a, null);
      if (actors.size === 0 && sharesSubject && previousClause) {
        // the subject of the clause before: its stance-takers, else the first actor or person it names
        if (previousActors.size > 0) for (const [a, via] of previousActors) actors.set(a, via);
        else {
          const [pf, pt] = previousClause;
          const named = leadingList(masked, own(subjectsBefore(masked, ctx.mentions, pf, pt)));
          const first =
            named.length > 0 ? null : peopleBefore(masked, ctx.people, pf, pt).find((p) => p.actor);
          for (const m of named) actors.set(m.actor, m.via);
          if (first?.actor && first.actor !== ctx.subject) actors.set(first.actor, null);
        }
      }
      if (actors.size > 0) previousActors = clauseActors = actors;
      for (const [actor, via] of actors) claim(actor, cue.stance, via, cue);
      if (actors.size > 0)
        for (const m of own(joinedBefore(masked, ctx.mentions, prevEnd, cue.start)))
          claim(m.actor, cue.stance, m.via, cue, true);
      prevEnd = cue.end;
    }
  }
  // a stance no named actor holds may still be followed ("Several European countries gave Maduro an ultimatum. Germany
  // did the same"), but not one a party or a legislator took ("The opposition Left Party criticised the decision …")
  const heldOutside = firstCueAt !== null && OUTSIDE_GOVERNMENT.test(masked.slice(0, firstCueAt));
  return { claims, stance: mainStance(claims) ?? (heldOutside ? null : sentenceStance) };
}

/**
 * The text without the marks of its double-quoted spans, and maps of offsets between it and the text: `at` from the
 * text's offsets to the new text's, `from` back.
 */
function withoutQuoteMarks(text: string) {
  const marks = new Set<number>();
  for (const q of matchesOf(QUOTED, text)) marks.add(q.index).add(q.index + q[0].length - 1);
  if (marks.size === 0) return { text, at: (i: number) => i, from: (i: number) => i };
  const newAt: number[] = [];
  const oldAt: number[] = [];
  let out = "";
  for (let i = 0; i <= text.length; i++) {
    newAt.push(out.length);
    if (i === text.length || marks.has(i)) continue;
    oldAt.push(i);
    out += text[i];
  }
  oldAt.push(text.length);
  return { text: out, at: (i: number) => newAt[i], from: (i: number) => oldAt[i] };
}

/**
 * The stance a sentence is about, for "made similar announcements" after it: the one most of its actors took, the
 * later of equals ("Spain, France and Germany recognised Guaido, a move Russia denounced as interference" is a
 * recognition).
 */
function mainStance(claims: readonly StanceClaim[]): StanceId | null {
  const count = new Map<StanceId, number>();
  for (const c of claims) count.set(c.stance, (count.get(c.stance) ?? 0) + 1);
  let best: StanceId | null = null;
  for (const c of claims) if (best === null || count.get(c.stance)! >= count.get(best)!) best = c.stance;
  return best;
}

/** Returns the side a sentence refers to last ("guaido" or "maduro"), or the one given when it names neither. */
export function lastSideIn(
  sentence: string,
  previous: "guaido" | "maduro" | null,
): "guaido" | "maduro" | null {
  let side = previous;
  for (const m of matchesOf(ANY_SIDE, sentence)) side = m[1] !== undefined ? "guaido" : "maduro";
  return side;
}

/** Splits a sentence at clause breaks ("while", "but", ";"), but never inside a group expression ("… but Mexico"). */
function clauses(s: string, mentions: readonly ActorMention[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of matchesOf(CLAUSE_BREAK, s)) {
    if (mentions.some((x) => x.start <= m.index && x.end > m.index)) continue;
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, s.length]);
  return out.filter(([a, b]) => b > a);
}

/** A cue over the whole of a match. */
function cueAt(m: RegExpExecArray | RegExpMatchArray, stance: StanceId, extra: Partial<Cue> = {}): Cue {
  const start = m.index ?? 0;
  return { stance, start, end: start + m[0].length, text: m[0].trim(), ...extra };
}

function findCues(clause: string, ctx: SentenceContext, offset: number): Cue[] {
  const out: Cue[] = [];
  /** Tells whether a state heads the object between `from` and `to` (clause offsets): "allies of Cuba, … Maduro". */
  const stateObject = (from: number, to: number) =>
    ctx.mentions.some(
      (m) =>
        m.actor !== ctx.subject &&
        m.start - offset >= from &&
        m.start - offset < to &&
        OBJECT_HEAD_GAP.test(clause.slice(from, m.start - offset)) &&
        !/^(?:['’]|-)/.test(clause.slice(m.end - offset)),
    );
  /** The words just before `at`, where negation, hedging and possessors are read. */
  const LEAD = 80;
  const lead = (at: number) => clause.slice(Math.max(0, at - LEAD), at);
  const objectCue = (re: RegExp, recognition: boolean) => {
    for (const m of matchesOf(re, clause)) {
      if (clause[m.index - 1] === "-") continue; // "US-backed": an adjective, whose backer is the name before it
      // "argued that recognising a self-declared president sets a precedent": a gerund that is a clause's subject
      // …or what a position or debate is about: "failed to reach a common position on recognising Guaidó"
      if (/ing$/i.test(m[0]) && GERUND_AS_NOUN.test(clause.slice(Math.max(0, m.index - 40), m.index)))
        continue;
      const lead50 = clause.slice(Math.max(0, m.index - 50), m.index);
      const doc = DOCUMENT_BEFORE.exec(lead50);
      // …unless the subject put the document out: "the Casa Rosada issued a statement backing Guaidó"
      if (doc && !OWN_DOCUMENT.test(lead50.slice(0, doc.index))) continue;
      const after = clause.slice(m.index + m[0].length, m.index + m[0].length + OBJECT_WINDOW);
      // "regarded Maduro's re-election as illegitimate": a judgement against what it names (a stance's noun so judged
      // is held up for criticism below: "denounced Washington's recognition of Guaido as illegal")
      const judgedAgainst = JUDGED_AGAINST.test(after);
      if (judgedAgainst && !NOMINAL.test(m[0])) continue;
      const passive = passiveSide(clause.slice(0, m.index), ctx.lastSide);
      const side =
        passive ??
        objectSide(after, clause.slice(0, m.index), ctx, recognition) ??
        // "phoned Maduro to express his support": a support with no object of its own ("said Madrid supported the
        // National Assembly" has one)
        (recognition || !/^\s*(?:[.,;:]|$)/.test(after)
          ? null
          : (contactedSide(lead(m.index)) ?? possessedBySide(lead(m.index))));
      if (!side) continue;
      // the side must be the object, not a state before it: "communist allies of Cuba, voiced support for Maduro"
      const verbEnd = m.index + m[0].length;
      const sideAt = passive ? 0 : SIDE_REFS[side].exec(after)?.index;
      if (sideAt && stateObject(verbEnd, verbEnd + sideAt)) continue;
      const before = lead(m.index);
      if (EXPECTED.test(before)) continue; // "is expected to recognise Guaido next week": not yet a position
      if (QUESTIONED.test(before)) continue; // "refused to say whether he backed Guaido": a question
      if (DENIED_REPORT.test(before)) continue; // "denied reports that it had recognised Maduro's new government"
      // "Reports that Cyprus had recognised Guaido were denied by Nicosia": a report denied after it
      if (REPORTED_THAT.test(before) && REPORT_DENIED.test(clause.slice(m.index + m[0].length))) continue;
      // "Havana's unwavering support for", "criticised Washington's swift recognition of": the possessor holds it
      // …as is a decision to take it: "condemned Washington's decision to recognize", "the US move to back"
      // ("backing" right before its object is the verb's: "with Russia and China backing Maduro")
      const noun =
        NOMINAL.test(m[0]) && !(/ing$/i.test(m[0]) && sideAt !== undefined && !after.slice(0, sideAt).trim());
      const decision = noun ? null : DECISION_TO.exec(before);
      const nominal = noun || decision !== null;
      const head = decision ? before.slice(0, decision.index) : before;
      const possessive = nominal ? POSSESSOR_BEFORE.exec(head) : null;
      const critic = possessive ? head.slice(0, possessive.index) : head;
      let stance: StanceId = side;
      const disapproved = nominal ? DISAPPROVED.exec(critic) : null;
      const negated = NEGATED.test(before) || disapproved !== null;
      // "does not recognise Maduro's new term" rejects the government without saying whom the actor backs
      const eitherSide = /\b(?:either|neither)\b/i.test(after.slice(0, 20)); // "recognise either Maduro or Guaido"
      if (negated && side === "maduro" && !eitherSide) continue;
      // "condemned Washington's recognition of Guaido", "denounced the recognition of Guaido as illegal", "rejected the
      // EU's recognition of Guaido", "called the US recognition of Guaido a coup": who condemns another's recognition of
      // the claimant takes the government's side
      if (
        disapproved &&
        side === "guaido" &&
        (CONDEMNED.test(disapproved[0]) ||
          (possessive && /^reject/i.test(disapproved[0])) ||
          (judgedAgainst && !/^(?:question|oppos)/i.test(disapproved[0])) ||
          (/^(?:call|brand)/i.test(disapproved[0]) && CALLED_AGAINST.test(after)))
      )
        stance = "maduro";
      else if (negated)
        stance = "neutral"; // "refused to recognise Guaido", "described backing for Guaido as a breach"
      else if (
        side === "guaido" &&
        (OR_ELSE.test(before) ||
          IF_FIRST.test(clause.slice(Math.max(0, m.index - 200), m.index)) ||
          READY_TO.test(before) ||
          (MODAL.test(before) && (CONDITION.test(clause.slice(m.index)) || IF_NEXT.test(after))) ||
          CONDITION_NEXT.test(clause.slice(m.index + m[0].length)))
      )
        stance = "conditional";
      else if (FORESEEN.test(before)) continue;
      const end = m.index + m[0].length + (passive ? 0 : side.length);
      const holder = possessive
        ? {
            at: m.index - before.length + possessive.index + possessive[0].length - possessive[1].length,
            stance: side,
          }
        : undefined;
      // "demanded that the Executive immediately recognize Guaidó": asked of someone, not taken
      // …and one that should or would have been taken was not: "should have recognised Guaido as Spain did"
      const unheld =
        DEMANDED_THAT.test(before) ||
        COUNTERFACTUAL.test(before) ||
        CLAIMED_THAT.test(before) ||
        (stance !== "conditional" && ADVOCATED.test(before)) ||
        undefined;
      out.push({
        stance,
        start: m.index,
        end,
        text: m[0],
        holder,
        denied: negated ? side : undefined,
        unheld,
      });
    }
  };
  objectCue(SUPPORT, false);
  objectCue(RECOGNITION, true);
  for (const [side, re] of JUDGED) {
    for (const m of matchesOf(re, clause)) {
      if (NEGATED.test(lead(m.index)) || EXPECTED.test(clause.slice(0, m.index))) continue;
      // "if Maduro did not call elections, it would consider Guaido the interim president": on a condition
      const onCondition =
        side === "guaido" &&
        (IF_FIRST.test(clause.slice(Math.max(0, m.index - 200), m.index)) || OR_ELSE.test(lead(m.index)));
      out.push(cueAt(m, onCondition ? "conditional" : side));
    }
  }
  // "welcomed Guaido's move": welcoming a side's claim to power backs it; welcoming its offer of talks does not
  for (const m of matchesOf(WELCOMED, clause)) {
    const after = clause.slice(m.index + m[0].length);
    for (const side of SIDES) {
      const ref = SIDE_REFS[side].exec(after);
      if (ref?.index === 0 && CLAIM_TO_POWER.test(after.slice(ref[0].length)) && !NEGATED.test(lead(m.index)))
        out.push(cueAt(m, side));
    }
  }
  for (const [side, re] of JUDGED_COPULA) {
    for (const m of matchesOf(re, clause)) if (!NEGATED.test(lead(m.index))) out.push(cueAt(m, side));
  }
  for (const m of matchesOf(JUDGED_PRONOUN, clause)) {
    const side = lastSideIn(clause.slice(0, m.index), ctx.lastSide);
    if (side && !NEGATED.test(lead(m.index))) out.push(cueAt(m, side));
  }
  // "Maduro thanked Russia, China and Turkey for their support": the names thanked back the thanker's side
  for (const m of matchesOf(THANKS_FOR, clause)) {
    const before = clause.slice(0, m.index);
    // the thanker is a side ("Maduro thanked", "the opposition leader thanked") or "he"/"she" after one
    const thanker =
      SIDES.find((x) => SIDE_REFS[x].test(before)) ?? (/^\s*(?:He|She)\b/.test(before) ? ctx.lastSide : null);
    if (thanker) out.push(cueAt(m, thanker, { appositive: true }));
  }
  // "Luxembourg announced its recognition": recognition with no object is of the claimant, as "recognised him" is
  for (const m of matchesOf(BARE_RECOGNITION, clause)) {
    if (NEGATED.test(lead(m.index))) continue;
    // "pushed for recognition if Nicolás Maduro failed to call elections": recognition on a condition
    out.push(cueAt(m, CONDITION_NEXT.test(clause.slice(m.index + m[0].length)) ? "conditional" : "guaido"));
  }
  for (const [list, stance] of [
    [CONDITIONAL_CUES, "conditional"],
    [NEUTRAL_CUES, "neutral"],
    [MADURO_CUES, "maduro"],
  ] as const) {
    for (const re of list) {
      for (const m of matchesOf(re, clause)) {
        if (m[0].trim().length === 0) continue;
        // "Italy did not join the ultimatum": a condition not set is no position (neutral cues say "not" themselves)
        if (stance === "conditional" && NEGATED.test(lead(m.index))) continue;
        // "accused Maduro of trying to usurp power", "said Maduro was trying to usurp power": the usurper named is the
        // government itself, so the accuser is against it
        if (stance === "maduro" && /usurp/i.test(m[0]) && usurperIsGovernment(m[0], lead(m.index))) continue;
        // ("accused Washington of trying to usurp power": the accusation's own cue reads it, the accused not a subject)
        if (
          stance === "maduro" &&
          /^(?:tr|seek|sought|attempt)/i.test(m[0]) &&
          /\bof\s+$/.test(lead(m.index))
        )
          continue;
        // "the ultimatum issued by Spain, France and Germany": the names after it hold it
        out.push(cueAt(m, stance, /\bissued (?:by|from)$/.test(m[0]) ? { agentsAfter: true } : {}));
      }
    }
  }
  // "Maduro can still count on Russia, China, Cuba and Turkey"
  for (const m of matchesOf(COUNT_ON, clause)) {
    const side = lastSideIn(clause.slice(0, m.index), null);
    if (
      side &&
      SIDE_REF_AT_END[side].test(clause.slice(0, m.index).replace(/\s+$/, "")) &&
      !NEGATED.test(lead(m.index))
    )
      out.push(cueAt(m, side, { agentsAfter: true }));
  }
  for (const m of matchesOf(CAME_FROM, clause)) {
    // of the side named in it, else the side before; recognition with no object is of the claimant
    const object = m[2] ? SIDES.find((x) => SIDE_REFS[x].test(m[2])) : undefined;
    const side =
      object ??
      (m[2] ? null : /^r/i.test(m[1]) ? "guaido" : lastSideIn(clause.slice(0, m.index), ctx.lastSide));
    if (side && !NEGATED.test(lead(m.index))) out.push(cueAt(m, side, { agentsAfter: true }));
  }
  for (const m of matchesOf(BACKED_BY, clause)) {
    const before = clause.slice(0, m.index);
    const side = lastSideIn(before, /^\s*(?:He|She)\b/.test(before) ? ctx.lastSide : null);
    if (!side || NEGATED.test(lead(m.index))) continue;
    out.push(cueAt(m, side, { agentsAfter: true }));
    // "retains the support of the army's high command, and internationally that of Russia, China …": more backers
    const more = THAT_OF.exec(clause.slice(m.index + m[0].length));
    if (more) {
      const at = m.index + m[0].length + more.index;
      out.push({
        stance: side,
        start: at,
        end: at + more[0].length,
        text: more[0].trim(),
        agentsAfter: true,
      });
    }
  }
  for (const m of matchesOf(ACT_BACKED_BY, clause)) {
    const side = lastSideIn(clause.slice(0, m.index), null);
    if (side) out.push(cueAt(m, side, { agentsAfter: true }));
  }
  for (const side of SIDES) {
    for (const m of matchesOf(PRO_SIDE[side], clause)) out.push(cueAt(m, side, { agentsAfter: true }));
    for (const m of matchesOf(SIDE_LABEL[side], clause)) out.push(cueAt(m, side));
  }
  for (const m of matchesOf(BACKED_ADJECTIVE, clause)) {
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const side = SIDES.find((x) => SIDE_REFS[x].exec(after)?.index === 0);
    if (side) out.push(cueAt(m, side, { holder: { at: m.index, stance: side } }));
  }
  // "a close Maduro ally": a side's name used as an adjective before "ally", "backer", "supporter"
  for (const side of SIDES) {
    for (const m of matchesOf(SIDE_ALLY[side], clause)) out.push(cueAt(m, side, { appositive: true }));
  }
  for (const m of matchesOf(POSSESSIVE_SUPPORT, clause)) {
    const head = clause.slice(Math.max(0, m.index - 60), m.index);
    const ref = sideAtEnd(head);
    // the allies are the names beside them ("Russia, Maduro's closest ally", "are among Maduro's allies"), not the
    // subject of a clause they are the object or the subject in ("a history Maduro's allies often cite")
    if (ref && BEFORE_ALLIES.test(head.slice(0, ref.at))) out.push(cueAt(m, ref.side, { appositive: true }));
  }
  // "a former ally of Caracas", "once a close Maduro ally": a tie of the past is no stance now
  for (let i = out.length - 1; i >= 0; i--)
    if (PAST_TIE.test(clause.slice(Math.max(0, out[i].start - 30), out[i].start) + out[i].text))
      out.splice(i, 1);
  // "…, and Paraguay followed early Thursday": the stance taken last before, in this clause or the sentences before
  for (const m of matchesOf(FOLLOW, clause)) {
    const prev = out.filter((c) => c.end <= m.index).at(-1);
    const last = prev?.stance ?? ctx.lastStance;
    if (!last || out.some((c) => c.start >= m.index)) continue;
    // "has yet to do so" after a recognition is declining to recognise; after anything else it says nothing
    // (…or the cue itself: "Italy, Greece, Cyprus and Slovakia have not.")
    // "was expected to follow Washington's lead": not yet
    if (EXPECTED.test(lead(m.index)) || FORESEEN.test(lead(m.index))) continue;
    if (QUESTIONED.test(lead(m.index))) continue; // "Asked whether Italy would follow, …"
    const negated = NEGATED.test(lead(m.index)) || /\bnot$|n['’]t$|^never\b/.test(m[0]);
    if (negated && last !== "guaido" && last !== "conditional") continue;
    // "Italy refuses to recognise Guaido while Spain and Portugal have done so": set against a refusal, "do so" is
    // doing what was refused
    const denied = prev ? prev.denied : ctx.lastDenied;
    const contrasted = CONTRAST.test(clause.slice(prev?.end ?? 0, m.index)) || (!prev && ctx.contrasted);
    const against = denied && !negated && /\bso$/.test(m[0]) && contrasted;
    out.push(cueAt(m, negated ? "neutral" : against ? denied : last));
  }
  // "Georgia and Albania also recognised Mr Guaidó, as did Kosovo and Morocco": the names after take the stance
  for (const m of matchesOf(AS_DID, clause)) {
    // what the clause before did, not what describes its subject: "Bolsonaro, a vocal Guaido supporter, has ruled out
    // a military intervention, as has Colombia" says nothing of Colombia's side
    const before = out.filter((c) => c.end <= m.index);
    const own = before.filter((c) => !c.appositive).sort((a, b) => a.start - b.start);
    if (before.length > 0 && own.length === 0) continue;
    // …nor is "Mexico … abstained, as did Guyana": a clause before that takes no stance gives those after it none (a
    // sentence before may have taken one: only a comparison that opens its clause, "So did Italy", follows that)
    if (own.length === 0 && /^,/.test(m[0]) && clause.slice(0, m.index).trim() !== "") continue;
    // (set against a refusal without a comma, the comparison is with the act refused: "Italy did not recognise
    // Guaido as Spain did")
    const denied = m[0].startsWith("as") ? own.at(-1)?.denied : undefined;
    const last = denied ?? own.at(-1)?.stance ?? ctx.lastStance;
    if (last) out.push(cueAt(m, last, { agentsAfter: true }));
  }
  // "…the four countries recognised Guaido, along with Sweden, Austria and Denmark": the names after it did as this
  // clause's cue says (not as a sentence before: "Spain, along with France, recognised …" lists subjects); so do those
  // excepted after a clause of few: "Few in Latin America now support Maduro, apart from Cuba and Bolivia"
  const alongside = matchesOf(ALONG_WITH, clause).filter(
    (m) =>
      !(m[0].endsWith("alongside ") && BESIDE_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))),
  );
  const excepted = FEW_OPENING.test(clause) ? matchesOf(EXCEPT_AFTER, clause) : [];
  for (const m of [...alongside, ...excepted]) {
    const before = out.filter((c) => c.end <= m.index && !c.appositive).at(-1);
    if (before) out.push(cueAt(m, before.stance, { agentsAfter: true }));
  }
  if (!out.some((c) => c.stance === "guaido")) {
    for (const m of matchesOf(LEGITIMATE_GOVERNMENT, clause)) {
      // "Hunt said Maduro was not the legitimate leader"
      if (DENIED_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "the legitimate president", unnamed, may be either man (a Guaido backer's "relieved that the legitimate president
      // had arrived"); "the legitimate government" is only the one in office
      if (/(?:president|leader)$/i.test(m[0])) continue;
      out.push(cueAt(m, "maduro"));
    }
  }
  // "If Germany recognises Guaido tomorrow, it will be the first time Berlin has backed …": what follows a hypothesis
  // opening the sentence is hypothetical too, unless it is an ultimatum ("If within eight days there is no call for
  // elections, Spain will recognise Guaido", read as conditional above) or its condition is one ("If Maduro does not
  // call elections, …")
  const hypothesis = offset === 0 ? HYPOTHESIS_OPENING.exec(clause) : null;
  if (hypothesis && !CONDITION.test(hypothesis[0]))
    for (let i = out.length - 1; i >= 0; i--)
      if (out[i].start >= hypothesis[0].length && out[i].stance !== "conditional") out.splice(i, 1);
  // one cue per place: the first found of overlapping ones, in reading order
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((c, i) => i === 0 || c.start >= out[i - 1].start + 1);
}

/** A clause that is names, perhaps a comma, and a side, its verb gapped: " the US and Canada, Guaido." */
const GAPPED = /^[\s,;]*(?:(?:and|while|whereas|but)\s+)?(.*?)\s*[.;]?\s*$/;
/** Words that may stand between the names of a gapped clause: "the US and most of Europe". */
const GAPPED_FILLER = /^(?:[\s,]|the\b|and\b|or\b|most\b|much\b|many\b|of\b|[A-Z][\w.'’-]*)*$/;

/** The names of a gapped clause (clause offsets from `from`) and the side each takes, or none. */
function gapped(clause: string, mentions: readonly ActorMention[], from: number): [ActorMention, StanceId][] {
  const body = GAPPED.exec(clause)![1];
  const ref = sideAtEnd(body);
  if (!ref) return [];
  const names = body.slice(0, ref.at);
  const bodyAt = from + clause.indexOf(body);
  const inNames = mentions.filter((m) => m.start >= bodyAt && m.end <= bodyAt + names.length);
  if (inNames.length === 0 || !/[,\s]$/.test(names) || !GAPPED_FILLER.test(names)) return [];
  return inNames.map((m) => [m, ref.side]);
}
/** The cue a gapped clause's side stands for. */
function gapCue(clause: string, from: number, side: StanceId): Cue {
  const at = clause.search(/\S[^\s]*\s*[.;]?\s*$/);
  return { stance: side, start: from + at, end: from + clause.length, text: clause.slice(at).trim() };
}

/** A hypothesis opening a sentence, up to the comma that closes it: "If Germany recognises Guaido tomorrow,". */
const HYPOTHESIS_OPENING = /^\s*(?:If|Should|Were|Had|Suppose|Supposing|Imagine|Assuming)\b[^.;]{3,160}?,\s/;
/** Whether an accusation of usurping power names the government as the usurper: in the cue ("accused Maduro of …")
 * or as the subject before it ("Maduro was trying to …"). */
function usurperIsGovernment(cue: string, before: string): boolean {
  if (SIDE_REFS.maduro.test(cue)) return true;
  const subject = before.replace(/\s+(?:was|is|were|are|has been|had been)\s+(?:\w+\s+)?$/, "");
  return subject !== before && SIDE_REF_AT_END.maduro.test(subject);
}
/** A copula denied right before a phrase: "was not the ", "is no longer the ". */
const DENIED_BEFORE =
  /\b(?:(?:is|was|are|were|remains?|remained)\s+(?:not|no longer|never)|(?:is|was|are|were)n['’]t)\s+(?:the\s+|a\s+)?$/i;

/** The object of a verb of regard judged as unlawful or false: "… Maduro's re-election as illegitimate". */
const JUDGED_AGAINST =
  /^[^.;,]{0,60}?\bas\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:illegitimate|illegal|unlawful|fraudulent|sham|farce|null|invalid|dictator|usurper|puppet|tyrant)\b/i;

/** What a verb of naming calls its object, with no "as": "called Washington's recognition of Guaido a coup". */
const CALLED_AGAINST =
  /^[^.;,]{0,60}?\s(?:an?|the)\s+(?:\w+\s+)?(?:coup|usurpation|power grab|violation|interference|sham|farce)\b/i;

/** Nothing but an article and two lower-case words between a verb and a name: the name heads the verb's object. */
const OBJECT_HEAD_GAP = /^\s*(?:the\s+)?(?:[a-z-]+\s+){0,2}$/;

/** A relative clause right after a pronoun-like reference: "… engineer who declared himself interim president". */
const DESCRIBED_BY = /^[^,;.]{0,40}?\bwho\s+([^,;.]{1,60})/;

/** A name that speaks right after it, past a comma from the verb: "The US is behind the coup, Maduro said" (the
 * trailing attribution names no object). */
const SPEAKER_NEXT = new RegExp(`^[\\w'’.-]+(?:\\s+[\\w'’.-]+){0,4}?\\s+(?:${cues.speechVerbs})\\b`);

/** After a title either side claims, its holder named as Guaido: " of Venezuela led by Juan Guaido", ", Juan Guaido". */
const TITLE_GIVEN_TO_GUAIDO = new RegExp(
  `^[^,.;]{0,40}?(?:\\b(?:led|headed|represented) by|,)\\s+(?:[A-Z][\\w.-]*\\s+){0,3}?(?:${sideRefs("guaido")})`,
  I,
);

/** Returns the side a verb's object names within the window after it, resolving "him" to the last side. */
function objectSide(
  after: string,
  before: string,
  ctx: SentenceContext,
  recognition: boolean,
): "guaido" | "maduro" | null {
  // "stood by Caracas": the seat of government as a verb's direct object stands for the government; elsewhere
  // ("a rally in Caracas") it is a place, so it is no side reference in general
  if (SEAT.test(after)) return "maduro";
  // "Guaido, whom Brasilia recognises as the country's legitimate president": the object came before the verb,
  // and the title after it ("legitimate president") names no side of its own
  if (recognition && TITLE_RIGHT_AFTER.test(after)) return lastSideIn(before, ctx.lastSide) ?? "guaido";
  const g = SIDE_REFS.guaido.exec(after);
  let m = SIDE_REFS.maduro.exec(after);
  // "the legitimate government of Venezuela led by Juan Guaido", "the legitimate president, Juan Guaido": a title
  // either side claims, given to Guaido
  if (m && !/Maduro/i.test(m[0]) && TITLE_GIVEN_TO_GUAIDO.test(after.slice(m.index + m[0].length))) m = null;
  const p = PRONOUN.exec(after);
  const first = [
    g && { side: "guaido" as const, at: g.index },
    m && { side: "maduro" as const, at: m.index },
    p && { side: null, at: p.index },
  ]
    .filter((x): x is { side: "guaido" | "maduro" | null; at: number } => Boolean(x))
    .sort((a, b) => a.at - b.at)[0];
  // the side must head the verb's object: "backed President Maduro", not "backed the EU ultimatum to Maduro"
  const gap = first ? after.slice(0, first.at) : "";
  if (
    first &&
    first.at < 60 &&
    !OBJECT_BREAK.test(gap) &&
    !(gap.includes(",") && SPEAKER_NEXT.test(after.slice(first.at)))
  ) {
    // "supported Maduro's call for dialogue", "supported Guaido's call for free and fair elections": a side's call for
    // talks or a vote backed is no side taken
    if (first.side && SIDES_CALL.test(after.slice(first.at))) return null;
    if (first.side) return first.side;
    // "the 35-year-old engineer who declared himself interim president": the relative clause says who
    const described = DESCRIBED_BY.exec(after.slice(first.at, first.at + 80));
    if (described) return SIDES.find((x) => SIDE_REFS[x].test(described[1])) ?? null;
    return lastSideIn(before, ctx.lastSide) ?? (recognition ? "guaido" : null); // "him"
  }
  if (recognition && INTERIM.test(after)) return "guaido";
  return null;
}

/** A side's own call for talks or a vote, from the side's name on: "Maduro's call for dialogue", "Guaido's offer of
 * talks", "Guaido's call for free and fair elections". */
const SIDES_CALL =
  /^(?:[\w.-]+\s+){0,2}?[\w-]+['’]s\s+(?:\w+\s+)?(?:calls?|proposals?|offers?|appeals?|initiatives?|demands?)\s+(?:for|of)\s+(?:[\w-]+\s+){0,3}(?:dialogue|talks|negotiations?|mediation|elections?|polls?|a vote)\b/;

/** A side that has a state's support, the state's possessive at the end: "Guaido had Argentina's full " (case
 * matters: the possessor is a name). */
const HAS_POSSESSED =
  /\s+(?:(?:still|also|now|already|continues to|continued to)\s+)?(?:has|had|have|enjoys?|enjoyed|retains?|retained|wins?|won|secured|received|gets|got)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*['’]s?\s+(?:[a-z]+\s+){0,2}$/;
function possessedBySide(before: string): "guaido" | "maduro" | null {
  const m = HAS_POSSESSED.exec(before);
  return m ? (SIDES.find((x) => SIDE_REF_AT_END[x].test(before.slice(0, m.index))) ?? null) : null;
}

/** "He" as the subject of the verb at the end: "He has since been ". */
const SUBJECT_HE = /(?:^|[^\w'’])[Hh]e\s+(?:[a-z]+\s+){1,4}$/;

/**
 * "Guaido has been recognised by …": in the passive, the side is the subject before the verb; "He has since been
 * recognised by …", the side named last before the sentence (`lastSide`).
 */
function passiveSide(before: string, lastSide: "guaido" | "maduro" | null): "guaido" | "maduro" | null {
  // "Guaido, backed by Washington, called …": a participle set off after the side
  const setOff = /\s*,\s*(?:\w+ly\s+)?$/.exec(before);
  const described = setOff && SIDES.find((x) => SIDE_REF_AT_END[x].test(before.slice(0, setOff.index)));
  if (described) return described;
  if (!/\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$/i.test(before)) return null;
  return lastSideIn(before, null) ?? (SUBJECT_HE.test(before) ? lastSide : null);
}

/** Returns the side contacted just before a support phrase with no object: "phoned Maduro to express his support",
 * "phoned the Venezuelan leader to express support". */
function contactedSide(before: string): "guaido" | "maduro" | null {
  const m = /\b(?:to|and)\s+(?:[\w'’]+\s+){0,2}$/.exec(before); // "to express Turkey's support"
  if (!m) return null;
  // "spoke with Guaido by phone and offered his support": past where and how they spoke
  const head = before
    .slice(0, m.index)
    .trimEnd()
    .replace(
      /(?:\s+(?:by (?:tele)?phone|on the (?:tele)?phone|over the phone|in [A-Z][\w-]+|on [A-Z]\w+day))+$/,
      "",
    );
  for (const side of SIDES) {
    const ref = SIDE_REF_AT_END[side].exec(head);
    if (ref && CONTACT_BEFORE.test(head.slice(0, ref.index))) return side;
  }
  return null;
}

/** A possessive of supporters right after a name: "'s allies", "'s closest partners" (data/stance-cues.json). */
const ALLIES_OF = new RegExp(`^(?:${cues.possessiveSupport})`, "i");
/** A participle right after the names after "with": "with Italy refusing", "with Russia and China firmly backing". */
const WITH_PARTICIPLE = /^\s+(?:\w+ly\s+)?[a-z]+ing\b/;

function subjectsBefore(
  s: string,
  mentions: readonly ActorMention[],
  from: number,
  to: number,
): ActorMention[] {
  const out: ActorMention[] = [];
  let prev = null as { start: number; end: number; blocked: boolean; actor: ActorId } | null;
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    // members of one group expression share its place, as a name's abbreviation in brackets does its name's
    if (
      prev &&
      (m.start < prev.end || (m.actor === prev.actor && /^\s*\(\s*$/.test(s.slice(prev.end, m.start))))
    ) {
      if (!prev.blocked && m.start < prev.end) out.push(m);
      if (m.start >= prev.end) prev = { ...prev, end: m.end + (s[m.end] === ")" ? 1 : 0) };
      continue;
    }
    const gap = s.slice(prev ? prev.end : Math.max(from, m.start - 40), m.start);
    const lead = s.slice(Math.max(from, m.start - 40), m.start);
    // "Unlike Mexico, Colombia recognised …": after an opening phrase, a name right before the verb is its subject
    // …and after a place or time that opens the clause: "In Buenos Aires, the Casa Rosada issued …"
    const opensClause =
      (/^\s*,\s*(?:the\s+)?$/.test(gap) && VERB_NEXT.test(s.slice(m.end, to))) ||
      (prev !== null &&
        /^\s*,\s*(?:the\s+)?$/.test(gap) &&
        (OPENING_PLACE.test(s.slice(from, prev.start)) || OPENING_PHRASE.test(s.slice(from, m.start))) &&
        !/^\s*,/.test(s.slice(listEnd(s, mentions, m, to)))); // not "In Brazil, Colombia and Peru, …"
    // "…, with Italy refusing to endorse Guaido": "with", its names and a participle are a clause of their own, whose
    // names are the participle's subjects and the names before it not
    const withClause =
      /\bwith\s+(?:the\s+)?$/i.test(lead) && WITH_PARTICIPLE.test(s.slice(listEnd(s, mentions, m, to)));
    if (withClause) out.length = 0;
    const blocked: boolean =
      RELATION_AFTER.test(s.slice(m.end, m.end + 30)) ||
      (prev && LIST_JOIN.test(gap) && !opensClause
        ? prev.blocked
        : (PREPOSITION_BEFORE.test(lead) &&
            !(EXCEPT_OPENING.test(s.slice(from, m.start)) && FEW_OTHERS_AFTER.test(s.slice(m.end, to))) &&
            !QUANTIFIER_OF.test(lead) &&
            !(EXAMPLES_LIKE.test(lead) && !(prev !== null && KIND_APPOSITION.test(gap))) &&
            !STATE_OF.test(lead) &&
            !withClause &&
            // "Most of Latin America, along with the US and Canada, recognised …": names set off in a list join
            !(
              ALONG_BEFORE.test(lead) &&
              /^\s*(?:,|[–—-]\s)\s*$/.test(s.slice(listEnd(s, mentions, m, to), to))
            ) &&
            // "Besides Russia, China and Turkey also backed …": those the opening adds to do as the subjects do
            !(INCLUSIVE_OPENING.test(s.slice(from, m.start)) && NAMES_THEN_COMMA.test(s.slice(m.end, to))) &&
            !(
              CONJUNCTION_BEFORE.test(lead) &&
              VERB_NEXT.test(s.slice(listEnd(s, mentions, m, to), to).replace(OTHERS_TAIL, ""))
            )) ||
          MODIFIER_BEFORE.test(lead) ||
          // "Washington's allies, including Colombia and Brazil, have recognised": the possessor of the subject
          ALLIES_OF.test(s.slice(m.end, m.end + 40)) ||
          // "Saudi Arabia and the UAE, both close US allies, …": a name that modifies the noun after it
          /^\s+(?:allies|ally|partners?|backers?|friends?)\b/.test(s.slice(m.end, m.end + 20)) ||
          MODEL_AFTER.test(s.slice(m.end, m.end + 20)) ||
          // (the noun may end the cue before; "an ultimatum by EU states demanding …": the agent of the cue right after)
          (NOUN_BY_BEFORE.test(s.slice(Math.max(0, m.start - 40), m.start)) &&
            !/^\s*,?\s*$/.test(s.slice(listEnd(s, mentions, m, to), to))) ||
          // (once the clause has named another, or someone: "Erdogan slammed the US and voiced support for Maduro")
          // (but "thanked the US, Canada and the Lima Group for recognising him": the object is the gerund's subject)
          ((prev !== null ||
            SUBJECT_BEFORE_VERB.test(s.slice(from, m.start).replace(VERB_OBJECT_BEFORE, ""))) &&
            VERB_OBJECT_BEFORE.test(lead) &&
            !POSSESSIVE_AFTER.test(s.slice(m.end, m.end + 3)) &&
            !FOR_GERUND_NEXT.test(s.slice(listEnd(s, mentions, m, to)))) ||
          // "Erdogan slams US-backed coup": a name joined by a hyphen to the word after it modifies the noun it heads
          /^-[a-z]/.test(s.slice(m.end, m.end + 2)) ||
          /,\s*(?:but\s+)?not\s+(?:the\s+)?$/.test(lead) || // "Russia, but not China, warned …"
          ACCUSED_BEFORE.test(lead) ||
          (URGED_BEFORE.test(lead) && INFINITIVE_NEXT.test(s.slice(listEnd(s, mentions, m, to)))) ||
          JOINED_BEFORE.test(lead) ||
          HYPOTHETICAL_BEFORE.test(lead) ||
          (INVERTED_BEFORE.test(lead) && INFINITIVE_NEXT.test(s.slice(listEnd(s, mentions, m, to), to))) ||
          /^\s*Had\s+(?:the\s+)?$/.test(s.slice(0, m.start)) || // "Had Slovakia recognised Guaido, …"
          nonStateAfter(s.slice(m.end, m.end + 90)) ||
          // "Former Brazilian President Lula": an office its holder has left speaks for no state
          (m.form === "demonym" && FORMER_BEFORE.test(lead)) ||
          RULING_PARTY_AFTER.test(s.slice(m.end, m.end + 40)) ||
          (m.form === "metonym" &&
            (DATELINE_AFTER.test(s.slice(m.end, m.end + 40)) ||
              (m.start === 0 && /^\s+[—–-]{1,2}\s/.test(s.slice(m.end, m.end + 5))))));
    if (!blocked) out.push(m);
    prev = { start: m.start, end: m.end, blocked, actor: m.actor };
  }
  return out;
}

/** A conjunction that opens a subordinate clause, whose subject is its own. */
const SUBORDINATOR =
  /\b(?:after|before|(?<!\b(?:has|have|had|having|is|are|was|were|been|ever|long)\s+)since|when|once(?! (?:again|more)\b)|because|until|where|whereas|while|even as|even though|although)\s+/gi;
/** "as" opening a clause of its own, before a capitalised subject (case matters: "as an attempt" is no clause). */
const AS_CLAUSE = /\b[Aa]s\s+(?=(?:the\s+)?[A-Z])/g;
/** A preposition of place or time opening a clause, before its name: "In ", "At the ", "From ". */
const OPENING_PLACE = /^\s*(?:In|At|From|Inside|Outside)\s+(?:the\s+)?$/;
/** An opening that adds its names to the clause's subjects: "Besides ", "Like ", "In addition to ". */
const INCLUSIVE_OPENING = new RegExp(
  `^\\s*(?:${phrasesEitherCase(words.inclusivePhrases)})\\s+(?:the\\s+)?$`,
);
/** The rest of an opening's names (joined by "and", not by commas), then its comma: " and China, ". */
const NAMES_THEN_COMMA = /^(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z][^,;.]*?)?\s*,/;
/** A phrase of comparison or addition opening the clause, up to a comma: "Besides Russia, " (China and Turkey also
 * backed …), "In addition to Spain, ", "Apart from Russia and China, ". The names after its last comma, when no comma
 * follows them, are the clause's subjects. */
const OPENING_PHRASE = new RegExp(
  `^\\s*(?:${phrasesEitherCase(`${words.inclusivePhrases}|${words.exceptPhrases}|${words.contrastPhrases}`)})\\s+[^;.]*,\\s*(?:the\\s+)?$`,
);

/** Between two names, the rest of the first one's clause and a conjunction opening another: "… blocked a common
 * position, and ". Not a list (", and"), nor a relative clause or apposition set off by a comma (", which …, and"). */
const CLAUSE_BETWEEN = /^(?!\s*,)[^;]*?\b[a-z]{2,}\b[^;]*,\s*(?:and|but|while|whereas)\s+(?:the\s+)?$/;

/** ", and Maduro was ", ", but Prime Minister Conte has ": a clause of its own, opened by a capitalised subject, up to
 * the cue; or an absolute phrase with its own subject: "Italy was divided, with the League backing Guaido". */
const NEW_CLAUSE_BEFORE =
  /^[^;]*?,\s*(?:(?:and|but|while|whereas)\s+(?:the\s+)?|with\s+the\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:[a-z]+\s+){0,3}$/;

/** The names after the last clause boundary among `subjects` (all of them where there is none). */
function afterLastClause(s: string, subjects: ActorMention[]): ActorMention[] {
  for (let i = subjects.length - 1; i > 0; i--)
    if (CLAUSE_BETWEEN.test(s.slice(subjects[i - 1].end, subjects[i].start))) return subjects.slice(i);
  return subjects;
}

/** Where the list that `first` opens ends: "after Spain, Germany and Britain| issued …". */
function listEnd(s: string, mentions: readonly ActorMention[], first: ActorMention, to: number): number {
  let end = first.end;
  for (const m of mentions) {
    if (m.start < end || m.end > to) continue;
    if (!LIST_JOIN.test(s.slice(end, m.start))) break;
    end = m.end;
  }
  return end;
}

/** Tells whether a name lies in a relative clause between commas that closes before `end`. */
function insideClosedRelative(s: string, m: ActorMention, end: number): boolean {
  for (const r of matchesOf(CLOSED_RELATIVE, s.slice(0, end)))
    if (r.index < m.start && r.index + r[0].length <= end && m.end <= r.index + r[0].length) return true;
  return false;
}
// or a place or time ("At the Security Council, where the United States had called a meeting, Russia accused…");
// not a membership ("The group, which includes Brazil, Colombia and Peru, reiterated…"): members share its stance
const CLOSED_RELATIVE =
  /,\s*(?:which|who|whose|where|when)\b(?!\s+(?:includes?|included|comprises?|comprised|groups|brings together|consists? of)\b)[^,;]*,/g;

/** The first name and those listed with it: "The Lima Group and Canada" of "The Lima Group and Canada urged …". */
function leadingList(s: string, names: readonly ActorMention[]): ActorMention[] {
  const out = names.slice(0, 1);
  for (const m of names.slice(1)) {
    const last = out.at(-1)!;
    const gap = s.slice(last.end, m.start);
    if (m.start < last.end || LIST_JOIN.test(gap) || QUALIFIED_JOIN.test(gap)) out.push(m);
    else break;
  }
  return out;
}
/** The names listed up to `last`, and `last`: "Mexico and Uruguay" of "Mexico and Uruguay, which …". */
function listEndingAt(s: string, mentions: readonly ActorMention[], last: ActorMention, from: number) {
  const out = [last];
  for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
    const m = mentions[i];
    const first = out[0];
    if (m.start < from) break;
    if (m.end > first.start) continue; // a member of the same group expression
    if (!LIST_JOIN.test(s.slice(m.end, first.start))) break;
    out.unshift(m);
  }
  return out;
}

/** A name's "of" phrase, then the next name: "The Lima Group| of Latin American nations and |Canada". */
const QUALIFIED_JOIN = /^\s+of\s+[^,;.]{1,40}?\s+and\s+(?:the\s+)?$/i;

/** "Apart from Cuba and Bolivia, few countries … still back Maduro": those excepted do what few others do. */
const EXCEPT_OPENING = new RegExp(`^\\s*(?:${phrasesEitherCase(words.exceptPhrases)})\\s+(?:the\\s+)?$`);
const FEW_OTHERS_AFTER =
  /^(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*\s*,\s*(?:few|no|hardly any|not many|only a few|only a handful of)\s+(?:other\s+)?(?:countries|states|nations|governments)\b/;
/** "after the United States recognised …", "with Italy and Greece blocking …": a conjunction opening a clause (or "with"
 * an absolute phrase), not a preposition. */
const CONJUNCTION_BEFORE = /\b(?:after|before|since|until|as|with)\s+(?:the\s+)?$/i;
/** Others named by number after a list: " and more than 50 other countries" (…recognised Guaido). */
const OTHERS_TAIL =
  /^\s*,?\s*(?:and|as well as)\s+(?:(?:more than|over|nearly|almost|about|around|some|at least)\s+)?(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+)?(?:other\s+)?(?:countries|nations|states|governments)\b/;
/** Nothing but auxiliaries and adverbs (or a verb whose infinitive the cue is: "refused to") between a name and the
 * cue's verb: the name is the verb's subject. */
// (past a relative clause closed by its comma, and a report of its own words: "the Lima Group, of which Canada is a
// member, said it ")
const VERB_NEXT =
  /^(?:\s*,\s*(?:(?:of|in|among)\s+which|which|who|whose)\b[^,;]*,)?\s+(?:(?:has|have|had|also|then|first|already|formally|officially|[a-z]+ly|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+){0,3}(?:(?:said|says|announced|stated|declared)\s+(?:that\s+)?(?:it|they)\s+(?:(?:had|has|have|would|will|also)\s+)?|(?:(?:refused|refuses|declined|declines|decided|agreed|moved|chose|opted|failed|fails|hesitated|continued|continues|(?:was|were|is|are) (?:quick|slow|first|reluctant|unwilling)|(?:has|have) yet)\s+to\s+)|(?:(?:did|does|do|has|have|had|would|will|could|can)(?:\s+not|n['’]t)?\s+)(?:(?:yet|also|still)\s+)?)?$/;

/** A cue of an active verb and then its object, a common noun: "condemned interference" (not "recognition of
 * Guaido", nor the passive "been handed a deadline"). */
const ENDS_IN_OBJECT =
  /^(?!(?:be|been|being|is|are|was|were)\b)[a-z]+\s(?:.*\s)?(?![a-z]+(?:ed|en|wn)\b)[a-z]+$/;
/** The passive's agents after a cue: "recognised by Canada and Peru" (not "a coup attempt backed by Washington",
 * the agent of another participle). */
function passiveAgents(s: string, mentions: readonly ActorMention[], cueEnd: number, to: number) {
  const out = namesAfter(
    s,
    mentions,
    cueEnd,
    to,
    (gap) => PASSIVE_BY.test(gap) && !OTHER_PARTICIPLE_BY.test(gap),
  );
  // "…by Washington within minutes, and by Ottawa and Brasilia soon after": the passive's further agents
  for (let more = out; more.length > 0; out.push(...more))
    more = namesAfter(s, mentions, more.at(-1)!.end, to, (gap) => MORE_AGENTS.test(gap));
  return out;
}
/** Between a passive's agents and more of them: " within minutes, and by ", " and later by the ", ", followed by ". */
const MORE_AGENTS =
  /^[^.;,]{0,40}?(?:,?\s+(?:and|then|or)\s+(?:(?:then|later|also|soon|quickly)\s+)?|,\s+(?:\w+ly\s+)?followed\s+(?:\w+ly\s+)?)by\s+(?:the\s+)?$/;

/** ", which most countries do not": a relative clause whose subject is a noun phrase of its own. */
const OBJECT_RELATIVE =
  /^\s*,\s*(?:which|whom)\s+(?:(?:most|many|some|few|several|other|the|its|their|no)\s+)+(?:[\w-]+\s+){0,2}?(?:countries|states|nations|governments|members|capitals|others)\b/i;
/** ", which continues to", ", who has": a relative clause opening right after a name, up to the cue. */
const RELATIVE_AFTER = /^\s*,\s*(?:which|who)\b[^,;"“”]*$/;

/** Where the last verb of speech before `to` ends ("… said |CARICOM was ready"), or -1. */
function lastSpeechEnd(s: string, from: number, to: number): number {
  let end = -1;
  for (const m of matchesOf(SPEECH_ALL, s.slice(from, to))) end = from + m.index + m[0].length;
  return end;
}

/** The names right after a noun for supporters: "allies Russia and China", "backers, such as Cuba,". */
const appositives = (s: string, mentions: readonly ActorMention[], cueEnd: number, to: number) =>
  namesAfter(s, mentions, cueEnd, to, (gap) => APPOSITIVE_GAP.test(gap));
// "the backing of key allies Russia, China and Turkey": a noun for supporters may stand before the names, or the states'
// own bodies ("…, as did the leaders of Cuba and Nicaragua"), or a count of countries that they are among ("backing
// from more than 50 countries, including Japan")
const APPOSITIVE_GAP =
  /^\s*,?\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:countries|nations|states|governments|bloc|group|coalition)(?:\s+(?:in|of|from)\s+(?:the\s+)?[\w-]+)?,?\s+(?:including|such as|among them|notably)\s+|(?:(?:more than|over|nearly|almost|some|about|around|at least)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:other\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:countries|nations|states|governments),?\s+(?:including|such as|among them|notably)\s+|(?:such as|including|like|namely|(?:led|headed|spearheaded)\s+by)\s+|(?:(?:abroad|overseas|internationally|still|now)\s+)?(?:include[sd]?|are|were|remain|stand|stood)\s+|(?:(?:are|were|remain)\s+[a-z]+\s*)?:\s*)?(?:(?:key|close|main|traditional|longtime|old|staunch)\s+)?(?:(?:allies|partners|friends|backers|supporters)\s+)?(?:(?:the\s+)?(?:(?!former\b|ex-)[a-z][a-z-]*\s+)?(?:leaders?|governments?|presidents?|heads of (?:state|government)|foreign ministers?|foreign ministries|authorities)\s+of\s+)?(?:the\s+)?$/i;

/** Words that introduce the names a group is made of: ", including Germany, Austria …". */
const LISTING = "including|among them|notably|such as";
/** Nothing before a cue but a list's bullet (or an adverb): the cue opens a label. */
const LABEL_OPENING = /^[\s•·▪*–—-]*(?:[A-Z][a-z]+ly\s+|[Ss]till\s+)?$/;
/** The rest of the label, its colon and the holders' first name: " Guaido: the ", " with Maduro: ", ": about 50
 * countries, led by the ". */
const LABEL_GAP = new RegExp(
  `^[^.;:,"“”]{0,60}:\\s*(?:(?:(?:about|some|nearly|around|more than|over)\\s+)?(?:\\d+|[a-z]+)\\s+(?:countries|nations|states|governments),?\\s+(?:led by|${LISTING})\\s+)?(?:the\\s+)?$`,
);

/** A plural noun for states before a cue: its subject is a group, whose members may be named after the object. */
const GROUP_NOUN = /\b(?:countries|states|nations|governments|members)\b/i;
/** The object, then the list: "… Guaido, including Germany, Austria and Denmark", "… Guaido (Argentina, Brazil …)". */
const MEMBERS_LISTED = new RegExp(
  `^[^.;:,()]{0,60}(?:,\\s*(?:${LISTING})|\\(\\s*(?:(?:${LISTING})\\s+)?)\\s*(?:the\\s+)?$`,
  "i",
);
const membersNamedAfter = (s: string, mentions: readonly ActorMention[], cueEnd: number, to: number) =>
  namesAfter(s, mentions, cueEnd, to, (gap) => MEMBERS_LISTED.test(gap));

/** A person a state's possessive names, between the names of a list: "Brazil['s Jair Bolsonaro], Colombia's …". */
const POSSESSED_PERSON = /^['’]s\s+(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*(?=\s*,|\s+and\s)/;

/** The first name after a cue, when the words between `open` a list, and the names listed after it. */
function namesAfter(
  s: string,
  mentions: readonly ActorMention[],
  cueEnd: number,
  to: number,
  opens: (gap: string) => boolean,
): ActorMention[] {
  const first = mentions.find((m) => m.start >= cueEnd && m.end <= to);
  if (!first || !opens(s.slice(cueEnd, first.start))) return [];
  // the members of a group expression share its words
  const out = mentions.filter((m) => m.start === first.start && m.end === first.end);
  for (const m of mentions) {
    const last = out.at(-1)!;
    if (m.start <= last.start || m.end > to) continue;
    if (m.start < last.end || LIST_JOIN.test(s.slice(last.end, m.start).replace(POSSESSED_PERSON, "")))
      out.push(m);
    else break;
  }
  return out;
}

/** Capitalised words (a title, perhaps with "of") right before a name: "President ", "Secretary of State ". */
const TITLES_AT_END = /(?:[A-Z][\w.'’-]*\s+|of\s+)*$/;
/** A role outside government: "Labour Party leader", "US Senator"; its holder takes no position for the state. */
const OUTSIDE_GOVERNMENT = new RegExp(
  `\\b(?:${[...speakers.notForState, ...speakers.outsideGovernment].join("|")})\\b`,
  "i",
);
/** A role in a party or movement, whatever office its holder also has: "League leader and Deputy Premier". */
const PARTY_ROLE = new RegExp(`\\b(?:${cues.nonStateNames.join("|")})\\b(?!\\s+(?:Minister|Ministry)\\b)`);
/** Whether a person speaks for their state: no role outside government ("US Senator", "League leader and …"). */
export const speaksForState = (p: { role: string | null }) =>
  !p.role || !(OUTSIDE_GOVERNMENT.test(p.role) || PARTY_ROLE.test(p.role));

/** Returns the people who speak for a state named right after `from`, by title and name alone ("Russian President
 * Vladimir Putin and Erdogan"). */
function peopleAfter(s: string, people: readonly Person[], from: number, to: number) {
  const region = s.slice(from, Math.min(to, from + 80));
  return people.filter((p): p is Person & { actor: ActorId } => {
    const at = region.indexOf(p.sharesSurname ? p.name : p.surname);
    return at >= 0 && p.actor !== null && speaksForState(p) && NAMES_ONLY.test(region.slice(0, at));
  });
}
/** Nothing but capitalised words (titles, first names, names before) and the "and" of a list. */
const NAMES_ONLY = /^\s*(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+|and\s+){0,6}$/;

function peopleBefore(s: string, people: readonly Person[], from: number, to: number): Person[] {
  const region = s.slice(from, to);
  return people.filter((p) => {
    if (!speaksForState(p)) return false;
    const at = region.indexOf(p.sharesSurname ? p.name : p.surname);
    if (at < 0) return false;
    // "urged Trump to recognise Guaido": the one urged has not acted
    const nameAt = region.lastIndexOf(p.name, at);
    const before = region.slice(0, nameAt >= 0 ? nameAt : at).replace(TITLES_AT_END, "");
    const urged = URGED_BEFORE.test(before);
    const nameEnd = from + at + p.surname.length;
    if (urged && INFINITIVE_NEXT.test(s.slice(nameEnd))) return false;
    // "CARICOM leaders met Guterres and offered to mediate": the one met is no subject
    if (CONTACT_BEFORE.test(before)) return false;
    // "Alexis Tsipras's Syriza party": the person names a party's owner
    if (nonStateAfter(s.slice(nameEnd, nameEnd + 60))) return false;
    return !isObjectOfPreposition(region.slice(0, at));
  });
}

/** A sentence opening with the person spoken of last, or the state they speak for: "He …", "His delegation …". */
const PERSON_OPENING =
  /^\s*(?:He|She|(?:His|Her) (?:government|delegation|country|administration|cabinet|ministry|office))\b/;
/** A person named again by an epithet: "The far-right leader", "The leftist president" (unless it names a side:
 * "The opposition leader", "The socialist leader"). */
const EPITHET_OPENING = new RegExp(
  `^\\s*The\\s+(?:[\\w-]+\\s+){0,3}?(?:${words.epithetNouns})\\b(?!\\s+of\\b)`,
);

/**
 * Returns who a sentence is attributed to after the cue (", Peskov said", ", China's Foreign Ministry said"),
 * or, for a sentence opening "He/She …" or "His government …", the person spoken of last.
 */
function attributed(
  s: string,
  mentions: readonly ActorMention[],
  ctx: SentenceContext,
  cueEnd: number,
): ActorId[] {
  const tail = s.slice(cueEnd);
  const speech = SPEECH.exec(tail);
  if (speech) {
    const named = ctx.people.find((p) => tail.slice(0, speech.index + 1).includes(p.surname));
    if (named && !speaksForState(named)) return [];
    if (named?.actor) return [named.actor];
    const speaker = mentions.find(
      (m) =>
        m.start >= cueEnd &&
        m.start < cueEnd + speech.index &&
        !PREPOSITION_BEFORE.test(s.slice(Math.max(0, m.start - 30), m.start)),
    );
    if (speaker) return [speaker.actor];
  }
  const epithet = EPITHET_OPENING.exec(s);
  const namesSide = epithet !== null && SIDES.some((side) => SIDE_REFS[side].test(epithet[0]));
  if ((PERSON_OPENING.test(s) || (epithet && !namesSide)) && ctx.lastPerson?.actor)
    return [ctx.lastPerson.actor];
  return [];
}
