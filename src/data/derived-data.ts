import { buildAllyTimeline, lastTimelineYear } from './ally-timeline.ts';
import { buildCountryProfiles } from './country-profiles.ts';
import { buildLayerAvailability } from './layer-availability.ts';
import { datasetDate } from './dataset-date.ts';
import { officeReader } from './partners.ts';
import { erasOf } from './eras.ts';
import { eventYearsOf } from './event-years.ts';
import { alliesByRegion } from './regions.ts';
import { yearSwitches } from './year-switches.ts';
import type { CoreDataset } from './dataset.ts';
import type { YearRange } from './year-range.ts';

/**
 * Everything the app derives from the data, once per load: the profiles joined by code, the
 * allies' timeline (from FIRST_YEAR to the current year on `now`) and when each layer may be drawn.
 */
export function deriveData(dataset: CoreDataset, now: Date) {
  const asOf = datasetDate(dataset, 'diplomatic-relations', 'as_of');
  const officesAsOf = datasetDate(dataset, 'representative-offices', 'as_of');
  const officesOn = officeReader(dataset.offices, dataset.officeHistory, officesAsOf);
  const timeline = buildAllyTimeline(dataset.relations, { lastYear: lastTimelineYear(asOf, now), asOf, beijing: dataset.beijing, officesOn });
  const years: YearRange = { from: timeline.firstYear, to: timeline.lastYear };
  return {
    profiles: buildCountryProfiles(dataset),
    timeline,
    availability: buildLayerAvailability(dataset),
    /** The timeline's first and last years. */
    years,
    /** Each president's term with the allies it gained and lost: the chart's bands, the year's president. */
    eras: erasOf(dataset.presidents, timeline),
    /** The years with a switch or a milestone: where `[` and `]` go. */
    eventYears: eventYearsOf(timeline, dataset.milestones),
    /** Each year's switches either way: the chart's ticks. */
    switches: yearSwitches(timeline),
    /** Each year's allies by M49 region: the chart's count by region. */
    regionYears: alliesByRegion(timeline, new Map(dataset.regions.map((row) => [row.iso3, row.region]))),
  };
}
