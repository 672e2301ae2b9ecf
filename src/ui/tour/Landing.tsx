import { TOUR_STOPS } from "./tourStops";

interface LandingProps {
  onStartTour: () => void;
  onOpenReplay: () => void;
  onOpenEditor: () => void;
}

/** What CADForge is, in a few lines, and the way into the guided tour. */
export function Landing({ onStartTour, onOpenReplay, onOpenEditor }: LandingProps) {
  return (
    <div className="landing">
      <div className="landing-card">
        <h1>CADForge</h1>
        <p className="landing-lead">Write replicad code for a CAD task; OpenCascade builds it in your browser and a reward scorer grades it, with notes on what to fix.</p>
        <ul className="landing-points">
          <li>
            <strong>Build:</strong> the real B-rep kernel runs in a web worker: no server, works offline.
          </li>
          <li>
            <strong>Score:</strong> build, topology, contact, the parts the task asks for, similarity to a reference, editability and efficiency, all measured on the geometry.
          </li>
          <li>
            <strong>Replay:</strong> watch repair trajectories, or your own model rollouts, improve step by step, scored live.
          </li>
        </ul>
        <div className="landing-actions">
          <button type="button" className="primary" onClick={onStartTour}>
            Start the tour
          </button>
          <button type="button" onClick={onOpenReplay}>
            Replay trajectories
          </button>
          <button type="button" onClick={onOpenEditor}>
            Go to the editor
          </button>
        </div>
        <p className="muted">
          The tour plays {TOUR_STOPS.length} repairs, from a weak seed to a finished part, and ends in the editor. No typing needed.
        </p>
      </div>
    </div>
  );
}
