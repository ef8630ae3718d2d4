import { useState, type ReactNode } from 'react';
import { appBase, embedCode, embedLink, viewLink } from '../state/share-links.ts';
import { useAppContext, useMessages, useUrlBackedState } from '../state/app-context.tsx';
import { CopyField } from './CopyField.tsx';
import { useShallow } from 'zustand/react/shallow';
import { trackAddressIn } from '../state/tracks/open-track.ts';
import { useTrack } from '../state/tracks/use-track.ts';
import { Dialog } from './Dialog.tsx';

/** Starting heights of the iframe in the embed code: a 16:9 map in a typical 720 px column, plus the timeline. */
const EMBED_HEIGHT_PX = { none: 420, timeline: 540 } as const;

/**
 * Links to the view and the code to embed it, then whatever export sections the app passes in.
 * Both carry the language chosen (`?lang=`), and the iframe's title is written in it.
 */
export function ShareDialog({ onClose, children }: { onClose: () => void; children?: ReactNode }) {
  const { years } = useAppContext();
  const { share } = useMessages();
  const state = useUrlBackedState();
  // An open talk track goes with the link and the embed code, at its step.
  const track = useTrack(useShallow(trackAddressIn));
  const [withTimeline, setWithTimeline] = useState(state.playing);
  const [resize, setResize] = useState(true);
  const base = appBase(window.location);
  const hash = window.location.hash;
  const controls = withTimeline ? 'timeline' : 'none';
  const code = embedCode({
    src: embedLink(base, state, years, controls, hash, track),
    // A replay is titled by its range: the year shown changes with every step.
    title: state.playing ? share.frameTitleReplay(state.range.from, state.range.to) : share.frameTitleYear(state.year),
    lang: state.lang,
    height: EMBED_HEIGHT_PX[controls],
    resize,
  });
  return (
    <Dialog title={share.title} onClose={onClose} className="share-dialog">
      <section>
        <h3>{share.link}</h3>
        <CopyField label={share.linkLabel} value={viewLink(base, state, years, hash, track)} />
      </section>
      <section>
        <h3>{share.embed}</h3>
        <div className="option-row">
          <label>
            <input type="checkbox" checked={withTimeline} onChange={(event) => setWithTimeline(event.target.checked)} /> {share.showTimeline}
          </label>
          <label>
            <input type="checkbox" checked={resize} onChange={(event) => setResize(event.target.checked)} /> {share.fitHeight}
          </label>
        </div>
        <CopyField label={share.codeLabel} value={code} multiline />
      </section>
      {children}
    </Dialog>
  );
}
