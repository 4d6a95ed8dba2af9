import { describe, expect, it } from "vitest";
import { TOPIC } from "../../src/extract/extract-corpus";
import { extractArticle } from "../../src/extract/extract-article";

/** Returns the "ACTOR:stance" pairs the pipeline finds in one sentence of a dated wire story, sorted. */
function stancesIn(sentence: string): string {
  const r = extractArticle(
    { file: "x.txt", text: `Title here\n\nLONDON, February 5 (Reuters) - ${sentence}` },
    TOPIC,
  );
  return [...new Set(r.observations.map((o) => `${o.actor}:${o.stance}`))].sort().join(" ");
}

// Ways news text states a position, none of them taken from the seeds; "a|b" lists defensible readings.
const PHRASINGS: [string, string][] = [
  ["Bolivia stays with Maduro.", "BOL:maduro"],
  ["Mexico has opted for neutrality.", "MEX:neutral"],
  ["On Maduro's side stand Russia, China and Turkey.", "CHN:maduro RUS:maduro TUR:maduro"],
  ["The Orban government recognised Guaido.", "HUN:guaido"],
  ["Deputy Premier Matteo Salvini said he supported Guaido.", "ITA:guaido"],
  [
    "Mexico's foreign ministry said it would continue to promote dialogue between the two sides.",
    "MEX:neutral",
  ],
  ["Uruguay encouraged dialogue between the government and the opposition.", "URY:neutral"],
  ["Cuba condemned the aggression against Venezuela.", "CUB:maduro"],
  ['"Dialogue is the only way," Uruguay\'s Foreign Minister Rodolfo Nin Novoa told El Pais.', "URY:neutral"],
  [
    '"Sovereignty must be respected," Chinese Foreign Ministry spokeswoman Hua Chunying told a news briefing.',
    "CHN:neutral",
  ],
  ["UN Secretary-General Antonio Guterres said the people of Venezuela must decide.", "UN:neutral"],
  [
    "Mexico's representative said his government would not take part in actions that interfere in Venezuela's internal affairs.",
    "MEX:neutral",
  ],
  ["Colombia put its weight behind Guaido.", "COL:guaido"],
  ["Turkey remained firmly in Maduro's camp.", "TUR:maduro"],
  ["India sat on the fence.", "IND:neutral"],
  ["Japan stayed on the sidelines of the dispute.", "JPN:neutral"],
  ["Vietnam called for respect for Venezuela's independence and sovereignty.", "VNM:neutral"],
  ["North Korea denounced the US attempt at regime change in Venezuela.", "PRK:maduro"],
  ["Iran described the US move as a coup.", "IRN:maduro"],
  ["The Hague recognised Guaido.", "NLD:guaido"],
  ["The Palacio Nacional said Mexico would remain neutral.", "MEX:neutral"],
  ["Spain on Monday formally recognised Juan Guaidó as Venezuela's interim president.", "ESP:guaido"],
  ["The Kremlin said it regarded Maduro as Venezuela's legitimate president.", "RUS:maduro"],
  ["Beijing urged all parties to remain calm and resolve differences through dialogue.", "CHN:neutral"],
  ["Ankara threw its weight behind Maduro.", "TUR:maduro"],
  ["Canada joined the US in recognizing Guaido.", "CAN:guaido USA:guaido"],
  ["Peru and Colombia were among the first to recognize Guaido.", "COL:guaido PER:guaido"],
  ["Cuba's foreign minister Bruno Rodriguez expressed 'firm solidarity' with Maduro.", "CUB:maduro"],
  ["The Netherlands announced it recognises Guaido as interim president.", "NLD:guaido"],
  ["Uruguay refused to recognize Guaido, calling for dialogue instead.", "URY:neutral"],
  ["Iran's foreign ministry spokesman Bahram Qasemi condemned US interference in Venezuela.", "IRN:neutral"],
  ["South Africa said it would not recognise Guaido.", "ZAF:neutral"],
  ["Australia recognized Guaido on Monday, Foreign Minister Marise Payne said.", "AUS:guaido"],
  ["Norway has not recognized Guaido but supports new elections.", "NOR:neutral"],
  ["Portugal will recognize Guaido if no elections are called within eight days.", "PRT:conditional"],
  ["Israel joined the list of countries recognising Guaido.", "ISR:guaido"],
  ["Argentina's President Mauricio Macri said his government recognized Guaido.", "ARG:guaido"],
  ["Moscow has warned Washington against any military intervention in Venezuela.", "RUS:neutral"],
  ["China on Thursday reiterated its opposition to foreign interference.", "CHN:neutral"],
  ["Mexico said it would continue to recognize Maduro's government.", "MEX:maduro"],
  ["Turkey, Russia and China have backed Maduro.", "CHN:maduro RUS:maduro TUR:maduro"],
  ["Bolivia voiced its support for the Maduro government.", "BOL:maduro"],
  ["Germany and France said they now recognised Guaido.", "DEU:guaido FRA:guaido"],
  ["The UN chief offered to mediate between the two sides.", "UN:neutral"],
  [
    "Russia accused the United States of trying to orchestrate a coup in Venezuela.",
    "RUS:maduro|RUS:neutral|",
  ],
  ["Vatican officials said the Pope was ready to mediate if both sides asked.", "VAT:neutral"],
  [
    "Britain, France and Germany gave Maduro eight days to call elections.",
    "DEU:conditional FRA:conditional GBR:conditional",
  ],
  ["US Secretary of State Mike Pompeo urged all nations to back Guaido.", "USA:guaido"],
  ["Japan expressed support for Guaido.", "JPN:guaido"],
  ["India said it was against outside interference.", "IND:neutral"],
  ["Several European countries, led by Spain, recognised Guaido.", "ESP:guaido"],
  [
    "Guaido has been recognised by more than 50 countries, including the US, Canada and most EU nations.",
    "CAN:guaido USA:guaido|CAN:guaido EU:guaido USA:guaido",
  ],
  [
    "The Lima Group, with the exception of Mexico, recognised Guaido.",
    "ARG:guaido BRA:guaido CAN:guaido CHL:guaido COL:guaido CRI:guaido GTM:guaido GUY:guaido HND:guaido LCA:guaido PAN:guaido PER:guaido PRY:guaido|LIMA:guaido",
  ],
  ["Cuba and Bolivia are standing by Maduro.", "BOL:maduro CUB:maduro"],
  // "to oust Maduro": the side is the object of another verb, not of the cue
  [
    "Russia has once again denounced attempts by Washington and its allies to oust the elected Venezuelan leader, Nicolas Maduro.",
    "RUS:maduro",
  ],
  ["Russia has been Maduro's most important international backer.", "RUS:maduro"],
  ["The European parliament on Thursday voted to recognise Guaido as interim leader.", "EU:guaido"],
  // a later clause follows the sentence's stance; recognition without an object is of the claimant
  [
    "Nineteen of the EU's 28 member states have now recognised Juan Guaido, after Finland and Estonia joined them late on Thursday.",
    "EST:guaido FIN:guaido",
  ],
  ["Luxembourg announced its recognition two days ago.", "LUX:guaido"],
  ["Slovenia has not yet announced its recognition.", ""],
  // the reported clause names its own subject: the speaker's country does not share it
  [
    "The bloc's chairman, St Kitts and Nevis Prime Minister Timothy Harris, said CARICOM was ready to help mediate.",
    "CARICOM:neutral",
  ],
  // a side judged by title; the object ends at ", saying"; a relative clause's subject is the name before it
  ["Peru's government said it considers Guaidó the legitimate president.", "PER:guaido"],
  ["Belarus also sees Maduro as the legitimate president, its foreign ministry said.", "BLR:maduro"],
  ["Ecuador declared Guaidó the legitimate interim president of Venezuela on Thursday.", "ECU:guaido"],
  [
    "Colombia's President Iván Duque came out strongly in support of Venezuela's opposition, saying Nicolás Maduro's days were numbered.",
    "COL:guaido",
  ],
  [
    "The move puts the United States at odds with Russia, which continues to back Nicolás Maduro.",
    "RUS:maduro",
  ],
  // the names thanked for their support back the thanker's side; a country's neutrality
  ["Maduro thanked Russia, China and Turkey for their support.", "CHN:maduro RUS:maduro TUR:maduro"],
  ["Guaido thanked Chile's president and Paraguay's president for attending.", ""],
  ["Analysts said Mexico's neutrality had given it a role as a possible mediator.", "MEX:neutral"],
  // venues and descriptions are no positions
  ["Trucks loaded with US aid waited in the Colombian border city of Cucuta, where supporters gathered.", ""],
  ["Russian-made fighter jets flew over the Brazilian border town of Pacaraima, analysts said.", ""],
  // a position foreseen or weighed is not yet taken
  ["Greece is expected to recognise Guaido next week, diplomats said.", ""],
  ["Cyprus is considering recognising Guaido.", ""],
  // supporters named after the noun for them
  ["Maduro's allies Russia and China condemned the move.", "CHN:maduro RUS:maduro"],
  // a possessor holds a noun cue; the others named before it do not
  [
    "Cuba's foreign minister said the United States was lying and reiterated Havana's unwavering support for Maduro.",
    "CUB:maduro",
  ],
  [
    "Ankara has criticised Washington's swift recognition of the opposition leader.",
    "TUR:neutral USA:guaido|USA:guaido",
  ],
  ['Washington stood "100 percent" with Guaido, the vice president said.', "USA:guaido"],
  ["Separately, China urged all parties to avoid any action that could escalate tensions.", "CHN:neutral"],
  ["Russia accused the Europeans of meddling in Venezuela's affairs.", "RUS:neutral"],
  ["Mexico has kept its distance from the dispute.", "MEX:neutral"],
  ["Tehran supported the government and people of Venezuela.", "IRN:maduro"],

  ["The Turkish president phoned Maduro to offer his support.", "TUR:maduro"],
  ["Italy's deputy prime minister said Rome would not recognise Guaido.", "ITA:neutral"],
  ["Switzerland offered to act as a mediator.", "CHE:neutral"],
  ["Costa Rica said it recognized Guaido and expelled Venezuelan diplomats.", "CRI:guaido"],
  ["Ecuador's Lenin Moreno voiced support for Guaido on Twitter.", "ECU:guaido"],
  ["Greece blocked an EU statement recognising Guaido.", "|GRC:neutral"],
  ["Denmark became the latest country to recognise Guaido.", "DNK:guaido"],
  ["Paraguay broke off diplomatic relations with Caracas and recognized Guaido.", "PRY:guaido"],
  ["Nicaraguan President Daniel Ortega called Maduro a legitimate president.", "NIC:maduro"],
  // a phrase of addition or comparison opening the sentence: its names do as the subjects after its comma do
  ["Besides Russia, China and Turkey also backed Maduro.", "CHN:maduro RUS:maduro TUR:maduro"],
  ["Besides Russia and China, Turkey backed Maduro.", "CHN:maduro RUS:maduro TUR:maduro"],
  ["In addition to Spain, Germany and France recognised Guaido.", "DEU:guaido ESP:guaido FRA:guaido"],
  ["Like Russia, China and Iran, Cuba backed Maduro.", "CHN:maduro CUB:maduro IRN:maduro RUS:maduro"],
  // …and an exclusion or contrast opening it: only the names after its last comma are the subjects
  ["Apart from Russia and China, Turkey was among the few countries to back Maduro.", "TUR:maduro"],
  ["Unlike Mexico, Colombia and Peru recognised Guaido.", "COL:guaido PER:guaido"],
  // a side's supporters listed after a colon
  ["Mr Maduro's remaining allies: Russia, China and Cuba.", "CHN:maduro CUB:maduro RUS:maduro"],
  ["Maduro's backers are few: Russia, Turkey and Cuba.", "CUB:maduro RUS:maduro TUR:maduro"],
  ["In Guaido's camp: the US, Canada and Colombia.", "CAN:guaido COL:guaido USA:guaido"],
  ["Maduro can still count on the support of Russia and China.", "CHN:maduro RUS:maduro"],
  ["China has hedged its bets.", "CHN:neutral"],
  ["China is keeping channels open to both sides.", "CHN:neutral"],
  // "they" for the states that opened the sentence before
  [
    "Spain and France gave Maduro eight days to call elections. On February 4 they recognised Guaido.",
    "ESP:conditional ESP:guaido FRA:conditional FRA:guaido",
  ],
  [
    "Spain and France gave Maduro eight days to call elections. When the deadline lapsed, they recognised Guaido.",
    "ESP:conditional ESP:guaido FRA:conditional FRA:guaido",
  ],
  ["Maduro is not friendless. Cuba and Bolivia have rallied to his side.", "BOL:maduro CUB:maduro"],
  ["Cuba rallied to the defence of Maduro.", "CUB:maduro"],
  ['China urged "all parties to remain rational and calm".', "CHN:neutral"],
  [
    "The US recognised Guaido. Canada and Brazil followed before nightfall.",
    "BRA:guaido CAN:guaido USA:guaido",
  ],
  ["Spain recognised Guaido alongside France and Germany.", "DEU:guaido ESP:guaido FRA:guaido"],
  ["Cuba is propping up Maduro's regime.", "CUB:maduro"],
  ["Pompeo backed Guaido, standing alongside Colombia's foreign minister.", "USA:guaido"],
  ["Switzerland said it would maintain contacts with both sides.", "CHE:neutral"],
  // an exception after a clause of few or none: those excepted do what few do
  [
    "Few in Latin America now support Maduro, apart from Cuba, Bolivia and Nicaragua.",
    "BOL:maduro CUB:maduro NIC:maduro",
  ],
  ["No EU government backs Maduro, except for Greece.", "GRC:maduro"],
  ["Mexico offers mediation.", "MEX:neutral"],
  ["Russia is still firmly behind Maduro.", "RUS:maduro"],
  ["Mexico has kept a neutral position since December.", "MEX:neutral"],
  ["• Backing Guaido: Canada, Peru and Chile.", "CAN:guaido CHL:guaido PER:guaido"],
  ["- Still backing Maduro: Cuba and Nicaragua", "CUB:maduro NIC:maduro"],
  [
    "Britain and Germany said Maduro had eight days to call new elections.",
    "DEU:conditional GBR:conditional",
  ],
  [
    "Spain and Portugal said Maduro had eight days to call elections. He did not, and this morning those governments say they recognize Guaido.",
    "ESP:conditional ESP:guaido PRT:conditional PRT:guaido",
  ],
  [
    "Spain and Portugal gave Maduro eight days to call elections. The two countries recognised Guaido on Monday.",
    "ESP:conditional ESP:guaido PRT:conditional PRT:guaido",
  ],
  // "those countries that …" are a group of their own
  [
    "Spain and Portugal gave Maduro eight days to call elections. Those countries that back Maduro said nothing.",
    "ESP:conditional PRT:conditional",
  ],
  [
    "The PRC backs Maduro. The ROK recognised Guaido. Cabo Verde backs Maduro.",
    "CHN:maduro CPV:maduro KOR:guaido",
  ],
  [
    "China said it was watching closely. The Asian economic giant opposes outside interference.",
    "CHN:neutral",
  ],
  ["Maduro found a friend in Ankara.", "TUR:maduro"],
  ["Maduro has a staunch ally in Moscow.", "RUS:maduro"],
  ["Guaido counts Washington among his backers.", "USA:guaido"],
  ['Iran slammed "the illegal attempt" to topple Venezuela\'s elected government.', "IRN:maduro"],
  // a side is the subject of a subordinate clause: its act is no one's stance
  ["Spain recognised Guaido after President Maduro flatly rejected the ultimatum.", "ESP:guaido"],
  ["Spain recognised Guaido after Russia rejected the ultimatum.", "ESP:guaido RUS:maduro"],
  // a title either side claims, given to the one named
  ["The US recognises the legitimate government of Venezuela led by Juan Guaido.", "USA:guaido"],
  ["Peru recognises the legitimate president, Juan Guaido.", "PER:guaido"],
  ["Russia backs the legitimate president, Nicolas Maduro.", "RUS:maduro"],
  ["Russia backs the constitutionally elected president.", "RUS:maduro"],
  // the people thanked hold the thanker's side
  ["Maduro thanked Putin and Erdogan for their support.", "RUS:maduro TUR:maduro"],
  // the one wanted to act has not acted
  ["Washington wants Brazil to recognise Guaido.", "USA:guaido"],
  // where a state's diplomat is posted is no actor
  ["Russia's U.N. Ambassador Vassily Nebenzia backed Maduro.", "RUS:maduro"],
  ["The Russian UN mission backed Maduro.", "RUS:maduro"],
  // a seat of government whose name needs its article, opening a sentence
  ["The Elysee recognised Guaido. San Carlos Palace did the same.", "COL:guaido FRA:guaido"],
  ["The Beehive recognised Guaido.", "NZL:guaido"],
  // a way out hoped for through talks: "hoped Venezuela would soon restore stability through dialogue"
  [
    "Vietnam's foreign ministry said Hanoi hoped Venezuela would soon restore stability through dialogue.",
    "VNM:neutral",
  ],
  ["Kenya urged the parties to reach a settlement via negotiations.", "KEN:neutral"],
  // a name before a hyphen modifies the noun after it, and the object of a verb after someone named is no subject
  ["Erdogan slams US-backed coup in Venezuela, voices support for Maduro.", "TUR:maduro"],
  ["Erdogan slammed the US and voiced support for Maduro.", "TUR:maduro"],
  ["As expected the US recognised Guaido.", "USA:guaido"],
  // …but one thanked for a gerund does what it says, and "so-called" is no verb
  [
    "Guaido thanked the United States, Canada and the Lima Group for recognising him.",
    "CAN:guaido LIMA:guaido USA:guaido",
  ],
  [
    "The right-wing governments of the so-called Lima Group, led by Colombia and Brazil, hurried to recognize the self-proclaimed president.",
    "BRA:guaido COL:guaido LIMA:guaido",
  ],
  // names after the verb, a participle on a plural before it: "Countries recognising Guaido include …"
  [
    "Countries recognising Guaido include Spain, Portugal and the Netherlands.",
    "ESP:guaido NLD:guaido PRT:guaido",
  ],
  [
    "The only Latin American countries still siding with Maduro are Cuba, Bolivia and Nicaragua.",
    "BOL:maduro CUB:maduro NIC:maduro",
  ],
  // one of an organisation's members is not the organisation
  ["Italy is the only big EU country that has not recognised Guaido.", "ITA:neutral"],
  // names set off beside the subject do as it does, between dashes too, and "like" them; members listed in brackets
  ["The Netherlands, like Belgium, recognised Guaido on Monday.", "BEL:guaido NLD:guaido"],
  [
    "Denmark - along with Sweden and Finland - recognised Guaido on Monday.",
    "DNK:guaido FIN:guaido SWE:guaido",
  ],
  ["Several countries recognised Guaido (including Spain and Portugal) on Monday.", "ESP:guaido PRT:guaido"],
  // a report confirmed still tells of the act (one denied does not, below)
  ["Reports that Cyprus had recognised Guaido were confirmed by Nicosia.", "CYP:guaido"],
  // the legitimate president named after the title
  ["Duque said Venezuela's legitimate president is Juan Guaido.", "COL:guaido"],
  // "or face recognition of Guaido": the recognition is the ultimatum's threat
  ["Spain set Maduro a deadline to call elections or face recognition of Guaido.", "ESP:conditional"],
  ["Ireland has not yet taken a position on Guaido's claim.", "IRL:neutral"],
  ["Ireland took no position.", "IRL:neutral"],
  // a question put is no position taken, though a stance was taken before it
  ["Spain recognised Guaido. Reporters asked whether Portugal would do the same.", "ESP:guaido"],
  [
    'Spain recognised Guaido. Asked whether Italy would follow, Deputy Prime Minister Luigi Di Maio told reporters: "We do not recognise self-proclaimed leaders."',
    "ESP:guaido ITA:neutral",
  ],
  ["Syria's government expressed solidarity with the Venezuelan leadership.", "SYR:maduro"],
  ["Belarus called on all sides to show restraint.", "BLR:neutral"],
  ["Kazakhstan said it was following events closely.", ""],
  [
    "Peru's foreign ministry said the country does not recognise Maduro's new term.",
    "PER:guaido|PER:neutral|",
  ],
  ["Washington imposed sanctions on PDVSA.", ""],
  [
    "Sweden, Finland and Estonia all announced their recognition of Guaido.",
    "EST:guaido FIN:guaido SWE:guaido",
  ],
  ["The 14-nation Lima Group recognised Guaido.", "LIMA:guaido"],
  [
    "All Lima Group members but Mexico and Guyana recognised Guaido.",
    "ARG:guaido BRA:guaido CAN:guaido CHL:guaido COL:guaido CRI:guaido GTM:guaido HND:guaido LCA:guaido PAN:guaido PER:guaido PRY:guaido",
  ],
  ["OAS Secretary General Luis Almagro recognised Guaido as interim president.", "OAS:guaido"],
  ["The Organization of American States (OAS) voted to recognise Guaido's envoy.", "OAS:guaido|"],
  [
    "UN spokesman Stephane Dujarric said the organisation was ready to help the sides find a solution through dialogue.",
    "UN:neutral",
  ],
  ["EU foreign ministers called for new elections and dialogue.", "EU:neutral"],
  ["CARICOM leaders offered to mediate between the government and the opposition.", "CARICOM:neutral"],
  ["The European Parliament recognised Guaido as interim president.", "EU:guaido"],
  ["The African Union expressed support for Maduro's government.", "|AU:maduro"],
  ["Spain's Prime Minister Pedro Sanchez recognised Guaido.", "ESP:guaido"],
  ["Britain's Foreign Secretary Jeremy Hunt said London recognised Guaido.", "GBR:guaido"],
  ["The White House recognised Guaido.", "USA:guaido"],
  ["The State Department said it recognised Guaido.", "USA:guaido"],
  ["Brasilia recognised Guaido.", "BRA:guaido"],
  ["The Elysee Palace said France recognised Guaido.", "FRA:guaido"],
  ["Downing Street recognised Guaido.", "GBR:guaido"],
  ["Tehran condemned US interference in Venezuela.", "IRN:neutral"],
  ["The Chinese foreign ministry said Beijing opposed foreign interference.", "CHN:neutral"],
  ["Pyongyang voiced support for Maduro.", "PRK:maduro"],
  ["Damascus expressed solidarity with Maduro.", "SYR:maduro"],
  ["Russia supports efforts to resolve the crisis through dialogue.", "RUS:neutral"],
  ["The US supports the Venezuelan people.", ""],
  ["Italy is against recognising Guaido.", "ITA:neutral"],
  ["Austria threatened to recognise Guaido unless elections were called.", "AUT:conditional"],
  ["Belgium backed the EU ultimatum to Maduro.", "|BEL:conditional"],
  ["Canada backs the Lima Group declaration rejecting Maduro's legitimacy.", "|CAN:guaido"],
  ["Germany supports Guaido's call for elections.", "DEU:guaido|"],
  ["Cuba backed President Nicolas Maduro.", "CUB:maduro"],
  ["Iran expressed support for the legitimate government of Nicolas Maduro.", "IRN:maduro"],
  ["Sweden supported the call for free elections in Venezuela.", ""],
  ["Turkey supports Venezuela's President Nicolas Maduro.", "TUR:maduro"],
  ["France backs sanctions against Maduro's government.", "|FRA:guaido"],
  ["Paraguay said it does not recognise Maduro's second term.", ""],
  ["Mexico refused to recognise either Maduro or Guaido.", "MEX:neutral"],
  ["The Trump administration recognized Guaido as interim president.", "USA:guaido"],
  ["A London-based think tank called for dialogue.", ""],
  ["Moscow-based analysts said the Kremlin backed Maduro.", "RUS:maduro"],
  ["The People's Republic of China called for dialogue.", "CHN:neutral"],
  ["The Russian Federation voiced support for Maduro.", "RUS:maduro"],
  ["The Dutch government recognised Guaido.", "NLD:guaido"],
  ["The Brazilian foreign ministry said it recognised Guaido.", "BRA:guaido"],
  ["Lima Group countries called on Venezuela's military to back Guaido.", "LIMA:guaido|"],
  ["Venezuelan migrants in Colombia welcomed the US decision to recognise Guaido.", "|USA:guaido"],
  [
    "Spanish Prime Minister Pedro Sanchez gave Maduro an eight-day deadline to call elections.",
    "ESP:conditional",
  ],
  ["The EU's foreign policy chief said the bloc would not recognise Guaido for now.", "EU:neutral"],
  ["Ecuador's government said it stood with the Venezuelan people and recognised Guaido.", "ECU:guaido"],
  [
    "Germany said it was prepared to recognise Guaido if no free elections were announced within eight days.",
    "DEU:conditional",
  ],
  ["The Netherlands will recognise Guaido unless Maduro calls new elections by Sunday.", "NLD:conditional"],
  [
    "Sweden warned it would recognise the opposition leader should Maduro fail to call a vote.",
    "SWE:conditional",
  ],
  ["Portugal set Maduro a deadline to call elections.", "PRT:conditional"],
  ["Austria joined the EU ultimatum to Maduro.", "AUT:conditional|"],
  ["Belgium said it backed the eight-day ultimatum.", "BEL:conditional|"],
  ["Norway offered to host talks between the two sides.", "NOR:neutral"],
  ["The Vatican said it was willing to mediate if both sides asked.", "VAT:neutral"],
  ["Uruguay and Mexico called for a new negotiation process.", "MEX:neutral URY:neutral"],
  ["China urged restraint and said it opposed sanctions.", "CHN:neutral"],
  ["Russia said it would continue to support Maduro's government.", "RUS:maduro"],
  ["India said it stands by Venezuela's people.", ""],
  // a person named again by an epithet or a pronoun is the one who opened the sentence before, not a figure of the
  // topic named after them
  [
    "Brazil's new president Jair Bolsonaro is a fierce critic of Maduro. The far-right leader recognised Guaido on Wednesday.",
    "BRA:guaido",
  ],
  [
    "Mexico's President Andres Manuel Lopez Obrador took office in December. The leftist leader has refused to recognise Guaido.",
    "MEX:neutral",
  ],
  [
    "Uruguay's president Tabare Vazquez criticised Maduro's opponents. He called for dialogue.",
    "URY:neutral",
  ],
  // a known figure's surname on another person is not that figure ("Jimmy Morales" of Guatemala, not Bolivia's Evo)
  ["In Guatemala, President Jimmy Morales said his government recognised Guaidó.", "GTM:guaido"],
  [
    "Bolivia's Evo Morales has long backed Maduro. In Guatemala, President Jimmy Morales said his government recognised Guaidó.",
    "BOL:maduro GTM:guaido",
  ],
  // "was among the first" to do what the sentence before says
  [
    "The region's presidents took to Twitter on Wednesday to back Juan Guaidó. Colombia's Iván Duque was among the first.",
    "COL:guaido",
  ],
  ["Bolivia's solidarity is with the Venezuelan people and brother Nicolás Maduro.", "BOL:maduro"],
  // names with accents read as their plain spellings do
  ["Berlin had set Nicolás Maduro an ultimatum to call new elections.", "DEU:conditional"],
  [
    "The United States recognised Guaidó. The move was immediately seconded by a bloc of right-wing governments in the region, including Brazil's Jair Bolsonaro, Colombia's Iván Duque and Argentina's Mauricio Macri.",
    "ARG:guaido BRA:guaido COL:guaido USA:guaido",
  ],
  // …but "as an attempt" opens no clause
  [
    "In Havana, Cuban Foreign Minister Bruno Rodriguez denounced the sanctions as an attempt to topple the legitimate government of Maduro.",
    "CUB:maduro",
  ],
  // a person before a subordinate clause is not its subject
  [
    "Foreign ministry spokeswoman Hua Chunying spoke at a briefing in Beijing, a day after Canada recognised Guaido.",
    "CAN:guaido",
  ],
];

// Sentences that name countries without any of them taking a position.
const NO_POSITION = [
  "Pence was with Guaido in Cucuta.",
  "Back in 2009, Brazil backed Chavez's government and Argentina supported Caracas.",
  "Talks between Maduro's side and the opposition were held in Oslo, hosted by Norway.",
  // a party's leader speaks for the party, whatever office he also holds, in his words or in the story's
  "League leader and Deputy Premier Matteo Salvini said he supported Guaido.",
  '"I support Guaido," League leader and Deputy Premier Matteo Salvini said.',
  // a senator's words are not the state's, nor someone's named in the sentence before
  '"I support him," Lavrov said. "We support Guaido," US Senator Marco Rubio said.',
  "Guaido condemned the aggression against Venezuelan protesters.",
  "The EU majority recognised Guaido.",
  "The US described Maduro's inauguration as a usurpation.",
  "Officials in the Maduro camp said talks were possible.",
  "Judges at the ICC in The Hague said Venezuela was under examination.",
  "Lavrov held talks with his Iraqi counterpart in Moscow.",
  "The meeting took place in Lima, Peru.",
  "Oil prices rose as traders in London watched the crisis in Venezuela.",
  "Russian and Chinese loans to Venezuela total billions of dollars.",
  "The troubles Syria came close to experiencing show the danger.",
  "Colombian border towns are receiving migrants.",
  "Reporters asked whether Berlin would recognise Guaido.",
  "It is unclear whether Italy will recognise Guaido.",
  "Analysts in Brazil said the crisis could last for months.",
  "The summit, hosted by Canada, did not discuss the issue.",
  "Protesters outside the US embassy in Caracas supported Maduro.",
  "Maduro said he would never accept an ultimatum from Spain.",
  "Guaido thanked supporters in Spain and Colombia.",
  "A Russian journalist asked Peskov about Venezuela.",
  "Asked if Moscow would recognise Guaido, Peskov declined to comment.",
  // an outlet of a country is not its government, nor a person of it
  "Spain's El País newspaper reported that several European governments were preparing to recognise Guaido.",
  "Brazil's Folha de São Paulo newspaper backed Guaido.",
  // standing alongside someone is no stance of theirs
  "Guaido, speaking alongside Colombian President Ivan Duque, called for aid.",
  // a position foreseen or leant towards is not yet taken
  "Norway is reportedly about to recognise Guaido.",
  "Malta is leaning towards recognising Guaido.",
  "Malta is inclined to recognise Guaido.",
  // a report denied says nothing either way
  "Canada denied reports that it had recognised Maduro's new government.",
  "Peru denied backing military action against Maduro.",
  // no one, or none of a group, holds what follows
  "No EU government backs Maduro.",
  "Not a single EU state backs Maduro.",
  "Spain said no Lima Group member backed Maduro.",
  "No EU government backs Maduro, the Spanish foreign ministry said.",
  "Spain's foreign minister Josep Borrell said that, in Europe, no government backs Maduro.",
  // an office left speaks for no state
  "Former Brazilian President Lula da Silva voiced support for Maduro.",
  "Ex-Spanish prime minister Jose Luis Rodriguez Zapatero called for dialogue.",
  // the name after a comma is the attribution's speaker, not the verb's object
  "The US is behind the coup attempt, Maduro said.",
  "Washington supported the plot, Maduro's foreign minister told reporters.",
  // an epithet that fits another state than the one before, or the topic's own country too
  "Spain said it was watching. The Asian giant backs Maduro.",
  "Brazil said it would send aid. The South American country recognised Guaido.",
  // some of a group's members, which the words do not name
  "EU powers recognise Guaido.",
  "Major EU nations recognise Guaido.",
  // hearsay
  "Rumours that Turkey had recognised Guaido were false.",
  "Speculation that Italy would recognise Guaido grew.",
  // an entry's party is not its state: "Greece – The ruling Syriza party …", as "Greece: the ruling party …" is not
  "Greece – The ruling Syriza party expressed support for Maduro.",
  // a report denied after it: no position
  "Reports that Cyprus had recognised Guaido were denied by Nicosia.",
  "Claims that Turkey backed Guaido are false.",
  // "they" after a sentence opened by no state
  "Protesters in Spain and France marched. They backed Guaido.",
  // an epithet of a side is no one named before
  "Colombia's president Ivan Duque met Pompeo. The Venezuelan leader called for dialogue.",
];

describe("how news language states positions", () => {
  it.each(PHRASINGS)("%s → %s", (sentence, want) => {
    expect(want.split("|")).toContain(stancesIn(sentence));
  });

  it.each(NO_POSITION)("%s → no stance", (sentence) => {
    expect(stancesIn(sentence)).toBe("");
  });
});
