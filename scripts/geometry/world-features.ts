import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryProfile } from '../../src/data/country-profiles.ts';
import { visaLayerOf } from '../../src/data/layers.ts';
import { partnerKindOf } from '../../src/data/partners.ts';
import { HOME_ISO3, type MapFeatureProperties, type MarkerFeature, type WorldIndex, type WorldIndexJson } from '../../src/data/world.ts';

/** A country shape as the map's tiles hold it. */
export type CountryFeature = Feature<Polygon | MultiPolygon, MapFeatureProperties> & { id: number };

/**
 * Countries and small-country markers, each with a numeric id shared by a country and its marker:
 * the page's WorldIndex before its tiles are cut, with the shapes they are cut from.
 */
export type WorldFeatures = Omit<WorldIndex, 'tilesVersion'> & {
  countries: FeatureCollection<Polygon | MultiPolygon, MapFeatureProperties> & { features: CountryFeature[] };
};

/** What the page is handed of the world (src/data/world.ts, worldIndexFromJson reads it back). */
export function worldIndexJson({ markers, idByIso3, centerByIso3 }: WorldFeatures, tilesVersion: string): WorldIndexJson {
  return { markers, ids: [...idByIso3], centers: [...centerByIso3], tilesVersion };
}

interface RawProperties {
  iso3: string | null;
  name: string;
  center?: [number, number];
}

function mapPropertiesFor(iso3: string, name: string, profile: CountryProfile | undefined): MapFeatureProperties {
  const visa = profile?.visa ? visaLayerOf(profile.visa.regime) : null;
  return {
    iso3,
    name,
    partner: partnerKindOf(profile, profile?.isPartner ?? false),
    visa: visa ?? '',
    nsp: profile?.newSouthbound ? 1 : 0,
    home: iso3 === HOME_ISO3 ? 1 : 0,
    relations: profile && profile.periods.length > 0 ? 1 : 0,
  };
}

/**
 * Turns the generated world topology into GeoJSON joined with the country profiles, when the app
 * is built. Shapes with no code (e.g. Siachen Glacier) keep an empty iso3 and are drawn as plain land.
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

/**
 * The countries as the page's SVG export draws them (src/export/svg/): the world file's topology,
 * its arcs untouched, with each shape's id and properties as the map's tiles have them, so the
 * same paint expressions colour it. The markers are not in it: the page has them already
 * (WorldIndex).
 */
export function countryShapesTopology(world: Topology, { countries }: Pick<WorldFeatures, 'countries'>): Topology {
  const { geometries } = world.objects.countries as GeometryCollection;
  return {
    type: 'Topology',
    ...(world.transform && { transform: world.transform }),
    arcs: world.arcs,
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: geometries.map((geometry, index) => ({ ...geometry, id: countries.features[index].id, properties: countries.features[index].properties })),
      },
    },
  };
}
