import { MAX_ZOOM, MIN_ZOOM, type Camera } from '../../map/camera.ts';
import { invalid, type Param } from './param.ts';

/** Camera from MapLibre's hash format `#zoom/lat/lng` (bearing and pitch, if present, are ignored). */
export function parseCameraHash(hash: string): Param<Camera> {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return { status: 'missing' };
  const parts = raw.split('/');
  const [zoom, lat, lng] = parts.slice(0, 3).map(Number);
  // Plain decimals only: Number() would also read '' as 0 and 0x2 as 2.
  const decimals = parts.slice(0, 3).every((part) => /^-?\d+(\.\d+)?$/.test(part));
  if (parts.length < 3 || parts.length > 5 || !decimals || ![zoom, lat, lng].every(Number.isFinite)) return invalid(raw, { code: 'not-camera' });
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return invalid(raw, { code: 'zoom-out-of-range', min: MIN_ZOOM, max: MAX_ZOOM });
  if (Math.abs(lat) > 85 || Math.abs(lng) > 180) return invalid(raw, { code: 'position-out-of-range' });
  return { status: 'valid', value: { zoom, lat, lng } };
}

/** MapLibre's hash format, with precision that shrinks as the view zooms out. */
export function formatCameraHash({ zoom, lat, lng }: Camera): string {
  const precision = Math.max(0, Math.ceil(Math.log(zoom + 1) / Math.LN2));
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return `#${Math.round(zoom * 100) / 100}/${lat.toFixed(precision)}/${wrapped.toFixed(precision)}`;
}
