/** One line the user's code printed with `console`, and the line of the code that printed it. */
export interface LogEntry {
  level: "log" | "info" | "warn" | "error" | "debug";
  text: string;
  line: number | null;
}
