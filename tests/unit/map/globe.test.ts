import { describe, expect, it } from 'vitest';
import { constrainedCamera, MAX_ZOOM } from '../../../src/map/camera.ts';
import { fitGlobeCamera, GLOBE_FIT_SHARE, GLOBE_MIN_SHARE, globeRadiusPx, isBeyondHorizon, zoomForGlobeShare } from '../../../src/map/globe.ts';
import { TAIWAN_AND_ALLIES } from './allies-fixture.ts';

const LAPTOP_MAP = { width: 990, height: 470 };
const PHONE_MAP = { width: 390, height: 430 };

/** The globe's outline on the screen, as MapLibre's camera (1.5 map heights above the centre) sees it: its radius in px. */
function outlineRadius(zoom: number, lat: number, height: number) {
  const radius = globeRadiusPx(zoom, lat);
  const distance = 1.5 * height;
  return (distance * radius) / Math.sqrt(2 * radius * distance + distance * distance);
}

describe('globeRadiusPx(zoom, centerLat)', () => {
  it('is the flat world’s width over 2π at the equator, doubling with each zoom, and grows towards the poles', () => {
    expect(globeRadiusPx(0, 0)).toBeCloseTo(512 / (2 * Math.PI));
    expect(globeRadiusPx(2, 0)).toBeCloseTo(4 * globeRadiusPx(0, 0));
    expect(globeRadiusPx(1, 60)).toBeCloseTo(2 * globeRadiusPx(1, 0));
  });
});

describe('zoomForGlobeShare(share, size, centerLat)', () => {
  it('gives the zoom whose globe outline is that share of the map’s shorter side, at any latitude', () => {
    for (const size of [LAPTOP_MAP, PHONE_MAP]) {
      for (const lat of [0, 45]) {
        const zoom = zoomForGlobeShare(0.9, size, lat);
        expect(2 * outlineRadius(zoom, lat, size.height)).toBeCloseTo(0.9 * Math.min(size.width, size.height), 6);
      }
    }
  });
});

describe('isBeyondHorizon(point, camera, heightPx)', () => {
  const camera = { zoom: 1.8, lat: 10, lng: 160 };
  it('shows the Pacific allies and Taiwan to a globe facing the Pacific, and hides the Caribbean, Paraguay, Eswatini and the Holy See', () => {
    const hidden = TAIWAN_AND_ALLIES.filter((point) => isBeyondHorizon(point, camera, LAPTOP_MAP.height));
    expect(hidden).toEqual(TAIWAN_AND_ALLIES.slice(1, 10));
  });

  it('hides a little less than a hemisphere: the horizon comes nearer as the globe grows', () => {
    const equatorCamera = { ...camera, lat: 0 };
    const point = (degrees: number): [number, number] => [160 + degrees, 0];
    expect(isBeyondHorizon(point(70), equatorCamera, 470)).toBe(false);
    expect(isBeyondHorizon(point(89), equatorCamera, 470)).toBe(true);
    // R / (R + D) at zoom 1.8 in a 470 px map: the horizon is about 74° from the centre.
    const radius = globeRadiusPx(1.8, 0);
    const horizon = (Math.acos(radius / (radius + 1.5 * 470)) * 180) / Math.PI;
    expect(isBeyondHorizon(point(horizon - 0.5), equatorCamera, 470)).toBe(false);
    expect(isBeyondHorizon(point(horizon + 0.5), equatorCamera, 470)).toBe(true);
    // Closer in (a bigger globe), the same point drops behind the horizon.
    expect(isBeyondHorizon(point(horizon - 0.5), { ...equatorCamera, zoom: 4 }, 470)).toBe(true);
  });

  it('measures across the antimeridian and at the poles alike', () => {
    expect(isBeyondHorizon([-175, 0], { zoom: 1, lat: 0, lng: 175 }, 470)).toBe(false);
    expect(isBeyondHorizon([5, 0], { zoom: 1, lat: 0, lng: 175 }, 470)).toBe(true);
    expect(isBeyondHorizon([0, 80], { zoom: 1, lat: 80, lng: 180 }, 470)).toBe(false);
  });
});

describe('fitGlobeCamera(points, size)', () => {
  it('turns the globe to Taiwan and the allies on its side of the Earth, and fits the whole globe to the map', () => {
    for (const size of [LAPTOP_MAP, PHONE_MAP]) {
      const camera = fitGlobeCamera(TAIWAN_AND_ALLIES, size);
      // The mean of Taiwan, Palau, the Marshall Islands and Tuvalu: the western Pacific.
      expect(camera.lng).toBeGreaterThan(140);
      expect(camera.lng).toBeLessThan(160);
      expect(camera.lat).toBeGreaterThan(0);
      expect(camera.lat).toBeLessThan(15);
      expect(2 * outlineRadius(camera.zoom, camera.lat, size.height)).toBeCloseTo(GLOBE_FIT_SHARE * Math.min(size.width, size.height), 0);
      const shown = TAIWAN_AND_ALLIES.filter((point) => !isBeyondHorizon(point, camera, size.height));
      expect(shown).toEqual([TAIWAN_AND_ALLIES[0], ...TAIWAN_AND_ALLIES.slice(10)]);
    }
  });

  it('faces 0°, 0° with no points', () => {
    expect(fitGlobeCamera([], LAPTOP_MAP)).toMatchObject({ lat: 0, lng: 0 });
  });
});

describe('constrainedCamera(camera, projection, size)', () => {
  it('keeps a flat map’s rule: a world shorter than the map sits in its middle', () => {
    expect(constrainedCamera({ zoom: -0.5, lat: 30, lng: 100 }, 'mercator', LAPTOP_MAP)).toEqual({ zoom: -0.5, lat: 0, lng: 100 });
    expect(constrainedCamera({ zoom: 12, lat: 30, lng: 100 }, 'mercator', LAPTOP_MAP).zoom).toBe(MAX_ZOOM);
  });

  it('lets a globe turn to any latitude the address takes, and zoom out no farther than a globe GLOBE_MIN_SHARE of the map across', () => {
    expect(constrainedCamera({ zoom: 2, lat: 30, lng: 100 }, 'globe', LAPTOP_MAP)).toEqual({ zoom: 2, lat: 30, lng: 100 });
    expect(constrainedCamera({ zoom: 2, lat: 89, lng: 100 }, 'globe', LAPTOP_MAP).lat).toBe(85);
    const outZoomed = constrainedCamera({ zoom: -1, lat: 30, lng: 100 }, 'globe', PHONE_MAP);
    expect(outZoomed.zoom).toBeCloseTo(zoomForGlobeShare(GLOBE_MIN_SHARE, PHONE_MAP, 30));
    expect(2 * outlineRadius(outZoomed.zoom, 30, PHONE_MAP.height)).toBeCloseTo(GLOBE_MIN_SHARE * PHONE_MAP.width);
    expect(constrainedCamera({ zoom: 12, lat: 0, lng: 0 }, 'globe', LAPTOP_MAP).zoom).toBe(MAX_ZOOM);
  });
});
