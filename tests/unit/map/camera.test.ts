import { describe, expect, it } from 'vitest';
import { cameraForSize, constrainedLatitude, fitCamera, longitudeBand, MIN_ZOOM } from '../../../src/map/camera.ts';
import { TAIWAN_AND_ALLIES as ALLIES_AND_TAIWAN } from './allies-fixture.ts';

/** Where a point lands in a map of `size` under a camera (Web Mercator, 512 px world at zoom 0). */
function project([lng, lat]: [number, number], camera: { zoom: number; lat: number; lng: number }, size: { width: number; height: number }) {
  const world = 512 * 2 ** camera.zoom;
  const y = (value: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (value * Math.PI) / 360)) / (2 * Math.PI);
  let dx = lng - camera.lng;
  dx -= 360 * Math.round(dx / 360);
  return { x: size.width / 2 + (dx / 360) * world, y: size.height / 2 + (y(lat) - y(camera.lat)) * world };
}

describe('longitudeBand(longitudes)', () => {
  it('leaves out the widest gap, across the antimeridian or not', () => {
    // Today's allies: the widest gap is the eastern Pacific, from Tuvalu to Guatemala.
    const allies = longitudeBand(ALLIES_AND_TAIWAN.map(([lng]) => lng));
    expect(allies.west).toBeCloseTo(-90.4);
    expect(allies.span).toBeCloseTo(269.6);
    // Without Paraguay and the Holy See, the Atlantic from Guatemala to Eswatini is wider.
    const fewer = longitudeBand([-90.4, 179.2, 121, 31.5]);
    expect(fewer.west).toBeCloseTo(31.5);
    expect(fewer.span).toBeCloseTo(360 - 121.9);
    const pacific = longitudeBand([170, -170]);
    expect(pacific.west).toBeCloseTo(170);
    expect(pacific.span).toBeCloseTo(20);
  });
});

describe('fitCamera(points, size)', () => {
  for (const size of [
    { width: 990, height: 550 },
    { width: 390, height: 520 },
    { width: 320, height: 240 },
    { width: 3840, height: 2000 },
  ]) {
    it(`shows today's allies and Taiwan in a ${size.width} × ${size.height} map`, () => {
      const camera = fitCamera(ALLIES_AND_TAIWAN, size);
      // The map's own rule for the centre's latitude applies before anything is drawn.
      const shown = { ...camera, lat: constrainedLatitude(camera.lat, camera.zoom, size.height) };
      for (const point of ALLIES_AND_TAIWAN) {
        const { x, y } = project(point, shown, size);
        expect(x, `${point} across`).toBeGreaterThanOrEqual(0);
        expect(x, `${point} across`).toBeLessThanOrEqual(size.width);
        expect(y, `${point} down`).toBeGreaterThanOrEqual(0);
        expect(y, `${point} down`).toBeLessThanOrEqual(size.height);
      }
    });
  }

  it('zooms closer on a wider screen, never past its closest zoom nor below the farthest', () => {
    const phone = fitCamera(ALLIES_AND_TAIWAN, { width: 390, height: 520 });
    const laptop = fitCamera(ALLIES_AND_TAIWAN, { width: 990, height: 550 });
    expect(laptop.zoom).toBeGreaterThan(phone.zoom);
    expect(fitCamera([[121, 23.7]], { width: 990, height: 550 }).zoom).toBe(3.99);
    expect(fitCamera(ALLIES_AND_TAIWAN, { width: 100, height: 100 }).zoom).toBe(MIN_ZOOM);
  });
});

describe('constrainedLatitude(lat, zoom, heightPx)', () => {
  it('keeps the world’s edges off the screen, or centres a world shorter than the map', () => {
    expect(constrainedLatitude(80, 0, 256)).toBeCloseTo(66.5, 0);
    expect(constrainedLatitude(20, 2, 500)).toBe(20);
    expect(constrainedLatitude(20, -0.3, 500)).toBe(0);
  });
});

describe('cameraForSize(camera, from, to)', () => {
  it('zooms by the smaller of the two size ratios, within the map’s zoom range', () => {
    expect(cameraForSize({ zoom: 1, lat: 0, lng: 0 }, { width: 500, height: 500 }, { width: 1000, height: 2000 }).zoom).toBe(2);
    expect(cameraForSize({ zoom: 0, lat: 0, lng: 0 }, { width: 1000, height: 1000 }, { width: 100, height: 100 }).zoom).toBe(MIN_ZOOM);
  });
});

describe('fitCamera(points, size) near a whole zoom', () => {
  it('steps just below a whole zoom it passes by less than 0.12, so the map loads the lower level’s tiles', () => {
    // Today's allies in the laptop's map (990 × 469 px) fit at zoom 1.08: shown at 0.99 instead.
    const laptop = fitCamera(ALLIES_AND_TAIWAN, { width: 990, height: 469 });
    expect(laptop.zoom).toBe(0.99);
    // Far from a whole zoom, the fit stands.
    expect(fitCamera(ALLIES_AND_TAIWAN, { width: 1400, height: 700 }).zoom % 1).toBeGreaterThan(0.12);
  });
});
