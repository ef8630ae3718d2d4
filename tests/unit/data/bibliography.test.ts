import { readdirSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../scripts/dataset/parse-dataset.ts';
import { daysBetween } from '../../../src/data/partial-date.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const dataset = readDataset();
const sourceById = new Map(dataset.sources.map((source) => [source.id, source]));

/**
 * Hosts that are never a citation: Wikipedia mirrors and snapshots, content farms, forums, novel
 * and repost sites, aggregators. A copy actually read through one of them may be named in
 * `read_via` (sources.csv), which is a note, never the citation, and is left out of this check.
 */
const BLOCKED_HOSTS = [
  'wikiwand', 'kiwix', 'kfd.me', 'fkgfw', 'oracleblog', 'wikimili', 'owiki', 'chinapedia', 'wikibrief', 'movatter', 'fastly',
  'gutenberg', 'ipfs', '100ke', 'siakadpt', 'wikis.tw', 'wikis.pro', 'zh-two', 'wikizero', 'hmong', 'xcv.wiki', 'knowledgr',
  'wiki-gateway', 'eudic', 'nina.az', 'ccget', 'fonk.bid', 'haohe', 'workers.dev', 'artikel', 'iwiki', 'baike.baidu',
  'zkiz.com', 'usahrsh', 'speakupppp', 'wangchao', 'hujiang', 'chlin.com', 'zgqyjlm', '158392.com', 'pediainside',
  'elkoparts', 'dreye', 'diyiss', 'suinian', 'vrovro', 'ucmanga', 'kknews', 'zhihu', 'ptt.cc', 'dcard', 'pixnet', 'xuite',
  'blogspot', 'reddit', 'quora', 'douban', 'toutiao', 'sohu.com', '163.com', 'topix.com',
  // "Today in history" farms, repost aggregators and a forum found among the leads.
  'todayonhistory', '8684.cn', 'y5000.com', 'huqiu.com', 'gecib.com', 'yticc.cn', 'xilu.com', 'cnvisa.org', 'ppfocus.com',
  'zprce.cn', 'hbcasj.com', 'fx361.cc', 'docslib.org', 'thefreelibrary', 'taiwansecurity.org', 'saxafimedia', 'devdiscourse',
];

/** Every cell of every CSV in data/, by file and row, with sources.csv's read_via column left out. */
function dataCells(): { where: string; text: string }[] {
  const cells: { where: string; text: string }[] = [];
  for (const file of readdirSync('data').filter((name) => name.endsWith('.csv'))) {
    csvParse(readFileSync(`data/${file}`, 'utf8')).forEach((row, index) => {
      for (const [column, text] of Object.entries(row)) if (column !== 'read_via' && text) cells.push({ where: `data/${file} row ${index + 1} ${column}`, text });
    });
  }
  return cells;
}

describe('the bibliography (data/sources.csv)', () => {
  it('has no mirror, content farm or forum anywhere in data/ (read_via aside)', () => {
    const hits = dataCells().flatMap(({ where, text }) => BLOCKED_HOSTS.filter((host) => text.toLowerCase().includes(host)).map((host) => `${where}: ${host}`));
    expect(hits).toEqual([]);
  });

  it('gives every source a canonical https address, a kind and a publisher, and no address twice', () => {
    for (const source of dataset.sources) {
      expect(new URL(source.url).protocol, source.id).toBe('https:');
      expect(source.url, source.id).not.toMatch(/\/\/[a-z]{2,3}\.m\.wikipedia|wikipedia\.org\/(zh-|w\/)/);
      expect(source.publisher, source.id).not.toBe('');
    }
    expect(new Set(dataset.sources.map((source) => source.url)).size).toBe(dataset.sources.length);
  });

  it('never cites the project’s own reference material', () => {
    const own = dataCells().filter(({ text }) => /shared\/reference|allies-history\.csv|not independently verified/.test(text));
    expect(own.map(({ where }) => where)).toEqual([]);
  });

  it('lists only sources some row cites', () => {
    const cited = new Set(
      [dataset.relations, dataset.beijing, dataset.visa, dataset.offices, dataset.officeHistory, dataset.likeMinded, dataset.newSouthbound, dataset.dates, dataset.names, dataset.publishedCounts, dataset.visaReconciliation, dataset.dossiers, dataset.figures, dataset.worldBank, dataset.presidents, dataset.milestones, dataset.regions]
        .flat()
        .flatMap((row) => row.sources.map((citation) => citation.id)),
    );
    expect(dataset.sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it('is listed in datapackage.json with every other file of data/', () => {
    const csvFiles = readdirSync('data').filter((name) => name.endsWith('.csv')).sort();
    expect([...dataset.release.files].sort()).toEqual(csvFiles);
    expect(Object.values(DATA_FILES).filter((file) => file.endsWith('.csv')).sort()).toEqual(csvFiles);
  });
});

describe('the relations follow the counting rules (data/METHOD.md)', () => {
  it('dates both sides of every switch, Taipei’s end no later than a day after Beijing’s start', () => {
    for (const period of dataset.relations.filter((row) => row.endReason === 'switched_to_prc')) {
      const label = `${period.iso3} ${period.start}`;
      expect(period.beijing, label).not.toBeNull();
      const gap = daysBetween(period.end!, period.beijing!);
      if (gap !== null) expect(gap, label).toBeGreaterThanOrEqual(-1);
    }
  });

  it('counts consular ties and flags them: a consular start has its diplomatic day, a consular-only period is marked', () => {
    const consular = dataset.relations.filter((row) => row.level !== 'diplomatic');
    for (const period of consular) {
      if (period.level === 'consular') expect(period.diplomaticFrom, period.iso3).not.toBeNull();
      else expect(period.diplomaticFrom, period.iso3).toBeNull();
    }
    // The cases the rule was written for: Guatemala and El Salvador (1933) and Nicaragua (1930) began as consular ties.
    expect(consular.map((period) => period.iso3)).toEqual(expect.arrayContaining(['GTM', 'SLV', 'NIC', 'ZAF']));
  });

  it('keeps no period that did not exist in 1949 (no formal relations with Hungary, Albania, Bulgaria, Romania, Finland)', () => {
    const codes = new Set(dataset.relations.map((period) => period.iso3));
    for (const iso3 of ['HUN', 'ALB', 'BGR', 'ROU', 'FIN']) expect(codes.has(iso3), iso3).toBe(false);
  });

  it('cites an official source for each current ally’s start, except the two no official page could be found for', () => {
    const withoutOfficial = dataset.relations
      .filter((period) => period.end === null)
      .filter((period) => !period.sources.some((citation) => sourceById.get(citation.id)?.kind === 'official'))
      .map((period) => period.iso3);
    // Haiti and Saint Vincent cite the ministry's and the embassy's statements as the press reported them (data/README.md).
    expect(withoutOfficial.sort()).toEqual(['HTI', 'VCT']);
  });
});
