export type ChecklistItem = Record<string, unknown>;
