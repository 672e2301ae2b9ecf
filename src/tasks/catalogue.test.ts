import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadCatalogueFromDisk, DEFAULT_TASKS_DIR } from "./loadFromDisk";
import { parseCatalogue } from "./parseCatalogue";

async function casterFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of ["task.json", "reference.js", "seed.js"]) {
    files[`tasks/caster_wheel_fork/${name}`] = await readFile(join(DEFAULT_TASKS_DIR, "caster_wheel_fork", name), "utf8");
  }
  return files;
}

describe("task catalogue", () => {
  it("loads the two scorer tasks from disk with their envelopes and checklists", async () => {
    const catalogue = await loadCatalogueFromDisk();
    // Other tasks are written alongside; only these two are this suite's to vouch for.
    expect(catalogue.errors.filter((e) => ["caster_wheel_fork", "axial_motor_stator_12_slot"].includes(e.taskId))).toEqual([]);
    const caster = catalogue.tasks.find((t) => t.id === "caster_wheel_fork")!;
    expect(caster.envelope).toEqual({ x: 90, y: 80, z: 130 });
    expect(caster.checklist.filter((i) => i.kind === "part").map((i) => i.id)).toEqual(["wheel", "axle", "fork", "swivel_stem", "mounting_plate"]);
    const stator = catalogue.tasks.find((t) => t.id === "axial_motor_stator_12_slot")!;
    expect(stator.envelope).toEqual({ x: 180, y: 180, z: 30 });
    expect(stator.reference).toContain("const main");
  });

  it("reports a malformed task by file and field and still loads the others", async () => {
    const files = await casterFiles();
    const broken = JSON.parse(files["tasks/caster_wheel_fork/task.json"]);
    broken.id = "broken";
    broken.bbox_mm = [90, -1];
    broken.checklist[6].diameter_mm = [10, 2];
    broken.checklist[3].part = "chassis";
    files["/tasks/broken/task.json"] = JSON.stringify(broken);
    files["/tasks/broken/reference.js"] = "const main = () => null;";
    const catalogue = parseCatalogue(files);
    expect(catalogue.tasks.map((t) => t.id)).toEqual(["caster_wheel_fork"]);
    const fields = catalogue.errors.map((e) => `${e.file} ${e.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        "tasks/broken/task.json bbox_mm",
        "tasks/broken/task.json checklist[6].diameter_mm",
        "tasks/broken/task.json checklist[3].part",
        "tasks/broken/seed.js null",
      ]),
    );
  });

  it("checks the room and groove items field by field", async () => {
    const files = await casterFiles();
    const broken = JSON.parse(files["tasks/caster_wheel_fork/task.json"]);
    broken.id = "broken";
    broken.checklist.push(
      { id: "room", kind: "keeps_clear", label: "room", region: { x: [0.4, 0.6], z: [0.7, 0.2] }, max_fill: 2 },
      { id: "grooves", kind: "recesses", label: "grooves", face: { axis: "w", side: "up" }, count: 0 },
    );
    files["tasks/broken/task.json"] = JSON.stringify(broken);
    files["tasks/broken/reference.js"] = files["tasks/caster_wheel_fork/reference.js"];
    const catalogue = parseCatalogue(files);
    expect(catalogue.tasks.map((t) => t.id)).toEqual(["caster_wheel_fork"]);
    const n = broken.checklist.length;
    expect(catalogue.errors.filter((e) => e.file === "tasks/broken/task.json").map((e) => e.field)).toEqual([
      `checklist[${n - 2}].region.z`,
      `checklist[${n - 2}].region`,
      `checklist[${n - 2}].max_fill`,
      `checklist[${n - 1}].part`,
      `checklist[${n - 1}].face.axis`,
      `checklist[${n - 1}].face.side`,
      `checklist[${n - 1}].count`,
    ]);
  });

  it("refuses a small part's largest volume share below its least, naming the field", async () => {
    const files = await casterFiles();
    const broken = JSON.parse(files["tasks/caster_wheel_fork/task.json"]);
    broken.id = "broken";
    const axle = broken.checklist.findIndex((i: { id: string }) => i.id === "axle");
    broken.checklist[axle].max_volume_share = broken.checklist[axle].min_volume_share / 2;
    broken.checklist[0].max_volume_share = "small";
    files["tasks/broken/task.json"] = JSON.stringify(broken);
    files["tasks/broken/reference.js"] = files["tasks/caster_wheel_fork/reference.js"];
    const catalogue = parseCatalogue(files);
    expect(catalogue.tasks.map((t) => t.id)).toEqual(["caster_wheel_fork"]);
    const errors = catalogue.errors.filter((e) => e.file === "tasks/broken/task.json");
    expect(errors.map((e) => e.field)).toEqual(["checklist[0].max_volume_share", `checklist[${axle}].max_volume_share`]);
    expect(errors[1].message).toContain("at least min_volume_share");
  });

  it("names invalid JSON and a trajectory step whose file is missing", async () => {
    const files = await casterFiles();
    files["tasks/caster_wheel_fork/trajectory.json"] = JSON.stringify({ steps: [{ label: "a", rationale: "b", builds: true, file: "step1.js" }] });
    files["tasks/other/task.json"] = "{ not json";
    const catalogue = parseCatalogue(files);
    expect(catalogue.tasks).toEqual([]);
    expect(catalogue.errors.map((e) => [e.file, e.field])).toEqual(
      expect.arrayContaining([
        ["tasks/caster_wheel_fork/trajectory.json", "steps[0].file"],
        ["tasks/other/task.json", null],
      ]),
    );
  });
});
