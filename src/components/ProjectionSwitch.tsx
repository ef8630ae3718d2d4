import { PROJECTIONS } from '../state/store.ts';
import { useAppState, useMessages } from '../state/app-context.tsx';

/**
 * Two toggle buttons over the map, "Flat" and "Globe", the pressed one being the map's projection.
 * They change the store; the map controller turns the map (components never touch the map).
 */
export function ProjectionSwitch() {
  const { projection: text } = useMessages().map;
  const projection = useAppState((state) => state.projection);
  const setProjection = useAppState((state) => state.setProjection);
  return (
    <div className="projection-switch" role="group" aria-label={text.label}>
      {PROJECTIONS.map((value) => (
        <button key={value} type="button" aria-pressed={projection === value} onClick={() => setProjection(value)}>
          {text[value]}
        </button>
      ))}
    </div>
  );
}
