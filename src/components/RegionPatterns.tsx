import { memo } from 'react';
import { REGIONS, type Region } from '../data/regions.ts';

/**
 * Each region's fill on the chart by region: a colour (Okabe–Ito, distinct for colour-blind
 * readers) and a texture of its own, so the five bands and their legend swatches are told apart
 * without colour too: lines one way or the other, dots, a grid, or none.
 */
const REGION_FILLS: Record<Region, { color: string; texture: 'diagonal' | 'none' | 'dots' | 'horizontal' | 'grid' }> = {
  africa: { color: '#e69f00', texture: 'diagonal' },
  americas: { color: '#0072b2', texture: 'none' },
  asia: { color: '#009e73', texture: 'dots' },
  europe: { color: '#cc79a7', texture: 'horizontal' },
  oceania: { color: '#56b4e9', texture: 'grid' },
};

/** The side of a texture's tile, in px. */
const TILE_PX = 6;
const TEXTURE_STROKE = 'rgba(255, 255, 255, 0.85)';

/** The id of a region's fill pattern: one chart per page, so fixed ids. */
export function patternId(region: Region): string {
  return `ally-chart-region-${region}`;
}

function Texture({ texture }: { texture: (typeof REGION_FILLS)[Region]['texture'] }) {
  switch (texture) {
    case 'diagonal':
      return <path d={`M0,${TILE_PX}L${TILE_PX},0`} stroke={TEXTURE_STROKE} strokeWidth={1.5} />;
    case 'dots':
      return <circle cx={TILE_PX / 2} cy={TILE_PX / 2} r={1.3} fill={TEXTURE_STROKE} />;
    case 'horizontal':
      return <path d={`M0,${TILE_PX / 2}H${TILE_PX}`} stroke={TEXTURE_STROKE} strokeWidth={1.5} />;
    case 'grid':
      return <path d={`M0,${TILE_PX / 2}H${TILE_PX}M${TILE_PX / 2},0V${TILE_PX}`} stroke={TEXTURE_STROKE} strokeWidth={1} />;
    case 'none':
      return null;
  }
}

/** The regions' fill patterns, for the chart's `<defs>`: fixed, so drawn once, not at every year step. */
export const RegionPatterns = memo(function RegionPatterns() {
  return (
    <defs>
      {REGIONS.map((region) => (
        <pattern key={region} id={patternId(region)} width={TILE_PX} height={TILE_PX} patternUnits="userSpaceOnUse">
          <rect width={TILE_PX} height={TILE_PX} fill={REGION_FILLS[region].color} />
          <Texture texture={REGION_FILLS[region].texture} />
        </pattern>
      ))}
    </defs>
  );
});

/** A legend swatch in a region's fill (the patterns must be on the page: the chart draws them). */
export function RegionSwatch({ region }: { region: Region }) {
  return (
    <svg className="region-swatch" width={14} height={12} aria-hidden="true" focusable="false">
      <rect width={14} height={12} fill={`url(#${patternId(region)})`} />
    </svg>
  );
}
