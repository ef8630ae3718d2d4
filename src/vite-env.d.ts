/// <reference types="vite/client" />

declare module 'virtual:dataset' {
  /** The validated data files (see scripts/vite-plugin-dataset.ts). */
  const dataset: import('./data/parse-dataset.ts').Dataset;
  export default dataset;
}
