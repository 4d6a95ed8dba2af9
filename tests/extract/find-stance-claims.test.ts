import { describe, expect, it } from "vitest";
import type { ActorId } from "../../src/dataset/schema";
import { findActors } from "../../src/extract/find-actors";
import { findPeople } from "../../src/extract/find-people";
import { findStanceClaims, supportSaidTo } from "../../src/extract/find-stance-claims";

const VEN = "VEN" as ActorId;
function claims(sentence: string, lastSide: "guaido" | "maduro" | null = null) {
  const mentions = findActors(sentence);
  return findStanceClaims(sentence, {
    mentions,
    people: findPeople(sentence, mentions, VEN),
    lastPerson: null,
    lastSide,
    lastStance: null,
    subject: VEN,
  })
    .claims.map((c) => `${c.actor}:${c.stance}`)
    .sort();
}

describe("findStanceClaims(sentence, context)", () => {
  it.each([
    ["Chile came out in favour of Guaido.", ["CHL:guaido"]],
    // a tie of the past is no stance; a present one is
    ["Ecuador, a former ally of Caracas, recognised Guaido.", ["ECU:guaido"]],
    ["Bolivia, once a close Maduro ally, stayed silent.", []],
    ["Cuba, a close ally of Maduro, spoke.", ["CUB:maduro"]],
    // a model followed (or not) is no subject of the clause's verb
    [
      "South Africa refused to follow Washington's lead, saying it continues to recognise President Maduro.",
      ["ZAF:maduro"],
    ],
    // "like" after a plural noun gives examples, who are subjects
    ["States like Cuba and Nicaragua backed Maduro.", ["CUB:maduro", "NIC:maduro"]],
    // …and a name set off by ", like" did as the subject did (the comparison presupposes it)
    ["Ecuador, like Peru, recognised Guaido.", ["ECU:guaido", "PER:guaido"]],
    // a contact with a title before the name, then a support with no object
    ["President Vladimir Putin phoned Mr Maduro to voice his backing.", ["RUS:maduro"]],
    // a decision to recognise is its possessor's; its critic takes the other side; not following is no recognition
    ["Russia condemned Washington's decision to recognise Guaido.", ["RUS:maduro", "USA:guaido"]],
    ["Spain announced its decision to recognise Guaido.", ["ESP:guaido"]],
    ["Mexico has not followed the U.S. in recognizing Guaido.", ["MEX:neutral"]],
    // co-agents of a joint act
    ["Spain recognised Guaido in coordination with France.", ["ESP:guaido", "FRA:guaido"]],
    // "Maduro's allies" are the names beside them, not a subject acting on them or cited by them
    ["Russia, Maduro's closest ally, warned Washington.", ["RUS:maduro"]],
    ["Cuba is among Maduro's staunchest backers.", ["CUB:maduro"]],
    ["The United States sanctioned Maduro's allies in the army.", []],
    ["Cuba has repeatedly denounced what it calls a coup.", ["CUB:maduro"]],
    // a condition after the verb with an accented name, or before the subject; a question's "if" is none
    ["Spain will recognise Guaido if Nicolás Maduro does not call elections.", ["ESP:conditional"]],
    ["If no elections are called within eight days, Spain will recognise Guaido.", ["ESP:conditional"]],
    ["Asked if he agreed, Sanchez said Spain will recognise Guaido.", ["ESP:guaido"]],
    // "as has X" repeats the clause's act, not a description of its subject
    [
      "Brazil's Jair Bolsonaro, a vocal Guaido supporter, ruled out an intervention, as has Colombia.",
      ["BRA:guaido", "BRA:neutral", "COL:neutral"],
    ],
    ["Cuba, a close Maduro ally, backed Maduro, as did Bolivia.", ["BOL:maduro", "CUB:maduro"]],
    ["Brazil's Jair Bolsonaro, a vocal Guaido supporter, has spoken, as has Colombia.", ["BRA:guaido"]],
    // a person named before the cue before is not this cue's subject
    [
      "Turkey's president, Recep Tayyip Erdogan, called Maduro to offer his support, and Iran condemned illegal interference.",
      ["IRN:neutral", "TUR:maduro"],
    ],
    // "the legitimately elected president" is Maduro; backing the National Assembly is not yet recognising Guaido
    ["Belarus backed the legitimately elected president.", ["BLR:maduro"]],
    ["Germany backs the National Assembly.", []],
    // a deadline given as a day, and a settlement "without outside interference"
    ["Austria gave Maduro until Sunday to call elections.", ["AUT:conditional"]],
    [
      "India said Venezuelans should resolve their differences without outside interference.",
      ["IND:neutral"],
    ],
    // a clause of its own before ", and" keeps its names; a list or a relative clause does not end one
    ["Italy blocked a statement, and Greece has expressed solidarity with Maduro.", ["GRC:maduro"]],
    ["Spain, France, and Germany recognised Guaido.", ["DEU:guaido", "ESP:guaido", "FRA:guaido"]],
    [
      "Russia, which has oil investments there, and China voiced support for Maduro.",
      ["CHN:maduro", "RUS:maduro"],
    ],
    // a condition right after the cue, with no modal before it
    ["Spain backs Guaido unless elections are called.", ["ESP:conditional"]],
    // a state's officeholder named by "of" is the state; its words for Maduro and against Guaido's claim
    ["The Prime Minister of Dominica said his country continues to recognize Maduro.", ["DMA:maduro"]],
    ["The Ministry of Foreign Affairs of Cuba condemned the coup attempt.", ["CUB:maduro"]],
    ["Cuba denounced the self-proclamation of deputy Juan Guaidó.", ["CUB:maduro"]],
    [
      "Cuba reiterated its solidarity with the constitutional president of the Bolivarian Republic of Venezuela, Nicolás Maduro Moros.",
      ["CUB:maduro"],
    ],
    // the same position taken, in the passive
    [
      "Cuba backed Maduro, and similar positions were expressed by Nicaragua and Bolivia.",
      ["BOL:maduro", "CUB:maduro", "NIC:maduro"],
    ],
    // refusing to join the nations that recognise is declining to recognise
    [
      "Mexico's leftist government has refused to join the chorus of nations recognising Guaido.",
      ["MEX:neutral"],
    ],
    [
      "Algeria expressed its rejection of any foreign interference in Venezuela's internal affairs.",
      ["DZA:neutral"],
    ],
    ["Italy did not join the group of EU countries recognising Guaido.", ["ITA:neutral"]],
    // "since" after an auxiliary is an adverb, not a subordinate clause's conjunction
    ["Morocco has since backed Guaido.", ["MAR:guaido"]],
    ["Morocco has since joined the countries backing Guaido.", ["MAR:guaido"]],
    ["Spain stayed neutral since Russia backed Maduro.", ["ESP:neutral", "RUS:maduro"]],
    // a passive's further agents; a clause of its own after them, whose subject names no actor
    [
      "Guaido was recognised by Washington within minutes, and by Ottawa and Brasilia soon after.",
      ["BRA:guaido", "CAN:guaido", "USA:guaido"],
    ],
    ["Guaido was recognised by the US, and Maduro was backed by Russia.", ["RUS:maduro", "USA:guaido"]],
    ["Cuba and Bolivia have denounced what they call a US-backed coup.", ["BOL:maduro", "CUB:maduro"]],
    // an ambassador "to the UN" is Russia's, not an object of "to"
    [
      "Russia's ambassador to the UN Vassily Nebenzia accused the US of trying to engineer a coup.",
      ["RUS:maduro"],
    ],
    // a count of countries, then those it includes
    [
      "The opposition leader has won backing from more than 50 countries, including Japan and Australia.",
      ["AUS:guaido", "JPN:guaido"],
    ],
    // a name left out of a group, or one that picks one member of it
    ["The Lima Group, minus Mexico, recognised Guaido.", ["LIMA:guaido"]],
    ["Hungary was the only EU member state not to recognise Guaido at first.", ["HUN:neutral"]],
    // after a subordinator, a list is a subject past its closed relative clause and "said it"
    [
      "The announcement came hours after the Lima Group, of which Canada is a member, said it backed the National Assembly leader.",
      ["CAN:guaido", "LIMA:guaido"],
    ],
    // a denied copula takes the phrase back; a label's non-state subject; usurping power
    ["Hunt said Maduro was not the legitimate leader.", []],
    ["GREECE: The ruling Syriza party expressed its support for Maduro.", []],
    ["Russia said the attempt to usurp power was a violation of international law.", ["RUS:maduro"]],
    // ", along with" names more that did as the clause says; "said much the same"
    [
      "The four countries recognised Guaido, along with Sweden, Austria and Denmark.",
      ["AUT:guaido", "DNK:guaido", "SWE:guaido"],
    ],
    ["Spain, along with France, recognised Guaido.", ["ESP:guaido", "FRA:guaido"]],
    [
      "Portugal said it would recognise Guaido if no elections were called, and Belgium said much the same.",
      ["BEL:conditional", "PRT:conditional"],
    ],
    // a negation does not reach past a coordinated verb
    [
      "North Korea denounced US aggression against Venezuela and expressed support for the Maduro government.",
      ["PRK:maduro"],
    ],
    ["Cuba voted against recognising Guaido.", ["CUB:neutral"]],
    ["India has chosen not to take sides in the Venezuelan crisis.", ["IND:neutral"]],
    // a stance commented on is its agents', not the commenter's
    [
      "Peskov said Russia's stance was unchanged, commenting on the recognition of Juan Guaido by a number of European countries.",
      [],
    ],
    [
      "Russia's Peskov spoke, reacting to the recognition of Guaido by Spain and France.",
      ["ESP:guaido", "FRA:guaido"],
    ],
    // a third round of single sentences
    ["Unlike Brazil, which recognised Guaido, Mexico has stayed neutral.", ["BRA:guaido", "MEX:neutral"]],
    // the one blamed (or praised) for a stance holds it; the critic of a recognition takes the other side
    ["Cuba slammed the US for recognising Guaido.", ["CUB:maduro", "USA:guaido"]],
    // people who back a side are no state's position
    ["Spain is home to many Venezuelan exiles who back Guaido.", []],
    ["The Kremlin accused Washington of trying to usurp power in Venezuela.", ["RUS:maduro"]],
    ["Guaido's backers include the US, Canada and Australia.", ["AUS:guaido", "CAN:guaido", "USA:guaido"]],
    ["Moscow sees Guaido as a US puppet.", ["RUS:maduro"]],
    // a participle set off after the side: its agents back it
    ["Guaido, backed by Washington, called for mass protests.", ["USA:guaido"]],
    ["Maduro, backed by Moscow and Beijing, refused to step down.", ["CHN:maduro", "RUS:maduro"]],
    ["Iran's Zarif condemned what he called an illegal attempt at a coup.", ["IRN:maduro"]],
    ["Sweden backed Guaido, and Finland agreed.", ["FIN:guaido", "SWE:guaido"]],
    // joining an ultimatum; the names of "an ultimatum issued by"
    [
      "Belgium joined the ultimatum issued by Spain, France and Germany.",
      ["BEL:conditional", "DEU:conditional", "ESP:conditional", "FRA:conditional"],
    ],
    // a participle after "after" is the clause's own subject's; a clause after it is not
    ["Costa Rica expelled Maduro's diplomats after recognising Guaido.", ["CRI:guaido"]],
    ["Spain acted after recognising that France backed Guaido.", ["FRA:guaido"]],
    // a verb of regard whose object is judged unlawful is no stance for it
    ["Italy said it regarded Maduro's re-election as illegitimate.", []],
    ["Italy regards Maduro as the legitimate president.", ["ITA:maduro"]],
    // "even as", "while", "although" open a clause of its own subject…
    [
      "The Lima Group ruled out the use of military force to oust Maduro, even as U.S. Vice President Mike Pence vowed to support Juan Guaido.",
      ["LIMA:neutral", "USA:guaido"],
    ],
    // …unless a pronoun stands for the subject before
    ["Buenos Aires has said it would not, even as it recognised Guaido last month.", ["ARG:guaido"]],
    // contractions negate as "not" does
    ["Italy doesn't recognise Guaido.", ["ITA:neutral"]],
    ["Mexico cannot recognise Guaido.", ["MEX:neutral"]],
    ["Slovakia has no plans to recognise Guaido.", ["SVK:neutral"]],
    ["Romania is unlikely to recognise Guaido.", ["ROU:neutral"]],
    ["Italy didn’t recognise Guaido.", ["ITA:neutral"]],
    ["Hunt said Maduro wasn't the legitimate leader.", []],
    ["India hasn't taken sides.", ["IND:neutral"]],
    // a bare negated auxiliary declines what the clause before did
    [
      "Nineteen EU countries have recognised Guaido, but Italy, Greece and Cyprus have not.",
      ["CYP:neutral", "GRC:neutral", "ITA:neutral"],
    ],
    // …as does "never did"
    [
      "Most EU states recognised Guaido, but Italy, where the coalition was split, never did.",
      ["ITA:neutral"],
    ],
    // a fifth round of single sentences
    [
      "Mexico and Uruguay launched the Montevideo Mechanism to promote dialogue.",
      ["MEX:neutral", "URY:neutral"],
    ],
    ["Nicaragua's Ortega called Guaido's self-proclamation illegal.", ["NIC:maduro"]],
    ["Most of Latin America, along with the US and Canada, recognised Guaido.", ["CAN:guaido", "USA:guaido"]],
    // a sixth round of single sentences
    [
      "Iran condemned what it called a U.S.-orchestrated coup against the elected government.",
      ["IRN:maduro"],
    ],
    ["Italy remained divided, with the League backing Guaido and the Five Star Movement opposing it.", []],
    ["Belarus said it considered the developments in Venezuela an internal affair.", ["BLR:neutral"]],
    ["Belarus opposed outside pressure on Caracas.", ["BLR:neutral"]],
    ["Russia said it considered this a direct interference in the internal affairs of Venezuela.", []],
    ["The African Union called for respect of Venezuela's sovereignty.", ["AU:neutral"]],
    // a seventh round
    [
      "Recognition of Guaido came swiftly from Washington, followed by Ottawa and Brasilia.",
      ["BRA:guaido", "CAN:guaido", "USA:guaido"],
    ],
    [
      "Cuba rejected what it described as an imperialist attempt to impose a puppet government.",
      ["CUB:maduro"],
    ],
    ["China opposed interference by outside forces in Venezuela's internal affairs.", ["CHN:neutral"]],
    ["Costa Rica said it would recognise Guaido if the National Assembly asked it to.", ["CRI:conditional"]],
    ["Belgium is expected to follow its neighbours in recognising Guaido next week.", []],
    ["Last Thursday Italy blocked an EU statement recognising Guaido.", ["ITA:neutral"]],
    ['The Foreign Office said Britain supported "the National Assembly and its president".', ["GBR:guaido"]],
    // a tenth round
    ["Brazil hails Guaido as Venezuela's new leader", ["BRA:guaido"]],
    ['Brasilia received Guaido and called him "our president".', ["BRA:guaido"]],
    ["Norway has been in contact with both sides and is ready to help.", ["NOR:neutral"]],
    [
      'The Kremlin denounced what it called Washington\'s "destructive interference" in Venezuela.',
      ["RUS:neutral"],
    ],
    ["Greece eventually joined its EU partners in recognising Guaido.", ["GRC:guaido"]],
    ["Egypt and Algeria abstained from taking a position.", ["DZA:neutral", "EGY:neutral"]],
    // an eleventh round
    ["Guatemala now considers Guaido to be Venezuela's president.", ["GTM:guaido"]],
    ["Paraguay gave its backing to Guaido.", ["PRY:guaido"]],
    ["Turkey is standing firm behind Maduro.", ["TUR:maduro"]],
    ["Bolivia has stuck by Maduro throughout the crisis.", ["BOL:maduro"]],
    ["Lithuania said it recognised the National Assembly's leader as the head of state.", ["LTU:guaido"]],
    ["Syria said it stood by Venezuela's leadership against the US plot.", ["SYR:maduro"]],
    ["Luxembourg has joined the EU countries that recognise Guaido.", ["LUX:guaido"]],
    ["Pakistan called for a peaceful, negotiated solution.", ["PAK:neutral"]],
    // a judgement reported without "that"
    ["Germany said Guaido was the legitimate interim president.", ["DEU:guaido"]],
    // idioms of support
    ["Cuba closed ranks behind Maduro.", ["CUB:maduro"]],
    ["Ecuador swung behind Guaido on Thursday.", ["ECU:guaido"]],
    ["Costa Rica threw its lot in with the opposition leader.", ["CRI:guaido"]],
    ["Russia came to the defence of Maduro at the Security Council.", ["RUS:maduro"]],
    ["Turkey pledged to stand shoulder to shoulder with Maduro.", ["TUR:maduro"]],
    // opposing, rejecting or ruling out a recognition declines it
    ["Italy opposed recognising Guaido.", ["ITA:neutral"]],
    ["Italy objected to recognising Guaido.", ["ITA:neutral"]],
    ["Italy rejected calls to recognise Guaido.", ["ITA:neutral"]],
    ["Italy ruled out recognising Guaido.", ["ITA:neutral"]],
    ["Peru, rejecting Maduro's new term, recognised Guaido.", ["PER:guaido"]],
    // a country's party is not its state, by name or by a noun that no person's name ends with
    ["Italy's League closed ranks behind Guaido.", []],
    ["Italy's Five Star Movement backed Maduro.", []],
    ["France's National Front backed Maduro.", []],
    // an example of the kind of the names before it takes no part; examples of a subject do
    [
      "Vietnam and Laos, both one-party states like Cuba, issued statements of support for the Maduro government.",
      ["LAO:maduro", "VNM:maduro"],
    ],
    ["States like Cuba and Nicaragua backed Maduro.", ["CUB:maduro", "NIC:maduro"]],
    // some members of a group, picked out by a word, are not the group; its members but one are the others
    ["Most of the European Union's largest members recognized Guaido on Monday.", []],
    ["The EU's largest members recognized Guaido.", []],
    // the assembly's president by title, and only Venezuela's
    ["Spain recognised the president of the Venezuelan National Assembly.", ["ESP:guaido"]],
    ["Russia backed the President of the National Assembly of Portugal.", []],
    // a participle opening the sentence takes the subject after its comma
    ["Having recognised Guaido, Peru expelled Maduro's envoys.", ["PER:guaido"]],
    ["After recognising Guaido, Peru expelled Maduro's envoys.", ["PER:guaido"]],
    ["Having backed Maduro from the start, Russia vetoed the resolution.", ["RUS:maduro"]],
    ["Cyprus remains undecided.", ["CYP:neutral"]],
    // …and, inverted, the names after its verb
    ["Recognising Guaido were the US, Canada and Brazil.", ["BRA:guaido", "CAN:guaido", "USA:guaido"]],
    ["Among those backing Maduro are Russia, China and Turkey.", ["CHN:maduro", "RUS:maduro", "TUR:maduro"]],
    // respecting the Venezuelans' own decision
    ["Malaysia said it would respect the decision of the Venezuelan people.", ["MYS:neutral"]],
    ["Egypt said it respects the sovereignty of Venezuela.", ["EGY:neutral"]],
    // declining to take part in, or ruling out, an armed intervention is non-interference; not ruling it out is not
    [
      "The Lima Group does not support a military intervention, Peru's foreign minister said.",
      ["LIMA:neutral"],
    ],
    ["Colombia is opposed to any military intervention in Venezuela.", ["COL:neutral"]],
    ["Chile ruled out a military intervention in Venezuela.", ["CHL:neutral"]],
    ["The United States did not rule out military intervention.", []],
    ["The Lima Group called for a peaceful transition and ruled out the use of force.", ["LIMA:neutral"]],
    ["The United States did not rule out the use of force.", []],
    ["Russia will not allow outside interference in Venezuela.", ["RUS:neutral"]],
    ["The US said it would not tolerate Russian interference.", []],
    // "held back" is no backing
    ["Belgium and Luxembourg held back from recognising Guaido.", ["BEL:neutral", "LUX:neutral"]],
    // "do so" set against a refusal is doing what was refused; "do so too" after one is refusing as well
    [
      "Italy refuses to recognise Guaido while Spain and Portugal have done so.",
      ["ESP:guaido", "ITA:neutral", "PRT:guaido"],
    ],
    ["Mexico declined to back Guaido, whereas Colombia did so immediately.", ["COL:guaido", "MEX:neutral"]],
    ["Italy refused to recognise Guaido, and Greece did so too.", ["GRC:neutral", "ITA:neutral"]],
    // "with", names and a participle: a clause whose subjects are those names, not the ones before
    ["Ministers failed to agree, with Italy refusing to endorse Guaido.", ["ITA:neutral"]],
    ["The EU is divided, with Russia and China backing Maduro.", ["CHN:maduro", "RUS:maduro"]],
    ["The EU is divided, with Italy refusing to endorse Guaido.", ["ITA:neutral"]],
    ["With US backing, Guaido called for protests.", ["USA:guaido"]],
    // after an opening phrase, a name and a verb whose infinitive is the cue open the clause
    ["Despite pressure from Washington, Mexico refused to recognise Guaido.", ["MEX:neutral"]],
    ["Unlike Washington, Mexico has yet to recognise Guaido.", ["MEX:neutral"]],
    // the possessor of the subject is not the subject; "whose allies include" names the allies
    [
      "Washington's allies in the region, including Colombia and Brazil, have recognised Guaido.",
      ["BRA:guaido", "COL:guaido"],
    ],
    ["Maduro, whose allies include Russia and China, rejected the ultimatum.", ["CHN:maduro", "RUS:maduro"]],
    // the Bolivarian Alliance is an organisation of its own (data/organizations.json)
    ["The ALBA bloc reiterated its support for Maduro.", ["ALBA:maduro"]],
    // a name's abbreviation in brackets stands where its name does
    ["At a session of the Organization of American States (OAS), Peru backed Guaido.", ["PER:guaido"]],
    // a position foreseen, hedged or planned is not taken, unless on a condition
    ["Analysts expect Brazil to recognise Guaido within days.", []],
    ["Germany may soon recognise Guaido, officials said.", []],
    ["Ecuador is said to be preparing to recognise Guaido.", []],
    ["Spain could recognise Guaido if Maduro does not call elections.", ["ESP:conditional"]],
    // those urged to take a stance have not taken it; the one urging has
    ["Guaido urged Italy to recognise him.", []],
    ["The United States pressed Colombia to back Guaido.", ["USA:guaido"]],
    // the sides by their epithets (data/stance-cues.json sideRefs)
    ["Russia backed the embattled socialist leader.", ["RUS:maduro"]],
    ["Bolivia backed the former bus driver.", ["BOL:maduro"]],
    ["Israel recognised the young engineer as Venezuela's leader.", ["ISR:guaido"]],
    // a name excluded in an aside ("but not China") takes no part, and the aside ends no clause
    ["Russia, but not China, warned against intervention.", ["RUS:neutral"]],
    ["Spain, not Italy, recognised Guaido.", ["ESP:guaido"]],
    ["Russia and Cuba, but not China, backed Maduro.", ["CUB:maduro", "RUS:maduro"]],
    // a document the subject backs or signs is its own; one it criticises is not
    ["Spain backed the statement recognising Guaido.", ["ESP:guaido"]],
    ["Russia criticised the statement recognising Guaido.", []],
    // names inside a long quotation, in any marks, take no stance of the narrator's
    ["Merkel said: „Russia and China have chosen to back Maduro for their own reasons.“", []],
    // a would-be mediator
    ["Uruguay and Mexico have positioned themselves as possible mediators.", ["MEX:neutral", "URY:neutral"]],
    // leading the way is taking the stance first
    [
      "Nineteen members have now recognised the opposition leader, after Spain and France led the way.",
      ["ESP:guaido", "FRA:guaido"],
    ],
    // an opening infinitive with its subjects after the copula
    ["Among the first to recognise Guaido was Brazil.", ["BRA:guaido"]],
    ["The first country to recognise Guaido was the United States.", ["USA:guaido"]],
    // what came from whom, and who followed
    [
      "Recognition came swiftly from Washington, followed by Ottawa and Brasilia.",
      ["BRA:guaido", "CAN:guaido", "USA:guaido"],
    ],
    ["Support for Maduro came from Russia, China and Turkey.", ["CHN:maduro", "RUS:maduro", "TUR:maduro"]],
    ["Support came from an unexpected quarter.", []],
    // thanks for standing by, and talks hosted for both sides
    ["Maduro thanked Russia and China for standing by Venezuela.", ["CHN:maduro", "RUS:maduro"]],
    ["Guaido thanked Canada and Germany for supporting him.", ["CAN:guaido", "DEU:guaido"]],
    ["Norway hosted representatives of both sides in Oslo.", ["NOR:neutral"]],
    // a named movement of a country is not its state
    ["Lebanon's Hezbollah condemned the coup attempt against Maduro.", []],
    ["Lebanon condemned the coup attempt against Maduro.", ["LBN:maduro"]],
    // non-intervention, help offered to both sides, talks organised
    ["The foreign ministry said Mexico remained committed to non-intervention.", ["MEX:neutral"]],
    ["The UN chief offered to help the two sides find a way out of the crisis.", ["UN:neutral"]],
    ["Uruguay has tried to organise talks.", ["URY:neutral"]],
    ["Slovakia is not in a position to recognise anyone.", ["SVK:neutral"]],
    ["Indonesia called for a peaceful and democratic solution.", ["IDN:neutral"]],
    ["Vietnam and Laos have aligned themselves with Caracas.", ["LAO:maduro", "VNM:maduro"]],
    ["Canada aligned itself with the EU position.", []],
    // declining either side is neutral
    ["Uruguay has stopped short of endorsing either side.", ["URY:neutral"]],
    ["Ireland has not backed either of the rivals.", ["IRL:neutral"]],
    // a place that opens the clause is no list with the subject after it; a fronted list is
    ["In Buenos Aires, the Casa Rosada issued a statement backing Guaidó.", ["ARG:guaido"]],
    ["In Brazil, Colombia and Peru, protesters backed Guaidó.", []],
    ["Argentina withdrew its recognition of Guaidó.", ["ARG:neutral"]],
    // "by" after a noun names the noun's agent, and a name right after a past verb is its object…
    [
      "Iran condemned interference by the United States and voiced its support for Maduro.",
      ["IRN:maduro", "IRN:neutral"],
    ],
    ["Iran criticised the United States and voiced its support for Maduro.", ["IRN:maduro"]],
    // …but a stance's own noun, a passive, a participle right after and a possessive keep their agents
    [
      "Guaido's recognition by Austria and Belgium the previous day brought the number of EU states supporting him to 19.",
      ["AUT:guaido", "BEL:guaido"], // "the number of EU states": some of its members, not the EU
    ],
    ["Maduro shrugged off an ultimatum by EU states demanding early elections.", ["EU:conditional"]],
    ["Athens supported the UN secretary-general's call for dialogue.", ["GRC:neutral", "UN:neutral"]],
    // a state's government "in" its capital is the state; a venue "in" a capital is not
    ["The government in Athens has said it backs dialogue.", ["GRC:neutral"]],
    ["The authorities in Ottawa recognised Guaido.", ["CAN:guaido"]],
    ["Foreign ministers meeting in Lima recognised Guaido.", []],
    // the accused holds what it is accused of; what the accuser says of the government is the accuser's
    ["Cuba accused Washington of backing Guaido.", ["CUB:maduro", "USA:guaido"]],
    ["Lavrov accused the United States of trying to overthrow the legitimate government.", ["RUS:maduro"]],
    // a subordinate clause's subject is its own, unless a comma closes the clause before the cue
    ["Russia's statement came after the European Parliament on Thursday recognized Guaido.", ["EU:guaido"]],
    ["Spain, after a week of hesitation, recognised Guaido.", ["ESP:guaido"]],
    ["Had Slovakia recognised Guaido, the group would speak with one voice.", []],
    ["Cyprus argued that recognising a self-declared president sets a precedent.", []],
    ["Taiwan, which most countries do not recognize as a state, also backed Guaido.", ["TWN:guaido"]],
    ["Russia has once again denounced attempts to oust Maduro.", ["RUS:maduro"]],
    ["Panama joined the wave of recognitions on Monday.", ["PAN:guaido"]],
    ["Colombia remains firmly committed to Guaido.", ["COL:guaido"]],
    [
      "Both Russia and Turkey expressed concern over the attempt to seize power.",
      ["RUS:maduro", "TUR:maduro"],
    ],
    ["Serbia condemned attempts to usurp power in Caracas.", ["SRB:maduro"]],
    // a hypothesis by inversion, and a time or place in a closed relative clause
    ["Were Spain to recognise Guaido, Caracas would retaliate.", []],
    [
      "In New York, where the United States had called a meeting, Russia accused Washington of staging a coup.",
      ["RUS:maduro"],
    ],
    [
      "Spain gave Maduro eight days to call elections, failing which Spain will recognise Guaido.",
      ["ESP:conditional"],
    ],
    ["New Zealand declined to recognise either leader.", ["NZL:neutral"]],
    ["Indonesia has avoided taking sides.", ["IDN:neutral"]],
    ["Belarus sent a message of solidarity to Maduro.", ["BLR:maduro"]],
    ["Japan has yet to take a position on Guaido.", ["JPN:neutral"]],
    // abstaining from recognising is declining it, not recognising
    ["Ireland abstained from recognising Guaido.", ["IRL:neutral"]],
    ["Turkey rejected Guaido's self-proclamation.", ["TUR:maduro"]],
    ["Cuba called Guaido a puppet of Washington.", ["CUB:maduro"]],
    // the accused is no stance-holder
    ["Russia accused the US of orchestrating a coup.", ["RUS:maduro"]],
    // a dateline the parser did not take off is no subject
    ["Montevideo, January 24th 2019 (MercoPress) - Brazil recognised Guaido.", ["BRA:guaido"]],
    ["Berlin — Colombia recognised Guaido.", ["COL:guaido"]],
    // a capital "Members of the" opens a group as "members of the" does
    [
      "Members of the Lima Group, except Mexico and Guyana, recognised Guaido.",
      ["ARG", "BRA", "CAN", "CHL", "COL", "CRI", "GTM", "HND", "LCA", "PAN", "PER", "PRY"].map(
        (a) => `${a}:guaido`,
      ),
    ],
    // a relative "who was quickly joined by" extends the cue's agents, and "the right-wing governments of" names states
    [
      "Guaido received the backing of U.S. President Donald Trump, who was quickly joined by the right-wing governments of Brazil and Peru.",
      ["BRA:guaido", "PER:guaido", "USA:guaido"],
    ],
    ["Guaido, joined by the former presidents of Colombia and Peru, spoke.", []],
    // a meeting's record names a state's envoy as "the representative of", "the speaker for"
    ["The representative of Peru said his country had recognized Mr. Guaidó.", ["PER:guaido"]],
    [
      "The speaker for Equatorial Guinea voiced support for the principle of non-interference.",
      ["GNQ:neutral"],
    ],
    // the crisis called an internal matter, with Venezuela unnamed
    ["South Africa said the crisis was an internal matter.", ["ZAF:neutral"]],
    // refraining from taking sides; a side's call for talks supported is no side taken
    ["Belarus and Kazakhstan refrained from taking sides.", ["BLR:neutral", "KAZ:neutral"]],
    ["Greece supported Maduro's call for dialogue.", ["GRC:neutral"]],
    // …nor a side's call for a vote: "supported Guaido's call for free and fair elections" recognises no one
    ["Japan supported Guaido's call for free and fair elections.", []],
    ["Japan supported Guaido's bid for power.", ["JPN:guaido"]],
    ["Greece supported Maduro's government.", ["GRC:maduro"]],
    // a side's reference starts a word: "legitimate government" is not in "illegitimate government"
    ["Peru said Lima would not recognise Maduro's illegitimate government.", []],
    ["Canada has stopped supporting the illegitimate president.", []],
    [
      "Honduras and Guatemala expressed their support for the National Assembly president.",
      ["GTM:guaido", "HND:guaido"],
    ],
    ["China urged the United States to stop meddling in Venezuela.", ["CHN:neutral"]],
    // a party's leader, an opposition leader or a legislator takes no position for the state
    ["Britain's Labour Party leader Jeremy Corbyn opposed outside interference in Venezuela.", []],
    ['"We back Maduro," said Jeremy Corbyn, Britain\'s opposition leader.', []],
    ["US Senator Marco Rubio said he backed Guaido.", []],
    ["The crisis is an internal affair of Venezuela, Jeremy Corbyn, Britain's opposition leader, said.", []],
    ["US Secretary of State Mike Pompeo backed Guaido.", ["USA:guaido"]],
    // the one urged has not acted; stopping or ending support is no support
    ["Rubio urged President Donald Trump to recognise Guaido.", []],
    ["The US called on Russia to end its support for Maduro.", []],
    ["Pompeo urged Russia to stop backing Maduro.", []],
    // an act set aside ("Rather than recognise …, Italy"), abstaining from recognising either, "as was Paraguay"
    ["Rather than recognise Guaido, Italy called for new elections.", ["ITA:neutral"]],
    ["Cyprus abstained from recognising either leader.", ["CYP:neutral"]],
    ["Argentina was quick to recognise Guaido, as was Paraguay.", ["ARG:guaido", "PRY:guaido"]],
    // an act condemned as an attempt to destabilise the country, as one condemned as interference
    ["Russia condemned the decision as another attempt to destabilise Venezuela.", ["RUS:neutral"]],
    // defending a side: a warning against attempts to topple it, coming to its defence
    ["Russia warned the US against attempts to oust Maduro.", ["RUS:maduro"]],
    ["Bolivia came to President Nicolas Maduro's defense.", ["BOL:maduro"]],
    ["Bolivia came to Caracas on Monday.", []],
    // a side that has a state's support: the state's
    ["Guaido had Argentina's full backing.", ["ARG:guaido"]],
    ["Maduro still enjoys China's support.", ["CHN:maduro"]],
    ["Maduro has lost China's support.", []],
    // an ultimatum by its deadline alone; a judgement of legitimacy on a condition first stated
    ["Belgium demanded that Maduro call elections within eight days.", ["BEL:conditional"]],
    ["Belgium urged Maduro to call elections.", []],
    [
      "Austria said that if Maduro did not call elections, it would consider Guaido the interim president.",
      ["AUT:conditional"],
    ],
    ["Austria considers Guaido the interim president.", ["AUT:guaido"]],
    // assuring a side of support
    ["The Kremlin said Putin had assured Maduro of Russia's support in a phone call.", ["RUS:maduro"]],
    ["Putin assured reporters that Russia would act.", []],
    // the government's efforts to keep the country stable or sovereign; "Saint Vincent" for the state
    ["Vietnam said it supported Venezuela's efforts to maintain stability.", ["VNM:maduro"]],
    ["Vietnam supported Venezuela's efforts to hold elections.", []],
    [
      "Several Caribbean nations, including Dominica and Saint Vincent, defended Maduro.",
      ["DMA:maduro", "VCT:maduro"],
    ],
    ["Mexico is strictly neutral, its foreign ministry said.", ["MEX:neutral"]],
    // condemning another's recognition of the claimant is taking the government's side; its agents keep theirs
    ["Moscow denounced Washington's recognition of Guaido as illegal.", ["RUS:maduro", "USA:guaido"]],
    ["Turkey condemned the recognition of Guaido by the United States.", ["TUR:maduro", "USA:guaido"]],
    ["Russia rejected the EU's recognition of Guaido.", ["EU:guaido", "RUS:maduro"]],
    // …but criticising, opposing or rejecting a recognition of one's own is declining it; praise takes no side
    ["Turkey criticised Washington's recognition of Guaido.", ["TUR:neutral", "USA:guaido"]],
    ["Italy rejected recognition of Guaido.", ["ITA:neutral"]],
    ["Brazil praised the US for recognising Guaido.", ["USA:guaido"]],
    // seats of government news still names by older or other names
    ["Kiev backed Guaido on Thursday.", ["UKR:guaido"]],
    ["La Paz stood firmly by Maduro.", ["BOL:maduro"]],
    ["Nur-Sultan called for dialogue between the government and the opposition.", ["KAZ:neutral"]],
    // an act of a side, backed by the names after it
    [
      "Guaido declared himself the country's interim president, a move swiftly endorsed by U.S. President Donald Trump.",
      ["USA:guaido"],
    ],
    ["Maduro closed the border, a decision backed by Russia.", ["RUS:maduro"]],
    // "as" opening a clause of its own, with its own subject
    [
      "Japan had held back from taking a clear position as Russia and China continue to back Maduro.",
      ["CHN:maduro", "JPN:neutral", "RUS:maduro"],
    ],
    ["Japan is watching closely as Russia and China continue to back Maduro.", ["CHN:maduro", "RUS:maduro"]],
    ["Latin American nations such as Brazil and Colombia recognised Guaido.", ["BRA:guaido", "COL:guaido"]],
    // "or" before a named subject's modal, after elections asked for: an ultimatum
    ["Sánchez gives Maduro eight days to call elections or Spain will recognize Guaidó", ["ESP:conditional"]],
    // a recognition demanded of someone is no one's; those who "had done" so did
    [
      "The opposition parties demanded that the Executive immediately recognize Guaidó, as the United States, Canada and most Latin American governments had done since Wednesday.",
      ["CAN:guaido", "USA:guaido"],
    ],
    ["The opposition demanded that Spain recognise Guaido.", []],
    // more backers after the first: "and internationally that of"
    [
      "Nicolás Maduro retains the support of the armed forces' high command, and internationally that of Russia, China, Turkey and Cuba.",
      ["CHN:maduro", "CUB:maduro", "RUS:maduro", "TUR:maduro"],
    ],
    ["The Vatican has said it would mediate only if both parties requested it.", ["VAT:neutral"]],
    // "in contrast with X, which did so": X did what the subject refused
    [
      "Uruguay has so far refused to recognise Guaidó, in contrast with its neighbours Argentina, Brazil and Paraguay, which did so on January 23.",
      ["ARG:guaido", "BRA:guaido", "PRY:guaido", "URY:neutral"],
    ],
    // a name modifying the noun after it is no subject
    [
      "Saudi Arabia and the United Arab Emirates, both close US allies, have likewise avoided taking a position.",
      ["ARE:neutral", "SAU:neutral"],
    ],
    // a recognition with no object held back is of the claimant
    [
      "Morocco was the only Arab country to signal sympathy for Guaido, though Rabat has stopped short of formal recognition.",
      ["MAR:neutral"],
    ],
    // after an opening phrase of place, "the" may open the subject
    ["At a meeting in Ottawa, the European Union recognised Guaido.", ["EU:guaido"]],
    // accusing another of seeking regime change defends the government
    [
      "Russia's ambassador Vasily Nebenzia accused Washington of using humanitarian aid as a pretext for regime change.",
      ["RUS:maduro"],
    ],
    // a person met or phoned is no subject
    ["CARICOM leaders met Guterres and offered to mediate.", ["CARICOM:neutral"]],
    ["Putin phoned Erdogan and voiced support for Maduro.", ["RUS:maduro"]],
    // what follows a hypothesis opening the sentence is hypothetical too, unless it is an ultimatum
    [
      "If Germany recognises Juan Guaido tomorrow, as its chancellor has hinted, it will be the first time Berlin has backed a self-declared leader.",
      [],
    ],
    [
      "If there is no announcement of elections in eight days, Germany will recognise Guaido.",
      ["DEU:conditional"],
    ],
    ["Paraguay embraced Guaido's claim to the presidency.", ["PRY:guaido"]],
    // more ways to seek a peaceful way out
    ["India favoured a peaceful resolution through dialogue.", ["IND:neutral"]],
    ["Norway facilitated talks in Oslo between the two sides.", ["NOR:neutral"]],
    ["Egypt called on all Venezuelan parties to exercise self-restraint.", ["EGY:neutral"]],
    // an attempt to usurp power said of others defends the government; said of the government it does not
    ["Zakharova said the West was trying to usurp power in Caracas.", ["RUS:maduro"]],
    ["The US said Maduro was trying to usurp power.", []],
    ["Washington accused Maduro of trying to usurp power.", []],
    // a stance held up for criticism keeps its agent however its object is named
    [
      "Cuba condemned the recognition of opposition leader Juan Guaido by the United States.",
      ["CUB:maduro", "USA:guaido"],
    ],
    // what should have been done was not; those it is compared with did it
    [
      "Mitsotakis said Greece should have recognised Guaido as Spain, France and Britain did on Monday.",
      ["ESP:guaido", "FRA:guaido", "GBR:guaido"],
    ],
    ["Greece would not have recognised Guaido.", []],
    ["Italy did not recognise Guaido as Spain did.", ["ESP:guaido", "ITA:neutral"]],
    ["Greece refused to recognise Guaido, as did Cyprus.", ["CYP:neutral", "GRC:neutral"]],
    // not joining those who recognised is declining to
    [
      "Greece on Monday declined to join the wave of European Union countries that recognised Guaido.",
      ["GRC:neutral"],
    ],
    ["Italy did not join the countries that recognised Guaido.", ["ITA:neutral"]],
    ["Portugal joined the wave of European Union countries that recognised Guaido.", ["PRT:guaido"]],
    // "where" opens a clause with a subject of its own
    [
      "CARICOM leaders will meet in Port of Spain next week, where Uruguay and Mexico have offered to help broker talks.",
      ["MEX:neutral", "URY:neutral"],
    ],
    // a list's name followed by others counted, after a subordinating word
    [
      "The statement came two weeks after the United States and more than 50 other countries recognised Guaido.",
      ["USA:guaido"],
    ],
    // joining a group's majority is no stance of the group's
    ["Hungary joined the EU majority in recognising Guaido.", ["HUN:guaido"]],
    // a claim others make, or one said to be false, is no position (the subject's own claim is)
    ["A post shared thousands of times on Facebook claims that Russia has recognised Guaido.", []],
    ["A second viral message says that Italy recognised Guaido on February 4.", []],
    ["An earlier version of this story wrongly said Mexico had recognised Guaido.", []],
    ["Russia claims that it has always backed Maduro.", ["RUS:maduro"]],
    // a name that owns another's relation to it is no subject
    ["Japan, South Korea's neighbor, expressed support for Guaido.", ["JPN:guaido"]],
    ["Colombia, Venezuela's neighbour, recognised Guaido.", ["COL:guaido"]],
    // a stance urged is not taken, unless on a condition
    ["Italian Deputy Premier Matteo Salvini said Italy should back Guaido.", []],
    ["The EU must immediately recognise Guaido, Spain said.", []],
    [
      "Spain should recognise Guaido if Maduro does not call elections within eight days, Sanchez said.",
      ["ESP:conditional"],
    ],
    // a clause of names and a side, its verb gapped, takes the verb before with its own side
    [
      "Russia and China back Maduro; the US and Canada, Guaido.",
      ["CAN:guaido", "CHN:maduro", "RUS:maduro", "USA:guaido"],
    ],
    ["Russia backs Maduro; Washington, his rival Guaido.", ["RUS:maduro"]],
    // the leader of a side's backers is one of them
    ["Guaido's backers, led by the United States, pushed for elections.", ["USA:guaido"]],
    // who keeps another from recognising does not recognise (the act kept from is denied, however far back its verb)
    [
      "Italy on Monday prevented the European Union from adopting a common position recognising Juan Guaido.",
      ["ITA:neutral"],
    ],
    [
      "Italy blocked the EU from recognising Guaido, while Spain recognised him.",
      ["ESP:guaido", "ITA:neutral"],
    ],
    // the party of a state's leader is not the state, the leader named or not
    ["Greek Prime Minister Alexis Tsipras's ruling Syriza party also expressed support for Maduro.", []],
    ["Alexis Tsipras's Syriza party expressed support for Maduro.", []],
    ["Greek Prime Minister Alexis Tsipras expressed support for Maduro.", ["GRC:maduro"]],
    // "the legitimate president", unnamed, is either man (a government, only the one in office)
    [
      'Chilean President Sebastian Pinera said he was relieved that "the legitimate president of Venezuela" had arrived safely in Caracas.',
      [],
    ],
    ["Chile said it would keep working with the legitimate government of Venezuela.", ["CHL:maduro"]],
    // a call for the government to go is the claimant's side (a call criticised is not)
    ["The US called on Maduro to step down.", ["USA:guaido"]],
    ["Britain urged Maduro to step down.", ["GBR:guaido"]],
    ["Chile demanded that Maduro resign.", ["CHL:guaido"]],
    ["Russia criticised calls for Maduro to step down.", []],
    ["Mexico did not call for Maduro to step down.", []],
    // "no intention of" refuses; the government's name after its qualities is still its name
    ["Pretoria had no intention of recognising Guaido.", ["ZAF:neutral"]],
    [
      "Iran reiterated its support for the legitimate and elected government of President Nicolas Maduro.",
      ["IRN:maduro"],
    ],
    // a quotation mark after a word closes a short quotation, and opens no long one over the narrator's words
    [
      'Bolivia\'s ambassador to the OAS, Diego Pary, called the meeting "a farce" and said his country would continue to recognise "the constitutional president, Nicolás Maduro".',
      ["BOL:maduro"],
    ],
    // loyalty asked of the army, or kept, is a side
    [
      "The Lima Group on Monday called on Venezuela's armed forces to show their loyalty to Juan Guaido.",
      ["LIMA:guaido"],
    ],
    ["Cuba remained loyal to Maduro.", ["CUB:maduro"]],
    // a comparison after a clause that takes no stance gives none
    ["Mexico, which did not sign the statement, abstained, as did Guyana and Saint Lucia.", []],
    // who condemns the ultimatum sides with the government it was set
    ["Russia condemned the European ultimatum to Maduro.", ["RUS:maduro"]],
    ["Guaido rejected the deadline set by Maduro.", []],
    [
      "Syria, Iran and Cuba voiced their solidarity with the Venezuelan people and their elected leader.",
      ["CUB:maduro", "IRN:maduro", "SYR:maduro"],
    ],
    // a condition not joined or not set is no position
    ["Italy, whose government is divided over Venezuela, did not join the ultimatum.", []],
    ["Italy refused to join the ultimatum.", []],
    // a warning against an attempt at intervention
    ["Russia warned Washington against any attempt at military intervention.", ["RUS:neutral"]],
  ])("reads %s", (sentence, expected) => {
    expect(claims(sentence)).toEqual(expected);
  });

  it("reads 'has the support of the United States' as the United States backing the side before it", () => {
    expect(claims("Guaido, who has the support of the United States, met Brazil's president.")).toEqual([
      "USA:guaido",
    ]);
  });

  it("reads welcoming a side's claim to power as backing it, not welcoming its offer of talks", () => {
    expect(claims("Russia welcomed Maduro's inauguration.")).toEqual(["RUS:maduro"]);
    expect(claims("Mexico welcomed Maduro's offer of talks.")).toEqual([]);
  });

  it("reads 'led the push for recognition' as recognition", () => {
    expect(claims("Spain's Socialist government has led the push for recognition.")).toEqual(["ESP:guaido"]);
  });

  it("knows the sides by their governments' other names: 'the interim government', 'the regime in Caracas'", () => {
    expect(claims("Canada backs the interim government.")).toEqual(["CAN:guaido"]);
    expect(claims("Turkey stood by the regime in Caracas.")).toEqual(["TUR:maduro"]);
    // accrediting an envoy is recognising who sent them
    expect(claims("Peru expelled Maduro's envoy and accredited Guaido's representative.")).toEqual([
      "PER:guaido",
    ]);
  });

  it("takes a ruling party named by its initials for a party, and a ruling coalition for the government", () => {
    expect(claims("South Africa's ruling ANC also voiced solidarity with Maduro.")).toEqual([]);
    expect(claims("Italy's ruling coalition refused to go along with recognising Guaido.")).toEqual([
      "ITA:neutral",
    ]);
  });

  it("reads 'calling him … interim president' as a judgement of the side named before", () => {
    expect(
      claims(
        "Peru's foreign minister met Guaido on Monday, calling him Venezuela's legitimate interim president.",
      ),
    ).toEqual(["PER:guaido"]);
  });

  it("reads 'US-backed' as the backer's stance, not as a verb of the sentence's subject", () => {
    // before, "backed" was a support verb: Russia backed the opposition leader
    expect(claims("Russia condemned the US-backed opposition leader.")).toEqual(["USA:guaido"]);
  });

  it("splits clauses on 'while': each list gets its own cue", () => {
    expect(claims("Ghana and Kenya voiced support for Maduro, while Japan called for dialogue.")).toEqual([
      "GHA:maduro",
      "JPN:neutral",
      "KEN:maduro",
    ]);
  });
  it("reads 'would recognise … unless' as an ultimatum", () => {
    expect(
      claims("Austria said it would recognise Guaidó as interim president unless Maduro called elections."),
    ).toEqual(["AUT:conditional"]);
  });
  it("reads a negated recognition as neither side", () => {
    expect(claims("Italy refused to recognise Guaido.")).toEqual(["ITA:neutral"]);
  });
  it("reads a side's handle as the side, not the side named before it ('regarded @jguaido as \"interim president\"')", () => {
    expect(
      claims('So the UK now regarded @jguaido as "interim constitutional president".', "maduro"),
    ).toEqual(["GBR:guaido"]);
  });
  it("gives a stance seconded or followed to the names after it ('seconded by a bloc of governments, including Brazil's Jair Bolsonaro, …', 'followed on the same day')", () => {
    const after = (sentence: string) =>
      findStanceClaims(sentence, {
        mentions: findActors(sentence),
        people: findPeople(sentence, findActors(sentence), VEN),
        lastPerson: null,
        lastSide: "guaido",
        lastStance: "guaido",
        subject: VEN,
      })
        .claims.map((c) => `${c.actor}:${c.stance}`)
        .sort();
    expect(
      after(
        "The move was immediately seconded by a bloc of right-wing governments in the region, including Brazil's Jair Bolsonaro, Colombia's Ivan Duque and Argentina's Mauricio Macri.",
      ),
    ).toEqual(["ARG:guaido", "BRA:guaido", "COL:guaido"]);
    expect(after("Canada, Brazil and Peru followed on the same day.")).toEqual([
      "BRA:guaido",
      "CAN:guaido",
      "PER:guaido",
    ]);
    expect(after("Canada, Brazil and Peru were quick to follow the American lead.")).toEqual([
      "BRA:guaido",
      "CAN:guaido",
      "PER:guaido",
    ]);
    // a lead foreseen to be followed is not yet followed
    expect(after("Israel, by contrast, was expected to follow Washington's lead.")).toEqual([]);
  });
  it("resolves 'recognized him' to the side named last", () => {
    expect(claims("Peru and Chile recognized him.", "guaido")).toEqual(["CHL:guaido", "PER:guaido"]);
    expect(claims("Only Maduro's allies - Cuba and Bolivia - spoke up for him.")).toEqual([
      "BOL:maduro",
      "CUB:maduro",
    ]);
  });
  it("expands 'EU members except X' and keeps X out", () => {
    const got = claims("All EU members except Hungary recognized Guaido as interim president.");
    expect(got).toContain("FRA:guaido");
    expect(got).not.toContain("HUN:guaido");
  });
  it("takes a pronoun subject of a passive for the side named before it", () => {
    expect(
      claims("He has since been recognized by more than a dozen countries, including Spain.", "guaido"),
    ).toEqual(["ESP:guaido"]);
    expect(claims("He was backed by Russia.", "maduro")).toEqual(["RUS:maduro"]);
    expect(claims("He was backed by Russia.", null)).toEqual([]);
  });
  it("gives an unspecified share of a group's members neither to the organisation nor to its members", () => {
    expect(claims("Most of the EU member states recognized Guaido as interim president.")).toEqual([]);
    // …the names it lists are still subjects
    expect(
      claims("On Monday, a raft of EU nations including the UK and Sweden recognised Mr Guaidó."),
    ).toEqual(["GBR:guaido", "SWE:guaido"]);
    expect(claims("EU member states recognised Guaido.")).toEqual(["EU:guaido"]);
  });
  it("gives nothing to objects of prepositions (venues, counterparts)", () => {
    expect(claims("Russia called for dialogue at talks with the Iraqi top diplomat in Paris.")).toEqual([
      "RUS:neutral",
    ]);
  });
  it("reads the passive agent of an ultimatum", () => {
    expect(claims("Maduro was handed an eight-day ultimatum by Sweden and Denmark.")).toEqual([
      "DNK:conditional",
      "SWE:conditional",
    ]);
  });
  it("attributes a stance to the speaker named after it", () => {
    expect(
      claims(
        "Foreign interference is unacceptable and we warn against outside interference, Hungary's foreign minister said.",
      ),
    ).toEqual(["HUN:neutral"]);
  });
  it("ignores support for things that are neither side", () => {
    expect(claims("Some EU countries supported Venezuela's parliament.")).toEqual([]);
  });
});

describe("supportSaidTo(words, before, after)", () => {
  it.each([
    // a side addressed by name in the quotation, or by the narration before or after it
    ["Brother Maduro, stand tall, we are with you.", "", "", "maduro"],
    ["My brother Maduro! Stand tall, we are standing by you.", "", "", "maduro"],
    ["We are with you.", 'Pompeo told Guaido: "', "", "guaido"],
    ["We are with you.", 'Pompeo told Guaidó: "', "", "guaido"],
    ["You can count on Russia's support.", 'Putin phoned President Maduro to say: "', "", "maduro"],
    ["We are with you,", "", '" Cuban President Miguel Diaz-Canel wrote to Maduro.', "maduro"],
    // encouragement to hold out, said to a side
    ["Brother Maduro, stand tall.", "", "", "maduro"],
    ["Stay strong, do not give up.", 'Pompeo told Guaido: "', "", "guaido"],
    ["Stand firm!", "", '" Maduro told his supporters.', null],
    // no side addressed, no solidarity, or both sides named
    ["We are with you,", "", '" Pompeo told reporters.', null],
    ["We are not with you on this.", 'Lavrov told Maduro: "', "", null],
    ["Brother Maduro, we are with you.", 'Pompeo told Guaido: "', "", null],
  ])("reads %j (before %j, after %j) as said to %s", (words, before, after, side) => {
    expect(supportSaidTo(words, before, after)?.stance ?? null).toBe(side);
  });
});
