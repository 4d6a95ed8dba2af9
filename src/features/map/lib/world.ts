import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import topologyUrl from "world-atlas/countries-110m.json?url";
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

/** Where the built site serves the world topology (world-atlas countries-110m, shipped with the app). */
export const TOPOLOGY_URL = topologyUrl;

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Returns the country shapes of a world-atlas topology; throws when it has no `countries` object. */
export function shapesFromTopology(json: unknown): CountryShape[] {
  const topology = json as CountriesTopology;
  if (topology?.type !== "Topology" || !topology.objects?.countries)
    throw new Error("The world map data is not a world-atlas topology.");
  return feature(topology, topology.objects.countries).features.map((f) => ({
    id: f.id === undefined ? undefined : String(f.id),
    name: f.properties?.name ?? "",
    feature: f as Feature<Geometry>,
  }));
}

/** The map's frame and projection, shared by the drawn paths and react-simple-maps (markers, zoom). */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 420;
export const MAP_SCALE = 150;

/** A country's outline as an SVG path in the map's frame. */
export interface CountryPath {
  id: string | undefined;
  name: string;
  d: string;
}

/**
 * Returns every country of a world-atlas topology as an SVG path, projected with Equal Earth as react-simple-maps
 * would (translated to the frame's centre, scaled), to a tenth of a pixel.
 */
export function pathsFromTopology(json: unknown): CountryPath[] {
  const projection = geoEqualEarth()
    .translate([MAP_WIDTH / 2, MAP_HEIGHT / 2])
    .scale(MAP_SCALE);
  const path = geoPath(projection).digits(1);
  return shapesFromTopology(json).map((s) => ({ id: s.id, name: s.name, d: path(s.feature) ?? "" }));
}

/** States too small for countries-110m, drawn as markers at their centroid (from countries-50m). */
export const SMALL_STATES: readonly SmallState[] = smallStates.states as SmallState[];
