import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { precachePlugin } from "./src/sw/precachePlugin.ts";
import { pyodideAssetsPlugin } from "./src/worker/pyodideAssetsPlugin.ts";

/**
 * The dev server needs inline scripts (React Refresh's preamble) that the page's policy forbids, so
 * it serves index.html without it; builds keep it.
 */
function devWithoutCsp(): Plugin {
  return {
    name: "cadforge:dev-without-csp",
    apply: "serve",
    transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ""),
  };
}

export default defineConfig({
  // Relative URLs everywhere, so `dist/` works from any static host under any sub-path.
  base: "./",
  plugins: [react(), pyodideAssetsPlugin(), precachePlugin(), devWithoutCsp()],
  // Failures name the replicad operation by its class ("Solid.fillet failed"): minified class
  // names would make the page's results differ from Node's ("Er.fillet failed").
  // The worker bundle is built with its own plugins: it only needs to know where Pyodide's files are.
  worker: { format: "es", plugins: () => [pyodideAssetsPlugin({ emit: false })], rolldownOptions: { output: { keepNames: true } } },
  build: {
    target: "es2022",
    rolldownOptions: { output: { keepNames: true } },
    // Monaco (~4 MB) and the OpenCascade glue are split into their own chunks by dynamic import;
    // the warning about large chunks says nothing useful here.
    chunkSizeWarningLimit: 5000,
  },
  optimizeDeps: {
    // Pre-bundling would copy the 23 MB WASM next to a renamed glue file and break its `?url`.
    // Pyodide looks for its files beside its own module; they are served from their own folder instead.
    exclude: ["replicad-opencascadejs", "pyodide"],
  },
});
