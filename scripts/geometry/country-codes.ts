import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/**
 * Natural Earth shapes that world-atlas leaves without an ISO numeric id. Kosovo and Somaliland get
 * the project's documented non-ISO codes; the rest have no relationship data and stay unassigned.
 */
const CODES_BY_NATURAL_EARTH_NAME: Record<string, string> = {
  Kosovo: 'XKX',
  Somaliland: 'XSL',
};

/**
 * English display names, checked by hand where the ISO short name is official-style or political
 * (ISO's "Taiwan, Province of China" is not this atlas's usage).
 */
export const NAME_OVERRIDES: Record<string, string> = {
  TWN: 'Taiwan',
  VAT: 'Holy See',
  KOR: 'South Korea',
  PRK: 'North Korea',
  GBR: 'United Kingdom',
  USA: 'United States',
  COD: 'DR Congo',
  COG: 'Republic of the Congo',
  LAO: 'Laos',
  MDA: 'Moldova',
  FSM: 'Micronesia',
  IRN: 'Iran',
  SYR: 'Syria',
  BOL: 'Bolivia',
  VEN: 'Venezuela',
  TZA: 'Tanzania',
  RUS: 'Russia',
  CIV: "Côte d'Ivoire",
  CZE: 'Czechia',
  MKD: 'North Macedonia',
  PSE: 'Palestine',
  BRN: 'Brunei',
  CPV: 'Cabo Verde',
  FLK: 'Falkland Islands',
  VGB: 'British Virgin Islands',
  VIR: 'US Virgin Islands',
  UMI: 'US Minor Outlying Islands',
  HMD: 'Heard Island and McDonald Islands',
  SGS: 'South Georgia and the South Sandwich Islands',
  IOT: 'British Indian Ocean Territory',
  ATF: 'French Southern Territories',
  SHN: 'Saint Helena, Ascension and Tristan da Cunha',
  KNA: 'Saint Kitts and Nevis',
  LCA: 'Saint Lucia',
  VCT: 'Saint Vincent and the Grenadines',
  XKX: 'Kosovo',
  XSL: 'Somaliland',
  HKG: 'Hong Kong',
  MAC: 'Macau',
  SXM: 'Sint Maarten',
  MAF: 'Saint Martin',
  BLM: 'Saint Barthélemy',
  ALA: 'Åland Islands',
  CUW: 'Curaçao',
};

/** ISO 3166-1 alpha-3 for a world-atlas feature, from its numeric id or, lacking one, its name. */
export function iso3ForFeature(numericId: string | undefined, naturalEarthName: string): string | null {
  if (numericId) return countries.numericToAlpha3(numericId) ?? null;
  return CODES_BY_NATURAL_EARTH_NAME[naturalEarthName] ?? null;
}

/** The English display name for a code, falling back to Natural Earth's name. */
export function englishName(iso3: string | null, naturalEarthName: string): string {
  if (!iso3) return naturalEarthName;
  if (NAME_OVERRIDES[iso3]) return NAME_OVERRIDES[iso3];
  const alias = countries.getName(iso3, 'en', { select: 'alias' });
  return alias ?? countries.getName(iso3, 'en') ?? naturalEarthName;
}
