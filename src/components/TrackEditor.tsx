import { useEffect, useMemo, useState } from 'react';
import { downloadFile } from '../export/download.ts';
import { localized, type Locale } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';
import { useAppContext, useAppState, useMessages } from '../state/app-context.tsx';
import { initialAppState } from '../state/store.ts';
import { appBase, embedCode, embedLink, viewLink } from '../state/share-links.ts';
import { NO_TRACK } from '../state/tracks/track-address.ts';
import { encodeTrack } from '../state/tracks/track-codec.ts';
import { EMPTY_DRAFT, moveStep, readDraft, saveDraft, stepFromView, type DraftStorage } from '../state/tracks/track-draft.ts';
import { trackProblemText } from '../state/tracks/open-track.ts';
import { readTrack, type Track, type TrackStep } from '../state/tracks/track.ts';
import { parseCameraHash } from '../state/url/camera-hash.ts';
import { CopyField } from './CopyField.tsx';
import { Dialog } from './Dialog.tsx';

/** Local storage, or null where the browser refuses it (some private modes throw on access). */
function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const LOCALE_ORDER: readonly Locale[] = ['en', 'zh-TW'];

/**
 * The track editor: add the view on screen as a step, caption each step in both languages,
 * reorder, preview, then copy the track's link or embed code or download its JSON. The draft is
 * saved in local storage at every change; an unreadable stored draft is set aside and reported.
 */
export function TrackEditor({ onClose }: { onClose: () => void }) {
  const { store, tracks, years, names } = useAppContext();
  const { tracks: messages } = useMessages();
  const { editor } = messages;
  const lang = useAppState((state) => state.lang);
  // A track's link carries the track alone: its steps set the view.
  const view = useMemo(() => initialAppState(years, lang), [years, lang]);
  const context = useMemo(() => ({ years, isCountry: (iso3: string) => names.has(iso3) }), [years, names]);
  const storage = useMemo(() => browserStorage(), []);
  const [initial] = useState(() => (storage ? readDraft(storage, context) : ({ status: 'none' } as const)));
  const [draft, setDraft] = useState<Track>(initial.status === 'ready' ? initial.draft : EMPTY_DRAFT);
  const [saved, setSaved] = useState(true);
  const [encoded, setEncoded] = useState<{ track: Track; param: string | null } | null>(null);
  /** Every change is saved as it is made. */
  const commit = (change: (track: Track) => Track) => {
    const next = change(draft);
    setDraft(next);
    setSaved(storage !== null && saveDraft(storage, next));
  };

  useEffect(() => {
    if (initial.status !== 'set-aside') return;
    const { key } = initial;
    store.getState().addNotices([{ id: 'track-draft', message: localized((locale) => messagesFor(locale).tracks.editor.setAside(key)) }]);
  }, [initial, store]);

  const checked = useMemo(() => readTrack(JSON.parse(JSON.stringify(draft)), context), [draft, context]);
  useEffect(() => {
    if (checked.status !== 'valid') return;
    let current = true;
    // A browser that cannot compress gives no link; the JSON download still works.
    void encodeTrack(checked.track)
      .catch(() => null)
      .then((param) => current && setEncoded({ track: checked.track, param }));
    return () => {
      current = false;
    };
  }, [checked]);
  // The link of the track as it is now (none while the draft is not a valid track, or is being encoded).
  const encoding = checked.status === 'valid' && encoded?.track !== checked.track;
  const param = checked.status === 'valid' && encoded?.track === checked.track ? encoded.param : null;

  const updateStep = (index: number, change: (step: TrackStep) => TrackStep) =>
    commit((track) => ({ ...track, steps: track.steps.map((step, i) => (i === index ? change(step) : step)) }));
  const setCaption = (index: number, part: 'title' | 'text', locale: Locale, text: string) =>
    updateStep(index, (step) => ({ ...step, caption: { ...step.caption, [part]: { ...step.caption[part], [locale]: text } } }));
  const addView = () => {
    const camera = parseCameraHash(window.location.hash);
    commit((track) => ({ ...track, steps: [...track.steps, stepFromView(store.getState(), camera.status === 'valid' ? camera.value : null)] }));
  };
  const preview = (at: number) => {
    if (checked.status !== 'valid' || !tracks) return;
    tracks.getState().setAutoplay(false);
    tracks.getState().open(checked.track, param ? { kind: 'link', param } : { kind: 'file' }, at);
    onClose();
  };
  const base = appBase(window.location);
  const address = param ? { ...NO_TRACK, track: param } : null;
  const label = (part: string, locale: Locale) => `${part} (${locale === 'en' ? editor.english : editor.chinese})`;

  return (
    <Dialog title={editor.title} onClose={onClose} className="track-editor">
      <p>{editor.intro}</p>
      {!saved && <p role="status">{editor.notSaved}</p>}
      <fieldset className="track-editor-title">
        <legend>{editor.trackTitle}</legend>
        {LOCALE_ORDER.map((locale) => (
          <input
            key={locale}
            type="text"
            lang={locale}
            aria-label={label(editor.trackTitle, locale)}
            value={draft.title[locale]}
            onChange={(event) => commit((track) => ({ ...track, title: { ...track.title, [locale]: event.target.value } }))}
          />
        ))}
      </fieldset>
      <button type="button" onClick={addView}>
        {editor.addView}
      </button>
      {draft.steps.length === 0 ? (
        <p>{editor.empty}</p>
      ) : (
        <ol className="track-editor-steps">
          {draft.steps.map((step, index) => (
            <li key={index}>
              <fieldset>
                <legend>{editor.step(index + 1, step.play?.to ?? step.year)}</legend>
                {LOCALE_ORDER.map((locale) => (
                  <div key={locale} className="track-editor-caption" lang={locale}>
                    <input
                      type="text"
                      aria-label={label(`${editor.step(index + 1, undefined)}: ${editor.captionTitle}`, locale)}
                      value={step.caption.title[locale]}
                      onChange={(event) => setCaption(index, 'title', locale, event.target.value)}
                    />
                    <textarea
                      rows={2}
                      aria-label={label(`${editor.step(index + 1, undefined)}: ${editor.captionText}`, locale)}
                      value={step.caption.text[locale]}
                      onChange={(event) => setCaption(index, 'text', locale, event.target.value)}
                    />
                  </div>
                ))}
                <div className="track-editor-actions">
                  <button type="button" disabled={index === 0} onClick={() => commit((track) => moveStep(track, index, index - 1))}>
                    {editor.moveUp}
                  </button>
                  <button type="button" disabled={index === draft.steps.length - 1} onClick={() => commit((track) => moveStep(track, index, index + 1))}>
                    {editor.moveDown}
                  </button>
                  <button type="button" onClick={() => commit((track) => ({ ...track, steps: track.steps.filter((_, i) => i !== index) }))}>
                    {editor.remove}
                  </button>
                  <button type="button" disabled={checked.status !== 'valid'} onClick={() => preview(index)}>
                    {editor.preview}
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {checked.status === 'invalid' ? (
        draft.steps.length > 0 && <p role="status">{editor.notReady(trackProblemText(checked.problem, messages))}</p>
      ) : (
        <section>
          {encoding ? null : address ? (
            <>
              <CopyField label={editor.link} value={viewLink(base, view, years, '', address)} />
              <CopyField
                label={editor.embed}
                multiline
                value={embedCode({
                  src: embedLink(base, view, years, 'none', '', address),
                  title: editor.frameTitle(checked.track.title[view.lang]),
                  lang: view.lang,
                  height: 540,
                  resize: true,
                })}
              />
            </>
          ) : (
            <p>{editor.tooLongForLink}</p>
          )}
          <button
            type="button"
            onClick={() => downloadFile(new Blob([JSON.stringify(checked.track, null, 2)], { type: 'application/json' }), 'talk-track.json')}
          >
            {editor.download}
          </button>
        </section>
      )}
    </Dialog>
  );
}
