import { useAppContext } from '../state/app-context.tsx';

/** Shown instead of the map when WebGL is unavailable or the map fails: the facts as text. */
export function MapFallback({ reason }: { reason: string }) {
  const { profiles, names } = useAppContext();
  const allies = [...profiles.values()].filter((profile) => profile.isAlly).map((profile) => names.get(profile.iso3) ?? profile.iso3);
  return (
    <div className="map-fallback" role="alert">
      <h2>The interactive map cannot be shown</h2>
      <p>{reason}</p>
      <p>
        Taiwan has {allies.length} formal diplomatic allies today: {allies.sort().join(', ')}.
      </p>
    </div>
  );
}
