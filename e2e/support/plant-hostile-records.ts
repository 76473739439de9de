/**
 * Adds the hostile records of test/fixtures/hostile-records.json to a local store, with the
 * store's own code, before the end-to-end server opens it:
 *
 *   node --stack-size=4000 --conditions=react-server --import tsx \
 *     e2e/support/plant-hostile-records.ts <store path>
 *
 * The store keeps a record as JSON.stringify writes it, and one of these records nests
 * 5,000 levels deep: more than Node's default stack lets JSON.stringify walk, hence the
 * larger stack. The server seeds the demo account into the store on first use as usual.
 */
import { insertEvents } from "../../lib/local-cloudtrail/store/events-repo";
import { openDatabase } from "../../lib/local-cloudtrail/store/open-database";

import { hostileStart, placeHostileEvents, readHostileEvents } from "./hostile-records";

const path = process.argv[2];
if (!path) throw new Error("Usage: plant-hostile-records.ts <store path>");

const events = placeHostileEvents(readHostileEvents(), hostileStart());
const db = openDatabase(path);
try {
  const inserted = insertEvents(db, events);
  console.log(`Planted ${inserted} hostile records in ${path}`);
} finally {
  db.close();
}
