import { layerLabel, layersOf } from '../data/country-profiles.ts';
import { HOME_ISO3 } from '../data/world.ts';
import { useAppContext } from '../state/app-context.tsx';

/** Where the pointer is and what is under it, in map-container pixels. */
export interface TooltipTarget {
  iso3: string;
  name: string;
  x: number;
  y: number;
}

/** The name and categories of the country under the pointer. */
export function HoverTooltip({ target }: { target: TooltipTarget | null }) {
  const { profiles } = useAppContext();
  if (!target) return null;
  const profile = profiles.get(target.iso3);
  const layers = profile ? layersOf(profile) : [];
  return (
    <div className="hover-tooltip" role="tooltip" style={{ left: target.x + 14, top: target.y + 14 }}>
      <strong>{target.name}</strong>
      {target.iso3 === HOME_ISO3 ? (
        <div>Home</div>
      ) : layers.length > 0 ? (
        <ul>
          {layers.map((layer) => (
            <li key={layer}>{layerLabel(layer, profile)}</li>
          ))}
        </ul>
      ) : (
        <div className="muted">No category shown</div>
      )}
    </div>
  );
}
