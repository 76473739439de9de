import { ProblemList } from "@/components/problem-list";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/**
 * What is wrong with the URL's view, said plainly; the page meanwhile shows the corrected
 * view. Each page reads its own parameters, so it passes its own problems.
 */
export function ViewProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert variant="warning">
      <AlertTitle>Some of this link’s settings could not be used</AlertTitle>
      <AlertDescription>
        <ProblemList problems={problems} />
      </AlertDescription>
    </Alert>
  );
}
