import { Badge } from "@/components/ui/badge";
import { describeCondition, type LookupPlan } from "@/lib/events/conditions";

/**
 * Where each condition ran: CloudTrail filters on one lookup attribute per call; the rest
 * are tested on the server against every event CloudTrail returns.
 */
export function ScanPlan({ plan }: { plan: LookupPlan }) {
  const server = plan.server.map(describeCondition);
  if (plan.failuresOnly) server.push("failures only");
  return (
    <dl className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
      <div className="flex items-center gap-1.5">
        <dt>At CloudTrail:</dt>
        <dd>
          {plan.cloudTrail ? (
            <Badge variant="outline">{describeCondition(plan.cloudTrail)}</Badge>
          ) : (
            "every event in the time range"
          )}
        </dd>
      </div>
      {server.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5">
          <dt>On the server:</dt>
          {server.map((text) => (
            <dd key={text}>
              <Badge variant="outline">{text}</Badge>
            </dd>
          ))}
        </div>
      )}
    </dl>
  );
}
