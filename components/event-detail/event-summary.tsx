import { ExpandableRecordText } from "@/components/expandable-record-text";
import { describeIdentity, describeMfa } from "@/lib/events/describe-identity";
import type { TrailEvent } from "@/lib/events/trail-event";
import type { TimeZoneChoice } from "@/lib/view/events-view";

import { DetailSection, Fact, FactList, type HeadingLevel } from "./detail-section";
import { EventTime } from "./event-time";

interface EventSummaryProps {
  event: TrailEvent;
  timeZone: TimeZoneChoice;
  level: HeadingLevel;
  compact: boolean;
}

/** Who did what, when and from where: what an analyst reads before the record itself. */
export function EventSummary({ event, timeZone, level, compact }: EventSummaryProps) {
  const identity = describeIdentity(event);
  const mono = "font-mono text-xs";
  // Roles and keys often run without MFA by design; a person signing in, or root, should not.
  const mfaIsAlarming =
    identity.mfa.state === "no" &&
    (identity.type === "Root" || ("source" in identity.mfa && identity.mfa.source === "sign-in"));
  return (
    <div className={compact ? "flex flex-col gap-5" : "grid gap-6 lg:grid-cols-2"}>
      <DetailSection title="What" level={level}>
        <FactList>
          <Fact term="Event name">{recordValue(event.name)}</Fact>
          <Fact term="Time">
            <EventTime iso={event.time} timeZone={timeZone} />
          </Fact>
          <Fact term="Event source">{recordValue(event.source)}</Fact>
          <Fact term="Region">{recordValue(event.region)}</Fact>
          <Fact term="Outcome">
            {event.errorCode ? (
              <span className="font-medium text-destructive">
                Failed: <ExpandableRecordText value={event.errorCode} />
              </span>
            ) : (
              "Succeeded"
            )}
          </Fact>
          {event.readOnly !== undefined && (
            <Fact term="Read only">{event.readOnly ? "Yes" : "No"}</Fact>
          )}
          <Fact term="Event ID">
            <span className={mono}>{recordValue(event.id)}</span>
          </Fact>
        </FactList>
      </DetailSection>
      <DetailSection title="Who" level={level}>
        <FactList>
          <Fact term="Identity type">{recordValue(identity.typeLabel)}</Fact>
          {identity.type === "AssumedRole" ? (
            <>
              <Fact term="Role">{recordValue(identity.roleName)}</Fact>
              {identity.roleArn && (
                <Fact term="Role ARN">
                  <span className={mono}>{recordValue(identity.roleArn)}</span>
                </Fact>
              )}
              <Fact term="Session name">{recordValue(identity.sessionName)}</Fact>
            </>
          ) : identity.type === "FederatedUser" ? (
            <Fact term="Federated user">{recordValue(identity.sessionName)}</Fact>
          ) : identity.type === "Root" ? null : identity.type === "AWSService" ? (
            <Fact term="Invoked by">{recordValue(identity.invokedBy)}</Fact>
          ) : (
            <Fact term="User name">{recordValue(identity.userName)}</Fact>
          )}
          {identity.arn && identity.type !== "AssumedRole" && (
            <Fact term="ARN">
              <span className={mono}>{recordValue(identity.arn)}</span>
            </Fact>
          )}
          {identity.type === "AssumedRole" && identity.arn && (
            <Fact term="Session ARN">
              <span className={mono}>{recordValue(identity.arn)}</span>
            </Fact>
          )}
          {identity.accountId && <Fact term="Account">{recordValue(identity.accountId)}</Fact>}
          {identity.invokedBy && identity.type !== "AWSService" && (
            <Fact term="Invoked by">{recordValue(identity.invokedBy)}</Fact>
          )}
          <Fact term="MFA">
            <span className={mfaIsAlarming ? "font-medium text-destructive" : undefined}>
              {describeMfa(identity.mfa)}
            </span>
          </Fact>
          <Fact term="Source IP">{recordValue(event.sourceIp)}</Fact>
          <Fact term="User agent">
            {event.userAgent && <span className={mono}>{recordValue(event.userAgent)}</span>}
          </Fact>
          <Fact term="Access key">
            {identity.accessKeyId && (
              <span className={mono}>{recordValue(identity.accessKeyId)}</span>
            )}
          </Fact>
        </FactList>
      </DetailSection>
    </div>
  );
}

/**
 * A value read from the record, which its caller wrote: its hidden characters shown, and a
 * long one cut with a button for the rest. An absent one stays absent, for Fact's "—".
 */
function recordValue(value: string | undefined) {
  return value ? <ExpandableRecordText value={value} /> : undefined;
}
