/// <reference types="vite/client" />

declare module 'virtual:dataset' {
  /** The validated data files (see scripts/vite-plugin-dataset.ts). */
  const dataset: import('./data/dataset.ts').CoreDataset;
  export default dataset;
}

declare module 'virtual:details' {
  /** The texts a reader opens, as a chunk of their own (see scripts/vite-plugin-dataset.ts). */
  const details: import('./data/dataset.ts').Details;
  export default details;
}

declare module 'virtual:world-index' {
  /** The markers, tile ids and centres of the map's shapes (see scripts/vite-plugin-map-tiles.ts). */
  const index: import('./data/world.ts').WorldIndexJson;
  export default index;
}

declare module 'virtual:world-shapes' {
  /** The countries as a topology with the map tiles' ids and properties, for the SVG export (see scripts/vite-plugin-map-tiles.ts). */
  const shapes: import('topojson-specification').Topology<{
    countries: import('topojson-specification').GeometryCollection<import('./data/world.ts').MapFeatureProperties>;
  }>;
  export default shapes;
}

declare module 'virtual:method' {
  /** The method documents, by locale (see scripts/vite-plugin-dataset.ts). */
  const method: Record<import('./i18n/locale.ts').Locale, import('./method/method-text.ts').MethodDocument>;
  export default method;
}

declare module 'virtual:stories' {
  /** The built-in talk tracks, checked against the data (see scripts/vite-plugin-stories.ts). */
  const stories: import('../scripts/dataset/stories.ts').Story[];
  export default stories;
}
