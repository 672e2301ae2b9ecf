/** Messages the page sends its service worker. */
export const SW_MESSAGE = {
  /** Take over from the running version now (the user chose to reload). */
  activate: "cadforge:activate",
  /** Reply on the given port with `SwVersionReply`. */
  version: "cadforge:version",
  /** Store the files kept on first use (Pyodide's) now: Python has run in this page. */
  keepFirstUse: "cadforge:keep-first-use",
} as const;

export interface SwVersionReply {
  version: string;
  files: number;
}
