import { PROJECTIONS } from '../state/store.ts';
import { useAppState, useMessages } from '../state/app-context.tsx';
import { ToggleGroup } from './ToggleGroup.tsx';

/**
 * Two toggle buttons over the map, "Flat" and "Globe", the pressed one being the map's projection.
 * They change the store; the map controller turns the map (components never touch the map).
 */
export function ProjectionSwitch() {
  const { projection: text } = useMessages().map;
  const projection = useAppState((state) => state.projection);
  const setProjection = useAppState((state) => state.setProjection);
  return (
    <ToggleGroup
      className="projection-switch"
      label={text.label}
      values={PROJECTIONS}
      value={projection}
      labelOf={(value) => text[value]}
      onChange={setProjection}
    />
  );
}
