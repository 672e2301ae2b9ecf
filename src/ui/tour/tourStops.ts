/** A stop of the guided tour: a task whose trajectory is played, and why it was chosen. */
export interface TourStop {
  taskId: string;
  title: string;
  /** What to watch for, in a sentence or two. */
  intro: string;
}

export const TOUR_STOPS: TourStop[] = [
  {
    taskId: "cable_clip_snap",
    title: "From a blank plate to a working clip",
    intro:
      "The seed is a plain block. Each step adds what the task asks for (the pad, the channel, the snap arms, the screw hole) and the semantic-parts and similarity scores climb with it.",
  },
  {
    taskId: "drawer_handle_two_bolt",
    title: "A kernel error, then the repair",
    intro:
      "Step 3 asks OpenCascade for a fillet wider than the bar. The kernel refuses, the build scores below zero and the card names the failing call; the next step drops the fillet and the total recovers.",
  },
  {
    taskId: "wall_j_hook_120n",
    title: "An invented function, caught and fixed",
    intro:
      "Models often call replicad functions that do not exist. Here drawRing is one: the failure is classed as invented_api with its line, and the repair builds the bend from two circles instead.",
  },
];
