import { SHORTCUTS } from '../state/shortcuts.ts';
import { Dialog } from './Dialog.tsx';

/** The presenter's keyboard shortcuts, opened with `?`. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      <dl className="shortcuts">
        {SHORTCUTS.map(({ keys, action, text }) => (
          <div key={action}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">Shortcuts work when no text field has focus. On the map itself the arrow keys pan.</p>
    </Dialog>
  );
}
