import { useState, type ReactNode } from 'react';
import { appBase, embedCode, embedLink, viewLink } from '../state/share-links.ts';
import { useAppContext, useUrlBackedState } from '../state/app-context.tsx';
import { CopyField } from './CopyField.tsx';
import { Dialog } from './Dialog.tsx';

/** Starting heights of the iframe in the embed code: a 16:9 map in a typical 720 px column, plus the timeline. */
const EMBED_HEIGHT_PX = { none: 420, timeline: 540 } as const;

/** Links to the view and the code to embed it, then whatever export sections the app passes in. */
export function ShareDialog({ onClose, children }: { onClose: () => void; children?: ReactNode }) {
  const { years } = useAppContext();
  const state = useUrlBackedState();
  const [withTimeline, setWithTimeline] = useState(state.playing);
  const [resize, setResize] = useState(true);
  const base = appBase(window.location);
  const hash = window.location.hash;
  const controls = withTimeline ? 'timeline' : 'none';
  const code = embedCode({
    src: embedLink(base, state, years, controls, hash),
    // A replay is titled by its range: the year shown changes with every step.
    title: state.playing
      ? `Taiwan Ties: Taiwan’s international ties, replay ${state.range.from}–${state.range.to}`
      : `Taiwan Ties: a map of Taiwan’s international ties in ${state.year}`,
    height: EMBED_HEIGHT_PX[controls],
    resize,
  });
  return (
    <Dialog title="Share and export" onClose={onClose} className="share-dialog">
      <section>
        <h3>Link</h3>
        <CopyField label="A link to this view (year, layers, country and map position)" value={viewLink(base, state, years, hash)} />
      </section>
      <section>
        <h3>Embed</h3>
        <div className="option-row">
          <label>
            <input type="checkbox" checked={withTimeline} onChange={(event) => setWithTimeline(event.target.checked)} /> Show the timeline
          </label>
          <label>
            <input type="checkbox" checked={resize} onChange={(event) => setResize(event.target.checked)} /> Fit the height to the map (adds a small script)
          </label>
        </div>
        <CopyField label="Code to paste into a web page" value={code} multiline />
      </section>
      {children}
    </Dialog>
  );
}
