import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";
import { buildFailureOf } from "../../tests/support/buildFailure";
import { PORTABLE_MATH } from "./portableMath/portableMath";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

// The tests read computed values out of the messages candidates throw.
const failureOf = (source: string) => buildFailureOf(kernel, source);

const { pow } = PORTABLE_MATH;

describe("the ** operator in candidate code", () => {
  it("computes with the portable pow, in every form: nested, parenthesised, compound, in arrow bodies", async () => {
    const source = [
      "const cube = (x) => x ** 3;",
      "const main = () => {",
      "  let a = 1.7; a **= 1.5;",
      "  const o = { p: { q: 2.3 } }; o.p.q **= 0.37; const arr = [1.1]; arr[0] **= 7;",
      "  const values = [2 ** 0.5, (1.3 + 1) ** 2 ** 0.5, cube(1.9), a, o.p.q, arr[0], 10 ** -3, Math.sin(2.5), (2) ** (-0.5)];",
      "  throw new Error(JSON.stringify(values));",
      "};",
    ].join("\n");
    const failure = await failureOf(source);
    const expected = [pow(2, 0.5), pow(1.3 + 1, pow(2, 0.5)), pow(1.9, 3), pow(1.7, 1.5), pow(2.3, 0.37), pow(1.1, 7), pow(10, -3), PORTABLE_MATH.sin(2.5), pow(2, -0.5)];
    expect(JSON.parse(failure.message.slice(failure.message.indexOf("[")))).toEqual(expected);
  });

  it("keeps error columns the user's on a line the rewrite changed", async () => {
    const line = "  const y = 2 ** 3 + (4 ** 0.5) ** 2; missing(y);";
    const failure = await failureOf(`const main = () => {\n${line}\n};`);
    expect(failure).toMatchObject({ class: "undefined_name", line: 2, column: line.indexOf("missing") + 1 });
  });

  it("refuses a compound power whose target has side effects, where it is", async () => {
    const line = "  const a = [2]; let i = 0; a[i++] **= 2;";
    const failure = await failureOf(`const main = () => {\n${line}\n};`);
    expect(failure).toMatchObject({ class: "syntax", line: 2, column: line.indexOf("a[i++]") + 1 });
    expect(failure.message).toContain("**=");
  });

  it("still builds a model that uses powers for its sizes", async () => {
    const outcome = await buildModel(kernel, "const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(2 ** 3, 27 ** (1 / 3), 10);");
    expect(outcome.ok).toBe(true);
    if (outcome.ok) outcome.model.dispose();
  });
});
