import { useEffect, useLayoutEffect, useRef } from "react";
import { addAfterEffect, useThree } from "@react-three/fiber";
import type { ShownModel } from "../state/workbenchStore";
import { reportModelDrawn } from "../pageProbe";

/** Reports each new model once the frame that contains it has been rendered. */
export function FrameReporter({ model }: { model: ShownModel | null }) {
  const invalidate = useThree((s) => s.invalidate);
  const waiting = useRef<ShownModel | null>(null);

  useLayoutEffect(() => {
    waiting.current = model;
    invalidate();
  }, [model, invalidate]);

  useEffect(
    () =>
      addAfterEffect(() => {
        if (!waiting.current) return;
        reportModelDrawn(waiting.current);
        waiting.current = null;
      }),
    [],
  );
  return null;
}
