#!/usr/bin/env node
// The CLI is TypeScript shared with the app; tsx compiles it on load, so there is no build step.
import { register } from "tsx/esm/api";

register();
await import(new URL("../src/cli/main.ts", import.meta.url).href);
