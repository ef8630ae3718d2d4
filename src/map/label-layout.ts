import type { LabelKind } from '../data/map-labels.ts';

/**
 * Where the map's names go: a greedy placement in screen pixels, with no MapLibre and no canvas,
 * so that the live map, the embed and every export place the same names the same way and the
 * rules are unit-tested. A name goes beside its country's point if it fits there (not over another
 * name, another named point or the edge); else out on a ring around the point, with a leader line
 * back to it, which is what keeps the Caribbean and Pacific clusters readable at world zoom.
 */

/** A name to place at a point of the screen (CSS pixels, from the top left). */
export interface LabelRequest {
  /** Unique per label (the data code). */
  key: string;
  /** One or two lines. */
  lines: readonly string[];
  kind: LabelKind;
  x: number;
  y: number;
}

/** A rectangle in screen pixels: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A placed name: its box, and whether it stands off its point on a leader line. */
export interface PlacedLabel extends LabelRequest {
  box: Box;
  leader: boolean;
}

/** How big names are and the screen they go on. */
export interface LayoutOptions {
  width: number;
  height: number;
  /** The width of a line of text in pixels (canvas measureText, or a fixed width in tests). */
  measure: (text: string, kind: LabelKind) => number;
  /** Line height in pixels; the other distances scale with it. */
  lineHeight: number;
  /** Boxes names must keep clear of (the legend, the year, a caption). */
  obstacles?: readonly Box[];
}

/** The order names claim space: Taiwan, then the year's changes (the story), then the allies. */
const KIND_ORDER: Record<LabelKind, number> = { home: 0, gained: 1, lost: 2, ally: 3 };

/**
 * Ring distances (in line heights) and directions (degrees, 0 = east, clockwise on screen) for
 * names set off their point. Sideways first, where a name's width fits best, then diagonals, then up
 * and down.
 */
const RINGS = [2.2, 3.5, 5, 7, 9.5, 12.5, 16];
const DIRECTIONS = [0, 180, -25, 25, 155, -155, -50, 50, 130, -130, -90, 90];
/** Farther out, every 15°: a crowded small screen needs every gap. */
const FAR_RING = 7;
const ALL_DIRECTIONS = [...DIRECTIONS, ...Array.from({ length: 24 }, (_, index) => index * 15 - 180).filter((degrees) => !DIRECTIONS.includes(degrees))];

/** A name set so its side nearest to (px, py), seen from the direction `degrees`, touches that point. */
function boxToward(px: number, py: number, degrees: number, width: number, height: number): Box {
  const dx = Math.cos((degrees * Math.PI) / 180);
  const dy = Math.sin((degrees * Math.PI) / 180);
  // Horizontal directions put the name's near end at the point; vertical ones its near edge's middle.
  const x = Math.abs(dx) > 0.35 ? (dx > 0 ? px : px - width) : px - width / 2;
  const y = Math.abs(dy) > 0.35 ? (dy > 0 ? py : py - height) : py - height / 2;
  return { x, y, width, height };
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  // Most pairs are far apart: their bounding boxes do not meet.
  if (Math.max(x1, x2) < box.x || Math.min(x1, x2) > right || Math.max(y1, y2) < box.y || Math.min(y1, y2) > bottom) return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let low = 0;
  let high = 1;
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) low = Math.max(low, t);
    else high = Math.min(high, t);
    return low <= high;
  };
  return clip(-dx, x1 - box.x) && clip(dx, right - x1) && clip(-dy, y1 - box.y) && clip(dy, bottom - y1);
}

/** Whether two segments cross (touching at an end counts as crossing). */
export function segmentsCross(a: readonly [number, number, number, number], b: readonly [number, number, number, number]): boolean {
  const side = (x1: number, y1: number, x2: number, y2: number, px: number, py: number) => Math.sign((x2 - x1) * (py - y1) - (y2 - y1) * (px - x1));
  const [ax1, ay1, ax2, ay2] = a;
  const [bx1, by1, bx2, by2] = b;
  if (Math.max(ax1, ax2) < Math.min(bx1, bx2) || Math.max(bx1, bx2) < Math.min(ax1, ax2)) return false;
  if (Math.max(ay1, ay2) < Math.min(by1, by2) || Math.max(by1, by2) < Math.min(ay1, ay2)) return false;
  return side(ax1, ay1, ax2, ay2, bx1, by1) !== side(ax1, ay1, ax2, ay2, bx2, by2) && side(bx1, by1, bx2, by2, ax1, ay1) !== side(bx1, by1, bx2, by2, ax2, ay2);
}

/** The point of a box nearest to (x, y): where a leader line meets the name. */
export function nearestPointOf(box: Box, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, box.x), box.x + box.width), Math.min(Math.max(y, box.y), box.y + box.height)];
}

/**
 * Places the names that fit, in order of `KIND_ORDER` then top to bottom (so a cluster's names
 * stack in the order of their points); the ones that fit nowhere are returned as `hidden`.
 */
export function layoutLabels(requests: readonly LabelRequest[], options: LayoutOptions): { placed: PlacedLabel[]; hidden: LabelRequest[] } {
  const byOrder = (a: LabelRequest, b: LabelRequest) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.y - b.y || a.x - b.x;
  let best = placeInOrder([...requests].sort(byOrder), options);
  // A crowded map (the 1960s' 60-odd allies at world zoom) is placed once: more tries there cost a
  // replay's frames and find room for few more names.
  if (requests.length > CROWDED) return best;
  // A name that found no place gets first pick among its kind on another try (a long name in a
  // cluster fits where the short ones around it went); the try that hides fewest names is kept.
  for (let attempt = 0; attempt < RETRIES && best.hidden.length > 0; attempt++) {
    const first = new Set(best.hidden.map((request) => request.key));
    const order = [...requests].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || Number(first.has(b.key)) - Number(first.has(a.key)) || byOrder(a, b));
    const next = placeInOrder(order, options);
    if (next.hidden.length < best.hidden.length) best = next;
    else break;
  }
  if (best.hidden.length === 0) return best;
  // Last, the names still without a place may cross another leader line: better than no name.
  const crossing = new Set(best.hidden.map((request) => request.key));
  const relaxed = placeInOrder([...requests].sort(byOrder), options, crossing);
  return relaxed.hidden.length < best.hidden.length ? relaxed : best;
}
const RETRIES = 2;
/** More names than this is a crowded map: one try, fewer rings (RINGS_WHEN_CROWDED). */
const CROWDED = 24;
const RINGS_WHEN_CROWDED = 4;

function placeInOrder(
  ordered: readonly LabelRequest[],
  options: LayoutOptions,
  mayCross: ReadonlySet<string> = new Set(),
): { placed: PlacedLabel[]; hidden: LabelRequest[] } {
  const requests = ordered;
  const { width, height, lineHeight } = options;
  const crowded = ordered.length > CROWDED;
  const rings = crowded ? RINGS.slice(0, RINGS_WHEN_CROWDED) : RINGS;
  const margin = lineHeight * 0.3;
  const gap = lineHeight * 0.2;
  // Off the point by more than a small country's dot, so a name never hides the colour it names.
  const near = lineHeight * 0.7;
  // Each named point keeps a small square clear, so no name hides another's country.
  const dot = lineHeight * 0.35;
  const points = new BoxGrid<Box & { key: string }>(lineHeight * 4);
  for (const request of requests) points.add({ x: request.x - dot, y: request.y - dot, width: 2 * dot, height: 2 * dot, key: request.key });
  const taken = new BoxGrid<Box>(lineHeight * 4);
  for (const obstacle of options.obstacles ?? []) taken.add(obstacle);
  const leaders: [number, number, number, number][] = [];
  const placed: PlacedLabel[] = [];
  const hidden: LabelRequest[] = [];

  const fits = (box: Box, key: string) =>
    box.x >= margin &&
    box.y >= margin &&
    box.x + box.width <= width - margin &&
    box.y + box.height <= height - margin &&
    !taken.some(box, gap, (other) => overlaps(box, other, gap)) &&
    !points.some(box, 0, (point) => point.key !== key && overlaps(box, point, 0)) &&
    !leaders.some(([x1, y1, x2, y2]) => segmentCrossesBox(x1, y1, x2, y2, box));
  // A leader line crosses no name and no other leader line.
  const leaderIsClear = (x: number, y: number, box: Box, key: string) => {
    const [ex, ey] = nearestPointOf(box, x, y);
    return (
      !taken.some(segmentBounds(x, y, ex, ey), 0, (other) => segmentCrossesBox(x, y, ex, ey, other)) &&
      (mayCross.has(key) || !leaders.some((other) => segmentsCross(other, [x, y, ex, ey])))
    );
  };

  const sizeOf = ({ kind, lines }: LabelRequest) => ({
    width: Math.max(...lines.map((line) => options.measure(line, kind))),
    height: lines.length * lineHeight,
  });
  const commit = (request: LabelRequest, box: Box, leader: boolean) => {
    taken.add(box);
    if (leader) leaders.push([request.x, request.y, ...nearestPointOf(box, request.x, request.y)]);
    placed.push({ ...request, box, leader });
  };

  // A cluster's names first, as a column beside it with a leader line to each point, in the order
  // of the points from north to south, so no two leaders cross.
  const inColumns = new Set<string>();
  const placeColumn = (cluster: readonly LabelRequest[]): boolean => {
    const sizeByKey = new Map(cluster.map((member) => [member.key, sizeOf(member)]));
    const columnWidth = Math.max(...[...sizeByKey.values()].map((size) => size.width));
    const columnHeight = [...sizeByKey.values()].reduce((sum, size) => sum + size.height + gap, -gap);
    const xs = cluster.map((member) => member.x);
    const middleY = cluster.reduce((sum, member) => sum + member.y, 0) / cluster.length;
    // Beside the cluster, then farther out, then shifted up or down, until the whole column fits.
    const tries = (crowded ? COLUMN_DISTANCES.slice(0, 1) : COLUMN_DISTANCES).flatMap((distance) =>
      (crowded ? [0] : COLUMN_SHIFTS).flatMap((shift) => [1, -1].map((side) => ({ distance, shift, side }))),
    );
    for (const { distance, shift, side } of tries) {
      const top = Math.min(Math.max(middleY - columnHeight / 2 + shift * columnHeight, margin), height - margin - columnHeight);
      const left = side > 0 ? Math.max(...xs) + lineHeight * distance : Math.min(...xs) - lineHeight * distance - columnWidth;
      // Seen from the column's near side, the points in order from the top down: each name's
      // leader then fans out beside the others', not across them.
      const eyeX = side > 0 ? left : left + columnWidth;
      const eyeY = top + columnHeight / 2;
      const members = [...cluster].sort((a, b) => Math.atan2(a.y - eyeY, Math.abs(eyeX - a.x)) - Math.atan2(b.y - eyeY, Math.abs(eyeX - b.x)));
      const sizes = members.map((member) => sizeByKey.get(member.key)!);
      let y = top;
      const boxes = sizes.map((size) => {
        // Each name against the column's side that faces the cluster.
        const box = { x: side > 0 ? left : left + columnWidth - size.width, y, width: size.width, height: size.height };
        y += size.height + gap;
        return box;
      });
      const lines = boxes.map((box, index) => [members[index].x, members[index].y, ...nearestPointOf(box, members[index].x, members[index].y)] as const);
      const clear = boxes.every(
        (box, index) =>
          fits(box, members[index].key) &&
          !boxes.some((other) => other !== box && overlaps(box, other, 0)) &&
          !lines.some((line, other) => other !== index && (segmentsCross(line, lines[index]) || segmentCrossesBox(...line, box))) &&
          leaderIsClear(members[index].x, members[index].y, box, members[index].key),
      );
      if (!clear) continue;
      members.forEach((member, index) => {
        commit(member, boxes[index], true);
        inColumns.add(member.key);
      });
      return true;
    }
    return false;
  };
  for (const cluster of clustersOf(ordered, lineHeight * CLUSTER_REACH)) {
    if (placeColumn(cluster)) continue;
    // No room for one column (a small map): the northern and southern halves each get one.
    const byLatitude = [...cluster].sort((a, b) => a.y - b.y);
    const half = Math.ceil(byLatitude.length / 2);
    for (const part of [byLatitude.slice(0, half), byLatitude.slice(half)]) placeColumn(part);
  }

  for (const request of ordered) {
    if (inColumns.has(request.key)) continue;
    const { x, y, kind, lines } = request;
    const boxWidth = Math.max(...lines.map((line) => options.measure(line, kind)));
    const boxHeight = lines.length * lineHeight;
    const onScreen = x >= 0 && y >= 0 && x <= width && y <= height;
    let box: Box | undefined;
    let leader = false;
    if (onScreen) {
      box = DIRECTIONS.map((degrees) =>
        boxToward(x + near * Math.cos((degrees * Math.PI) / 180), y + near * Math.sin((degrees * Math.PI) / 180), degrees, boxWidth, boxHeight),
      ).find((candidate) => fits(candidate, request.key));
      for (const ring of box ? [] : rings) {
        const distance = ring * lineHeight;
        box = (ring >= FAR_RING ? ALL_DIRECTIONS : DIRECTIONS)
          .map((degrees) =>
            boxToward(x + distance * Math.cos((degrees * Math.PI) / 180), y + distance * Math.sin((degrees * Math.PI) / 180), degrees, boxWidth, boxHeight),
          )
          .find((candidate) => fits(candidate, request.key) && leaderIsClear(x, y, candidate, request.key));
        if (box) {
          leader = true;
          break;
        }
      }
    }
    if (!box) hidden.push(request);
    else commit(request, box, leader);
  }
  return { placed, hidden };
}

/** The box around a segment. */
const segmentBounds = (x1: number, y1: number, x2: number, y2: number): Box => ({
  x: Math.min(x1, x2),
  y: Math.min(y1, y2),
  width: Math.abs(x2 - x1),
  height: Math.abs(y2 - y1),
});

/**
 * Boxes filed by the square cells they touch, so that "does anything here overlap?" looks at the
 * few boxes nearby, not at every name placed: a year of the 1960s names sixty-odd allies.
 */
class BoxGrid<T extends Box> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly cell: number) {}

  private keysOf(box: Box, margin: number): number[] {
    const keys: number[] = [];
    const [left, right] = [Math.floor((box.x - margin) / this.cell), Math.floor((box.x + box.width + margin) / this.cell)];
    const [top, bottom] = [Math.floor((box.y - margin) / this.cell), Math.floor((box.y + box.height + margin) / this.cell)];
    for (let column = left; column <= right; column++) for (let row = top; row <= bottom; row++) keys.push(column * 65536 + row);
    return keys;
  }

  add(box: T) {
    for (const key of this.keysOf(box, 0)) {
      const boxes = this.cells.get(key);
      if (boxes) boxes.push(box);
      else this.cells.set(key, [box]);
    }
  }

  /** Whether any box in the cells within `margin` of `near` passes `test`. */
  some(near: Box, margin: number, test: (box: T) => boolean): boolean {
    return this.keysOf(near, margin).some((key) => this.cells.get(key)?.some(test) ?? false);
  }
}

/** Points closer than this many line heights belong to one cluster; a cluster is three names or more. */
const CLUSTER_REACH = 1.6;
const CLUSTER_MIN = 3;
/** A cluster's column: its distance from the cluster in line heights, and its shift up or down in column heights. */
const COLUMN_DISTANCES = [2.5, 4, 6];
const COLUMN_SHIFTS = [0, -0.75, 0.75, -1.5, 1.5];

/** The on-screen points that lie within `reach` of each other (single linkage), in groups of CLUSTER_MIN or more. */
function clustersOf(requests: readonly LabelRequest[], reach: number): LabelRequest[][] {
  const group = new Map<string, LabelRequest[]>();
  for (const request of requests) {
    let own = group.get(request.key) ?? [request];
    group.set(request.key, own);
    for (const other of requests) {
      if (other === request || Math.hypot(other.x - request.x, other.y - request.y) > reach) continue;
      const theirs = group.get(other.key);
      if (theirs === own) continue;
      if (!theirs) {
        own.push(other);
        group.set(other.key, own);
        continue;
      }
      // Two groups meet: the smaller joins the larger.
      const [keep, merge] = theirs.length >= own.length ? [theirs, own] : [own, theirs];
      for (const member of merge) {
        keep.push(member);
        group.set(member.key, keep);
      }
      own = keep;
    }
  }
  return [...new Set(group.values())].filter((members) => members.length >= CLUSTER_MIN);
}

/**
 * A name as one line, or two when it is long and has a space near its middle ("Saint Vincent and |
 * the Grenadines"): a two-line name fits a crowded map better than a long one.
 */
export function labelLines(name: string, maxChars = 14): string[] {
  if (name.length <= maxChars) return [name];
  const middle = name.length / 2;
  let best = -1;
  for (let index = name.indexOf(' '); index !== -1; index = name.indexOf(' ', index + 1)) {
    if (best === -1 || Math.abs(index - middle) < Math.abs(best - middle)) best = index;
  }
  return best === -1 ? [name] : [name.slice(0, best), name.slice(best + 1)];
}
