import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogueFromDisk } from "../../tasks/loadFromDisk";
import type { Task } from "../../tasks/types";
import { groupTasks, matchesQuery, taskTitle } from "./taskCatalogueView";

let tasks: Task[];

beforeAll(async () => {
  tasks = (await loadCatalogueFromDisk()).tasks;
});

describe("the picker's grouping and search over the real catalogue", () => {
  it("lists every task once, easy before medium before hard, families and ids in order", () => {
    const groups = groupTasks(tasks, "");
    const listed = groups.flatMap((g) => g.tasks.map((t) => t.id));
    expect([...listed].sort()).toEqual(tasks.map((t) => t.id).sort());
    const levels = groups.map((g) => g.level);
    expect(levels).toEqual([...levels].sort((a, b) => ["easy", "medium", "hard"].indexOf(a) - ["easy", "medium", "hard"].indexOf(b)));
    for (const group of groups) {
      expect(group.tasks.every((t) => t.level === group.level && t.family === group.family)).toBe(true);
      expect(group.tasks.map((t) => t.id)).toEqual(group.tasks.map((t) => t.id).sort());
    }
    const easyFamilies = groups.filter((g) => g.level === "easy").map((g) => g.family);
    expect(easyFamilies).toEqual([...easyFamilies].sort());
  });

  it("finds tasks by id (with or without underscores), family and prompt words", () => {
    const ids = (query: string) => groupTasks(tasks, query).flatMap((g) => g.tasks.map((t) => t.id));
    expect(ids("clip")).toEqual(["cable_clip_snap"]);
    expect(ids("wall j hook")).toEqual(["wall_j_hook_120n"]);
    expect(ids("WALL_J")).toEqual(["wall_j_hook_120n"]);
    const furniture = ids("furniture");
    expect(furniture.length).toBeGreaterThan(2);
    expect(furniture.every((id) => tasks.find((t) => t.id === id)!.family === "furniture")).toBe(true);
    // A word found only in a prompt: every match has it there, and words narrow together.
    const cable = ids("cable");
    expect(cable.every((id) => matchesQuery(tasks.find((t) => t.id === id)!, "cable"))).toBe(true);
    expect(ids("cable snap")).toEqual(["cable_clip_snap"]);
    expect(ids("no-such-word-anywhere")).toEqual([]);
  });

  it("titles read as words", () => {
    expect(taskTitle("cable_clip_snap")).toBe("Cable clip snap");
    expect(taskTitle("wall_j_hook_120n")).toBe("Wall J hook 120 N");
    expect(taskTitle("shaft_torque_clamp_120nm")).toBe("Shaft torque clamp 120 N·m");
    expect(taskTitle("axial_motor_stator_12_slot")).toBe("Axial motor stator 12 slot");
  });
});
