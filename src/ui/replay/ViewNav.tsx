import type { AppView } from "./appView";

const TABS: { view: AppView; label: string }[] = [
  { view: "welcome", label: "Welcome" },
  { view: "editor", label: "Editor" },
  { view: "replay", label: "Replay" },
];

/** Switches between the editor, the replay and the welcome page (where the tour starts). */
export function ViewNav({ view, onChange }: { view: AppView; onChange: (view: AppView) => void }) {
  const current = view === "tour" ? "welcome" : view;
  return (
    <nav className="view-nav" aria-label="Views">
      {TABS.map((tab) => (
        <button key={tab.view} type="button" aria-current={current === tab.view ? "page" : undefined} onClick={() => onChange(tab.view)}>
          {tab.label}
        </button>
      ))}
      {view === "tour" && <span className="view-nav-note">Guided tour</span>}
    </nav>
  );
}
