import type { ImportProgress, ImportSummary } from "@/lib/import/import-report";

/** Where one chosen file stands. */
export type FileState =
  | { status: "waiting" }
  | { status: "importing"; sent: number; progress?: ImportProgress }
  | { status: "imported"; summary: ImportSummary }
  | { status: "failed"; message: string; progress?: ImportProgress }
  | { status: "cancelled"; progress?: ImportProgress }
  /** Passed over in the browser: its name says it is no log file. */
  | { status: "skipped"; reason: string }
  /** Not sent: the import stopped before its turn. */
  | { status: "not-sent" };

export interface ChosenFile {
  id: number;
  file: File;
  state: FileState;
}

/** Why an import stopped before its last file; a file's own failure does not stop it. */
export type Halt =
  | { kind: "cancelled" }
  | { kind: "signed-out" }
  | { kind: "refused"; message: string }
  | { kind: "network"; file: string };

/** The name the server knows a file by (its path when dropped with its folder). */
export function uploadName(file: File): string {
  return file.webkitRelativePath || file.name;
}
