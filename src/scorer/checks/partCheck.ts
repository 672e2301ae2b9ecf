import type { PartItem } from "../../tasks/checklist";
import type { ModelGeometry } from "../geometry/modelGeometry";
import type { RoleAssignment } from "../roles/assignRoles";
import { roleFit } from "../roles/roleFit";
import type { CheckResult } from "./checkResult";

/** A role counts only with the volume, size, position and shape the task gives it, whatever the parts are called. */
export function checkPart(model: ModelGeometry, item: PartItem, roles: RoleAssignment): CheckResult {
  const parts = roles.members.get(item.id) ?? [];
  if (parts.length === 0) {
    return { credit: 0, note: `nothing in the model plays this role: ${item.label}`, measured: { matched: [] } };
  }
  const region = roles.regions.get(item.id);
  const fit = region ? roleFit(model, item, [region], roles.measures, true) : roleFit(model, item, parts, roles.measures);
  const label = region ? `the part of "${region.name}" where it should be` : parts.map((p) => `"${p.name}"`).join(" + ");
  return {
    credit: fit.credit,
    note: fit.failures.length ? `${label}, taken as the ${item.name}, ${fit.failures.join("; ")}: ${item.label}` : null,
    measured: { matched: parts.map((p) => p.name), ...(region ? { region_of: region.name } : {}), ...fit.measured },
  };
}
