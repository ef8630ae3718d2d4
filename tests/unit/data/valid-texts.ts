import type { DataFileKey } from '../../../src/data/parse-dataset.ts';

/** The smallest valid data set: one ally, one visa row, one NSP row, one office, one like-minded row. */
export function validTexts(): Record<DataFileKey, string> {
  return {
    relations: [
      'iso3,name,name_zh,start,end,end_reason,source,confidence,notes',
      'PRY,Paraguay,巴拉圭,1957-07-08,,,en.wikipedia "Paraguay–Taiwan relations",high,',
      'LCA,Saint Lucia,聖露西亞,1984-05-07,1997-08-29,switched_to_prc,a source,medium,',
      'LCA,Saint Lucia,聖露西亞,2007-04-30,,,a source,high,',
    ].join('\n'),
    visa: 'iso3,name,regime,max_stay_days,as_of,source,notes\nJPN,Japan,visa_free,90,2025-01-12,Passport Index,',
    newSouthbound: 'iso3,name,group,source\nAUS,Australia,Oceania,MOFA overview',
    offices: 'iso3,name,office_name,city,other_cities,source,confidence,notes\nJPN,Japan,TECRO in Japan,Tokyo,Osaka; Naha,a source,high,',
    likeMinded: 'iso3,name,source,notes\nJPN,Japan,MOFA overview,',
    names: namesWith('JPN,JP,Japan,日本,CLDR,', 'PRY,PY,Paraguay,巴拉圭,MOFA,'),
    dates: datesWith('diplomatic-relations,as_of,2025-10,a source,', 'representative-offices,as_of,2025-12,a source,', 'new-southbound,launched,2016-09-05,a source,'),
  };
}

export const namesWith = (...rows: string[]) => ['iso3,iso2,name_en,name_zh,source,notes', ...rows].join('\n');
export const datesWith = (...rows: string[]) => ['dataset,meaning,date,source,notes', ...rows].join('\n');
