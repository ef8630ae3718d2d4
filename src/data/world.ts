import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryProfile } from './country-profiles.ts';
import { visaLayerOf, type VisaLayerId } from './layers.ts';

/** The home shape: Taiwan is drawn as itself, not as a category. */
export const HOME_ISO3 = 'TWN';

/**
 * What the map needs per feature, flat so MapLibre expressions can read it. Static for a data
 * load; ally status is not here because it changes with the year (it is feature-state).
 */
export interface MapFeatureProperties {
  iso3: string;
  name: string;
  /** 'like-minded', 'other' or '' (not a substantive partner). */
  partner: '' | 'like-minded' | 'other';
  /** The visa level toggle this place falls under, or ''. */
  visa: '' | VisaLayerId;
  /** 1 for New Southbound Policy countries. */
  nsp: 0 | 1;
  home: 0 | 1;
  /** 1 for shapes with formal relations at some time (historical states' on their successors'). */
  relations: 0 | 1;
}

/** A country shape as the map source holds it. */
export type CountryFeature = Feature<Polygon | MultiPolygon, MapFeatureProperties> & { id: number };
/** A small country's point marker; shares its country's id. */
export type MarkerFeature = Feature<Point, MapFeatureProperties> & { id: number };

/** Countries and small-country markers, each with a numeric id shared by a country and its marker. */
export interface WorldFeatures {
  countries: FeatureCollection<Polygon | MultiPolygon, MapFeatureProperties> & { features: CountryFeature[] };
  markers: FeatureCollection<Point, MapFeatureProperties> & { features: MarkerFeature[] };
  /** Feature id for each code. */
  idByIso3: Map<string, number>;
  /** [longitude, latitude] the map moves to in order to show a country. */
  centerByIso3: Map<string, [number, number]>;
}

/**
 * What the page needs of the world at run time. The shapes themselves are in the map's vector
 * tiles (map/country-tiles.ts), cut when the app is built; the page keeps only the markers, the
 * ids the tiles use and where each country is.
 */
export type WorldIndex = Omit<WorldFeatures, 'countries'> & {
  /** The content hash of the tiles these ids belong to (map/country-tiles.ts, countryTilesUrl). */
  tilesVersion: string;
};

/** A WorldIndex as JSON, for the build to hand to the page (scripts/vite-plugin-map-tiles.ts). */
export interface WorldIndexJson {
  markers: WorldIndex['markers'];
  ids: [string, number][];
  centers: [string, [number, number]][];
  tilesVersion: string;
}

export function worldIndexJson({ markers, idByIso3, centerByIso3 }: WorldFeatures, tilesVersion: string): WorldIndexJson {
  return { markers, ids: [...idByIso3], centers: [...centerByIso3], tilesVersion };
}

export function worldIndexFromJson({ markers, ids, centers, tilesVersion }: WorldIndexJson): WorldIndex {
  return { markers, idByIso3: new Map(ids), centerByIso3: new Map(centers), tilesVersion };
}

interface RawProperties {
  iso3: string | null;
  name: string;
  center?: [number, number];
}

export function mapPropertiesFor(iso3: string, name: string, profile: CountryProfile | undefined): MapFeatureProperties {
  const visa = profile?.visa ? visaLayerOf(profile.visa.regime) : null;
  return {
    iso3,
    name,
    partner: profile?.isPartner ? (profile.likeMinded ? 'like-minded' : 'other') : '',
    visa: visa ?? '',
    nsp: profile?.newSouthbound ? 1 : 0,
    home: iso3 === HOME_ISO3 ? 1 : 0,
    relations: profile && profile.periods.length > 0 ? 1 : 0,
  };
}

/**
 * Turns the generated world topology into GeoJSON joined with the country profiles. Shapes with
 * no code (e.g. Siachen Glacier) keep an empty iso3 and are drawn as plain land.
 */
export function buildWorldFeatures(world: Topology, profiles: ReadonlyMap<string, CountryProfile>): WorldFeatures {
  const rawCountries = feature(world, world.objects.countries as GeometryCollection<RawProperties>);
  const rawMarkers = feature(world, world.objects.markers as GeometryCollection<RawProperties>);
  const idByIso3 = new Map<string, number>();
  const centerByIso3 = new Map<string, [number, number]>();
  const countries = rawCountries.features.map((raw, id) => {
    const iso3 = raw.properties.iso3 ?? '';
    if (iso3) {
      idByIso3.set(iso3, id);
      if (raw.properties.center) centerByIso3.set(iso3, raw.properties.center);
    }
    return { ...raw, id, properties: mapPropertiesFor(iso3, raw.properties.name, profiles.get(iso3)) } as CountryFeature;
  });
  // A marker shares its country's id; a marker-only place (Réunion) gets an id after the shapes.
  let nextId = countries.length;
  const markers = rawMarkers.features.map((raw) => {
    const iso3 = raw.properties.iso3 ?? '';
    let id = idByIso3.get(iso3);
    if (id === undefined) {
      id = nextId++;
      idByIso3.set(iso3, id);
      centerByIso3.set(iso3, (raw.geometry as Point).coordinates as [number, number]);
    }
    return { ...raw, id, properties: mapPropertiesFor(iso3, raw.properties.name, profiles.get(iso3)) } as MarkerFeature;
  });
  return {
    countries: { type: 'FeatureCollection', features: countries },
    markers: { type: 'FeatureCollection', features: markers },
    idByIso3,
    centerByIso3,
  };
}
