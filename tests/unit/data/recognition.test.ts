import { describe, expect, it } from 'vitest';
import type { BeijingPeriod, RelationPeriod } from '../../../src/data/dataset.ts';
import { startOfPartialDate } from '../../../src/data/partial-date.ts';
import { recognitionReader } from '../../../src/data/recognition.ts';

const sources = [{ id: 'fixture', pinpoint: null }];
const name = { en: 'fixture', 'zh-TW': '測試' };
const taipei = (iso3: string, start: string, end: string | null, endReason: RelationPeriod['endReason'] = end ? 'switched_to_prc' : null): RelationPeriod => ({
  iso3,
  name,
  start,
  startKnown: true,
  level: 'diplomatic',
  diplomaticFrom: null,
  end,
  beijing: null,
  endReason,
  sources,
  confidence: 'low',
  notes: '',
});
const beijing = (iso3: string, start: string, end: string | null, endReason: BeijingPeriod['endReason'] = end ? 'severed' : null): BeijingPeriod => ({
  iso3,
  name,
  start,
  startKnown: true,
  end,
  endReason,
  sources,
  confidence: 'low',
  notes: '',
});

/** Whom every shape recognises on one day, and who is counted with Beijing and with neither. */
function on(day: string, taipeiPeriods: RelationPeriod[], beijingPeriods: BeijingPeriod[]) {
  const reading = recognitionReader(taipeiPeriods, beijingPeriods)(startOfPartialDate(day));
  return { shapes: Object.fromEntries(reading.byShape), beijing: reading.beijing, neither: reading.neither };
}

describe('recognitionReader: whom each state recognises on a day', () => {
  // Saint Lucia: Taipei 1984–1997, Beijing 1997–2007, Taipei again since 2007 (restored on the day Beijing's period ends).
  const stLucia = { taipei: [taipei('LCA', '1984-05-07', '1997-08-29'), taipei('LCA', '2007-04-30', null)], beijing: [beijing('LCA', '1997-09-01', '2007-04-30')] };

  it('follows a state across both sides, with the days between a break and the next recognition as neither', () => {
    const day = (date: string) => on(date, stLucia.taipei, stLucia.beijing).shapes.LCA;
    expect(day('1990-12-31')).toBe('taipei');
    expect(day('1997-08-30')).toBe('neither');
    expect(day('1997-12-31')).toBe('beijing');
    expect(day('2007-04-29')).toBe('beijing');
    expect(day('2007-04-30')).toBe('taipei');
  });

  it('draws nothing for a state before its first relations with either side (it may not have been a state yet)', () => {
    expect(on('1980-12-31', stLucia.taipei, stLucia.beijing)).toEqual({ shapes: {}, beijing: [], neither: [] });
  });

  it('counts states, not shapes: North Vietnam with Beijing while South Vietnam, on the same shape, shows as Taipei’s ally', () => {
    const vietnam = { taipei: [taipei('VNM', '1955-12-17', '1975-04-30', 'state_dissolved')], beijing: [beijing('VDR', '1950-01-18', '1976-07-02', 'state_dissolved'), beijing('VNM', '1976-07-02', null)] };
    expect(on('1960-12-31', vietnam.taipei, vietnam.beijing)).toEqual({ shapes: { VNM: 'taipei' }, beijing: ['VDR'], neither: [] });
    // South Vietnam ceased to exist: it is not "neither" but gone; the North still recognises Beijing.
    expect(on('1975-12-31', vietnam.taipei, vietnam.beijing)).toEqual({ shapes: { VNM: 'beijing' }, beijing: ['VDR'], neither: [] });
    expect(on('1976-12-31', vietnam.taipei, vietnam.beijing)).toEqual({ shapes: { VNM: 'beijing' }, beijing: ['VNM'], neither: [] });
  });

  it('places a historical state on its successor’s shape: the Soviet Union’s relations on Russia', () => {
    const periods = { taipei: [taipei('SUN', '1932-12-12', '1949-10-02')], beijing: [beijing('SUN', '1949-10-03', '1991-12-26', 'state_dissolved'), beijing('RUS', '1991-12-27', null)] };
    expect(on('1949-10-02', periods.taipei, periods.beijing).shapes).toEqual({ RUS: 'neither' });
    expect(on('1960-12-31', periods.taipei, periods.beijing)).toEqual({ shapes: { RUS: 'beijing' }, beijing: ['SUN'], neither: [] });
    expect(on('1992-12-31', periods.taipei, periods.beijing)).toEqual({ shapes: { RUS: 'beijing' }, beijing: ['RUS'], neither: [] });
  });

  it('reads many days at once, in order', () => {
    const days = ['1990-12-31', '1997-12-31', '2010-12-31'].map(startOfPartialDate);
    expect(days.map(recognitionReader(stLucia.taipei, stLucia.beijing)).map((reading) => reading.byShape.get('LCA'))).toEqual(['taipei', 'beijing', 'taipei']);
  });
});
