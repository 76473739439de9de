/** Problems with what a link asked for, one a line, as the pages that explain them list them. */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
