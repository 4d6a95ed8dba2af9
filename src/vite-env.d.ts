/// <reference types="vite/client" />

/** The URL of the countries' outlines, projected by the build (vite.config.ts, worldPaths). */
declare module "virtual:world-paths" {
  const url: string;
  export default url;
}
