import type { RuleReference } from "../types";

const SECURITY_HUB_CLOUDWATCH =
  "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html";

/**
 * A CIS AWS Foundations Benchmark v1.4.0 monitoring control (section 4). Its page is
 * Security Hub's matching CloudWatch control, which quotes the benchmark's metric filter:
 * the CIS text itself sits behind a registration wall.
 */
export function cisMonitoring(id: string, title: string, cloudWatchControl: number): RuleReference {
  return {
    framework: "CIS AWS Foundations",
    id,
    title,
    url: `${SECURITY_HUB_CLOUDWATCH}#cloudwatch-${cloudWatchControl}`,
  };
}

/** A MITRE ATT&CK (sub-)technique, e.g. "T1562.008". */
export function attackTechnique(id: string, title: string): RuleReference {
  return {
    framework: "MITRE ATT&CK",
    id,
    title,
    url: `https://attack.mitre.org/techniques/${id.replace(".", "/")}/`,
  };
}
