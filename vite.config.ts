/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/** Preloads the world topology, which the build emits under a hashed name, so it downloads alongside the JS. */
function preloadTopology(): Plugin {
  return {
    name: "preload-topology",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const asset = Object.keys(ctx.bundle ?? {}).find((f) => /countries-110m-.*\.json$/.test(f));
        return asset
          ? [
              {
                tag: "link",
                attrs: { rel: "preload", href: `/${asset}`, as: "fetch", crossorigin: "anonymous" },
                injectTo: "head",
              },
            ]
          : [];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadTopology()],
  build: { target: "es2022", sourcemap: false },
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
  },
});
