import { useRef } from 'react';
import { useAppContext, useMessages } from '../state/app-context.tsx';
import { openTrackFile } from '../state/tracks/open-track.ts';

/**
 * Opens a talk track from a JSON file the user picks (one made with the track format, README,
 * "Talk tracks"). The file is read as data; a bad one is refused with a notice.
 */
export function TrackFileButton({ onOpened }: { onOpened?: () => void }) {
  const { store, tracks, years, names } = useAppContext();
  const { tracks: messages } = useMessages();
  const input = useRef<HTMLInputElement>(null);
  if (!tracks) return null;
  const onFile = (file: File | undefined) => {
    if (!file) return;
    void openTrackFile(file, { tracks, app: store, context: { years, isCountry: (iso3) => names.has(iso3) } }).then(() => onOpened?.());
    // The same file picked again (after fixing it) is a new choice.
    if (input.current) input.current.value = '';
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {messages.openFile}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={messages.openFile}
        onChange={(event) => onFile(event.target.files?.[0])}
      />
    </>
  );
}

/** The share dialog's talk track section: open a track file, or make one in the editor. */
export function TrackSection({ onEditor, onOpened }: { onEditor: () => void; onOpened: () => void }) {
  const { tracks } = useMessages();
  return (
    <section>
      <h3>{tracks.section}</h3>
      <div className="option-row">
        <TrackFileButton onOpened={onOpened} />
        <button type="button" onClick={onEditor}>
          {tracks.editor.open}
        </button>
      </div>
    </section>
  );
}
