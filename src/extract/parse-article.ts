import speakers from "./data/speakers.json";
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber } from "./calendar";
import { toPlainText } from "./markup";

/** A date as printed in a dateline or date line; the year may be missing ("MOSCOW, January 28."). */
export interface PrintedDate {
  year: number | null;
  month: number;
  day: number;
  /** The words it was read from. */
  raw: string;
}

/** An article split into its parts, before any language analysis. */
export interface ParsedArticle {
  /** Headline from front matter or the text; null when the text has none. */
  headline: string | null;
  dateline: string | null;
  source: string | null;
  /** Date printed in the dateline, a date line or a byline. */
  printedDate: PrintedDate | null;
  /** Front-matter fields (lower-case keys), which win over what the text says. */
  frontMatter: Readonly<Record<string, string>>;
  /** Cleaned text: headline, sub-headline and body paragraphs separated by blank lines; noise removed. */
  text: string;
  warnings: string[];
}

/** Matches a YAML front matter block at the very start: "---\nkey: value\n---". */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
/** Matches a wire dateline with an agency in slashes: "MOSCOW, January 28. /TASS/." */
const SLASH_DATELINE = new RegExp(
  `^([A-ZÀ-Ý][A-ZÀ-Ý .'\\-]{1,40}?),\\s*(${MONTH_PATTERN})\\s*(\\d{1,2})(?:,?\\s*(\\d{4}))?\\s*\\.?\\s*/\\s*([A-Za-z][\\w -]{0,20}?)\\s*/\\s*\\.?\\s*(?:[-–—]+\\s*)?`,
);
/** Matches a dateline with the agency in brackets: "BRUSSELS, Feb 4 (Reuters) -", or with the date after it:
 * "CARACAS, Venezuela (AP) — February 4, 2019 —", "BOGOTA (Reuters) - Feb 25, 2019.". */
const BRACKET_DATELINE = new RegExp(
  `^([A-ZÀ-Ý][A-ZÀ-Ý .'\\-]{1,40}?)(?:,\\s*[A-Z][A-Za-zÀ-ÿ .]{1,30})?,?\\s+(?:(${MONTH_PATTERN})\\s*(\\d{1,2})(?:,?\\s*(\\d{4}))?\\s*)?\\(([A-Za-zÀ-ÿ][\\wÀ-ÿ .-]{0,30})\\)\\s*\\.?\\s*[-–—:]+\\s*` +
    `(?:(${MONTH_PATTERN})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*(\\d{4}))?\\s*[-–—:.]+\\s+)?`,
);
/** A United States time zone, whose stories write dates month first. */
const US_TIME_ZONE = /\b(?:E[SD]T|ET|C[SD]T|CT|P[SD]T|PT|M[SD]T|MT)\b/;
/** Matches a bracket dateline with a numeric date, day first, after the agency: "ANKARA (AA) – 24.01.2019 –".
 * Groups: place, agency (5), day (6), month (7), year (8). */
const NUMERIC_DATE_DATELINE = new RegExp(
  `^([A-ZÀ-Ý][A-ZÀ-Ý .'\\-]{1,40}?)(?:,\\s*[A-Z][A-Za-zÀ-ÿ .]{1,30})?,?\\s+()()()\\(([A-Za-zÀ-ÿ][\\wÀ-ÿ .-]{0,30})\\)\\s*[-–—:]+\\s*(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\s*[-–—:.]+\\s+`,
);
/** Matches a bracket dateline whose date puts the day first, perhaps after a weekday:
 * "LONDON, Thursday 7 February 2019 (Reuters) -", "Madrid, 26 Jan (EFE).-". Groups: place, day, month, year, agency. */
const DAY_FIRST_DATELINE = new RegExp(
  `^([A-ZÀ-Ý][A-Za-zÀ-ÿ .'\\-]{1,40}?),\\s*(?:${WEEKDAY_PATTERN},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?,?\\s*(\\d{4})?\\s*\\(([A-Za-zÀ-ÿ][\\wÀ-ÿ .-]{0,30})\\)\\s*\\.?\\s*[-–—:]+\\s*`,
);
/** Matches a dateline of a place in capitals and a dash alone: "WASHINGTON —", "BOGOTÁ, Colombia —". */
const PLAIN_DATELINE =
  /^([A-ZÀ-Ý]{2}[A-ZÀ-Ý .'-]{1,38}?)(?:,\s*[A-Z][A-Za-zÀ-ÿ .]{1,30})?\s+[—–]\s+|^([A-ZÀ-Ý]{2}[A-ZÀ-Ý .'-]{1,38}?)\s+--?\s+(?=[A-Z])/;
/** Matches a dateline with a title-case place and a date but no dash: "Caracas, January 25 (Prensa Latina)",
 * "Montevideo, January 24th 2019 (MercoPress) -",
 * or a date and agency with no place: "Jan 25 (Reuters) -". */
const DATED_AGENCY_DATELINE = new RegExp(
  `^(?:([A-ZÀ-Ý][A-Za-zÀ-ÿ .'\\-]{1,40}?),\\s*)?(${MONTH_PATTERN})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*(\\d{4}))?\\s*\\(([A-Za-zÀ-ÿ][\\wÀ-ÿ .-]{0,30})\\)\\s*\\.?\\s*[-–—:]*\\s*`,
);
/** Matches a dateline of a place, a date and an agency in capitals, each closed by a full stop, as Interfax writes it:
 * "Moscow. January 24. INTERFAX - ". Groups: place, month, day, (no year), agency. */
const STOPPED_DATELINE = new RegExp(
  `^([A-ZÀ-Ý][A-Za-zÀ-ÿ .'\\-]{1,40}?)\\.\\s+(${MONTH_PATTERN})\\s*(\\d{1,2})\\.\\s+()([A-Z][A-Z-]{1,20})\\s*[-–—]+\\s*`,
);
/** The datelines that name an agency, tried in order: group 1 is the place, group 5 the agency, and each
 * [month, day, year] lists where a date may stand (a bracket dateline has it before the agency or after it). */
const AGENCY_DATELINES: [RegExp, [number, number, number][]][] = [
  [DAY_FIRST_DATELINE, [[3, 2, 4]]],
  [SLASH_DATELINE, [[2, 3, 4]]],
  [NUMERIC_DATE_DATELINE, [[7, 6, 8]]],
  [
    BRACKET_DATELINE,
    [
      [2, 3, 4],
      [6, 7, 8],
    ],
  ],
  [DATED_AGENCY_DATELINE, [[2, 3, 4]]],
  [STOPPED_DATELINE, [[2, 3, 4]]],
];
/** Matches a place (perhaps with its country) and a date, then a dash or a full stop: "Brasília, 24/01/2019 -",
 * "Havana, January 24, 2019.", "CUCUTA, Colombia, March 3, 2019 -",
 * "Moscow, 24 January." (not a weekday: "Thursday, January 24th 2019 -" is a date alone). Groups: place; month, day; or day, month; year; or day, month, year as numbers. */
const PLACE_DATE_DATELINE = new RegExp(
  `^(?!${WEEKDAY_PATTERN}\\b)([A-ZÀ-Ý][A-Za-zÀ-ÿ.'-]+(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ.'-]+){0,2}),\\s*(?:(?!${MONTH_PATTERN}\\b)[A-ZÀ-Ý][A-Za-zÀ-ÿ.'-]+(?: [A-ZÀ-Ý][A-Za-zÀ-ÿ.'-]+){0,2},\\s*)?(?:(?:(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}))(?:,?\\s+(\\d{4}))?|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}))(?:\\s*[-–—:]+|\\.)\\s+(?=["“A-ZÀ-Ý])`,
);
/** Matches a lead that opens with its date: "Thursday, January 24th 2019 - ". */
const DATE_PREFIX = new RegExp(
  `^(?:${WEEKDAY_PATTERN},?\\s+)?(?:(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})),?\\s+(\\d{4})\\s*[-–—:]+\\s+`,
);
/** Matches a date anywhere in a short date line: "Mon 4 Feb 2019", "Madrid 4 FEB 2019 - 12:45 CET", "25-Jan-2019", "January 24, 2019", "2019-01-24", "2019/01/24". */
const LINE_DATES = [
  new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+(${MONTH_PATTERN})[\\s-,]+(\\d{4})`, "i"),
  new RegExp(`(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i"),
  /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/,
  /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/,
];
/** Matches a full date that ends a title after a comma, a dash, a colon, a bar or "on", perhaps in brackets. */
const TITLE_END_DATE = new RegExp(
  `(?:[,:|–—-]\\s*\\(?|\\s\\(|\\son\\s+)((?:${WEEKDAY_PATTERN},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}\\.?,?\\s+\\d{4}|${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}))\\)?\\s*$`,
  "i",
);
/** Matches a line that is only metadata around a date: "Updated 22:25, 25-Jan-2019", "By Jane Doe | 4 Feb 2019",
 * "[24.01.2019]", "Volume 654: debated on Monday 4 February 2019". */
const DATE_LINE = new RegExp(
  `^(?:(?:updated|published|posted|last updated|first published|date)\\b[:\\s]*|by [A-Z][\\w.' -]{1,60}?[,|•·–—-]\\s*|${WEEKDAY_PATTERN}\\.?,?\\s+)?[\\wÀ-ÿ :,.|/()[\\]•·–-]{0,50}\\d{4}[\\wÀ-ÿ :,.|+()/[\\]•·-]{0,40}$`,
  "i",
);
/** A lower-case word no date line holds: "On Monday, February 4, 2019, Spain recognised Guaido." is the story. */
const SENTENCE_WORD =
  /(?<![\wÀ-ÿ])(?!(?:updated|published|posted|modified|edited|revised|created|debated|issued|released|dated|delivered|last|first|date|time|local|and|at|on|of|by|the|gmt|utc|est|edt|cet|cest|min|mins|read|ago|(?:minute|hour|day|week|month|year)s?)\b)[a-z]{3,}(?![\wÀ-ÿ])/;
/** A label of a few words, then a full date that ends the line: "Briefing note, 12 February 2019", "Press release –
 * 4 Feb 2019". */
const LABELLED_DATE = new RegExp(
  `^[A-Z][a-z]+(?:\\s+[a-z]+){0,2}\\s*[,:|–—-]\\s*(?:${WEEKDAY_PATTERN},?\\s+)?(?:\\d{1,2}\\s+${MONTH_PATTERN},?\\s+\\d{4}|${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*$`,
);
/** Whether a paragraph is a date line: a short line with a year and no word of a sentence, or a labelled date. */
const isDateLine = (p: string) =>
  p.length < 90 &&
  !BAR_ROW.test(p) && // a table's row, "| Canada | Recognises Guaido | 23 Jan 2019 |"
  ((DATE_LINE.test(p) && !SENTENCE_WORD.test(p.replace(BYLINE_BEFORE_DATE, ""))) || LABELLED_DATE.test(p));
/** A byline before the date on a date line, whose words may be lower case: "By a staff writer | ", "By our
 * correspondent, ". */
const BYLINE_BEFORE_DATE = /^by\s+[^|•·,–—\d]{1,60}?\s*[|•·,–—]\s*/i;
/** Matches a byline on its own line: "By JOSEPH WILSON and ARITZ PARRA", "by Jordi MIRO". */
const BYLINE = /^[Bb]y\s+[A-ZÀ-Ý][\w.'’À-ÿ-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[A-ZÀ-Ýa-z][\w.'’À-ÿ-]*){0,8}$/;
/** Matches "Place (AGENCY)" in a date line: "Caracas (AFP) Feb 5, 2019". */
const PLACE_AGENCY = /^([A-Z][A-Za-z .'-]{1,30}?)\s*\(([A-Z][A-Za-z]{1,20})\)/;
/** Matches photo credits: "© Vitaliy Nevar/TASS", "Photo: Reuters", "Vitaliy Nevar/TASS". */
const CREDIT_LINE =
  /^(?:©|\(c\)|photo:|image:|picture:|credit:|photograph:)|\b[A-Z][\w.-]+(?: [A-Z][\w.-]+)*\s*\/\s*(?:TASS|Reuters|AP|AFP|EPA|Getty Images|Xinhua|Sputnik|Anadolu|Bloomberg)\s*$/i;
/** The longest line read as a photo credit (the pattern backtracks badly over long paragraphs of names). */
const CREDIT_MAX = 200;
/** Matches a "Source(s): Xinhua News Agency" line at the end of a story. */
const SOURCE_LINE = /^source(?:\(s\)|s)?:\s*(.+)$/i;
const MEDIA_NAMES = new Set(speakers.media.map((s) => s.toLowerCase()));
/** Page furniture: link teasers ("READ MORE: …"), share prompts, agency trailers ("(Reporting by …)"). */
const NOISE_LINES = speakers.noiseLines.map((re) => new RegExp(re, "i"));
const NOISE = new Set(speakers.headlineNoise.map((s) => s.toLowerCase()));
/** A desk's label before a headline and its separator: "FACTBOX - ", "UPDATE 2-", "Analysis: ". */
const KICKER = new RegExp(`^(?:${speakers.headlineKickers.join("|")})\\s*[-–—:|]+\\s*(?=\\S)`, "i");

/**
 * Returns the parts of a raw article: front matter, headline, dateline, printed date, source and cleaned text.
 * Never throws; anything it cannot place stays in the body, and what is missing is listed in `warnings`.
 */
export function parseArticle(raw: string): ParsedArticle {
  const warnings: string[] = [];
  // composed accents ("é" as one character), so a name's accents fold away without moving offsets
  let body = raw
    .normalize("NFC")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ");
  // eslint-disable-next-line no-control-regex -- stray control characters in a text file are noise to drop
  body = body.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");

  const frontMatter: Record<string, string> = {};
  const fm = FRONT_MATTER.exec(body);
  if (fm) {
    for (const line of fm[1].split("\n")) {
      const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
      if (kv) frontMatter[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, "");
    }
    body = body.slice(fm[0].length);
  }

  // a web page or Markdown saved as text reads as the text it shows
  const paragraphs = toParagraphs(toPlainText(body));
  let source: string | null = frontMatter.source || null;
  let dateline: string | null = null;
  let printedDate: PrintedDate | null = null;
  const kept: { text: string; isLead: boolean }[] = [];
  let leadIndex = -1;

  for (let i = 0; i < paragraphs.length; i++) {
    let p = paragraphs[i];
    if (NOISE.has(p.toLowerCase()) || NOISE_LINES.some((re) => re.test(p))) continue;
    if (p.length <= CREDIT_MAX && CREDIT_LINE.test(p)) {
      const prev = kept.at(-1);
      // a short caption stands above a "©" credit line; a "Name/AGENCY" line carries its caption itself
      if (prev && leadIndex < 0 && /^(?:©|\(c\))/i.test(p) && isCaption(prev.text)) kept.pop();
      continue;
    }
    const src = SOURCE_LINE.exec(p);
    if (src && p.length < 80) {
      // "Source: Global Times | Published: 2019/1/28 20:13:41": the source's line may date the story too
      // …with or without a separator before its label: "Source: Global Times Published: 2019/1/30 22:18:40"
      const [name, ...rest] = src[1].split(/\s*[|•·]\s*|\s+(?=(?:Published|Updated|Posted|Date)\s*:)/i);
      source ??= name.trim();
      if (leadIndex < 0 && rest.length > 0) printedDate ??= readLineDate(rest.join(" "));
      continue;
    }
    const lead = leadIndex < 0 ? readDateline(p) : null;
    // a date line stands above the story, or under it as its last line ("… said.\n\nJanuary 25, 2019")
    if (
      !lead &&
      (leadIndex < 0 || (i === paragraphs.length - 1 && !printedDate)) &&
      isDateLine(p) &&
      readLineDate(p)
    ) {
      printedDate ??= readLineDate(p);
      const placed = PLACE_AGENCY.exec(p);
      if (placed) {
        dateline ??= placed[1].trim().toUpperCase();
        source ??= placed[2];
      }
      continue;
    }
    if (leadIndex < 0 && kept.length > 0 && BYLINE.test(p)) continue; // the byline is not part of the story
    if (leadIndex < 0 && kept.length > 0 && MEDIA_NAMES.has(p.trim().toLowerCase())) {
      source ??= p.trim(); // an agency's name on its own line under the byline
      continue;
    }
    if (leadIndex < 0) {
      if (lead) {
        dateline = lead.dateline;
        printedDate = lead.date ?? printedDate;
        if (lead.source) source ??= lead.source;
        p = p.slice(lead.length);
        leadIndex = kept.length;
        if (!p) continue;
        kept.push({ text: p, isLead: true });
        continue;
      }
    }
    kept.push({ text: speakerNameCased(p), isLead: false });
  }

  // The headline is the first paragraph, when it reads like one and is not the lead itself.
  let headline: string | null = frontMatter.title || null;
  const first = kept[0];
  if (first && !first.isLead && isHeadline(first.text) && kept.length > 1) {
    headline ??= first.text.replace(KICKER, "");
  } else if (!frontMatter.title) {
    warnings.push("no headline in the text");
  }
  // a document's title may end in its date, and be its only date: "Briefing by the Spokesperson, Moscow, January 24,
  // 2019", "Statement by the Press Secretary – 24 January 2019", "Spokesperson's Regular Press Conference on January 24,
  // 2019"
  const datedByFrontMatter = Boolean(frontMatter.published || frontMatter.date);
  if (!printedDate && headline && !datedByFrontMatter) {
    const end = TITLE_END_DATE.exec(headline);
    if (end) printedDate = readLineDate(end[1]);
  }
  if (leadIndex < 0 && !printedDate && !datedByFrontMatter) warnings.push("no dateline or date line found");

  const textParagraphs = kept.map((k) => k.text);
  if (frontMatter.title && first?.text !== frontMatter.title) textParagraphs.unshift(frontMatter.title);
  return {
    headline,
    dateline,
    source,
    printedDate,
    frontMatter,
    text: textParagraphs.join("\n\n"),
    warnings,
  };
}

/** A speaker's name in capitals opening a paragraph of a meeting's record, then the role or the state: "MIKE POMPEO,
 * Secretary of State of the United States, said", "VASSILY NEBENZIA (Russian Federation) said". */
const SPEAKER_IN_CAPITALS =
  /^((?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+|[A-ZÀ-Ý]\.)(?: (?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+|[A-ZÀ-Ý]\.)){1,4})(?=,? \(?[A-Z][a-z]|, (?:the |a )?[a-z])/;
/** A verb of speech, without which a paragraph opening with capitals is no such record (a heading, a kicker). */
const SPEECH_VERB =
  /\b(?:said|says|told|stated|stressed|noted|added|declared|urged|called|expressed|voiced|warned)\b/;

/** Writes a speaker's name in capitals as a name is written ("MIKE POMPEO" → "Mike Pompeo"), keeping its length. */
function speakerNameCased(p: string): string {
  const m = SPEAKER_IN_CAPITALS.exec(p);
  if (!m || !SPEECH_VERB.test(p.slice(m[0].length, m[0].length + 200))) return p;
  const name = m[1]
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
  return name + p.slice(m[1].length);
}

/** The end of a line that stops mid-sentence: a comma, a dash, a hyphen, or a word no sentence ends with. */
const MID_SENTENCE_END =
  /(?:,|\s[-–—]|\w-|\b(?:the|a|an|of|by|to|and|or|but|in|on|at|for|with|from|that|which|who|as|its|their|his|her))$/;

/** A gap between a table's columns: three spaces or more, or a tab. */
const COLUMN_GAP = /\S(?: {3,}|\t)\s*\S/;
const COLUMN_GAPS = /(?: {3,}|\t)\s*/;
/** A Markdown table's row: "| Canada | Recognises Guaido |". */
const BAR_ROW = /^\|.*\|$/;

/** A word broken at a line's end by a hyphen, "recog-" (not a prefix that keeps its hyphen: "self-", "pro-", "eight-"). */
const BROKEN_WORD =
  /(?<![\w-])(?!(?:self|pro|anti|ex|non|co|well|so|far|half|all|vice|post|pre|counter|cross|semi|multi|long|short|high|low|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)-$)[A-Za-z]+-$/i;

/** Returns two lines of a paragraph joined: with a space; at a hyphen after a word, without one ("pro-" "Guaido"), and
 * without the hyphen where it broke a word ("fol-" "lowed"). */
function joinLines(line: string, next: string): string {
  if (!/\w-$/.test(line) || !/^\w/.test(next)) return `${line} ${next}`;
  return BROKEN_WORD.test(line) && /^[a-z]/.test(next) ? `${line.slice(0, -1)}${next}` : `${line}${next}`;
}

/** Returns paragraphs: one per line, except hard-wrapped blocks whose lines are joined, and a table's rows. */
function toParagraphs(body: string): string[] {
  const out: string[] = [];
  for (const [index, block] of body.split(/\n\s*\n/).entries()) {
    const lines = block
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    // a table: each row a line of its own (a long row ran on into the next as a wrapped line); columns set apart by
    // spaces or tabs become cells between bars, as a Markdown table has them ("| Canada | Recognises Guaido | 23 Jan |")
    if (lines.filter((l) => COLUMN_GAP.test(l) || BAR_ROW.test(l)).length >= 2) {
      out.push(...lines.map((l) => (COLUMN_GAP.test(l) ? `| ${l.split(COLUMN_GAPS).join(" | ")} |` : l)));
      continue;
    }
    // hard-wrapped prose: three or more lines of similar width, most not ending a sentence
    const body = lines.slice(0, -1);
    const wrapped =
      lines.length > 2 &&
      body.every((l) => l.length >= 45 && l.length <= 100 && !CREDIT_LINE.test(l)) &&
      Math.max(...body.map((l) => l.length)) - Math.min(...body.map((l) => l.length)) < 30 &&
      body.filter((l) => !/[.!?"”:]$/.test(l)).length >= body.length * 0.6;
    if (wrapped) out.push(lines.reduce(joinLines).replace(/\s+/g, " "));
    else {
      // …and a line that goes on where the one before stopped mid-sentence, with a lower-case word ("Russia on
      // Monday reaffirmed its / support for Maduro") or after a comma, a dash or a word that cannot end one ("Bolivia,
      // Cuba, / Nicaragua and El Salvador", "settled by the / Venezuelans themselves"): two lines of a wrapped
      // paragraph too short to tell by width
      // …or, past the title's block, after a line of a wrapped paragraph's width and words, a line of that width too or
      // one that ends a sentence
      const joined: string[] = [];
      for (const [i, l] of lines.entries()) {
        const last = joined.length - 1;
        const prev = joined[last];
        const wrappedPair =
          index > 0 &&
          i > 0 &&
          lines[i - 1].length >= 50 &&
          lines[i - 1].split(/\s+/).length >= 8 &&
          (/[.!?"”]$/.test(l) || l.length >= 45) &&
          !CREDIT_LINE.test(l);
        const goesOn =
          last >= 0 &&
          !/[.!?:"”]$/.test(prev) &&
          (/^[a-z]/.test(l) || MID_SENTENCE_END.test(prev) || wrappedPair);
        if (goesOn) joined[last] = joinLines(prev, l);
        else joined.push(l);
      }
      out.push(...joined.map((l) => l.replace(/[ \t]+/g, " ")));
    }
  }
  return out;
}

function isHeadline(p: string): boolean {
  return p.length <= 200 && !/[.:;,]$/.test(p) && !/^["“]/.test(p);
}

function isCaption(p: string): boolean {
  return p.length <= 80 && !/[.!?"”]$/.test(p);
}

function readDateline(
  p: string,
): { dateline: string | null; date: PrintedDate | null; source: string | null; length: number } | null {
  for (const [re, dates] of AGENCY_DATELINES) {
    const m = re.exec(p);
    if (!m) continue;
    const [monthAt, dayAt, yearAt] = dates.find(([at]) => m[at]) ?? dates[0];
    const month = !m[monthAt]
      ? undefined
      : /^\d+$/.test(m[monthAt])
        ? Number(m[monthAt])
        : monthNumber(m[monthAt]);
    let date: PrintedDate | null =
      month && m[dayAt]
        ? { year: m[yearAt] ? Number(m[yearAt]) : null, month, day: Number(m[dayAt]), raw: m[0].trim() }
        : null;
    let length = m[0].length;
    // no date in the dateline, and the rest of its line is one: "SINGAPORE (Reuters) - Feb 6, 2019",
    // "SINGAPORE (The Straits Times) - Published Feb 6, 2019, 5:00 am SGT"
    const rest = p.slice(length);
    const restDate = !date && isDateLine(rest) ? readLineDate(rest) : null;
    if (restDate) {
      date = { ...restDate, raw: p.trim() };
      length = p.length;
    }
    return { dateline: m[1]?.trim().toUpperCase() ?? null, date, source: m[5].trim(), length };
  }
  const plain = PLAIN_DATELINE.exec(p);
  if (plain) {
    const place = (plain[1] ?? plain[2]).trim();
    if (place.replace(/[^A-ZÀ-Ý]/g, "").length >= 3 && !KICKER.test(p)) {
      // …and the date after it: "LIMA, Peru — Thursday, Jan. 24, 2019 — ", or the rest of its line is a date:
      // "CUCUTA, Colombia — February 8, 2019"
      const rest = p.slice(plain[0].length);
      const lineDate = isDateLine(rest) ? readLineDate(rest) : null;
      const after = datePrefix(rest) ?? (lineDate && { date: lineDate, length: rest.length });
      const length = plain[0].length + (after?.length ?? 0);
      const date = after && { ...after.date, raw: p.slice(0, length).trim() };
      return { dateline: place, date, source: null, length };
    }
  }
  const placed = PLACE_DATE_DATELINE.exec(p);
  if (placed) {
    const [, place, monthFirst, dayAfter, dayFirst, monthAfter, year, a, b, numericYear] = placed;
    const raw = placed[0].trim();
    const month = monthNumber(monthFirst ?? monthAfter ?? "");
    const date: PrintedDate | null = month
      ? { year: year ? Number(year) : null, month, day: Number(dayAfter ?? dayFirst), raw }
      : a && Number(b) <= 12
        ? { year: Number(numericYear), month: Number(b), day: Number(a), raw }
        : null;
    if (date) return { dateline: place.trim().toUpperCase(), date, source: null, length: placed[0].length };
  }
  const d = datePrefix(p);
  return d && { dateline: null, date: d.date, source: null, length: d.length };
}

/** Reads the date that opens `s` ("Thursday, January 24th 2019 - "), with the length it takes, or null. */
function datePrefix(s: string): { date: PrintedDate; length: number } | null {
  const d = DATE_PREFIX.exec(s);
  const month = d && monthNumber(d[1] ?? d[4]);
  if (!d || !month) return null;
  return {
    date: { year: Number(d[5]), month, day: Number(d[2] ?? d[3]), raw: d[0].trim() },
    length: d[0].length,
  };
}

function readLineDate(p: string): PrintedDate | null {
  const [dmy, mdy, iso, numeric] = LINE_DATES;
  let m = dmy.exec(p);
  if (m) {
    const month = monthNumber(m[2]);
    if (month) return { year: Number(m[3]), month, day: Number(m[1]), raw: p };
  }
  m = mdy.exec(p);
  if (m) {
    const month = monthNumber(m[1]);
    if (month) return { year: Number(m[3]), month, day: Number(m[2]), raw: p };
  }
  m = iso.exec(p);
  if (m) return { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), raw: p };
  m = numeric.exec(p);
  if (m) {
    // day first, as outside the United States ("04/02/2019" in a France 24 story is 4 February); month first
    // when the second number cannot be a month ("01/25/2019") or the line keeps US time ("02/04/2019 10:33 AM EST")
    const [a, b] = [Number(m[1]), Number(m[3])];
    const dayFirst = m[2] === "." || (b <= 12 && !US_TIME_ZONE.test(p));
    const [day, month] = dayFirst ? [a, b] : [b, a];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { year: Number(m[4]), month, day, raw: p };
  }
  return null;
}
