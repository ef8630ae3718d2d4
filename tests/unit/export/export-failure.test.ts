import { describe, expect, it } from 'vitest';
import { ExportFailure, exportFailureOf } from '../../../src/export/export-failure.ts';
import { MAP_STALLED } from '../../../src/map/map-frame.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

describe('exportFailureOf(error)', () => {
  it('names the known failures, the map’s stalled frame capture included, and nothing else', () => {
    expect(exportFailureOf(new ExportFailure('no-webm'))).toBe('no-webm');
    expect(exportFailureOf(Object.assign(new Error('stopped'), { name: MAP_STALLED }))).toBe('map-stalled');
    expect(exportFailureOf(new Error('disk full'))).toBeNull();
    expect(exportFailureOf('a string')).toBeNull();
  });

  it('has a sentence for each known failure in both languages', () => {
    expect(messagesFor('zh-TW').exports.failed(messagesFor('zh-TW').exports.failure['no-webm'])).toBe(
      '匯出失敗：此瀏覽器無法錄製 WebM 影片，請改用 GIF 匯出。',
    );
  });
});
