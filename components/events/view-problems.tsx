import { ProblemList } from "@/components/problem-list";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { eventsViewProblems } from "@/lib/view/events-view";

/** What is wrong with the URL's view, said plainly; the page meanwhile shows the corrected view. */
export function ViewProblems({
  searchParams,
  regions,
}: {
  searchParams: URLSearchParams;
  regions: string[];
}) {
  const problems = eventsViewProblems(searchParams, regions);
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
