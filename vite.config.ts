import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  worker: { format: "es" },
  build: {
    target: "es2022",
    // Monaco (~4 MB) and the OpenCascade glue are split into their own chunks by dynamic import;
    // the warning about large chunks says nothing useful here.
    chunkSizeWarningLimit: 5000,
  },
  optimizeDeps: {
    // Pre-bundling would copy the 23 MB WASM next to a renamed glue file and break its `?url`.
    exclude: ["replicad-opencascadejs"],
  },
});
