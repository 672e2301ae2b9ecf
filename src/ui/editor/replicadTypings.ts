import replicadDts from "replicad/types?raw";

/**
 * replicad's declarations rewritten as an ambient module, so the editor's TypeScript service knows
 * both code forms: `import { ... } from "replicad"` and the studio's global `replicad` object.
 * OpenCascade and font types behind replicad's signatures are left opaque (`any`): they are 1.6 MB
 * of bindings no user code touches.
 */
export function replicadTypings(): { path: string; content: string }[] {
  const body = replicadDts
    .replace(/^export declare /gm, "export ")
    .replace(/^declare /gm, "")
    .replace(/^export \{\s*\};?\s*$/gm, "");
  return [
    {
      path: "file:///types/replicad.d.ts",
      content: `declare module "replicad" {\n${body}\n}\n`,
    },
    {
      path: "file:///types/replicad-deps.d.ts",
      content: ['declare module "replicad-opencascadejs";', 'declare module "manifold-3d";', 'declare module "opentype.js";'].join("\n"),
    },
    {
      path: "file:///types/replicad-global.d.ts",
      content: 'declare const replicad: typeof import("replicad");\n',
    },
  ];
}
