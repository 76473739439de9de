import "server-only";

import { randomUUID } from "node:crypto";

import type { LocalAccessKey } from "./access-keys";
import { auditRecord } from "./audit-record";
import { callerIdentity, dashboardIdentity } from "./caller-identity";
import { getOperation } from "./model/model";
import type { OperationContext } from "./operations/context";
import { LOOKUP_WINDOW_MS } from "./operations/lookup-events";
import { isReadOnlyOperation, OPERATIONS } from "./operations/registry";
import {
  parseRequest,
  type ParsedRequest,
  type ServiceRequest,
  type ServiceResponse,
} from "./protocol/parse-request";
import { ServiceError } from "./protocol/service-error";
import { modelledInput, validateInput } from "./protocol/validate-input";
import { assertRegionEnabled } from "./opt-in-regions";
import { RegionRateLimiter } from "./rate-limiter";
import { DEMO_ACCOUNT_ID } from "./seed";
import { verifySignature } from "./signature/verify-signature";
import { insertEvents } from "./store/events-repo";
import { isImportedRegion } from "./store/imported-regions";
import { openDatabase, type Db } from "./store/open-database";
import { seedIfEmpty, topUpSeed } from "./store/seed-store";
import type { UserIdentity } from "./types";

export interface LocalCloudTrailOptions {
  /** SQLite file, or ":memory:". */
  path: string;
  /** Clock in epoch ms; tests move it. */
  now?: () => number;
  /** LookupEvents calls per second per region; null turns throttling off (archives, benchmarks). */
  lookupEventsPerSecond?: number | null;
  /** How far back LookupEvents reaches (default AWS's 90 days); null for no limit. */
  historyWindowMs?: number | null;
  /** Seed the demo account into an empty store (default true), optionally with a PRNG seed. */
  seed?: boolean | { seed: number };
  /** The keys `handle` accepts (none by default: every signed request is refused). */
  accessKeys?: readonly LocalAccessKey[];
}

const TOP_UP_INTERVAL_MS = 60_000;

/**
 * The embedded CloudTrail service: answers AWS JSON 1.1 requests for the operations in
 * `OPERATIONS` and records every call it serves in its own event history.
 */
export class LocalCloudTrail {
  readonly db: Db;
  readonly accountId = DEMO_ACCOUNT_ID;
  private readonly now: () => number;
  private readonly limiter?: RegionRateLimiter;
  private readonly seeded: boolean;
  private readonly accessKeys: readonly LocalAccessKey[];
  private readonly historyWindowMs: number | null;
  private lastTopUp = 0;

  constructor(options: LocalCloudTrailOptions) {
    this.now = options.now ?? Date.now;
    this.accessKeys = options.accessKeys ?? [];
    const rate = options.lookupEventsPerSecond === undefined ? 2 : options.lookupEventsPerSecond;
    if (rate !== null) this.limiter = new RegionRateLimiter(rate);
    this.historyWindowMs =
      options.historyWindowMs === undefined ? LOOKUP_WINDOW_MS : options.historyWindowMs;
    this.db = openDatabase(options.path);
    this.seeded = options.seed !== false;
    if (this.seeded) {
      const seed = typeof options.seed === "object" ? options.seed.seed : undefined;
      seedIfEmpty(this.db, this.now(), seed);
    }
  }

  /**
   * The service's door to the network: a request is served only if it is signed (SigV4) by
   * one of the local access keys, and is recorded as that key's IAM user. A request refused
   * here is not recorded, as on AWS.
   */
  async handle(request: ServiceRequest): Promise<ServiceResponse> {
    let key: LocalAccessKey;
    try {
      key = await verifySignature(request, this.accessKeys, this.now());
    } catch (error) {
      return errorResponse(error, randomUUID());
    }
    return this.respond(request, callerIdentity(this.accountId, key));
  }

  /**
   * Calls from the dashboard's own SDK client in this process. They cross no network, so
   * there is no one to authenticate: checking a signature the same process made with a
   * secret it holds would prove nothing. They are recorded as the dashboard's IAM user.
   */
  handleInProcess(request: ServiceRequest): ServiceResponse {
    return this.respond(request, dashboardIdentity(this.accountId));
  }

  close(): void {
    this.db.close();
  }

  private respond(request: ServiceRequest, caller: UserIdentity): ServiceResponse {
    let parsed: ParsedRequest | undefined;
    try {
      if (request.method !== "POST") {
        throw new ServiceError(
          "UnknownOperationException",
          "The local CloudTrail service accepts POST only.",
          405,
        );
      }
      parsed = parseRequest(request);
      // Refused before anything is recorded: the region is closed to this account, unless
      // log files of it were imported (the account evidently uses it).
      const region = parsed.region;
      assertRegionEnabled(region, () => isImportedRegion(this.db, region));
      return this.serve(parsed, caller);
    } catch (error) {
      return errorResponse(error, parsed?.requestId);
    }
  }

  private serve(request: ParsedRequest, caller: UserIdentity): ServiceResponse {
    const now = this.now();
    const ctx: OperationContext = {
      db: this.db,
      region: request.region,
      accountId: this.accountId,
      now,
      historyWindowMs: this.historyWindowMs,
      caller,
      auditResources: [],
    };
    const recorded = {
      ...request,
      input: modelledInput(getOperation(request.operation)?.input?.shape, request.input),
    };
    const audit = (result: { output?: Record<string, unknown>; error?: ServiceError }) =>
      auditRecord({
        request: recorded,
        accountId: this.accountId,
        caller: ctx.caller,
        time: now,
        readOnly: isReadOnlyOperation(request.operation),
        output: result.output,
        error: result.error && { code: result.error.code, message: result.error.message },
        resources: ctx.auditResources,
      });

    try {
      const output = this.db.transaction(() => {
        const result = this.run(ctx, request, now);
        insertEvents(this.db, [audit({ output: result })]);
        return result;
      })();
      return jsonResponse(200, output, request.requestId);
    } catch (error) {
      if (error instanceof ServiceError) insertEvents(this.db, [audit({ error })]);
      throw error;
    }
  }

  private run(ctx: OperationContext, request: ParsedRequest, now: number): Record<string, unknown> {
    const handler = OPERATIONS[request.operation];
    if (!handler) {
      throw new ServiceError(
        "UnsupportedOperationException",
        `${request.operation} is not supported by the local CloudTrail service.`,
      );
    }
    if (request.operation === "LookupEvents") {
      if (this.limiter && !this.limiter.tryAcquire(request.region, now)) {
        throw new ServiceError("ThrottlingException", "Rate exceeded");
      }
      this.topUp(now);
    }
    const shape = getOperation(request.operation)!.input!.shape;
    validateInput(shape, request.input);
    // The operations read what the model describes; a member sent as null is one not sent.
    return handler(ctx, modelledInput(shape, request.input));
  }

  private topUp(now: number): void {
    if (!this.seeded || now - this.lastTopUp < TOP_UP_INTERVAL_MS) return;
    this.lastTopUp = now;
    topUpSeed(this.db, now);
  }
}

function jsonResponse(statusCode: number, body: unknown, requestId = "") {
  return {
    statusCode,
    headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": requestId },
    body: JSON.stringify(body),
  };
}

function errorResponse(error: unknown, requestId?: string): ServiceResponse {
  if (error instanceof ServiceError) {
    return jsonResponse(
      error.statusCode,
      { __type: error.code, message: error.message },
      requestId,
    );
  }
  console.error("local CloudTrail: internal error", error);
  return jsonResponse(
    500,
    { __type: "InternalFailure", message: "The local CloudTrail service failed; see its log." },
    requestId,
  );
}
