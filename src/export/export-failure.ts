import { MAP_STALLED } from '../map/map-frame.ts';

/**
 * The ways an export is known to fail, each with its own sentence in the exports catalogue; any
 * other error is shown with its own message. The map's frame capture (src/map/map-frame.ts)
 * names its error MAP_STALLED.
 */

/** A known export failure. */
export type ExportFailureCode = 'no-webm' | 'no-mp4' | 'map-not-ready' | 'not-encoded' | 'map-stalled';

export class ExportFailure extends Error {
  constructor(readonly code: ExportFailureCode) {
    super(code);
    this.name = 'ExportFailure';
  }
}

/** The known failure an error stands for, or null for any other error. */
export function exportFailureOf(error: unknown): ExportFailureCode | null {
  if (error instanceof ExportFailure) return error.code;
  if (error instanceof Error && error.name === MAP_STALLED) return 'map-stalled';
  return null;
}
