import { describe, expect, it } from "vitest";
import { TOPIC } from "../../src/extract/extract-corpus";
import { extractArticle } from "../../src/extract/extract-article";

/** Returns "speaker|actor" of each quote the pipeline finds in a short dated wire story. */
function speakersIn(text: string): string[] {
  const r = extractArticle(
    { file: "x.txt", text: `Title here\n\nLONDON, February 5 (Reuters) - ${text}` },
    TOPIC,
  );
  return r.quotes.map((q) => `${q.speaker}|${q.actor ?? "-"}`);
}

// How wire stories attribute quotations, none of them taken from the seeds.
const ATTRIBUTIONS: [string, string][] = [
  // the state of the delegation a person leads
  [
    `The Mexican delegation, led by Deputy Foreign Minister Maximiliano Reyes, left early. Reyes later said Mexico would "keep its doors open to both sides".`,
    "Maximiliano Reyes|MEX",
  ],
  // a mission speaks for its state, not for its host; a state's ministry's spokesman, unnamed, for the state
  [`The Chinese embassy in Caracas said: "China opposes any outside interference."`, "Chinese embassy|CHN"],
  [
    `"It is a flagrant violation of international law," Iran's foreign ministry spokesman said on Thursday.`,
    "Iran's foreign ministry spokesman|IRN",
  ],
  // one who quotes another: the one quoted speaks
  [
    `"Brother Maduro! Stand tall, we are standing with you," presidential spokesman Ibrahim Kalin quoted Erdogan as saying.`,
    "Recep Tayyip Erdogan|TUR",
  ],
  [`Kalin quoted President Erdogan as saying: "We are with you."`, "Recep Tayyip Erdogan|TUR"],
  [`"We are with you," state media quoted Putin as saying.`, "Vladimir Putin|RUS"],
  // a role of whom it serves, then the name in commas
  [
    `A spokesman for the Turkish presidency, Ibrahim Kalin, wrote on Twitter: "We stand with President Maduro."`,
    "Ibrahim Kalin|TUR",
  ],
  // the aide of a known figure speaks for the figure's state
  [`Erdogan's spokesman Ibrahim Kalin said: "We stand with Maduro."`, "Ibrahim Kalin|TUR"],
  // a statement's source, whatever the verb
  [
    `"We call on all parties to show restraint," the statement from the Indian foreign ministry read.`,
    "Indian foreign ministry|IND",
  ],
  [
    `"We call on all parties to show restraint," a statement by India's foreign ministry read.`,
    "India's foreign ministry|IND",
  ],
  [
    `"We call on all parties to show restraint," read a statement from the Indian foreign ministry.`,
    "Indian foreign ministry|IND",
  ],
  // known figures of more governments (data/people.json)
  [`"We recognise Guaido," Orban said.`, "Viktor Orban|HUN"],
  // "its Foreign Ministry said": the state that opened the sentence before
  [
    `Qatar has called for dialogue. "All parties should resolve the crisis through dialogue," its Foreign Ministry said.`,
    "Qatar's Foreign Ministry|QAT",
  ],
  // a paragraph ending in a colon introduces the quotation that opens the next
  [
    `Prime Minister Benjamin Netanyahu of Israel today issued the following statement:\n\n"Israel joins the United States in recognizing the new leadership in Venezuela."`,
    "Benjamin Netanyahu|ISR",
  ],
  // "the department said": the state whose government opened a sentence before
  [
    `The South African government has called for dialogue.\n\n"South Africa cautions against any external interference," the department said.`,
    "South Africa's department|ZAF",
  ],
  // a minister is no organisation's: not CARICOM's, which opened the paragraph before
  [
    `The Caribbean Community (CARICOM) is divided on Venezuela.\n\nForeign Affairs Minister Kamina Johnson Smith told parliament: "We do not recognise the second term."`,
    "Kamina Johnson Smith|-",
  ],
  // a comma closing an apposition before "said" is no quotation's: the one named after it is what was said
  [
    `The UK's Foreign Secretary, Jeremy Hunt, said Nicolás Maduro had not called elections.\n\n‘The people of Venezuela have suffered enough,’ he tweeted.`,
    "Jeremy Hunt|GBR",
  ],
  // a sentence that ends in an accented name ends before the next one's role ("back Guaidó. Russia's ambassador …")
  // a first name with an accent after "said"
  [`"Venezuela needs free elections," said Martín Vizcarra.`, "Martin Vizcarra|PER"],
  // a statement's author with a role before the name; "His answer:" is the person spoken of
  [
    `"The European Union calls for free elections," read a statement by EU foreign policy chief Federica Mogherini.`,
    "Federica Mogherini|EU",
  ],
  [
    `Mexican President Andres Manuel Lopez Obrador was asked about Guaido. His answer: "We will not intervene."`,
    "Andres Manuel Lopez Obrador|MEX",
  ],
  // a statement's source after the verb; a verb opening the sentence; "as … put it"
  [
    `"We support the legitimate government of Venezuela," said a statement from the Kremlin.`,
    "the Kremlin|RUS",
  ],
  [
    `Said Lavrov: "We will do everything to support the legitimate government of Venezuela."`,
    "Sergei Lavrov|RUS",
  ],
  [`As Lavrov put it, "the US is trying to engineer a coup in a sovereign country."`, "Sergei Lavrov|RUS"],
  // a name with a joined particle
  [
    `"Venezuela has always stood with Palestine, and we stand with Venezuela," Palestinian foreign minister Riyad al-Maliki said.`,
    "Riyad al-Maliki|PSE",
  ],
  // "said the group's aim": a possessor after the verb does not speak
  [
    `EU foreign policy chief Federica Mogherini, who co-chaired the meeting with Uruguayan President Tabaré Vázquez, said the group's aim was "not to impose anything" but to help.`,
    "Federica Mogherini|EU",
  ],
  // the name opening the sentence, whose later verb introduces the words; the one acted on after "Mr." is no speaker
  [
    `National Assembly leader Juan Guaido declared himself president. The European Union stopped short of recognising Mr. Guaido but called for "free and credible elections".`,
    "European Union|EU",
  ],
  // "the two sides" that do not speak are no speaker: the one named after the quotation is
  [
    `Mexico and Uruguay offered to host talks between the two sides. "We are for dialogue, we are for peace," Mexican President Andres Manuel Lopez Obrador told reporters.`,
    "Andres Manuel Lopez Obrador|MEX",
  ],
  // low-high quotation marks, as German copy has them
  [
    `„Wir erkennen Guaidó an und unterstützen ihn“, said German Chancellor Angela Merkel.`,
    "Angela Merkel|DEU",
  ],
  // a role whose holder is named after it is the holder's, not its ministry's
  [
    `"Venezuelans must decide," the Indian external affairs ministry spokesman, Raveesh Kumar, said.`,
    "Raveesh Kumar|IND",
  ],
  // an unnamed official's state after the title
  [
    `"Our position remains unchanged," a spokesman for the Turkish presidency said on Friday.`,
    "A spokesman for the Turkish presidency|TUR",
  ],
  [
    `"We will not interfere," an official at the Chinese embassy in Caracas said.`,
    "An official at the Chinese embassy in Caracas|CHN",
  ],
  // a state in an absolute phrase with its verb of speech: "with Moscow warning that"
  [
    `Iran backed Maduro, with Moscow warning that Washington's move was a "direct path to bloodshed."`,
    "Moscow|RUS",
  ],
  [
    `Iran backed Maduro, with Russia warning that Washington's move was a "direct path to bloodshed."`,
    "Russia|RUS",
  ],
  // "the ministry" is of the state that last opened a sentence outside a quotation, not of one the quotation names
  [
    `Cuba condemned the move on Monday.\n\n"We will resist. Russia is our friend," the foreign ministry said.`,
    "Cuba's foreign ministry|CUB",
  ],
  // a dash, then "that was the message from" its speaker
  [
    `"We will not accept a puppet government" — that was the message from Cuba's foreign minister Bruno Rodriguez on Thursday.`,
    "Bruno Rodriguez|CUB",
  ],
  // a state's body named before it with "of"
  [`"Peru recognises Guaido," the Foreign Ministry of Peru said.`, "Foreign Ministry of Peru|PER"],
  [
    `According to a statement by the Foreign Ministry of Peru, "Peru recognises Guaido."`,
    "Foreign Ministry of Peru|PER",
  ],
  [`"We back Guaido," said the Government of Peru in a statement.`, "Government of Peru|PER"],
  // the one told, past an initialism and a title with "of", is spoken to, not the speaker
  [
    `Foreign Minister Sergei Lavrov told U.S. Secretary of State Mike Pompeo that Washington's "interference" broke the law.`,
    "Sergei Lavrov|RUS",
  ],
  // the person a body's possessive names, not the body
  [`"Nothing has changed," the Kremlin's Peskov told reporters.`, "Dmitry Peskov|RUS"],
  // a state that expresses or voices a quoted sentiment, right before the quotation
  [`North Korea expressed "full support and solidarity" with Maduro's government.`, "North Korea|PRK"],
  [`Iran voiced its "strong support" for the Venezuelan government.`, "Iran|IRN"],
  [
    `"We will not recognise a usurper," Russian Deputy Foreign Minister Sergei Ryabkov told reporters.`,
    "Sergei Ryabkov|RUS",
  ],
  [`Sergei Ryabkov, Russia's deputy foreign minister, said: "This is a coup."`, "Sergei Ryabkov|RUS"],
  [
    `According to Chinese Foreign Ministry spokesperson Hua Chunying, "China opposes outside interference."`,
    "Hua Chunying|CHN",
  ],
  [
    `French President Emmanuel Macron spoke on Thursday. "The Venezuelan people must be able to choose their future freely," he wrote on Twitter.`,
    "Emmanuel Macron|FRA",
  ],
  [`"Maduro has no legitimacy," in the words of British Foreign Secretary Jeremy Hunt.`, "Jeremy Hunt|GBR"],
  [
    `The Kremlin spokesman Dmitry Peskov spoke to journalists. "We are concerned," the Kremlin spokesman noted.`,
    "Dmitry Peskov|RUS",
  ],
  [
    `"We stand with the Venezuelan people," said Canadian Foreign Minister Chrystia Freeland.`,
    "Chrystia Freeland|CAN",
  ],
  [
    `"Russian specialists are in Venezuela," the Washington Post reported, citing unnamed officials.`,
    "Washington Post|-",
  ],
  [`UN Secretary-General Antonio Guterres said: "I appeal to all to lower tensions."`, "Antonio Guterres|UN"],
  [`‘Maduro’s time is up,’ British Foreign Secretary Jeremy Hunt said.`, "Jeremy Hunt|GBR"],
  [`«Nous soutenons le peuple», said French President Emmanuel Macron.`, "Emmanuel Macron|FRA"],
  // a name with letters beyond Latin-1
  [
    `Turkey's president, Recep Tayyip Erdoğan, tweeted: "We stand by brother Maduro."`,
    "Recep Tayyip Erdoğan|TUR",
  ],
  // a state body is named by its own words, not the verb after them
  [`"We support Maduro in every way," the Kremlin said on Monday.`, "the Kremlin|RUS"],
  [
    `China's Foreign Ministry said it was "deeply concerned about the situation".`,
    "China's Foreign Ministry|CHN",
  ],
  // a characterisation quotes what follows it
  [`Moscow called it "a gross violation of international law".`, "Moscow|RUS"],
  [`Donald Trump called Maduro's rule "illegitimate and corrupt".`, "Donald Trump|USA"],
  // "Name, added that …"; a weekday before a verb of speech is no speaker
  [
    `Lavrov spoke first. His deputy, Sergei Ryabkov, added that Russia was "in contact with all political forces".`,
    "Sergei Ryabkov|RUS",
  ],
  [
    `Spanish Foreign Minister Josep Borrell on Tuesday warned that "a military intervention is not an option".`,
    "Josep Borrell|ESP",
  ],
  // the person addressed is not the speaker
  [
    `Turkish President Recep Tayyip Erdogan phoned Maduro, telling the embattled Venezuelan leader "Brother, stand tall, we are with you", his spokesman said.`,
    "Recep Tayyip Erdogan|TUR",
  ],
  // a verb after a capital's name is no state body: "Tehran supported the government"
  [
    `Iran's foreign ministry spokesman Bahram Ghasemi said that Tehran supported the government against "any foreign intervention in its affairs".`,
    "Bahram Ghasemi|IRN",
  ],
  // a role that names no country: the country comes from the people the topic's news names often
  [`Secretary of State Mike Pompeo urged all nations to "pick a side in this fight".`, "Mike Pompeo|USA"],
  [
    `Vice President Mike Pence, who attended the meeting, said Washington stood "100 percent with you".`,
    "Mike Pence|USA",
  ],
  [
    `The Prime Minister of Dominica, Roosevelt Skerrit, said: "We will not be bullied into recognising anyone."`,
    "Roosevelt Skerrit|DMA",
  ],
  [
    `"Such actions are a direct path to bloodshed," Zakharova was quoted as saying by RIA Novosti.`,
    "Maria Zakharova|RUS",
  ],
  [
    `Secretary of State Mike Pompeo told his Russian counterpart, Sergei Lavrov, that the United States "will not stand idly by" as Russia acts.`,
    "Mike Pompeo|USA",
  ],
  // an infinitive of speech before the colon
  [
    `Erdogan phoned Maduro to tell him: "Brother Maduro, stand tall, we are standing by you."`,
    "Recep Tayyip Erdogan|TUR",
  ],
  // an initialism's full stops end no sentence between the quotation and its speaker
  [`"The time for dialogue is over," U.S. Secretary of State Mike Pompeo said.`, "Mike Pompeo|USA"],
  [`"The time for dialogue is over," said U.S. Secretary of State Mike Pompeo.`, "Mike Pompeo|USA"],
  // an honorific between the verb and the name
  [`"Stop," said Mr. Lavrov.`, "Sergei Lavrov|RUS"],
  [`"Russia stands with Venezuela," said Mrs. Zakharova.`, "Maria Zakharova|RUS"],
  // the speaker after a dash, as a pull quote gives it
  [`"Maduro's days are numbered," – Colombian President Ivan Duque.`, "Ivan Duque|COL"],
  [`"Maduro's days are numbered." — Ivan Duque, Colombian president`, "Ivan Duque|COL"],
  // "he" is the one who met, not the one met under a title with "of"
  [
    `Brazil's foreign minister, Ernesto Araujo, met Secretary of State Mike Pompeo in Washington. Afterwards he said Brazil would give "political and economic support."`,
    "Ernesto Araujo|BRA",
  ],
  // the one acted on is no speaker: 'had "immediately" recognised the National Assembly leader'
  [
    `Argentina's President Mauricio Macri, who met Guaido's envoy on Wednesday, said his government had "immediately" recognised the National Assembly leader.`,
    "Mauricio Macri|ARG",
  ],
  // a person's government speaks for the person's country
  [
    `Uruguay, breaking with most of its neighbours, called for a negotiated solution. President Tabaré Vázquez's government said the crisis "must be resolved by Venezuelans through dialogue."`,
    "Tabaré Vázquez|URY",
  ],
  // a middle initial is part of the name, and ends no sentence
  [`"We will not allow it," said Dmitri S. Peskov.`, "Dmitry Peskov|RUS"],
  [`"Enough," George W. Bush said.`, "George W. Bush|-"],
  // the person named before their role speaks, not the body in the role
  [
    `Dmitry Peskov, the Kremlin's spokesman, said that attempts "to legitimize usurped power" were interference.`,
    "Dmitry Peskov|RUS",
  ],
  // a country characterising, past a relative clause after its name
  [
    `Mr. Maduro responded defiantly.\n\nRussia, which has lent Mr. Maduro's government billions of dollars, condemned the European move as "interference in Venezuela's internal affairs."`,
    "Russia|RUS",
  ],
  // a name with its body after it ("of the Kremlin"), and a middle initial
  [`"We will not allow it," said Dmitri S. Peskov of the Kremlin.`, "Dmitry Peskov|RUS"],
  // a statement's source speaks ("said a statement from the Colombian foreign ministry"), and an embassy for its state
  [
    `"Guaido has our full support," said a statement from the Colombian foreign ministry.`,
    "Colombian foreign ministry|COL",
  ],
  // a body after a quotation with no verb of speech is its object, not its speaker
  [
    `The Chinese embassy in Caracas issued a statement saying it "firmly supports" the Venezuelan government.`,
    "Chinese embassy|CHN",
  ],
  // a speaker known only by role speaks for the role's state…
  [`"We stand with Caracas," said the Cuban foreign minister.`, "Cuban foreign minister|CUB"],
  [`"There is no other way," a senior Brazilian official said.`, "A senior Brazilian official|BRA"],
  [
    `The Turkish foreign minister, speaking in Ankara, said: "Nobody can dictate to Venezuela."`,
    "Turkish foreign minister|TUR",
  ],
  // …unless the role is outside its government
  [`"It will look weak," a Spanish opposition lawmaker said.`, "Unknown speaker|-"],
  [`"We recognise no one," a former Colombian president said.`, "Unknown speaker|-"],
  [`"We recognise no one," said the retired Colombian general.`, "Unknown speaker|-"],
];

describe("who said it", () => {
  it("leaves the words that open a sentence out of a speaker's role", () => {
    const r = extractArticle(
      {
        file: "x.txt",
        text: `Title here\n\nLONDON, February 5 (Reuters) - As Chinese spokesman Geng Shuang put it, "China opposes foreign interference."`,
      },
      TOPIC,
    );
    expect(r.quotes.map((q) => `${q.speaker}|${q.role}`)).toEqual(["Geng Shuang|Chinese spokesman"]);
  });

  it("takes words that open by judging a side legitimate for the speaker's judgement", () => {
    const stancesIn = (text: string) =>
      extractArticle(
        { file: "x.txt", text: `Title here\n\nLONDON, February 5 (Reuters) - ${text}` },
        TOPIC,
      ).observations.map((o) => `${o.actor}:${o.stance}`);
    expect(stancesIn(`"Guaido is the legitimate interim president," Merkel said in Tokyo.`)).toEqual([
      "DEU:guaido",
    ]);
    expect(stancesIn(`"Nicolas Maduro remains the constitutional president," Lavrov said.`)).toEqual([
      "RUS:maduro",
    ]);
    // "we are with" a side: the speaker's state backs it
    expect(stancesIn(`"We are with Maduro," said Bolivian President Evo Morales.`)).toEqual(["BOL:maduro"]);
    // …or name the side after the title
    expect(
      stancesIn(
        `"The Venezuelan people have a legitimate president: Juan Guaido," said Colombian President Ivan Duque.`,
      ),
    ).toEqual(["COL:guaido"]);
    // a head of state's "I" recognising is the state's act
    expect(
      stancesIn(
        `"Today, I am officially recognizing the President of the Venezuelan National Assembly, Juan Guaido, as the Interim President of Venezuela," U.S. President Donald Trump said in a statement.`,
      ),
    ).toEqual(["USA:guaido"]);
    expect(stancesIn(`"I think we should wait," the Spanish foreign minister said.`)).toEqual([]);
    // not when it comes later in the words, or is denied
    expect(stancesIn(`"Nobody here says Maduro is the legitimate president," Lavrov said.`)).toEqual([]);
    expect(stancesIn(`"Maduro is not the legitimate president," Pompeo said.`)).toEqual([]);
    // …or opens a later sentence of the words: an interview's answer
    const interview = extractArticle(
      {
        file: "x.txt",
        text: "Title here\n\nMOSCOW, February 5 (Interfax) - Russia's ambassador to Venezuela, Vladimir Zaemsky, spoke to Interfax.\n\nQ: Does Russia still recognise Maduro?\n\nZaemsky: Of course. Maduro is the legitimate president.",
      },
      TOPIC,
    );
    expect(interview.observations.map((o) => `${o.actor}:${o.stance}`)).toEqual(["RUS:maduro"]);
  });

  it("does not take the body a diplomat is posted to for the speaker ('the US ambassador to the United Nations said')", () => {
    expect(
      speakersIn(
        `The US ambassador to the United Nations said: "Every country must now pick a side in this."`,
      ),
    ).not.toContain("United Nations|UN");
  });

  it("does not credit an earlier quote to a characterisation after it", () => {
    expect(
      speakersIn(
        `Lavrov said the West had tried to spark a "color revolution," before what Moscow calls the "Oslo process" began.`,
      ),
    ).toEqual(["Sergei Lavrov|RUS", "Moscow|RUS"]);
  });

  it("runs a quotation left open at a paragraph's end on into the next that opens with the mark (curly marks)", () => {
    expect(
      speakersIn(
        `“We will stay neutral,” said Mexico's foreign minister Marcelo Ebrard.\n\nUruguay's President Tabare Vazquez said: “We want dialogue.\n\n“We do not want a war.”`,
      ),
    ).toEqual(["Marcelo Ebrard|MEX", "Tabare Vazquez|URY", "Tabare Vazquez|URY"]);
  });

  it("reads a transcript's answer after its speaker's name and a colon, not a headline's gist", () => {
    const r = extractArticle(
      {
        file: "x.txt",
        text: `Lavrov: Russia ready to help\n\nMOSCOW, January 24 (TASS) - Foreign Minister Sergei Lavrov held a news conference.\n\nQuestion: Will Russia mediate?\n\nSergei Lavrov: We are ready to help if both sides ask us to.\n\nLAVROV: Nobody has asked us yet, as far as I know.`,
      },
      TOPIC,
    );
    expect(r.quotes.map((q) => `${q.speaker}|${q.actor}|${q.text}`)).toEqual([
      "Sergei Lavrov|RUS|We are ready to help if both sides ask us to.",
      "Sergei Lavrov|RUS|Nobody has asked us yet, as far as I know.",
    ]);
  });

  it("takes no quotation from a headline's quoted words that no one is said to have said", () => {
    const r = extractArticle(
      {
        file: "x.txt",
        text: `Fact check: Did "most of the world" recognise Juan Guaido?\n\nCLAIM: A viral post says "the whole world except Russia and China" recognises him.\n\n"It is simply untrue," said Laura Ortiz, a researcher.`,
      },
      TOPIC,
    );
    expect(r.quotes.map((q) => `${q.speaker}|${q.text}`)).toEqual([
      "Unknown speaker|the whole world except Russia and China",
      "Laura Ortiz|It is simply untrue,",
    ]);
  });

  it("reads a transcript's answer after a role, an honorific and the speaker's name ('Official Spokesperson, Shri Raveesh Kumar:')", () => {
    const r = extractArticle(
      {
        file: "x.txt",
        text: `Transcript of Weekly Media Briefing by the Official Spokesperson (February 01, 2019)\n\nQuestion: Sir, what is India's position on Venezuela?\n\nOfficial Spokesperson, Shri Raveesh Kumar: We believe that it is for the people of Venezuela to resolve their differences through constructive dialogue.\n\nBacking Kumar: The words of a list's label, which are no transcript's.`,
      },
      TOPIC,
    );
    expect(r.quotes.map((q) => `${q.speaker}|${q.actor}|${q.text.slice(0, 20)}`)).toEqual([
      "Raveesh Kumar|IND|We believe that it i",
    ]);
    expect(r.observations.map((o) => `${o.actor}:${o.stance}`)).toEqual(["IND:neutral"]);
  });

  it("keeps the speaker of a quotation for the next one in the same sentence, past a name with no verb of speech", () => {
    expect(
      speakersIn(
        `Foreign Minister Marise Payne said that Australia "recognises and supports" Mr Guaido "in assuming the position of interim president".`,
      ),
    ).toEqual(["Marise Payne|AUS", "Marise Payne|AUS"]);
    expect(
      speakersIn(
        `Australia's Marise Payne called the vote "a sham", while Guaido said he was "ready to lead a transition".`,
      ),
    ).toEqual(["Marise Payne|AUS", "Juan Guaido|VEN"]);
  });

  it("keeps a ministry's field in the role: 'Indian external affairs ministry spokesman'", () => {
    const r = extractArticle(
      {
        file: "x.txt",
        text: `Title here\n\nLONDON, February 5 (Reuters) - "Venezuela's problems must be solved by Venezuelans," Indian external affairs ministry spokesman Raveesh Kumar said.`,
      },
      TOPIC,
    );
    expect(r.quotes.map((q) => `${q.speaker}|${q.role}|${q.actor}`)).toEqual([
      "Raveesh Kumar|Indian external affairs ministry spokesman|IND",
    ]);
  });

  it("takes a state that expresses a sentiment for the quotation right after its verb only", () => {
    expect(
      speakersIn(
        `Namibia and Zimbabwe expressed similar views, while the ruling party, the ANC, denounced what it called a "coup" backed by Washington.`,
      ),
    ).toEqual([]);
  });

  it("tells apart two people of one surname, and finds a name with accents after its country", () => {
    expect(
      speakersIn(
        `In Guatemala, President Jimmy Morales said his government recognised Guaidó "as interim president". Bolivia's Evo Morales tweeted that "our solidarity is with the Venezuelan people and brother Nicolás Maduro". Mexico's Andrés Manuel López Obrador said Mexico would not take sides. "We are for dialogue," he said.`,
      ),
    ).toEqual(["Jimmy Morales|GTM", "Evo Morales|BOL", "Andrés Manuel López Obrador|MEX"]);
  });

  it("ends a sentence at an accented name, before the next one's role ('back Guaidó. Russia's ambassador …')", () => {
    expect(
      speakersIn(
        `US Secretary of State Mike Pompeo urged all nations to "pick a side" and called on the Council to back Guaidó.\n\nRussia's ambassador Vassily Nebenzia accused Washington of engineering a coup. Speaking on behalf of his government, he said: "Venezuela does not pose a threat to international peace and security."`,
      ),
    ).toEqual(["Mike Pompeo|USA", "Vassily Nebenzia|RUS"]);
  });

  it("gives a few words in quotation marks no speaker from a sentence before theirs", () => {
    expect(
      speakersIn(
        `The Vatican has said it would mediate. Uruguay and Mexico launched the "Montevideo mechanism", proposing dialogue.`,
      ),
    ).toEqual([]);
  });

  it("takes a quotation's speaker from its own sentence after it over one named in the sentence before", () => {
    expect(
      speakersIn(`"I support him," Lavrov said. "We support Guaido," US Senator Marco Rubio said.`),
    ).toEqual(["Sergei Lavrov|RUS", "Marco Rubio|USA"]);
  });

  it("gives a paragraph of a quotation that runs on into the next the next one's speaker", () => {
    expect(
      speakersIn(
        `Lavrov spoke on Tuesday.\n\n"What we are seeing is an attempt to engineer a coup in Caracas.\n\n"Any attempt at military intervention would be a catastrophe," Russian Foreign Minister Sergei Lavrov told reporters.`,
      ),
    ).toEqual(["Sergei Lavrov|RUS", "Sergei Lavrov|RUS"]);
  });

  it("takes a name right before a quotation that goes on its sentence as its speaker, unless someone says it", () => {
    expect(
      speakersIn(`According to a statement from Beijing, China "firmly opposes external interference".`),
    ).toEqual(["China|CHN"]);
    expect(
      speakersIn(
        `Beijing "opposes any external forces interfering in Venezuela", foreign ministry spokesman Geng Shuang said.`,
      ),
    ).toEqual(["Geng Shuang|CHN"]);
    expect(
      speakersIn(
        `Turkey backed Maduro, with spokesman Ibrahim Kalin saying Ankara "stands by the legitimate government".`,
      ),
    ).toEqual(["Ibrahim Kalin|TUR"]);
    // a few words are the narrator's scare quotes
    expect(speakersIn(`The summit ended in Lima. The US "firmly rejects" it.`)).toEqual([]);
  });

  it.each(ATTRIBUTIONS)("%s → %s", (text, want) => {
    expect(speakersIn(text)).toEqual([want]);
  });
});
