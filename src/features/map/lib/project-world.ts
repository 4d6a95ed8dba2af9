import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { MAP_HEIGHT, MAP_SCALE, MAP_WIDTH } from "./frame";
import type { CountryPath } from "./world";

/*
 * Run by the build (vite.config.ts, worldPaths), not in the page: the map's projection never changes (zooming
 * transforms the drawing), so the outlines are projected once, there, and the page fetches the paths.
 */

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Returns the country shapes of a world-atlas topology; throws when it has no `countries` object. */
function shapesFromTopology(json: unknown) {
  const topology = json as CountriesTopology;
  if (topology?.type !== "Topology" || !topology.objects?.countries)
    throw new Error("The world map data is not a world-atlas topology.");
  return feature(topology, topology.objects.countries).features.map((f) => ({
    id: f.id === undefined ? undefined : String(f.id),
    name: f.properties?.name ?? "",
    feature: f as Feature<Geometry>,
  }));
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
