import { useMessages } from '../state/app-context.tsx';
import { SHORTCUTS } from '../state/shortcuts.ts';
import { Dialog } from './Dialog.tsx';

/** The presenter's keyboard shortcuts, opened with `?`. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { shortcuts } = useMessages();
  return (
    <Dialog title={shortcuts.title} onClose={onClose} className="shortcuts-dialog">
      <dl className="shortcuts">
        {SHORTCUTS.map(({ keys, action }) => (
          <div key={action}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' '}
                  <kbd>{key === 'Space' ? shortcuts.space : key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcuts.description[action]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{shortcuts.focusNote}</p>
    </Dialog>
  );
}
