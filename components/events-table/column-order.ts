/** The columns with the one at `from` moved to `to` (both within range). */
export function moveColumn(columns: readonly string[], from: number, to: number): string[] {
  const next = [...columns];
  const [id] = next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
