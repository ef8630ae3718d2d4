import { describe, expect, it } from 'vitest';
import {
  labelLines,
  layoutLabels,
  nearestPointOf,
  segmentCrossesBox,
  segmentsCross,
  type Box,
  type LabelRequest,
  type PlacedLabel,
} from '../../../src/map/label-layout.ts';

/** Every character 6 px wide, lines 12 px high: sizes a test can reason about. */
const options = { width: 400, height: 300, lineHeight: 12, measure: (text: string) => text.length * 6 };
const request = (key: string, x: number, y: number, kind: LabelRequest['kind'] = 'ally'): LabelRequest => ({ key, lines: [key], kind, x, y });
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const byKey = (placed: PlacedLabel[]) => new Map(placed.map((label) => [label.key, label]));

describe('layoutLabels(requests, options)', () => {
  it('puts a lone name beside its point, east of it, with no leader line', () => {
    const { placed, hidden } = layoutLabels([request('Paraguay', 100, 150)], options);
    expect(hidden).toEqual([]);
    expect(placed[0].leader).toBe(false);
    expect(placed[0].box.x).toBeGreaterThan(100);
    expect(placed[0].box.y).toBeLessThan(150);
    expect(placed[0].box.y + placed[0].box.height).toBeGreaterThan(150);
  });

  it('sets the names of a cluster of three or more in a column beside it, in the order of their points', () => {
    const cluster = [request('North', 200, 140), request('Middle', 203, 146), request('South', 198, 152)];
    const { placed } = layoutLabels(cluster, options);
    expect(placed.every((label) => label.leader)).toBe(true);
    const boxes = ['North', 'Middle', 'South'].map((key) => byKey(placed).get(key)!.box);
    expect(new Set(boxes.map((box) => box.x)).size).toBe(1);
    expect(boxes[0].y).toBeLessThan(boxes[1].y);
    expect(boxes[1].y).toBeLessThan(boxes[2].y);
  });

  it('places a crowded cluster with no two names overlapping, none over another named point, the far ones on leader lines', () => {
    // Seven points within 12 px, as the Caribbean allies are at world zoom.
    const cluster = ['Haiti', 'Belize', 'Guatemala', 'Saint Lucia', 'Saint Kitts', 'Saint Vincent', 'Honduras'].map((name, index) =>
      request(name, 200 + (index % 3) * 5, 150 + index * 2),
    );
    const { placed, hidden } = layoutLabels(cluster, options);
    expect(hidden).toEqual([]);
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(overlap(a.box, b.box), `${a.key} and ${b.key}`).toBe(false);
      for (const point of cluster) {
        if (point.key !== a.key) expect(overlap(a.box, { x: point.x - 2, y: point.y - 2, width: 4, height: 4 }), `${a.key} over ${point.key}`).toBe(false);
      }
    }
    expect(placed.some((label) => label.leader)).toBe(true);
    const leaders = placed
      .filter((label) => label.leader)
      .map((label) => [label.key, [label.x, label.y, ...nearestPointOf(label.box, label.x, label.y)]] as const);
    for (const [a, lineA] of leaders)
      for (const [b, lineB] of leaders) if (a !== b) expect(segmentsCross(lineA, lineB), `${a}'s and ${b}'s leaders`).toBe(false);
  });

  it('keeps names inside the screen and clear of obstacles, moving them to the other side', () => {
    const legend = { x: 0, y: 100, width: 120, height: 100 };
    const { placed } = layoutLabels([request('Eswatini', 390, 20), request('Tuvalu', 130, 150)], { ...options, obstacles: [legend] });
    const names = byKey(placed);
    expect(names.get('Eswatini')!.box.x + names.get('Eswatini')!.box.width).toBeLessThanOrEqual(400);
    expect(names.get('Eswatini')!.box.y).toBeGreaterThanOrEqual(0);
    expect(overlap(names.get('Tuvalu')!.box, legend)).toBe(false);
  });

  it('gives Taiwan and the year’s changes their places before the allies', () => {
    // Two points too close for both names on one side: the first in order keeps the nearest place.
    const { placed } = layoutLabels([request('Ally', 100, 100, 'ally'), request('Lost', 100, 104, 'lost'), request('Taiwan', 300, 200, 'home')], options);
    const names = byKey(placed);
    expect(names.get('Taiwan')!.leader).toBe(false);
    expect(names.get('Lost')!.leader).toBe(false);
    expect(placed.map((label) => label.key)).toEqual(['Taiwan', 'Lost', 'Ally']);
  });

  it('hides names whose point is off the screen, and those that fit nowhere', () => {
    const { placed, hidden } = layoutLabels([request('Off', -20, 50), request('Long name that cannot fit anywhere at all', 20, 20)], {
      ...options,
      width: 60,
      height: 40,
    });
    expect(placed).toEqual([]);
    expect(hidden.map((label) => label.key).sort()).toEqual(['Long name that cannot fit anywhere at all', 'Off']);
  });
});

describe('segmentCrossesBox and segmentsCross', () => {
  it('tell a crossing from a near miss', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentCrossesBox(0, 15, 30, 15, box)).toBe(true);
    expect(segmentCrossesBox(0, 0, 30, 5, box)).toBe(false);
    expect(segmentsCross([0, 0, 10, 10], [0, 10, 10, 0])).toBe(true);
    expect(segmentsCross([0, 0, 10, 0], [0, 5, 10, 5])).toBe(false);
  });
});

describe('labelLines(name)', () => {
  it('keeps a short name on one line and breaks a long one at the space nearest its middle', () => {
    expect(labelLines('Paraguay')).toEqual(['Paraguay']);
    expect(labelLines('Saint Vincent and the Grenadines')).toEqual(['Saint Vincent and', 'the Grenadines']);
    expect(labelLines('聖文森及格瑞那丁')).toEqual(['聖文森及格瑞那丁']);
  });
});
