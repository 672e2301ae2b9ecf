import { useEffect, useLayoutEffect, useRef } from "react";
import { addAfterEffect, useThree } from "@react-three/fiber";
import type { ShownModel } from "../state/workbenchStore";

/** Reports each new model once the frame that contains it has been rendered. */
export function FrameReporter({ model, onDrawn }: { model: ShownModel | null; onDrawn: (model: ShownModel) => void }) {
  const invalidate = useThree((s) => s.invalidate);
  const waiting = useRef<ShownModel | null>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;

  useLayoutEffect(() => {
    waiting.current = model;
    invalidate();
  }, [model, invalidate]);

  useEffect(
    () =>
      addAfterEffect(() => {
        if (!waiting.current) return;
        drawn.current(waiting.current);
        waiting.current = null;
      }),
    [],
  );
  return null;
}
