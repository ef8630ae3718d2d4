import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../../src/i18n/messages.ts';
import { createAppStore, type Notice } from '../../../../src/state/store.ts';
import { NO_TRACK } from '../../../../src/state/tracks/track-address.ts';
import { encodeTrack } from '../../../../src/state/tracks/track-codec.ts';
import { openRequestedTrack, openTrackFile, trackAddressOf } from '../../../../src/state/tracks/open-track.ts';
import { MAX_TRACK_JSON_CHARS } from '../../../../src/state/tracks/track.ts';
import { createTrackStore } from '../../../../src/state/tracks/track-store.ts';
import type { Track } from '../../../../src/state/tracks/track.ts';

const years = { from: 1949, to: 2026 };
const context = { years, isCountry: (iso3: string) => iso3 === 'NRU' };
const caption = { title: { en: 'T', 'zh-TW': '題' }, text: { en: '', 'zh-TW': '' } };
const TRACK: Track = {
  version: 1,
  title: caption.title,
  steps: [
    { year: 1980, caption },
    { year: 2002, caption },
    { year: 2005, caption },
  ],
};
const setup = () => {
  const app = createAppStore(years);
  const tracks = createTrackStore();
  return { app, tracks, options: { app, tracks, context, loadStories: async () => [{ id: 'nauru', track: TRACK }] } };
};
const noticeText = (notice: Notice | undefined, locale: 'en' | 'zh-TW' = 'en') => (notice && 'message' in notice ? notice.message[locale] : '');

describe('openRequestedTrack(request)', () => {
  it('opens a story at the step asked for, running on its own with its loop', async () => {
    const { app, tracks, options } = setup();
    app.getState().setLoop(true);
    expect(await openRequestedTrack({ ...NO_TRACK, story: 'nauru', at: 3, autoplay: true, stepSeconds: 5, loop: true }, options)).toBe(true);
    expect(tracks.getState()).toMatchObject({ track: TRACK, at: 2, autoplay: true, stepSeconds: 5, loop: true });
    expect(app.getState().loop).toBe(false);
    expect(trackAddressOf(tracks)).toEqual({ story: 'nauru', track: null, at: 3, autoplay: true, stepSeconds: 5, loop: true });
  });

  it('opens a track link', async () => {
    const { tracks, options } = setup();
    const param = (await encodeTrack(TRACK))!;
    await openRequestedTrack({ ...NO_TRACK, track: param }, options);
    expect(trackAddressOf(tracks)).toMatchObject({ story: null, track: param, at: 1 });
  });

  it('refuses a story that does not exist, naming those that do', async () => {
    const { app, tracks, options } = setup();
    expect(await openRequestedTrack({ ...NO_TRACK, story: 'atlantis' }, options)).toBe(false);
    expect(tracks.getState().track).toBeNull();
    expect(noticeText(app.getState().notices[0])).toBe('There is no story “atlantis” (the stories: nauru).');
  });

  it('refuses a link whose track has an unknown country, in both languages', async () => {
    const { app, tracks, options } = setup();
    const bad = (await encodeTrack({ ...TRACK, steps: [{ country: 'XYZ', caption }] }))!;
    await openRequestedTrack({ ...NO_TRACK, track: bad }, options);
    expect(tracks.getState().track).toBeNull();
    const notice = app.getState().notices[0];
    expect(noticeText(notice)).toBe('The track in the link was not opened: steps[0].country: “XYZ” is not a country on this map.');
    expect(noticeText(notice, 'zh-TW')).toContain(messagesFor('zh-TW').tracks.origin.link);
  });
});

describe('openTrackFile(file)', () => {
  it('opens a track file, carried in the address as a link', async () => {
    const { tracks, options } = setup();
    expect(await openTrackFile(new Blob([JSON.stringify(TRACK)]), options)).toBe(true);
    expect(tracks.getState().track).toEqual(TRACK);
    expect(trackAddressOf(tracks)?.track).toMatch(/^[\w-]+$/);
  });

  it('refuses a file with a script in a caption, and one too large to read, keeping the open track', async () => {
    const { app, tracks, options } = setup();
    await openTrackFile(new Blob([JSON.stringify(TRACK)]), options);
    const hostile = { ...TRACK, steps: [{ year: 1980, caption: { title: { en: '<img src=x onerror=alert(1)>', 'zh-TW': '題' } } }] };
    expect(await openTrackFile(new Blob([JSON.stringify(hostile)]), options)).toBe(false);
    expect(noticeText(app.getState().notices[0])).toBe(
      'The track file was not opened: steps[0].caption.title.en looks like markup or a script; captions are plain text.',
    );
    expect(await openTrackFile(new Blob(['x'.repeat(MAX_TRACK_JSON_CHARS * 4 + 1)]), options)).toBe(false);
    expect(noticeText(app.getState().notices[0])).toBe('The track file was not opened: it is larger than the 64000 characters a track may hold.');
    expect(tracks.getState().track).toEqual(TRACK);
  });
});
