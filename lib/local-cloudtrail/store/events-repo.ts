import "server-only";

import type { EventCategory, EventResource, StoredEvent } from "../types";
import type { Db } from "./open-database";
import { lookupFields } from "./lookup-fields";

export type LookupAttributeKey =
  | "EventId"
  | "EventName"
  | "ReadOnly"
  | "Username"
  | "ResourceType"
  | "ResourceName"
  | "EventSource"
  | "AccessKeyId";

/** Where a page ended: the last event returned, in (time, seq) order. */
export interface EventCursor {
  time: number;
  seq: number;
}

export interface EventQuery {
  region: string;
  category: EventCategory;
  startTime: number;
  endTime: number;
  attribute?: { key: LookupAttributeKey; value: string };
  after?: EventCursor;
  limit: number;
}

export interface EventRow {
  seq: number;
  eventId: string;
  eventTime: number;
  eventName: string;
  eventSource: string;
  username: string | null;
  readOnly: string | null;
  accessKeyId: string | null;
  resources: EventResource[];
  record: string;
}

const EVENT_COLUMNS: Partial<Record<LookupAttributeKey, string>> = {
  EventId: "event_id",
  EventName: "event_name",
  ReadOnly: "read_only",
  Username: "username",
  EventSource: "event_source",
  AccessKeyId: "access_key_id",
};

const RESOURCE_ATTRIBUTES = new Set<LookupAttributeKey>(["ResourceType", "ResourceName"]);

interface RawRow {
  seq: number;
  event_id: string;
  event_time: number;
  event_name: string;
  event_source: string;
  username: string | null;
  read_only: string | null;
  access_key_id: string | null;
  resources: string;
  record: string;
}

/** Inserts events in one transaction; an event whose eventID is already stored is skipped. */
export function insertEvents(db: Db, events: Iterable<StoredEvent>): number {
  const insertEvent = db.prepare(`
    INSERT OR IGNORE INTO events
      (event_id, region, category, event_time, event_name, event_source, username, read_only, access_key_id, resources, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertResource = db.prepare(`
    INSERT INTO event_resources (event_seq, region, category, event_time, attribute, value)
    VALUES (?, ?, ?, ?, ?, ?)`);

  const run = db.transaction((items: Iterable<StoredEvent>) => {
    let inserted = 0;
    for (const { record, resources } of items) {
      const time = Date.parse(record.eventTime);
      const fields = lookupFields(record);
      const result = insertEvent.run(
        record.eventID,
        record.awsRegion,
        record.eventCategory,
        time,
        record.eventName,
        record.eventSource,
        fields.username,
        fields.readOnly,
        fields.accessKeyId,
        JSON.stringify(resources),
        JSON.stringify(record),
      );
      if (result.changes === 0) continue;
      inserted++;
      const lookups = [
        ...[...new Set(resources.map((r) => r.type))].map((v) => ["ResourceType", v]),
        ...[...new Set(resources.map((r) => r.name))].map((v) => ["ResourceName", v]),
      ];
      for (const [attribute, value] of lookups) {
        const seq = result.lastInsertRowid;
        insertResource.run(seq, record.awsRegion, record.eventCategory, time, attribute, value);
      }
    }
    return inserted;
  });
  return run(events);
}

/**
 * One page of a region's history, newest first. Keyset pagination on (time, seq) keeps
 * pages stable while new events arrive and makes every page an index range scan.
 */
export function queryEvents(db: Db, query: EventQuery): EventRow[] {
  const where = ["e.region = @region", "e.category = @category"];
  const params: Record<string, string | number> = {
    region: query.region,
    category: query.category,
    start: query.startTime,
    end: query.endTime,
    limit: query.limit,
  };
  let from = "events e";
  let time = "e.event_time";
  let seq = "e.seq";

  const attribute = query.attribute;
  if (attribute) {
    params.value = attribute.value;
    const eventColumn = EVENT_COLUMNS[attribute.key];
    if (eventColumn) {
      where.push(`e.${eventColumn} = @value`);
    } else if (RESOURCE_ATTRIBUTES.has(attribute.key)) {
      // Drive the scan from the resource index, which is ordered by time like the events.
      params.attribute = attribute.key;
      from = "event_resources r JOIN events e ON e.seq = r.event_seq";
      where[0] = "r.region = @region";
      where[1] = "r.category = @category";
      where.push("r.attribute = @attribute", "r.value = @value");
      time = "r.event_time";
      seq = "r.event_seq";
    }
  }
  where.push(`${time} >= @start`, `${time} <= @end`);
  if (query.after) {
    params.afterTime = query.after.time;
    params.afterSeq = query.after.seq;
    where.push(`(${time} < @afterTime OR (${time} = @afterTime AND ${seq} < @afterSeq))`);
  }

  const sql = `
    SELECT e.seq, e.event_id, e.event_time, e.event_name, e.event_source, e.username,
      e.read_only, e.access_key_id, e.resources, e.record
    FROM ${from}
    WHERE ${where.join(" AND ")}
    ORDER BY ${time} DESC, ${seq} DESC
    LIMIT @limit`;
  const rows = db.prepare(sql).all(params) as RawRow[];
  return rows.map(toEventRow);
}

function toEventRow(row: RawRow): EventRow {
  return {
    seq: row.seq,
    eventId: row.event_id,
    eventTime: row.event_time,
    eventName: row.event_name,
    eventSource: row.event_source,
    username: row.username,
    readOnly: row.read_only,
    accessKeyId: row.access_key_id,
    resources: JSON.parse(row.resources) as EventResource[],
    record: row.record,
  };
}

export function countEvents(db: Db): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;
}
