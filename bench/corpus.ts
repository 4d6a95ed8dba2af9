import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-countries";
import world from "world-atlas/countries-110m.json" with { type: "json" };

/**
 * A synthetic news corpus for benchmarks: wire stories written from templates, in the language the extractor
 * reads, about every country in the map's topology. Each country changes stance every few months, so the
 * timeline has thousands of changes. Deterministic for a given size and seed.
 */
export interface GeneratedArticle {
  file: string;
  text: string;
}

const STANCES = ["guaido", "maduro", "conditional", "neutral"] as const;
type Stance = (typeof STANCES)[number];

const SAYS: Record<Stance, ((c: string) => string)[]> = {
  guaido: [
    (c) => `${c} recognized Juan Guaido as Venezuela's interim president, the foreign ministry said.`,
    (c) => `${c} has recognized opposition leader Juan Guaido as the country's interim president.`,
  ],
  maduro: [
    (c) => `${c} voiced support for the legitimate government of President Nicolas Maduro.`,
    (c) => `${c} reaffirmed its support for Nicolas Maduro, the government said in a statement.`,
  ],
  conditional: [
    (c) =>
      `${c} said it would recognize Guaido as interim president unless Maduro called elections within eight days.`,
  ],
  neutral: [
    (c) => `${c} called for dialogue to resolve the crisis peacefully.`,
    (c) => `${c} warned against foreign interference in Venezuela's internal affairs.`,
  ],
};

const QUOTES = [
  "Our position has not changed and we will keep working with our partners",
  "The people of Venezuela must be able to decide their own future",
  "We are following the situation very closely",
  "There is no alternative to a peaceful political solution",
  "We call on all sides to show restraint",
];
const NAMES = [
  "Ana Lopez",
  "Peter Novak",
  "Maria Santos",
  "John Miller",
  "Li Wei",
  "Omar Haddad",
  "Elena Petrova",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

interface Country {
  name: string;
  demonym: string;
  capital: string;
}

/** Countries of the 110m topology that world-countries names, sorted by id. */
export function topologyCountries(): Country[] {
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  const ids = new Set(feature(topo, topo.objects.countries).features.map((f) => String(f.id)));
  return countries
    .filter((c) => c.ccn3 && ids.has(c.ccn3.padStart(3, "0")) && c.cca3 !== "VEN")
    .sort((a, b) => a.cca3.localeCompare(b.cca3))
    .map((c) => ({
      name: c.name.common,
      demonym: c.demonyms?.eng?.m ?? c.name.common,
      capital: c.capital?.[0] ?? "",
    }));
}

/** A small seeded PRNG (mulberry32), so a corpus is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Returns `count` articles spread evenly over `days` days from 23 January 2019: each names three countries'
 * current stances and quotes two officials.
 */
export function generateCorpus(count: number, days = 730, seed = 1): GeneratedArticle[] {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const all = topologyCountries();
  // each country's stance schedule: a new stance every 60 to 180 days
  const schedules = all.map(() => {
    const steps: { from: number; stance: Stance }[] = [];
    for (let day = Math.floor(rand() * 30); day < days; day += 60 + Math.floor(rand() * 120))
      steps.push({ from: day, stance: pick(STANCES) });
    return steps;
  });
  const stanceOn = (i: number, day: number) => {
    const steps = schedules[i];
    let s: Stance = steps[0].stance;
    for (const st of steps) if (st.from <= day) s = st.stance;
    return s;
  };
  const start = Date.UTC(2019, 0, 23);
  const width = String(count).length;
  const out: GeneratedArticle[] = [];
  for (let n = 0; n < count; n++) {
    const day = Math.floor((n * days) / count);
    const date = new Date(start + day * 86_400_000);
    const iso = date.toISOString().slice(0, 10);
    const who = [0, 1, 2].map(() => Math.floor(rand() * all.length));
    const [a, b] = [all[who[0]], all[who[1]]];
    const lines = who.map((i) => pick(SAYS[stanceOn(i, day)])(all[i].name));
    const text = [
      "---",
      `published: ${iso}`,
      "source: Bench Wire",
      "---",
      `${a.name} and ${b.name} set out positions on Venezuela`,
      "",
      `${(a.capital || "CARACAS").toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} (Bench Wire) - ${lines[0]}`,
      "",
      `"${pick(QUOTES)}," ${a.demonym} Foreign Minister ${pick(NAMES)} said on ${WEEKDAYS[date.getUTCDay()]}. "${pick(QUOTES)}," he added.`,
      "",
      `${lines[1]} ${lines[2]}`,
      "",
      "Venezuela has been in a political crisis since opposition leader Juan Guaido declared himself interim president.",
      "Diplomats said talks on the situation would continue in the coming weeks, and several governments said they were studying the matter.",
      "",
    ].join("\n");
    out.push({ file: `${String(n).padStart(width, "0")}-${iso}.txt`, text });
  }
  return out;
}
