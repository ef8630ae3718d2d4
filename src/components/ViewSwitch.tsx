import { VIEW_MODES } from '../state/store.ts';
import { useAppState, useMessages } from '../state/app-context.tsx';

/**
 * Two toggle buttons, "Map" and "Table", the pressed one being the current view. The table shows
 * what the map shows (same year, same layers), for people who cannot use the map or prefer rows.
 */
export function ViewSwitch() {
  const { viewSwitch } = useMessages().table;
  const view = useAppState((state) => state.view);
  const setView = useAppState((state) => state.setView);
  return (
    <div className="view-switch" role="group" aria-label={viewSwitch.label}>
      {VIEW_MODES.map((mode) => (
        <button key={mode} type="button" aria-pressed={view === mode} onClick={() => setView(mode)}>
          {viewSwitch[mode]}
        </button>
      ))}
    </div>
  );
}
