import { vi } from "vitest";
import { WasmScope } from "../../src/kernel";

/** Every replicad object a build's scope records from now on: watched, not replaced (restore with vi.restoreAllMocks). */
export function watchRecorded(): { wrapped: unknown }[] {
  const recorded: { wrapped: unknown }[] = [];
  const record = WasmScope.prototype.record;
  vi.spyOn(WasmScope.prototype, "record").mockImplementation(function (this: WasmScope, obj) {
    recorded.push(obj as unknown as { wrapped: unknown });
    return record.call(this, obj);
  });
  return recorded;
}
