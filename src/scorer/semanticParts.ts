import { nameWords, type ChecklistItem, type PartItem, type RepeatedMembersItem } from "../tasks/checklist";
import type { Task } from "../tasks/types";
import type { ModelGeometry, PartGeometry } from "./geometry/modelGeometry";
import type { DimensionScore } from "./dimension";
import type { CheckResult } from "./checks/checkResult";
import type { ChecklistStatus, Target } from "./types";
import { target } from "./targets";
import { checkPart } from "./checks/partCheck";
import { assignRoles, shapeMeasures, type Measures, type RoleAssignment } from "./roles/assignRoles";
import { turnedChecklist } from "./roles/turnedChecklist";
import type { RegionPiece } from "./roles/regionPiece";
import { checkUpturn } from "./checks/upturnCheck";
import { checkFootNotch } from "./checks/footNotchCheck";
import { checkThroughHoles } from "./checks/holesCheck";
import { checkSymmetry } from "./checks/symmetryCheck";
import { checkMembers } from "./checks/membersCheck";
import { checkEnvelope } from "./checks/envelopeCheck";
import { checkClearance } from "./checks/clearanceCheck";
import { checkRecesses } from "./checks/recessesCheck";
import { checkOpenings } from "./checks/openingsCheck";
import { round } from "./round";


/**
 * The task's checklist measured on the geometry: the parts that play each role are found by
 * position, size and shape (names only break ties), and every other item is a measurement
 * (holes, symmetry, members, envelope) in the parts of its role. Comments and identifiers earn
 * nothing. Each solid's shape is measured once for both readings of the checklist.
 */
export function scoreSemanticParts(task: Task, model: ModelGeometry, fine: boolean): DimensionScore & { roles: RoleAssignment } {
  const measures = shapeMeasures();
  const asGiven = measureChecklist(task, task.checklist, model, fine, measures);
  if (asGiven.score >= 1) return { ...asGiven, metrics: { ...asGiven.metrics, xy_swapped: false } };
  // Turned a quarter about Z, the same object: the better reading counts (as given on a tie).
  const turned = measureChecklist(task, turnedChecklist(task.checklist), model, fine, measures);
  const best = turned.score > asGiven.score + 1e-9 ? turned : asGiven;
  return { ...best, metrics: { ...best.metrics, xy_swapped: best === turned } };
}

function measureChecklist(task: Task, checklist: ChecklistItem[], model: ModelGeometry, fine: boolean, measures: Measures): DimensionScore & { roles: RoleAssignment } {
  const partItems = checklist.filter((i): i is PartItem => i.kind === "part");
  const roles = assignRoles(model, partItems, measures);
  const idOf = new Map(partItems.map((i) => [i.name, i.id]));
  // A feature of a role is looked for in the parts that play it and in the parts that play no
  // role (a separate leg of a fork, a boss fused to nothing named): pieces of the same object.
  const unassigned = model.parts.filter((p) => roles.rolesOf.get(p.name)!.length === 0);
  // Members are counted among the parts that play their role ("leg" among the legs), so an apron
  // joining two legs under a seat does not make them one; without such a role, in everything.
  const memberRole = (item: RepeatedMembersItem) => partItems.find((p) => nameWords(item.member).every((w) => nameWords(p.name).includes(w)));
  const scopeOf = (item: ChecklistItem): PartGeometry[] => {
    if ("part" in item && item.part) {
      const players = roles.members.get(idOf.get(item.part) ?? "") ?? [];
      // Grooves are looked for in the role's own parts alone, and members too when it has any: a
      // shaft passing the bolts is no bolt, a grooved strip beside a step no grooved step.
      if (item.kind === "recesses" || item.kind === "openings" || item.kind === "foot_notch") return players;
      return item.kind === "repeated_members" && players.length > 0 ? players : [...players, ...unassigned];
    }
    const role = item.kind === "repeated_members" ? memberRole(item) : undefined;
    const players = role ? roles.members.get(role.id)! : [];
    return players.length > 0 ? players : model.parts;
  };

  const measure = (item: ChecklistItem): CheckResult => {
    const scope = scopeOf(item);
    const region = "part" in item && item.part ? roles.regions.get(idOf.get(item.part) ?? "") : undefined;
    const result = check(task, model, item, scope, fine, roles, region);
    // Members built into another part (knuckles rolled from the leaves) are counted in the whole
    // model too; the reading nearer the count asked for stands.
    if (item.kind !== "repeated_members" || item.part || scope === model.parts || result.credit >= 1) return result;
    const whole = check(task, model, item, model.parts, fine, roles);
    return whole.credit > result.credit ? whole : result;
  };
  // The role a line is about: its own, the one it is a feature of, or the one its members are named after.
  const roleOf = (item: ChecklistItem): string | undefined =>
    item.kind === "part" ? item.id : "part" in item && item.part ? idOf.get(item.part) : item.kind === "repeated_members" ? memberRole(item)?.id : undefined;
  // The parts a line speaks of: those that play its role, and those the check found in.
  const targetOf = (item: ChecklistItem, result: CheckResult): Target => {
    const named = new Set([...(roles.members.get(roleOf(item) ?? "") ?? []).map((p) => p.name), ...(result.targets?.parts ?? [])]);
    return target({ ...result.targets, parts: model.parts.filter((p) => named.has(p.name)).map((p) => p.name) });
  };
  const results = checklist.map((item) => {
    const result = measure(item);
    return { item, result, targets: targetOf(item, result) };
  });
  const weightOf = (i: ChecklistItem) => i.weight ?? 1;
  // The envelope scales the rest instead of adding to it: fitting one is no part of the object.
  const features = results.filter((r) => r.item.kind !== "fits_envelope");
  const envelope = results.filter((r) => r.item.kind === "fits_envelope").reduce((f, r) => f * (r.result.measured.factor as number), 1);
  const totalWeight = features.reduce((s, r) => s + weightOf(r.item), 0);
  const score = (totalWeight > 0 ? features.reduce((s, r) => s + weightOf(r.item) * r.result.credit, 0) / totalWeight : 1) * envelope;
  const noted = results
    .filter((r) => r.result.note)
    .sort((a, b) => weightOf(b.item) * (1 - b.result.credit) - weightOf(a.item) * (1 - a.result.credit));
  const items: ChecklistStatus[] = results.map(({ item, result, targets }) => ({
    id: item.id,
    kind: item.kind,
    label: item.label,
    satisfied: result.credit >= 1,
    credit: round(result.credit, 4),
    measured: result.measured,
    targets,
  }));
  return { score, notes: noted.map((r) => r.result.note!), noteTargets: noted.map((r) => r.targets), roles, metrics: { satisfied: items.filter((i) => i.satisfied).length, of: items.length, envelope_factor: round(envelope, 4), items } };
}

/** `region`: the region of a fused part that plays the item's `part`, when a region does. */
function check(task: Task, model: ModelGeometry, item: ChecklistItem, scope: PartGeometry[], fine: boolean, roles: RoleAssignment, region?: RegionPiece): CheckResult {
  switch (item.kind) {
    case "part":
      return checkPart(model, item, roles);
    case "through_holes":
      return checkThroughHoles(model, item, scope, region);
    case "rotational_symmetry":
      return checkSymmetry(model, item, scope, fine ? 4096 : 1024);
    case "repeated_members":
      return checkMembers(model, item, scope);
    case "fits_envelope":
      return checkEnvelope(model, item, task.envelope);
    case "keeps_clear":
      return checkClearance(model, item);
    case "recesses":
      return checkRecesses(item, scope);
    case "openings":
      return checkOpenings(item, scope);
    case "upturn":
      return checkUpturn(model, item, scope, region);
    case "foot_notch":
      return checkFootNotch(item, scope);
  }
}
