import { simple as walkSimple, ancestor as walkAncestor } from "acorn-walk";
import type { EditabilityFigures } from "../model/editabilityFigures";
import type { Node } from "acorn";
import type { Params } from "../model/params";
import type { BuiltModel, Kernel } from "../kernel";
import { buildModel } from "../kernel";
import { noSolidFailure } from "./nonSolids";
import { measureVolume } from "replicad";
import type { DimensionScore } from "./dimension";
import { round } from "./round";

/** Most rebuilds the live probe makes in full mode (see docs/scoring.md). */
export const MAX_PROBE_BUILDS = 4;
const TRIVIAL_NUMBERS = new Set([0, 1, 2, -1, 0.5, 90, 180, 360]);

export type StaticEditability = EditabilityFigures;

/** Read from the syntax tree: parameters that are read, bare numbers in calls, helpers, loops, copy-paste. */
export function readEditability(ast: Node, source: string, defaults: Params): StaticEditability {
  const names = Object.keys(defaults);
  const read = new Set<string>();
  let geometryCallArgs = 0;
  let bareNumbers = 0;
  let helpers = 0;
  let loops = 0;
  walkAncestor(ast, {
    MemberExpression(node: any, _state: unknown, ancestors: any[]) {
      if (!node.computed && node.property.type === "Identifier" && names.includes(node.property.name)) {
        if (!ancestors.some((a) => a.type === "VariableDeclarator" && a.id?.name === "defaultParams")) read.add(node.property.name);
      }
    },
    ObjectPattern(node: any, _state: unknown, ancestors: any[]) {
      if (ancestors.some((a) => a.type === "VariableDeclarator" && a.init?.name === "replicad")) return;
      for (const prop of node.properties) if (prop.key?.type === "Identifier" && names.includes(prop.key.name)) read.add(prop.key.name);
    },
  });
  walkSimple(ast, {
    CallExpression(node: any) {
      for (const arg of node.arguments) {
        const values = arg.type === "ArrayExpression" ? arg.elements : [arg];
        for (const v of values) {
          if (!v) continue;
          geometryCallArgs++;
          const literal = v.type === "Literal" ? v.value : v.type === "UnaryExpression" && v.argument.type === "Literal" ? -v.argument.value : null;
          if (typeof literal === "number" && !TRIVIAL_NUMBERS.has(literal)) bareNumbers++;
        }
      }
    },
    FunctionDeclaration(node: any) {
      if (node.id?.name !== "main") helpers++;
    },
    VariableDeclarator(node: any) {
      if ((node.init?.type === "ArrowFunctionExpression" || node.init?.type === "FunctionExpression") && node.id?.name !== "main") helpers++;
    },
    ForStatement: () => void loops++,
    ForOfStatement: () => void loops++,
    ForInStatement: () => void loops++,
    WhileStatement: () => void loops++,
  });
  walkSimple(ast, {
    CallExpression(node: any) {
      if (node.callee.type === "MemberExpression" && ["map", "forEach", "flatMap", "reduce"].includes(node.callee.property?.name)) loops++;
    },
  });
  return {
    params: names.length,
    usedParams: names.filter((n) => read.has(n)),
    unusedParams: names.filter((n) => !read.has(n)),
    geometryCallArgs,
    bareNumbers,
    helpers,
    loops,
    duplicateStatements: countDuplicateLines(source),
  };
}

// Copy-paste shows as statements that differ only in their numbers.
function countDuplicateLines(source: string): number {
  const seen = new Map<string, number>();
  for (const line of source.split("\n")) {
    const shape = line.trim().replace(/-?\d+(\.\d+)?/g, "#");
    if (shape.length < 25 || !/[(]/.test(shape) || shape.startsWith("//")) continue;
    seen.set(shape, (seen.get(shape) ?? 0) + 1);
  }
  return [...seen.values()].reduce((s, n) => s + (n >= 3 ? n - 1 : 0), 0);
}

export function staticEditabilityScore(s: StaticEditability): { score: number; notes: string[] } {
  const notes: string[] = [];
  const paramScore = s.params === 0 ? 0 : Math.min(1, s.usedParams.length / 4) * (s.usedParams.length / s.params);
  if (s.params === 0) notes.push("no defaultParams: declare the main dimensions as parameters");
  else if (s.unusedParams.length) notes.push(`parameter${s.unusedParams.length > 1 ? "s" : ""} ${s.unusedParams.join(", ")} ${s.unusedParams.length > 1 ? "are" : "is"} never read: wire ${s.unusedParams.length > 1 ? "them" : "it"} into the geometry or remove ${s.unusedParams.length > 1 ? "them" : "it"}`);
  const bareShare = s.geometryCallArgs ? s.bareNumbers / s.geometryCallArgs : 0;
  if (bareShare > 0.25) notes.push(`${s.bareNumbers} bare numbers inside calls: name them as parameters or derived constants`);
  const helperScore = Math.min(1, s.helpers / 2);
  if (s.helpers === 0) notes.push("no helper functions: build each part in its own function");
  const repetitionScore = s.duplicateStatements === 0 ? 1 : Math.max(0, 1 - s.duplicateStatements / 6) * (s.loops > 0 ? 1 : 0.7);
  if (s.duplicateStatements > 0) notes.push(`${s.duplicateStatements} statements repeat with only their numbers changed: use a loop`);
  const score = 0.4 * paramScore + 0.25 * (1 - Math.min(1, bareShare / 0.5)) + 0.2 * helperScore + 0.15 * repetitionScore;
  return { score, notes };
}

/**
 * Full mode: rebuilds with probed parameters moved by 10 % (integers by at least 1) and checks
 * the model still builds and changes. At most MAX_PROBE_BUILDS rebuilds, since each costs a
 * whole build: with one or two numeric parameters each goes both ways; with more, up to four
 * are taken evenly across the list and moved up and down alternately.
 */
export async function probeParameters(kernel: Kernel, source: string, model: BuiltModel, used: string[], budget?: number): Promise<{ score: number; notes: string[]; probes: unknown[] }> {
  const numeric = used.filter((n) => typeof model.defaultParams[n] === "number" && model.defaultParams[n] !== 0);
  if (numeric.length === 0) return { score: 0, notes: ["no numeric parameter feeds the model"], probes: [] };
  const plan = probePlan(numeric);
  const baseline = fingerprint(model);
  const probes: { param: string; value: number; builds: boolean; changes: boolean; failure?: string }[] = [];
  for (const { name, directions } of plan) {
    const value = model.defaultParams[name] as number;
    for (const direction of directions) {
      const isInteger = Number.isInteger(value);
      const next = isInteger ? value + direction * Math.max(1, Math.round(Math.abs(value) * 0.1)) : value * (1 + 0.1 * direction);
      const outcome = await buildModel(kernel, source, { [name]: next }, budget, model.program.language);
      if (!outcome.ok) {
        probes.push({ param: name, value: next, builds: false, changes: false, failure: outcome.error.failure.message });
        continue;
      }
      // A probe that leaves no solid fails as the score of that code would.
      if (outcome.model.parts.length === 0) {
        probes.push({ param: name, value: next, builds: false, changes: false, failure: noSolidFailure(outcome.model.nonSolids).message });
        outcome.model.dispose();
        continue;
      }
      const changes = fingerprint(outcome.model) !== baseline;
      outcome.model.dispose();
      probes.push({ param: name, value: round(next, 4), builds: true, changes });
    }
  }
  const good = probes.filter((p) => p.builds && p.changes).length;
  const notes: string[] = [];
  for (const p of probes.filter((p) => !p.builds)) notes.push(`setting ${p.param} to ${p.value} breaks the build: ${p.failure}`);
  const inert = [...new Set(probes.filter((p) => p.builds && !p.changes).map((p) => p.param))];
  if (inert.length) notes.push(`changing ${inert.join(", ")} by 10 % does not change the model`);
  return { score: good / probes.length, notes, probes };
}

function probePlan(numeric: string[]): { name: string; directions: number[] }[] {
  if (2 * numeric.length <= MAX_PROBE_BUILDS) return numeric.map((name) => ({ name, directions: [1, -1] }));
  const count = Math.min(numeric.length, MAX_PROBE_BUILDS);
  const step = numeric.length / count;
  return Array.from({ length: count }, (_, i) => ({ name: numeric[Math.floor(i * step)], directions: [i % 2 === 0 ? 1 : -1] }));
}

// Volume and bounding box miss changes that keep both (moving holes on a circle, re-dividing a
// ring into more teeth), so the coarse tessellation's vertices count too.
function fingerprint(model: BuiltModel): string {
  return model.parts
    .map((p) => {
      const b = p.shape.boundingBox.bounds as unknown as number[][];
      const diagonal = Math.hypot(b[1][0] - b[0][0], b[1][1] - b[0][1], b[1][2] - b[0][2]);
      const { vertices } = p.shape.mesh({ tolerance: Math.max(0.01, diagonal / 200), angularTolerance: 0.5 });
      const grid = diagonal * 1e-5;
      const vertexKeys = new Set<string>();
      for (let i = 0; i < vertices.length; i += 3) vertexKeys.add(`${Math.round(vertices[i] / grid)},${Math.round(vertices[i + 1] / grid)},${Math.round(vertices[i + 2] / grid)}`);
      return [[measureVolume(p.shape), ...b.flat()].map((v) => v.toPrecision(8)).join(","), [...vertexKeys].sort().join(";")].join("|");
    })
    .join("#");
}

export async function scoreEditability(kernel: Kernel, source: string, model: BuiltModel, fine: boolean, budget?: number): Promise<DimensionScore> {
  // A CadQuery build brings the same figures, read from Python's own syntax tree.
  const s = model.program.language === "python" ? model.program.editability : readEditability(model.program.ast, model.program.javascript, model.defaultParams);
  const base = staticEditabilityScore(s);
  const metrics: Record<string, unknown> = {
    params: s.params,
    used_params: s.usedParams,
    unused_params: s.unusedParams,
    call_arguments: s.geometryCallArgs,
    bare_numbers: s.bareNumbers,
    helpers: s.helpers,
    loops: s.loops,
    duplicate_statements: s.duplicateStatements,
    static_score: round(base.score, 4),
  };
  if (!fine) return { score: base.score, notes: base.notes, metrics };
  const probe = await probeParameters(kernel, source, model, s.usedParams, budget);
  metrics.probe_score = round(probe.score, 4);
  metrics.probes = probe.probes;
  return { score: 0.6 * base.score + 0.4 * probe.score, notes: [...probe.notes, ...base.notes], metrics };
}
