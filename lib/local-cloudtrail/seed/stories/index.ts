import "server-only";

import type { StoredEvent } from "../../types";
import type { World } from "../world";
import { consolePrivilegeEscalation } from "./console-privilege-escalation";
import { leakedAccessKey } from "./leaked-access-key";
import { rootWithoutMfa } from "./root-without-mfa";

export { ESCALATION_ATTACKER, LEAKED_KEY_ATTACKER, ROOT_ATTACKER } from "./attackers";

/** Every scripted event of the three attack stories and their responses. */
export function storyEvents(world: World): StoredEvent[] {
  return [
    ...leakedAccessKey(world),
    ...consolePrivilegeEscalation(world),
    ...rootWithoutMfa(world),
  ];
}
