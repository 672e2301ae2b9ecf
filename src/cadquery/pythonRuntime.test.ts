import { describe, expect, it } from "vitest";
import { makeCadQueryBridge } from "./bridge/cadqueryBridge";
import { nodePythonFiles } from "./nodePythonFiles";
import { loadPythonRuntime, prepareInterpreter } from "./pythonRuntime";
import type { PythonFiles } from "./pythonFiles";
import { measureVolume } from "replicad";
import { buildModel, isValidShape } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";

describe("Python started before the kernel", () => {
  it("is the interpreter the first Python build installs into, started once", async () => {
    let starts = 0;
    const counted: PythonFiles = { ...nodePythonFiles, pyodide: () => (starts++, nodePythonFiles.pyodide()) };
    // As the page worker does when its first request is Python: before the kernel has loaded.
    prepareInterpreter(counted);
    prepareInterpreter(counted);
    const kernel = await loadNodeKernel();
    const runtime = await loadPythonRuntime(counted, makeCadQueryBridge(kernel.api, { isValid: isValidShape }));
    expect(starts).toBe(1);
    expect(await kernel.python()).toBe(runtime);
    const built = await buildModel(kernel, "import cadquery as cq\nresult = cq.Workplane().box(2, 3, 4)\n", {}, undefined, "python");
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(measureVolume(built.model.parts[0].shape)).toBeCloseTo(24, 6);
    built.model.dispose();
    expect(starts).toBe(1);
  });
});
