import { VIEW_MODES } from '../state/store.ts';
import { useAppState, useMessages } from '../state/app-context.tsx';
import { ToggleGroup } from './ToggleGroup.tsx';

/**
 * Toggle buttons "Map", "Table" and "Method and sources", the pressed one being the current view.
 * The table shows what the map shows (same year, same layers), for people who cannot use the map
 * or prefer rows.
 */
export function ViewSwitch() {
  const { viewSwitch } = useMessages().table;
  const view = useAppState((state) => state.view);
  const setView = useAppState((state) => state.setView);
  return (
    <ToggleGroup className="view-switch" label={viewSwitch.label} values={VIEW_MODES} value={view} labelOf={(mode) => viewSwitch[mode]} onChange={setView} />
  );
}
