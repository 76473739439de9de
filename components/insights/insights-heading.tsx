/** The page's title and what an Insights event is, shared by the page and its loading state. */
export function InsightsHeading() {
  return (
    <div className="flex flex-col gap-1">
      <h1 className="text-xl font-semibold tracking-tight">Insights</h1>
      <p className="max-w-3xl text-sm text-muted-foreground">
        Unusual API activity that CloudTrail Insights detected: a burst of calls to one API (API
        call rate) or of its failures (API error rate), measured against the account’s own baseline.
      </p>
    </div>
  );
}
