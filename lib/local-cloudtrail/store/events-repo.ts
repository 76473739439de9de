import "server-only";

import type { Statement } from "better-sqlite3";

import type { CloudTrailRecord, EventCategory, EventResource, StoredEvent } from "../types";
import { lookupFields } from "./lookup-fields";
import type { Db } from "./open-database";
import { recordDigest } from "./record-digest";

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

/**
 * An event ready for the store: its record's JSON and digest made once, by the caller that
 * has them (the importer) or by `prepareEvent`.
 */
export interface PreparedEvent {
  record: CloudTrailRecord;
  recordJson: string;
  digest: Buffer;
  resources: EventResource[];
}

export function prepareEvent({ record, resources }: StoredEvent): PreparedEvent {
  const recordJson = JSON.stringify(record);
  return { record, recordJson, digest: recordDigest(recordJson), resources };
}

/**
 * Which history a record belongs to: Insights events apart, every other record in the one
 * LookupEvents reads. On AWS that history holds management events only; imported data
 * events are kept in it too, because an investigation needs them (see the README).
 */
function historyCategory(record: CloudTrailRecord): EventCategory {
  return record.eventCategory === "Insight" ? "Insight" : "Management";
}

const statements = new WeakMap<Db, { event: Statement; resource: Statement }>();

function insertStatements(db: Db) {
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = {
      event: db.prepare(`
        INSERT INTO events
          (event_id, digest, region, category, event_time, event_name, event_source, username, read_only, access_key_id, resources, record)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (digest) DO NOTHING`),
      resource: db.prepare(`
        INSERT INTO event_resources (event_seq, region, category, event_time, attribute, value)
        VALUES (?, ?, ?, ?, ?, ?)`),
    };
    statements.set(db, prepared);
  }
  return prepared;
}

/**
 * An event as the store's columns: plain data, so a worker thread that parsed it can hand
 * it over (see import/parse-worker.ts).
 */
export interface StoreRow {
  eventId: string;
  digest: Uint8Array;
  region: string;
  category: EventCategory;
  time: number;
  eventName: string;
  eventSource: string;
  username: string | null;
  readOnly: string | null;
  accessKeyId: string | null;
  /** The resources as LookupEvents lists them (JSON), and the distinct types and names. */
  resourcesJson: string;
  resourceTypes: string[];
  resourceNames: string[];
  recordJson: string;
  /** Not stored in a column: the importer reports the accounts it read. */
  account?: string;
}

export function storeRow({ record, recordJson, digest, resources }: PreparedEvent): StoreRow {
  const fields = lookupFields(record);
  const account = record.recipientAccountId;
  return {
    eventId: record.eventID,
    digest,
    region: record.awsRegion,
    category: historyCategory(record),
    time: Date.parse(record.eventTime),
    eventName: record.eventName,
    eventSource: record.eventSource,
    username: fields.username,
    readOnly: fields.readOnly,
    accessKeyId: fields.accessKeyId,
    resourcesJson: JSON.stringify(resources),
    resourceTypes: [...new Set(resources.map((r) => r.type))],
    resourceNames: [...new Set(resources.map((r) => r.name))],
    recordJson,
    account: typeof account === "string" ? account : undefined,
  };
}

/**
 * Inserts events in one transaction (or in the caller's); an event whose record is
 * already stored is skipped. Returns how many were new.
 */
export function insertStoreRows(db: Db, rows: Iterable<StoreRow>): number {
  const { event: insertEvent, resource: insertResource } = insertStatements(db);
  const run = db.transaction((items: Iterable<StoreRow>) => {
    let inserted = 0;
    for (const row of items) {
      const { region, category, time } = row;
      const result = insertEvent.run(
        row.eventId,
        Buffer.from(row.digest.buffer, row.digest.byteOffset, row.digest.byteLength),
        region,
        category,
        time,
        row.eventName,
        row.eventSource,
        row.username,
        row.readOnly,
        row.accessKeyId,
        row.resourcesJson,
        row.recordJson,
      );
      if (result.changes === 0) continue;
      inserted++;
      const seq = result.lastInsertRowid;
      for (const type of row.resourceTypes) {
        insertResource.run(seq, region, category, time, "ResourceType", type);
      }
      for (const name of row.resourceNames) {
        insertResource.run(seq, region, category, time, "ResourceName", name);
      }
    }
    return inserted;
  });
  return run(rows);
}

export function insertPreparedEvents(db: Db, events: Iterable<PreparedEvent>): number {
  return insertStoreRows(db, mapIterable(events, storeRow));
}

/** Inserts events in one transaction; an event whose record is already stored is skipped. */
export function insertEvents(db: Db, events: Iterable<StoredEvent>): number {
  return insertPreparedEvents(db, mapIterable(events, prepareEvent));
}

function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
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
