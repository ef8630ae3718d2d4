import { csvParse } from 'd3-dsv';
import { DATA_FILES, type DataFileKey } from '../../../scripts/dataset/parse-dataset.ts';

const REL = 'iso3,name,name_zh,start,level,diplomatic_from,end,beijing,end_reason,sources,confidence,notes';

/** The ten rows of dataset-dates.csv: each dated file's as-of (or launch) and last-checked dates, the relations' first. */
export const VALID_DATES = [
  'diplomatic-relations,as_of,2025-10,mofa-pry,',
  'diplomatic-relations,last_checked,2026-12-04,mofa-pry,',
  'beijing-relations,as_of,2026-12-04,mofa-pry,',
  'beijing-relations,last_checked,2026-12-04,mofa-pry,',
  'representative-offices,as_of,2025-12,mofa-pry,',
  'representative-offices,last_checked,2026-12-04,mofa-pry,',
  'visa-access,as_of,2025-01-12,mofa-pry,',
  'visa-access,last_checked,2026-12-04,mofa-pry,',
  'new-southbound,launched,2016-09-05,mofa-pry,',
  'new-southbound,last_checked,2026-12-04,mofa-pry,',
];

/** The smallest valid data set: two sources, one ally with a past period, one row in each other file. */
export function validTexts(): Record<DataFileKey, string> {
  const texts: Omit<Record<DataFileKey, string>, 'release'> = {
    relations: [
      REL,
      'PRY,Paraguay,巴拉圭,1957-07-12,diplomatic,,,,,wp-pry[infobox]; mofa-pry,high,',
      'LCA,Saint Lucia,聖露西亞,1984-05-07,diplomatic,,1997-08-29,1997-09-01,switched_to_prc,wp-pry,medium,',
      'LCA,Saint Lucia,聖露西亞,2007-04-30,diplomatic,,,,,wp-pry; mofa-pry,high,',
    ].join('\n'),
    beijing: [
      'iso3,name,name_zh,start,end,end_reason,sources,confidence,notes',
      'JPN,Japan,日本,1972-09-29,,,wp-pry; mofa-pry,high,',
      'LCA,Saint Lucia,聖露西亞,1997-09-01,2007-04-30,severed,wp-pry,medium,',
    ].join('\n'),
    visa: 'iso3,name,regime,max_stay_days,since,as_of,sources,notes\nJPN,Japan,visa_free,90,,2025-01-12,mofa-pry,',
    newSouthbound: 'iso3,name,group,sources\nAUS,Australia,Oceania,mofa-pry',
    offices: 'iso3,name,office_name,city,other_cities,sources,confidence,as_of,notes\nJPN,Japan,TECRO in Japan,Tokyo,Osaka; Naha,mofa-pry,high,2025-12,',
    likeMinded: 'iso3,name,basis,sources,notes\nJPN,Japan,named,mofa-pry,',
    officeHistory: 'iso3,event,date,office_name,city,sources,notes\nJPN,opened,1972-12-02,Association of East Asian Relations,Tokyo,mofa-pry,',
    names: namesWith('JPN,JP,Japan,日本,mofa-pry,', 'PRY,PY,Paraguay,巴拉圭,mofa-pry,'),
    dates: datesWith(...VALID_DATES),
    sources: sourcesWith(
      'wp-pry,Paraguay–Taiwan relations,Wikipedia contributors,en,,https://en.wikipedia.org/wiki/Test_fixture_article,encyclopedia,2026-12-04,a stored copy',
      'mofa-pry,Paraguay,Ministry of Foreign Affairs (ROC),en,2024,https://example.org/fixture/mofa-paraguay,official,2026-12-04,',
    ),
    publishedCounts: 'publisher,year,count,count_date,sources,quote,explanation,explanation_zh\nMOFA,2024,12,2024-01-15,mofa-pry,12 allies,,',
    visaReconciliation: 'iso3,name,counted_by_us,counted_by_ministry,reason,sources\nJPN,Japan,yes,yes,a reason,mofa-pry',
    // Empty, so that a test breaking another file meets only its own problem (tests of the dossiers add rows).
    worldBank: 'code,year,population,gdp_usd,sources\nWLD,2024,8100000000,110000000000000,mofa-pry',
    presidents: 'name,name_zh,short,short_zh,start,end,sources,notes\nLai Ching-te,賴清德,Lai,賴,2024-05-20,,mofa-pry,',
    milestones: 'date,label,label_zh,note,note_zh,sources,notes\n1971-10-25,UN Resolution 2758,聯合國大會第2758號決議,The UN seat passes to Beijing.,聯合國席位由北京取得。,wp-pry,',
    regions: regionsWith('PRY,Paraguay,americas,mofa-pry,', 'LCA,Saint Lucia,americas,wp-pry,'),
    dossiers: dossiersWith(),
    figures: figuresWith(),
  };
  return { ...texts, release: packageFor(texts) };
}

export const namesWith = (...rows: string[]) => ['iso3,iso2,name_en,name_zh,sources,notes', ...rows].join('\n');
export const datesWith = (...rows: string[]) => ['dataset,meaning,date,sources,notes', ...rows].join('\n');
export const sourcesWith = (...rows: string[]) => ['id,title,author_or_publisher,language,published,url,kind,accessed,read_via', ...rows].join('\n');
export const dossiersWith = (...rows: string[]) => ['iso3,taipei_date,field,code,text,text_zh,sources,notes', ...rows].join('\n');
export const figuresWith = (...rows: string[]) => ['iso3,taipei_date,amount,currency,year,what,what_zh,hedge,sources,notes', ...rows].join('\n');
export const relationsWith = (...rows: string[]) => [REL, ...rows].join('\n');
export const regionsWith = (...rows: string[]) => ['iso3,name,region,sources,notes', ...rows].join('\n');

/** A region for each state of a relations text (all `asia`), so a test of another rule meets no missing region. */
export function regionsOf(relationsText: string): string {
  const codes = [...new Set(csvParse(relationsText).map((row) => row.iso3!))];
  return regionsWith(...codes.map((iso3) => `${iso3},${iso3},asia,mofa-pry,`));
}
const BEIJING = 'iso3,name,name_zh,start,end,end_reason,sources,confidence,notes';
export const beijingWith = (...rows: string[]) => [BEIJING, ...rows].join('\n');

/**
 * Beijing's side of a relations text's switches: for each switched row, a period with Beijing from
 * its `beijing` day, ongoing, or until the state's next period with Taipei begins.
 */
export function beijingSideOf(relationsText: string): string {
  const rows = csvParse(relationsText);
  const periods = rows.flatMap((row) => {
    if (row.end_reason !== 'switched_to_prc' || !row.beijing) return [];
    const next = rows.find((other) => other.iso3 === row.iso3 && other.start > row.beijing!);
    return [`${row.iso3},${row.name},${row.name_zh},${row.beijing},${next?.start ?? ''},${next ? 'severed' : ''},mofa-pry,low,`];
  });
  return beijingWith(...periods);
}

/** A datapackage.json true to the texts: one resource per CSV, its fields the header's columns. */
export function packageFor(texts: Partial<Record<DataFileKey, string>>, version = '2026.12.04'): string {
  const resources = Object.entries(DATA_FILES)
    .filter(([, file]) => file.endsWith('.csv'))
    .map(([key, file]) => ({
      name: file.replace('.csv', ''),
      path: file,
      schema: { fields: csvParse(texts[key as DataFileKey] ?? '').columns.map((name) => ({ name, type: 'string', description: name })) },
    }));
  const licenses = [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' }];
  return JSON.stringify({ name: 'taiwan-ties', title: 'Taiwan Ties', version, created: '2026-12-04', licenses, resources });
}
