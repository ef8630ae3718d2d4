import { describe, expect, it } from 'vitest';
import { timelineYear } from '../../../src/data/ally-timeline.ts';
import { drawableLayers } from '../../../src/data/layer-availability.ts';
import { LAYER_IDS, type LayerId } from '../../../src/data/layers.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { toCsv, VIEW_CSV_COLUMNS, viewCsv, viewCsvFileName, viewCsvRows, type ViewCsvInput } from '../../../src/export/view-csv.ts';
import { dataset, derived, loaded, names } from '../../fixtures/small-data/small-dataset.ts';

const { profiles, timeline, availability, years } = derived;

const LAYER_LABELS = messagesFor('en').vocabulary.layer;

/** The input the app builds for a year, a choice of layers and a language. */
const viewOf = (year: number, layers: readonly LayerId[] = LAYER_IDS, locale: Locale = 'en'): ViewCsvInput => ({
  year,
  layers,
  entry: timelineYear(timeline, year),
  profiles,
  names,
  locale,
  drawable: drawableLayers(year, availability),
  details: loaded,
  version: '2026.12.04',
  permalink: `https://example.org/ties/?lang=${locale}&year=${year}`,
});
const rowOf = (input: ViewCsvInput, iso3: string) => viewCsvRows(input).find((row) => row.iso3 === iso3);

/** A strict RFC 4180 reader: BOM first, CRLF after every record, quotes only around whole fields. */
function readCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('no byte order mark');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (inQuotes && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (inQuotes) {
      if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"' && field === '') {
      inQuotes = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i++;
    } else if (char === '\r' || char === '\n' || char === '"') {
      throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
    } else {
      field += char;
    }
  }
  if (inQuotes || field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

describe('viewCsvRows(input)', () => {
  it('lists for 1971 with only allies chosen exactly the allies of the year and those lost in it, with their status', () => {
    const entry = timelineYear(timeline, 1971);
    const rows = viewCsvRows(viewOf(1971, ['ally']));
    expect(rows.map((row) => row.iso3).sort()).toEqual(['AUS', 'BEL', 'GMB', 'GTM', 'HND', 'JPN', 'MYS', 'PRY', 'USA', 'VAT']);
    expect(rows.filter((row) => row.status_in_year === 'lost').map((row) => row.iso3)).toEqual(['BEL']);
    for (const row of rows) {
      expect(row.status_in_year).toBe(entry.statusByShape.get(row.iso3));
      expect(row.shown_as).toBe(LAYER_LABELS.ally);
    }
  });

  it('marks Nauru lost in 2024 and shows it as an ally in that year', () => {
    expect(rowOf(viewOf(2024, ['ally']), 'NRU')).toMatchObject({
      name: 'Nauru',
      year: 2024,
      status_in_year: 'lost',
      shown_as: 'Formal diplomatic ally',
      formal_relations: '1980-05-04–2002-07-21; 2005-05-14–2024-01-15',
    });
  });

  it('gives the year’s switch with both sides’ dates and its dossier, its sources cited (Nauru 2024)', () => {
    const nauru = rowOf(viewOf(2024, ['ally']), 'NRU')!;
    expect(nauru).toMatchObject({ switch_in_year: '2024-01-15 from_taipei; beijing 2024-01-24 (+9 days)', first_mover: 'country_recognised_beijing' });
    expect(nauru.decided_by).toMatch(/^President David Adeang's government/);
    expect(nauru.reported_figures.split(' / ')).toEqual([
      expect.stringMatching(/^125000000 AUD \(2024\): Nauru asked Taiwan for about A\$125 million .*\[.+\]$/),
      expect.stringMatching(/^100000000 USD \(2024\): A senior Taiwanese official told Reuters/),
    ]);
    const figureSource = dataset.sources.find(
      (source) => source.id === dataset.figures.find((figure) => figure.iso3 === 'NRU' && figure.amount === 100_000_000)!.sources[0].id,
    )!;
    expect(nauru.sources).toContain(figureSource.url);
    // A year without a switch leaves the columns empty; Chinese lines where Chinese is chosen.
    expect(rowOf(viewOf(2023, ['ally']), 'NRU')).toMatchObject({ switch_in_year: '', first_mover: '', decided_by: '' });
    expect(rowOf(viewOf(2024, ['ally'], 'zh-TW'), 'NRU')!.decided_by).toMatch(/^亞定/);
  });

  it('drops, when the former layer is turned off in 1971, exactly the former allies', () => {
    const both = viewCsvRows(viewOf(1971, ['ally', 'former']));
    expect(both.some((row) => row.status_in_year === 'former')).toBe(true);
    expect(viewCsvRows(viewOf(1971, ['ally']))).toEqual(both.filter((row) => row.status_in_year !== 'former'));
  });

  it('drops, when the New Southbound layer is turned off in 2016, only the rows it alone coloured, and its label elsewhere', () => {
    const nsp = LAYER_LABELS.nsp;
    const all = viewCsvRows(viewOf(2016));
    const onlyNsp = all.filter((row) => row.shown_as === nsp);
    const alsoNsp = all.filter((row) => row.shown_as.endsWith(`; ${nsp}`));
    expect(onlyNsp.map((row) => row.iso3)).toEqual(['BTN']);
    expect(alsoNsp.map((row) => row.iso3)).toEqual(['AUS', 'IND']);
    const withoutNsp = viewCsvRows(
      viewOf(
        2016,
        LAYER_IDS.filter((id) => id !== 'nsp'),
      ),
    );
    const expected = all.filter((row) => !onlyNsp.includes(row)).map((row) => ({ ...row, shown_as: row.shown_as.replace(`; ${nsp}`, '') }));
    // The New Southbound columns stay: they describe the country, and 2016 may draw the layer.
    expect(withoutNsp).toEqual(expected);
  });

  it('colours nothing for a chosen layer the year may not draw: visa-free in 1971', () => {
    expect(viewCsvRows(viewOf(1971, ['visa-free']))).toEqual([]);
  });

  it('states visa and New Southbound facts only for years that draw their layer, and a partner in the years its office was open', () => {
    expect(rowOf(viewOf(1971), 'AUS')).toMatchObject({ partner: '', visa_regime: '', visa_stay_days: '', new_southbound: '' });
    expect(rowOf(viewOf(1971), 'AUS')?.sources).not.toContain('Passport Index');
    // Australia's first office opened in 1979: a partner in 2016, its office's history cited.
    expect(rowOf(viewOf(1978), 'AUS')).toMatchObject({ partner: '' });
    expect(rowOf(viewOf(2016), 'AUS')).toMatchObject({ partner: 'yes', visa_regime: '', new_southbound: 'yes' });
    expect(rowOf(viewOf(2016), 'AUS')?.sources).toContain('Taipei_Economic_and_Cultural_Office_in_Australia');
    // Norway's office closed on 30 Sep 2017: a partner in 2016, not in 2018.
    expect(rowOf(viewOf(2016), 'NOR')).toMatchObject({ partner: 'yes' });
    expect(rowOf(viewOf(2018), 'NOR')).toMatchObject({ partner: '' });
    expect(rowOf(viewOf(2026), 'AUS')).toMatchObject({
      shown_as: 'Former ally; Recognises Beijing; Like-minded partner; e-Visa or eTA; New Southbound Policy',
      partner: 'yes',
      visa_regime: 'Electronic travel authorisation (eTA)',
      visa_stay_days: 90,
      new_southbound: 'yes',
    });
  });

  it('names a historical state’s periods on the shapes it is drawn with', () => {
    expect(rowOf(viewOf(1949, ['ally']), 'RUS')).toMatchObject({ status_in_year: 'lost', formal_relations: 'Soviet Union 1932-12-12–1949-10-02' });
    // Czechoslovakia is drawn on both of its successors' shapes, each row naming it.
    for (const shape of ['CZE', 'SVK']) {
      expect(rowOf(viewOf(1949, ['ally']), shape)).toMatchObject({ status_in_year: 'lost', formal_relations: 'Czechoslovakia 1941-08-26–1949-10-03' });
    }
    // A start no source gives is said so, in the CSV's language.
    expect(rowOf(viewOf(1971, ['ally']), 'BEL')?.formal_relations).toBe('before 1949–1971-10-25');
  });

  it('sorts rows by name and fills every column', () => {
    const rows = viewCsvRows(viewOf(2026));
    expect(rows.map((row) => row.name)).toEqual(rows.map((row) => row.name).sort((a, b) => a.localeCompare(b, 'en')));
    for (const row of rows) expect(Object.keys(row)).toEqual([...VIEW_CSV_COLUMNS]);
  });

  it('cites a source on every row of every year with every layer chosen', () => {
    for (let year = years.from; year <= years.to; year++) {
      for (const row of viewCsvRows(viewOf(year))) expect(row.sources, `${row.iso3} in ${year}`).not.toBe('');
    }
  });

  it('writes each citation in full (publisher, title, date, canonical address), and the data version and the view’s link on every row', () => {
    const paraguay = rowOf(viewOf(2026, ['ally']), 'PRY')!;
    expect(paraguay.data_version).toBe('2026.12.04');
    expect(paraguay.permalink).toBe('https://example.org/ties/?lang=en&year=2026');
    const citations = paraguay.sources.split(' | ');
    expect(citations).toContainEqual(
      expect.stringMatching(/^Wikipedia \(en\), Paraguay–Taiwan relations <https:\/\/en\.wikipedia\.org\/wiki\/Paraguay–Taiwan_relations>/),
    );
    for (const citation of citations) expect(citation).toMatch(/<https:\/\/[^>]+>/);
    // The copy read is a note for the panel, never part of the citation.
    expect(paraguay.sources).not.toMatch(/wikimili/);
  });

  it('cites each source once', () => {
    for (const row of viewCsvRows(viewOf(2026))) {
      const sources = row.sources.split(' | ');
      expect(new Set(sources).size).toBe(sources.length);
    }
  });

  it('writes names, layer labels, visa regimes and running periods in Chinese when Chinese is chosen', () => {
    const rows = viewCsvRows(viewOf(2026, LAYER_IDS, 'zh-TW'));
    expect(rowOf(viewOf(2026, ['ally'], 'zh-TW'), 'VAT')).toMatchObject({ name: '教廷', shown_as: '正式邦交國', status_in_year: 'ally' });
    expect(rows.find((row) => row.iso3 === 'VAT')?.formal_relations).toMatch(/–至今$/);
    expect(rows.find((row) => row.iso3 === 'AUS')).toMatchObject({
      name: '澳洲',
      shown_as: '前邦交國; 承認北京; 理念相近夥伴; 電子簽證或電子旅行授權; 新南向政策',
      visa_regime: '電子旅行授權（eTA）',
      partner: 'yes',
      status_in_year: 'former',
    });
    expect(rowOf(viewOf(1949, ['ally'], 'zh-TW'), 'RUS')?.formal_relations).toBe('蘇聯 1932-12-12–1949-10-02');
    expect(rowOf(viewOf(1971, ['ally'], 'zh-TW'), 'BEL')?.formal_relations).toBe('1949年以前–1971-10-25');
    // The same countries as in English; only the words change.
    expect(rows.map((row) => row.iso3).sort()).toEqual(
      viewCsvRows(viewOf(2026))
        .map((row) => row.iso3)
        .sort(),
    );
    const [header, ...records] = readCsv(viewCsv(viewOf(2026, LAYER_IDS, 'zh-TW')));
    expect(header).toEqual([...VIEW_CSV_COLUMNS]);
    expect(records.find((record) => record[0] === 'VAT')?.[1]).toBe('教廷');
  });

  it('rejects a timeline entry of another year', () => {
    expect(() => viewCsvRows({ ...viewOf(1971), year: 1972 })).toThrow(/entry is for 1971, not 1972/);
  });
});

describe('toCsv(rows, columns)', () => {
  it('writes a byte order mark, a header line and CRLF after every record', () => {
    expect(toCsv([{ a: 1, b: 'x' }], ['a', 'b'])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('quotes commas, quotes and line breaks so they round-trip', () => {
    const tricky = ['a, b', 'say "hi"', 'two\nlines', 'cr\r\nlf', '中華民國 – “quoted”', ''];
    const csv = toCsv(
      [Object.fromEntries(tricky.map((value, i) => [`c${i}`, value]))],
      tricky.map((_, i) => `c${i}`),
    );
    expect(readCsv(csv)[1]).toEqual(tricky);
  });

  it('prefixes text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const values = ['=SUM(A1)', '+1', '-x', '@cmd', '\tx', '\rx', 'a=b'];
    const csv = toCsv([{ ...Object.fromEntries(values.map((value, i) => [`t${i}`, value])), n: -5 }], [...values.map((_, i) => `t${i}`), 'n']);
    expect(readCsv(csv)[1]).toEqual(["'=SUM(A1)", "'+1", "'-x", "'@cmd", "'\tx", "'\rx", 'a=b', '-5']);
  });
});

describe('viewCsv(input)', () => {
  it('reads back as the header and the rows of viewCsvRows', () => {
    const input = viewOf(2026);
    const [header, ...records] = readCsv(viewCsv(input));
    expect(header).toEqual([...VIEW_CSV_COLUMNS]);
    expect(records).toEqual(viewCsvRows(input).map((row) => VIEW_CSV_COLUMNS.map((column) => String(row[column]))));
  });
});

describe('viewCsvFileName(year, layers)', () => {
  it('names the year and the chosen layers in menu order', () => {
    expect(viewCsvFileName(1971, ['former', 'ally'])).toBe('taiwan-ties-1971-ally-former.csv');
  });

  it('leaves the layers out when all are chosen, and says none when none is', () => {
    expect(viewCsvFileName(1971, LAYER_IDS)).toBe('taiwan-ties-1971.csv');
    expect(viewCsvFileName(2026, [])).toBe('taiwan-ties-2026-none.csv');
  });
});
