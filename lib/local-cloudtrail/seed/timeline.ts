import "server-only";

import { DAY, HOUR, MINUTE, SECOND } from "./constants";
import { utcDayStart } from "./time";

/**
 * Everything placed relative to the anchor (the store's first seed), in one place so the
 * trails, the stories and the baseline that reacts to them agree to the second.
 * Days are counted back from the anchor and start at UTC midnight, so each story lands
 * at a fixed time of day whatever time the anchor itself has.
 */
export interface Timeline {
  anchor: number;
  managementTrailCreated: number;
  euTrailCreated: number;
  euDeliveryBroken: number;
  leakedKey: {
    start: number;
    eventSelectorsChanged: number;
    loggingStopped: number;
    deleteTrailDenied: number;
    keyDeactivated: number;
    selectorsRestored: number;
    loggingRestarted: number;
    keyRotated: number;
    oldKeyDeleted: number;
  };
  privilegeEscalation: { start: number };
  rootWithoutMfa: {
    start: number;
    detectorDeleted: number;
    keyDeletionScheduled: number;
    detectorRecreated: number;
    keyDeletionCancelled: number;
    ownerSignIn: number;
    mfaEnabled: number;
  };
}

const at = (h: number, m: number, s: number) => h * HOUR + m * MINUTE + s * SECOND;

function dayBefore(anchor: number, days: number): number {
  return utcDayStart(anchor - days * DAY);
}

export function timeline(anchor: number): Timeline {
  const leakDay = dayBefore(anchor, 2);
  const escalationDay = dayBefore(anchor, 9);
  const rootDay = dayBefore(anchor, 16);
  return {
    anchor,
    managementTrailCreated: dayBefore(anchor, 85) + at(15, 12, 7),
    euTrailCreated: dayBefore(anchor, 84) + at(14, 3, 41),
    euDeliveryBroken: dayBefore(anchor, 20) + at(17, 44, 10),
    leakedKey: {
      start: leakDay + at(2, 47, 13),
      eventSelectorsChanged: leakDay + at(2, 55, 12),
      loggingStopped: leakDay + at(2, 55, 40),
      deleteTrailDenied: leakDay + at(2, 56, 5),
      keyDeactivated: leakDay + at(8, 11, 40),
      selectorsRestored: leakDay + at(8, 14, 5),
      loggingRestarted: leakDay + at(8, 14, 31),
      keyRotated: leakDay + at(14, 20, 18),
      oldKeyDeleted: leakDay + at(14, 46, 2),
    },
    privilegeEscalation: { start: escalationDay + at(3, 46, 55) },
    rootWithoutMfa: {
      start: rootDay + at(4, 29, 40),
      detectorDeleted: rootDay + at(4, 37, 21),
      keyDeletionScheduled: rootDay + at(4, 40, 48),
      detectorRecreated: rootDay + DAY + at(9, 12, 44),
      keyDeletionCancelled: rootDay + DAY + at(9, 15, 10),
      ownerSignIn: rootDay + DAY + at(14, 2, 19),
      mfaEnabled: rootDay + DAY + at(14, 6, 52),
    },
  };
}
