import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { WorkbenchStore } from "./state/workbenchStore";
import "./styles.css";

export function mountApp(element: HTMLElement, store: WorkbenchStore): void {
  createRoot(element).render(<App store={store} />);
}
