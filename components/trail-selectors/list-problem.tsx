/** An error about a whole list (too many selectors, a selector without an event category). */
interface ListError {
  message?: string;
  root?: { message?: string };
}

/**
 * The message of a list's own error: react-hook-form keeps it under `root` once the list
 * has items, on the list itself when it is empty.
 */
export function listErrorMessage(error: ListError | undefined): string | undefined {
  return error?.root?.message ?? error?.message;
}

/** A list's own error, shown below it and announced when it appears. */
export function ListProblem({ id, message }: { id?: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="text-sm font-medium text-destructive">
      {message}
    </p>
  );
}
