import { ProblemList } from "@/components/problem-list";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { insightsViewProblems } from "@/lib/insights/insights-view";

/** What is wrong with the URL's view, said plainly; the page meanwhile shows the corrected view. */
export function InsightsViewProblems({
  searchParams,
  regions,
}: {
  searchParams: URLSearchParams;
  regions: string[];
}) {
  const problems = insightsViewProblems(searchParams, regions);
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
