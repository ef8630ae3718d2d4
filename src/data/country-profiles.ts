import type { AllyStatus, TimelineYear } from './ally-timeline.ts';
import { LAYER_IDS, VISA_LAYER_IDS, visaLayerOf, type LayerId } from './layers.ts';
import type { Recognition } from './recognition.ts';
import { shapeCodesFor } from './historical-entities.ts';
import type { BeijingPeriod, Citation, CoreDataset, LikeMindedEntry, NewSouthboundMember, OfficeEvent, RelationPeriod, RepresentativeOffice, VisaEntry } from './dataset.ts';
import { drawnLayers } from './layer-availability.ts';
import { startOfPartialDate } from './partial-date.ts';

/** Everything the data says about one country or territory, joined by code. */
export interface CountryProfile {
  iso3: string;
  /** Every period of formal relations, oldest first. */
  periods: RelationPeriod[];
  /** Every period of diplomatic relations with Beijing, oldest first (beijing-relations.csv). */
  beijingPeriods: BeijingPeriod[];
  /** A formal diplomatic ally today (a period with no end). */
  isAlly: boolean;
  office: RepresentativeOffice | null;
  /** When its Taiwan office opened, was renamed or closed, oldest first (office-history.csv). */
  officeHistory: OfficeEvent[];
  /** A substantive partner: a Taiwan representative office and no formal ties. */
  isPartner: boolean;
  likeMinded: LikeMindedEntry | null;
  visa: VisaEntry | null;
  newSouthbound: NewSouthboundMember | null;
}

/** A profile with no data: a country on the map that no data file mentions. */
export function emptyProfile(iso3: string): CountryProfile {
  return { iso3, periods: [], beijingPeriods: [], isAlly: false, office: null, officeHistory: [], isPartner: false, likeMinded: null, visa: null, newSouthbound: null };
}

/** Joins the data files into one profile per code. Computed once per data load. */
export function buildCountryProfiles(dataset: CoreDataset): Map<string, CountryProfile> {
  const profiles = new Map<string, CountryProfile>();
  const profile = (iso3: string) => {
    let existing = profiles.get(iso3);
    if (!existing) profiles.set(iso3, (existing = emptyProfile(iso3)));
    return existing;
  };
  // A historical state's periods belong to the shapes it is drawn with (Soviet Union → Russia).
  for (const period of dataset.relations) for (const iso3 of shapeCodesFor(period.iso3)) profile(iso3).periods.push(period);
  for (const period of dataset.beijing) for (const iso3 of shapeCodesFor(period.iso3)) profile(iso3).beijingPeriods.push(period);
  for (const entry of dataset.visa) profile(entry.iso3).visa = entry;
  for (const member of dataset.newSouthbound) profile(member.iso3).newSouthbound = member;
  for (const office of dataset.offices) profile(office.iso3).office = office;
  for (const event of dataset.officeHistory) profile(event.iso3).officeHistory.push(event);
  for (const entry of dataset.likeMinded) profile(entry.iso3).likeMinded = entry;
  for (const entry of profiles.values()) {
    entry.periods.sort((a, b) => startOfPartialDate(a.start) - startOfPartialDate(b.start));
    entry.beijingPeriods.sort((a, b) => startOfPartialDate(a.start) - startOfPartialDate(b.start));
    entry.isAlly = entry.periods.some((period) => period.end === null);
    entry.isPartner = entry.office !== null && !entry.isAlly;
  }
  return profiles;
}

/** The layers a year's own data decides: the ally layers, Beijing's, the partners (TimelineYear). */
const DATED: ReadonlySet<LayerId> = new Set(['ally', 'former', 'beijing', 'partner']);

/** The layers a country belongs to today; a country can be in several at once. */
export function layersOf(profile: CountryProfile): LayerId[] {
  const layers: LayerId[] = [];
  if (profile.isAlly) layers.push('ally');
  else if (profile.periods.length > 0) layers.push('former');
  if (profile.isPartner) layers.push('partner');
  const visaLayer = profile.visa ? visaLayerOf(profile.visa.regime) : null;
  if (visaLayer) layers.push(visaLayer);
  if (profile.newSouthbound) layers.push('nsp');
  return layers;
}

/**
 * The layers a country is drawn in for a year: its ally status that year (an ally lost during the
 * year belongs to the ally layer while that is drawn, else it is a former ally), Beijing's side
 * (a state recognising Beijing, or neither while allies show too: see layerLabel), a substantive
 * partner where an office was open then (`isPartner`, TimelineYear.partners) and those of today's
 * layers that are drawn.
 */
export function layersInYear(
  profile: CountryProfile,
  status: AllyStatus | undefined,
  isDrawn: (layer: LayerId) => boolean,
  recognition?: Recognition,
  isPartner = false,
): LayerId[] {
  const undated = layersOf(profile).filter((layer) => !DATED.has(layer) && isDrawn(layer));
  const allyLayer: LayerId | null =
    status === 'ally' || status === 'gained' || (status === 'lost' && isDrawn('ally')) ? 'ally' : status ? 'former' : null;
  const otherSide = isDrawn('beijing') && (recognition === 'beijing' || (recognition === 'neither' && isDrawn('ally')));
  const dated: LayerId[] = [
    ...(allyLayer && isDrawn(allyLayer) ? [allyLayer] : []),
    ...(otherSide ? (['beijing'] as const) : []),
    ...(isPartner && isDrawn('partner') ? (['partner'] as const) : []),
  ];
  return LAYER_IDS.filter((layer) => dated.includes(layer) || undated.includes(layer));
}

/** A country a year's view draws, with the layers it is drawn in. */
export interface DrawnCountry {
  iso3: string;
  profile: CountryProfile;
  status: AllyStatus | undefined;
  /** Whom it recognises that year, if it has had relations with either side (recognition.ts). */
  recognition: Recognition | undefined;
  /** The drawn layers it is in that year (layersInYear), in LAYER_IDS order. */
  drawn: LayerId[];
}

/**
 * The countries a year's view draws (the map, the table, the CSV agree on this): every country in
 * at least one drawn layer, i.e. a chosen layer that is drawable in the year.
 */
export function countriesDrawnIn(
  entry: Pick<TimelineYear, 'statusByShape' | 'recognition' | 'partners'>,
  chosen: readonly LayerId[],
  drawable: ReadonlySet<LayerId>,
  profiles: ReadonlyMap<string, CountryProfile>,
): DrawnCountry[] {
  const drawnInYear = new Set(drawnLayers(chosen, drawable));
  const isDrawn = (layer: LayerId) => drawnInYear.has(layer);
  const codes = new Set([...profiles.keys(), ...entry.statusByShape.keys(), ...entry.recognition.byShape.keys(), ...entry.partners]);
  return [...codes].flatMap((iso3) => {
    const profile = profiles.get(iso3) ?? emptyProfile(iso3);
    const status = entry.statusByShape.get(iso3);
    const recognition = entry.recognition.byShape.get(iso3);
    const drawn = layersInYear(profile, status, isDrawn, recognition, entry.partners.has(iso3));
    return drawn.length > 0 ? [{ iso3, profile, status, recognition, drawn }] : [];
  });
}

/**
 * The facts of a profile that a year's view may state: visa rules are known only as of their data
 * date, the New Southbound Policy from its launch, so a layer that is not drawable in the year
 * does not state its facts either (null), chosen or not. An office is stated only of a partner
 * in the year (`isPartner`, TimelineYear.partners).
 */
export function factsKnownIn(profile: CountryProfile, drawable: ReadonlySet<LayerId>, isPartner: boolean) {
  const office = drawable.has('partner') && isPartner;
  return {
    // An office or a like-minded mention says something here only of a substantive partner.
    office: office ? profile.office : null,
    likeMinded: office ? profile.likeMinded : null,
    visa: VISA_LAYER_IDS.some((layer) => drawable.has(layer)) ? profile.visa : null,
    newSouthbound: drawable.has('nsp') ? profile.newSouthbound : null,
  };
}

/** How many countries each layer holds. */
export function countByLayer(profiles: Iterable<CountryProfile>): Record<LayerId, number> {
  const counts: Record<LayerId, number> = { ally: 0, former: 0, beijing: 0, partner: 0, 'visa-free': 0, 'visa-arrival': 0, 'visa-online': 0, nsp: 0 };
  for (const profile of profiles) for (const layer of layersOf(profile)) counts[layer]++;
  return counts;
}

/**
 * Every citation of a profile's facts, in the order the panel shows the facts. Pass a profile with
 * some facts left out (null) to cite only the rest; citedSources() turns these into one entry a source.
 */
export function profileCitations(
  facts: Pick<CountryProfile, 'periods' | 'beijingPeriods' | 'office' | 'officeHistory' | 'likeMinded' | 'visa' | 'newSouthbound'>,
): Citation[] {
  return [
    ...facts.periods.flatMap((period) => period.sources),
    ...facts.beijingPeriods.flatMap((period) => period.sources),
    ...facts.officeHistory.flatMap((event) => event.sources),
    ...(facts.office?.sources ?? []),
    ...(facts.likeMinded?.sources ?? []),
    ...(facts.visa?.sources ?? []),
    ...(facts.newSouthbound?.sources ?? []),
  ];
}
