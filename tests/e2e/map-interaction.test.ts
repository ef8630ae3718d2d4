import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { WORLD_OUTPUT_PATH } from '../../scripts/build-geometry.ts';
import { waitForMapReady } from './chromium.ts';
import { mapCentre, appInChromium } from './app-session.ts';

/** The 12 current formal allies and the names their details panel shows. */
const ALLIES: Record<string, string> = {
  BLZ: 'Belize',
  GTM: 'Guatemala',
  HTI: 'Haiti',
  PRY: 'Paraguay',
  KNA: 'Saint Kitts and Nevis',
  LCA: 'Saint Lucia',
  VCT: 'Saint Vincent and the Grenadines',
  VAT: 'Holy See',
  SWZ: 'Eswatini',
  MHL: 'Marshall Islands',
  PLW: 'Palau',
  TUV: 'Tuvalu',
};

type Named = { iso3: string | null; name: string };

/** The shapes file the app's tiles are cut from (scripts/vite-plugin-map-tiles.ts). */
const world = JSON.parse(readFileSync(WORLD_OUTPUT_PATH, 'utf8')) as Topology;
const markers = feature(world, world.objects.markers as GeometryCollection<Named>).features as Feature<Point, Named>[];
const shapes = feature(world, world.objects.countries as GeometryCollection<Named>).features as Feature<Polygon | MultiPolygon, Named>[];

function markerOf(iso3: string): Position | undefined {
  return markers.find((marker) => marker.properties.iso3 === iso3)?.geometry.coordinates;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(sum / 2);
}

function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * A point well inside a country's largest polygon (roughly its pole of inaccessibility, found on a
 * grid): unlike the centroid, it is inside even for a C-shaped country such as Haiti.
 */
function interiorPoint(iso3: string): Position {
  const shape = shapes.find((candidate) => candidate.properties.iso3 === iso3);
  if (!shape) throw new Error(`no shape for ${iso3}`);
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const largest = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  const xs = largest[0].map((p) => p[0]);
  const ys = largest[0].map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: { point: Position; clearance: number } = { point: [0, 0], clearance: -1 };
  const steps = 60;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const point = [minX + ((maxX - minX) * i) / steps, minY + ((maxY - minY) * j) / steps];
      if (!inRing(point, largest[0]) || largest.slice(1).some((hole) => inRing(point, hole))) continue;
      let clearance = Infinity;
      for (const ring of largest) {
        for (let k = 1; k < ring.length; k++) clearance = Math.min(clearance, distanceToSegment(point, ring[k - 1], ring[k]));
      }
      if (clearance > best.clearance) best = { point, clearance };
    }
  }
  if (best.clearance < 0) throw new Error(`no interior point found for ${iso3}`);
  return best.point;
}

/** Where to click to pick a country: its marker at world zoom, else a point inside its shape. */
function clickTarget(iso3: string): { zoom: number; lng: number; lat: number; kind: 'marker' | 'shape' } {
  const marker = markerOf(iso3);
  if (marker) return { zoom: 2, lng: marker[0], lat: marker[1], kind: 'marker' };
  const [lng, lat] = interiorPoint(iso3);
  return { zoom: 5, lng, lat, kind: 'shape' };
}

const app = appInChromium();

/** Loads the app afresh (a full page load, not a same-document hash change) with the camera on a point. */
async function openCentredOn(page: Page, camera: { zoom: number; lat: number; lng: number }, search = '') {
  await page.goto('about:blank');
  await page.goto(`${app.url}${search}#${camera.zoom}/${camera.lat}/${camera.lng}`);
  await waitForMapReady(page);
}

const panelHeading = (page: Page) => page.getByTestId('country-panel').getByRole('heading', { level: 2 });

describe('clicking the map', () => {
  it('selects microstates by their markers at world zoom (Tuvalu, Saint Lucia)', async () => {
    const { page, problems, close } = await app.open();
    for (const [iso3, name] of [
      ['TUV', 'Tuvalu'],
      ['LCA', 'Saint Lucia'],
    ]) {
      const marker = markerOf(iso3);
      expect(marker, `${iso3} has a marker`).toBeDefined();
      await openCentredOn(page, { zoom: 2, lng: marker![0], lat: marker![1] });
      await expect(page.getByTestId('country-panel').count()).resolves.toBe(0);
      const centre = await mapCentre(page);
      // Hovering the marker names it; clicking it opens its details.
      await page.mouse.move(centre.x - 3, centre.y - 3);
      await page.mouse.move(centre.x, centre.y, { steps: 2 });
      await expect.poll(() => page.getByRole('tooltip').locator('strong').textContent(), { timeout: 5_000 }).toBe(name);
      await page.mouse.click(centre.x, centre.y);
      await page.getByTestId('country-panel').waitFor({ timeout: 5_000 });
      expect(await panelHeading(page).textContent()).toBe(name);
      expect(new URL(page.url()).searchParams.get('country')).toBe(iso3);
    }
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('finds and selects each of the 12 current allies', async () => {
    const { page, problems, close } = await app.open();
    const results: Record<string, string> = {};
    for (const iso3 of Object.keys(ALLIES)) {
      const target = clickTarget(iso3);
      await openCentredOn(page, target);
      if (iso3 === 'BLZ') {
        // The legend agrees that there are exactly these 12.
        const allyToggle = page
          .getByRole('group', { name: 'Show on the map' })
          .getByRole('checkbox', { name: 'Formal diplomatic ally 12 places', exact: true });
        expect(await allyToggle.count()).toBe(1);
      }
      const centre = await mapCentre(page);
      await page.mouse.click(centre.x, centre.y);
      try {
        await page.getByTestId('country-panel').waitFor({ timeout: 3_000 });
        results[iso3] = (await panelHeading(page).textContent()) ?? '';
      } catch {
        results[iso3] = `(no panel after clicking its ${target.kind} at ${target.lat.toFixed(3)}, ${target.lng.toFixed(3)})`;
      }
    }
    await close();
    expect(results).toEqual(ALLIES);
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('clicking the ocean closes the panel', async () => {
    const { page, problems, close } = await app.open();
    // Mid-Pacific, far from any island marker.
    await openCentredOn(page, { zoom: 3, lat: -35, lng: -130 }, '?country=PRY');
    await page.getByTestId('country-panel').waitFor();
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await page.getByTestId('country-panel').waitFor({ state: 'detached', timeout: 5_000 });
    expect(new URL(page.url()).searchParams.has('country')).toBe(false);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });
});

describe('hovering the map', () => {
  it('shows a tooltip with the name of the country under the pointer, and hides it off the map', async () => {
    const { page, problems, close } = await app.open();
    await openCentredOn(page, { zoom: 4, lat: -23.4, lng: -58.4 });
    await expect(page.getByRole('tooltip').count()).resolves.toBe(0);
    const centre = await mapCentre(page);
    await page.mouse.move(centre.x - 5, centre.y - 5);
    await page.mouse.move(centre.x, centre.y, { steps: 3 });
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ timeout: 5_000 });
    expect(await tooltip.locator('strong').textContent()).toBe('Paraguay');
    expect(await tooltip.textContent()).toContain('Formal diplomatic ally');

    // Over another country, the tooltip follows.
    await openCentredOn(page, { zoom: 3, lat: -25, lng: 134 });
    await page.mouse.move(centre.x - 5, centre.y - 5);
    await page.mouse.move(centre.x, centre.y, { steps: 3 });
    await expect.poll(() => tooltip.locator('strong').textContent(), { timeout: 5_000 }).toBe('Australia');

    // Leaving the map hides it.
    const header = await page.locator('.app-header').boundingBox();
    await page.mouse.move(header!.x + 5, header!.y + 5, { steps: 5 });
    await tooltip.waitFor({ state: 'detached', timeout: 5_000 });
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });
});
