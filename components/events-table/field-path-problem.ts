import { columnLabel, isColumnId } from "@/lib/view/columns";

/** What is wrong with a field path typed to add as a column, or null when it can be added. */
export function fieldPathProblem(path: string, columns: readonly string[]): string | null {
  if (path === "") return "Type a field path, such as requestParameters.bucketName.";
  if (!isColumnId(path)) {
    return `“${path}” is not a field path: use names of letters, digits, _, - or $ joined by dots, such as requestParameters.bucketName.`;
  }
  if (columns.includes(path)) return `“${columnLabel(path)}” is already a column.`;
  return null;
}
