import "server-only";

import { accessKeyId } from "../ids";
import { iamUser } from "../principals";
import { ATTACKER_UA, BROWSERS } from "../user-agents";

/** The outsiders of the stories: what a detection rule would key on. */

/** Story 1: the CI user's leaked key, used through Tor exits with a Kali boto3. */
export const LEAKED_KEY_ATTACKER = {
  ip: "185.220.101.34",
  laterIp: "185.220.101.47",
  userAgent: ATTACKER_UA.kaliBoto3,
} as const;

/** Story 2: a phished console password, then a backdoor IAM user with an access key. */
export const ESCALATION_ATTACKER = {
  ip: "146.70.199.24",
  laterIp: "185.107.56.219",
  browser: BROWSERS.chromeWinOld,
  cli: ATTACKER_UA.oldCli,
  backdoorUser: {
    ...iamUser("svc-backup-sync"),
    accessKeyId: accessKeyId("AKIA", "svc-backup-sync/1"),
  },
  externalAccount: "836504179211",
} as const;

/** Story 3: the root password, used without MFA from abroad. */
export const ROOT_ATTACKER = {
  ip: "91.92.243.19",
  browser: BROWSERS.edgeWin,
  rootAccessKey: accessKeyId("AKIA", "root/1"),
} as const;
