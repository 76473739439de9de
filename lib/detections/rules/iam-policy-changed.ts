import type { RecordRule } from "../types";
import { callTo } from "./api-call";
import { cisMonitoring } from "./references";

/** The benchmark's list, plus role trust policies, through which a role is opened to outsiders. */
const POLICY_CALLS = [
  "PutUserPolicy",
  "PutGroupPolicy",
  "PutRolePolicy",
  "DeleteUserPolicy",
  "DeleteGroupPolicy",
  "DeleteRolePolicy",
  "AttachUserPolicy",
  "AttachGroupPolicy",
  "AttachRolePolicy",
  "DetachUserPolicy",
  "DetachGroupPolicy",
  "DetachRolePolicy",
  "CreatePolicy",
  "DeletePolicy",
  "CreatePolicyVersion",
  "DeletePolicyVersion",
  "SetDefaultPolicyVersion",
  "UpdateAssumeRolePolicy",
];

export const iamPolicyChanged: RecordRule = {
  kind: "record",
  id: "iam-policy-changed",
  title: "IAM policy changed",
  severity: "medium",
  description:
    "An IAM policy was written, attached, detached or deleted, or a role's trust policy changed: the usual way an intruder grants itself more access or keeps it. Denied attempts are flagged too.",
  nextSteps:
    "Read the policy document or ARN in the request: administrator or wildcard grants, and trust to an unknown account, need an owner who asked for them. If no change request explains it, revert it and review the caller.",
  reference: cisMonitoring(
    "4.4",
    "Ensure a log metric filter and alarm exist for IAM policy changes",
    4,
  ),
  match: callTo("iam.amazonaws.com", POLICY_CALLS),
};
