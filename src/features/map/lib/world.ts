import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";
import smallStates from "../data/small-states.json";

export interface CountryShape {
  /** Zero-padded ISO numeric id ("048"); undefined for shapes without one (Kosovo, N. Cyprus). */
  id: string | undefined;
  name: string;
  feature: Feature<Geometry>;
}

export interface SmallState {
  id: string;
  name: string;
  coordinates: [number, number];
}

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Country shapes of world-atlas countries-110m, converted once at module load. */
export const COUNTRY_SHAPES: readonly CountryShape[] = feature(
  topology,
  topology.objects.countries,
).features.map((f) => ({
  id: f.id === undefined ? undefined : String(f.id),
  name: f.properties?.name ?? "",
  feature: f as Feature<Geometry>,
}));

/** States too small for countries-110m, drawn as markers at their centroid (from countries-50m). */
export const SMALL_STATES: readonly SmallState[] = smallStates.states as SmallState[];
