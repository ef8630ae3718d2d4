import type { CoreDataset } from './dataset.ts';
import { datasetDate } from './dataset-date.ts';
import { LAYER_IDS, VISA_LAYER_IDS, type LayerId } from './layers.ts';
import { yearOfPartialDate as yearOf, type PartialDate } from './partial-date.ts';
import { FIRST_YEAR } from './year-range.ts';
import { officeCoverage } from './partners.ts';

/**
 * Which years each layer may be drawn for. Allies are historical (every period is dated), and so
 * are partners where an office's opening is dated (office-history.csv), complete only from the
 * offices' as-of date; visa rules are known only as of their data date, and the New Southbound
 * Policy began in 2016. Drawing them for 1975 would imply 1975 visa rules, so before their first
 * year they are not drawn and the legend says why.
 */
export interface LayerAvailability {
  /** The first year the layer is drawn for. */
  fromYear: number;
  /** The date that sets it, and what it means; null for the historical layers. */
  date: PartialDate | null;
  meaning: 'as_of' | 'launched' | null;
  /**
   * The first year the layer is complete, where it is drawn earlier from what is dated (offices
   * whose opening is known); null where it is complete whenever drawn.
   */
  completeFrom: number | null;
  /** How many places are drawn only from the as-of date for want of a dated start (offices). */
  undated: number;
}

/** Availability of every layer, from the data's dates. Computed once per data load. */
export function buildLayerAvailability(dataset: CoreDataset): Record<LayerId, LayerAvailability> {
  // The visa file describes one day, the date it was checked against its sources (each row's own
  // as_of is its source's date, never later than the file's).
  const visaAsOf = datasetDate(dataset, 'visa-access', 'as_of');
  const officesAsOf = datasetDate(dataset, 'representative-offices', 'as_of');
  const nspLaunched = datasetDate(dataset, 'new-southbound', 'launched');
  const historical: LayerAvailability = { fromYear: FIRST_YEAR, date: null, meaning: null, completeFrom: null, undated: 0 };
  const visa: LayerAvailability = { fromYear: yearOf(visaAsOf), date: visaAsOf, meaning: 'as_of', completeFrom: null, undated: 0 };
  const offices = officeCoverage(dataset.offices, dataset.officeHistory, officesAsOf);
  const availability = {
    ally: historical,
    former: historical,
    beijing: historical,
    partner: { fromYear: offices.fromYear, date: officesAsOf, meaning: 'as_of', completeFrom: offices.completeFrom > offices.fromYear ? offices.completeFrom : null, undated: offices.undated.length },
    nsp: { fromYear: yearOf(nspLaunched), date: nspLaunched, meaning: 'launched', completeFrom: null, undated: 0 },
  } as Record<LayerId, LayerAvailability>;
  for (const id of VISA_LAYER_IDS) availability[id] = visa;
  return availability;
}

/**
 * A year's drawable layers: those it may draw, chosen or not. The one place that compares a year
 * with the availability; the map, the table, the legend, the filters and the exports all ask here.
 */
export function drawableLayers(year: number, availability: Record<LayerId, LayerAvailability>): ReadonlySet<LayerId> {
  return new Set(LAYER_IDS.filter((id) => year >= availability[id].fromYear));
}

/** The drawn layers: the chosen ones (the person's toggles) that are drawable, in LAYER_IDS order. */
export function drawnLayers(chosen: readonly LayerId[], drawable: ReadonlySet<LayerId>): LayerId[] {
  return LAYER_IDS.filter((id) => chosen.includes(id) && drawable.has(id));
}
