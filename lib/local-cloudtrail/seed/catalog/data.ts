import "server-only";

import { bucketArn, dbArn, dbClusterArn, tableArn } from "../arns";
import { DEMO_ACCOUNT_ID } from "../constants";
import { javaDate } from "../time";
import { has, read, recordRes, res, write } from "./helpers";
import type { CallContext, CallDetails, EventTemplate } from "./types";

/** Buckets that carry a bucket policy; GetBucketPolicy on the others fails, as on AWS. */
const hasPolicy = (bucket: string) =>
  /cloudtrail|static|data-lake|exports|athena|media/.test(bucket);
const hasTags = (bucket: string) => !/legacy|backups/.test(bucket);

function s3Extra(ctx: CallContext): Record<string, unknown> {
  return {
    SignatureVersion: "SigV4",
    CipherSuite: "TLS_AES_128_GCM_SHA256",
    bytesTransferredIn: 0,
    AuthenticationMethod: "AuthHeader",
    "x-amz-id-2": `${ctx.rng.hex(24)}/${ctx.rng.hex(40)}=`,
    bytesTransferredOut: 0,
  };
}

/** A bucket sub-resource call: what every GetBucketX/PutBucketX record carries. */
function bucketCall(
  ctx: CallContext,
  subresource: string,
  extra?: Record<string, unknown>,
  error?: (bucket: string) => CallDetails["error"],
): CallDetails {
  const bucket = ctx.rng.pick(ctx.inv.buckets);
  return {
    request: {
      bucketName: bucket,
      Host: `${bucket}.s3.${ctx.region}.amazonaws.com`,
      [subresource]: "",
      ...extra,
    },
    additionalEventData: s3Extra(ctx),
    resources: [res("AWS::S3::Bucket", bucket)],
    recordResources: [recordRes("AWS::S3::Bucket", bucketArn(bucket))],
    deniedResource: bucketArn(bucket),
    error: error?.(bucket),
  };
}

const withBuckets = has((i) => i.buckets);

const s3: EventTemplate[] = [
  read("s3", "ListBuckets", (ctx) => ({
    request: { Host: "s3.amazonaws.com" },
    additionalEventData: s3Extra(ctx),
  })),
  read(
    "s3",
    "GetBucketLocation",
    (ctx) => {
      // Now and then a script asks for a bucket by a name that is not quite right.
      if (ctx.rng.chance(0.04)) {
        const typo = ctx.rng.pick([
          "acme-prod-asset",
          "acme-prod-logs",
          "acme-data-lake",
          "acme-staging-artifact",
        ]);
        return {
          request: { bucketName: typo, Host: `${typo}.s3.amazonaws.com`, location: "" },
          additionalEventData: s3Extra(ctx),
          resources: [res("AWS::S3::Bucket", typo)],
          error: { code: "NoSuchBucket", message: "The specified bucket does not exist" },
        };
      }
      return bucketCall(ctx, "location");
    },
    withBuckets,
  ),
  read(
    "s3",
    "GetBucketPolicy",
    (ctx) =>
      bucketCall(ctx, "policy", undefined, (bucket) =>
        hasPolicy(bucket)
          ? undefined
          : { code: "NoSuchBucketPolicy", message: "The bucket policy does not exist" },
      ),
    withBuckets,
  ),
  read("s3", "GetBucketAcl", (ctx) => bucketCall(ctx, "acl"), withBuckets),
  read("s3", "GetBucketVersioning", (ctx) => bucketCall(ctx, "versioning"), withBuckets),
  read("s3", "GetBucketEncryption", (ctx) => bucketCall(ctx, "encryption"), withBuckets),
  read(
    "s3",
    "GetBucketPublicAccessBlock",
    (ctx) => bucketCall(ctx, "publicAccessBlock"),
    withBuckets,
  ),
  read(
    "s3",
    "GetBucketOwnershipControls",
    (ctx) => bucketCall(ctx, "ownershipControls"),
    withBuckets,
  ),
  read(
    "s3",
    "GetBucketTagging",
    (ctx) =>
      bucketCall(ctx, "tagging", undefined, (bucket) =>
        hasTags(bucket)
          ? undefined
          : { code: "NoSuchTagSet", message: "The TagSet does not exist" },
      ),
    withBuckets,
  ),
  read("s3", "GetBucketLogging", (ctx) => bucketCall(ctx, "logging"), withBuckets),
  read(
    "s3",
    "GetBucketLifecycle",
    (ctx) =>
      bucketCall(ctx, "lifecycle", undefined, (bucket) =>
        /logs|backups|athena|raw/.test(bucket)
          ? undefined
          : {
              code: "NoSuchLifecycleConfiguration",
              message: "The lifecycle configuration does not exist",
            },
      ),
    withBuckets,
  ),
  read(
    "s3",
    "GetBucketCors",
    (ctx) =>
      bucketCall(ctx, "cors", undefined, (bucket) =>
        /static|media|assets/.test(bucket)
          ? undefined
          : { code: "NoSuchCORSConfiguration", message: "The CORS configuration does not exist" },
      ),
    withBuckets,
  ),
  write(
    "s3",
    "PutBucketTagging",
    (ctx) =>
      bucketCall(ctx, "tagging", {
        Tagging: {
          xmlns: "http://s3.amazonaws.com/doc/2006-03-01/",
          TagSet: {
            Tag: [{ Key: "CostCenter", Value: ctx.rng.pick(["platform", "data", "payments"]) }],
          },
        },
      }),
    withBuckets,
  ),
  write(
    "s3",
    "PutBucketVersioning",
    (ctx) =>
      bucketCall(ctx, "versioning", {
        VersioningConfiguration: {
          Status: "Enabled",
          xmlns: "http://s3.amazonaws.com/doc/2006-03-01/",
        },
      }),
    withBuckets,
  ),
  write(
    "s3",
    "PutBucketLifecycle",
    (ctx) =>
      bucketCall(ctx, "lifecycle", {
        LifecycleConfiguration: {
          xmlns: "http://s3.amazonaws.com/doc/2006-03-01/",
          Rule: {
            ID: "expire-old-versions",
            Status: "Enabled",
            Filter: { Prefix: "" },
            NoncurrentVersionExpiration: { NoncurrentDays: 90 },
          },
        },
      }),
    withBuckets,
  ),
  write(
    "s3",
    "PutBucketPublicAccessBlock",
    (ctx) =>
      bucketCall(ctx, "publicAccessBlock", {
        PublicAccessBlockConfiguration: {
          xmlns: "http://s3.amazonaws.com/doc/2006-03-01/",
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      }),
    withBuckets,
  ),
];

/** The bucket policy statement shape S3 records in requestParameters.bucketPolicy. */
export function bucketPolicy(bucket: string, sid: string, principal: string, actions: string[]) {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: sid,
        Effect: "Allow",
        Principal: { AWS: principal },
        Action: actions,
        Resource: [bucketArn(bucket), `${bucketArn(bucket)}/*`],
      },
    ],
  };
}

function someTable(ctx: CallContext) {
  const table = ctx.rng.pick(ctx.inv.tables);
  const arn = tableArn(ctx.region, table);
  const about: Omit<CallDetails, "request"> = {
    resources: [res("AWS::DynamoDB::Table", table)],
    recordResources: [recordRes("AWS::DynamoDB::Table", arn)],
    deniedResource: arn,
  };
  return { table, arn, about };
}

const withTables = has((i) => i.tables);

const dynamodb: EventTemplate[] = [
  read("dynamodb", "ListTables", () => ({ request: null })),
  read(
    "dynamodb",
    "DescribeTable",
    (ctx) => {
      const t = someTable(ctx);
      return { request: { tableName: t.table }, ...t.about };
    },
    withTables,
  ),
  read(
    "dynamodb",
    "DescribeContinuousBackups",
    (ctx) => {
      const t = someTable(ctx);
      return { request: { tableName: t.table }, ...t.about };
    },
    withTables,
  ),
  read(
    "dynamodb",
    "DescribeTimeToLive",
    (ctx) => {
      const t = someTable(ctx);
      return { request: { tableName: t.table }, ...t.about };
    },
    withTables,
  ),
  read(
    "dynamodb",
    "ListTagsOfResource",
    (ctx) => {
      const t = someTable(ctx);
      return { request: { resourceArn: t.arn }, ...t.about };
    },
    withTables,
  ),
  write(
    "dynamodb",
    "CreateBackup",
    (ctx) => {
      const t = someTable(ctx);
      const backupName = `${t.table}-${new Date(ctx.time).toISOString().slice(0, 10)}`;
      return {
        request: { tableName: t.table, backupName },
        response: {
          backupDetails: {
            backupArn: `${t.arn}/backup/${ctx.time}-${ctx.rng.hex(8)}`,
            backupName,
            backupStatus: "CREATING",
            backupType: "USER",
            backupCreationDateTime: javaDate(ctx.time),
          },
        },
        ...t.about,
      };
    },
    withTables,
  ),
  write(
    "dynamodb",
    "UpdateTable",
    (ctx) => {
      const t = someTable(ctx);
      return {
        request: {
          tableName: t.table,
          billingMode: "PAY_PER_REQUEST",
          deletionProtectionEnabled: true,
        },
        response: {
          tableDescription: { tableName: t.table, tableArn: t.arn, tableStatus: "UPDATING" },
        },
        ...t.about,
      };
    },
    withTables,
  ),
];

function someDb(ctx: CallContext) {
  const db = ctx.rng.pick(ctx.inv.dbInstances);
  return { db, arn: dbArn(ctx.region, db), resources: [res("AWS::RDS::DBInstance", db)] };
}

const withDbs = has((i) => i.dbInstances);
const withClusters = has((i) => i.dbClusters);

const rds: EventTemplate[] = [
  read(
    "rds",
    "DescribeDBInstances",
    (ctx) => {
      if (ctx.rng.chance(0.5)) return { request: null };
      const d = someDb(ctx);
      return {
        request: { dBInstanceIdentifier: d.db },
        resources: d.resources,
        deniedResource: d.arn,
      };
    },
    withDbs,
  ),
  read(
    "rds",
    "DescribeDBClusters",
    (ctx) => ({
      request: { dBClusterIdentifier: ctx.rng.pick(ctx.inv.dbClusters), includeShared: false },
    }),
    withClusters,
  ),
  read(
    "rds",
    "DescribeDBSnapshots",
    (ctx) => ({
      request: {
        dBInstanceIdentifier: someDb(ctx).db,
        snapshotType: "automated",
        includeShared: false,
        includePublic: false,
      },
    }),
    withDbs,
  ),
  read(
    "rds",
    "DescribeDBClusterSnapshots",
    (ctx) => ({
      request: {
        dBClusterIdentifier: ctx.rng.pick(ctx.inv.dbClusters),
        includeShared: false,
        includePublic: false,
      },
    }),
    withClusters,
  ),
  read("rds", "DescribeDBParameterGroups", () => ({ request: null }), withDbs),
  read("rds", "DescribePendingMaintenanceActions", () => ({ request: null }), withDbs),
  read(
    "rds",
    "DescribeEvents",
    () => ({ request: { duration: 1440, sourceType: "db-instance" } }),
    withDbs,
  ),
  write(
    "rds",
    "CreateDBSnapshot",
    (ctx) => {
      const d = someDb(ctx);
      const snapshot = `${d.db}-manual-${new Date(ctx.time).toISOString().slice(0, 10)}`;
      return {
        request: { dBSnapshotIdentifier: snapshot, dBInstanceIdentifier: d.db },
        response: {
          dBSnapshotIdentifier: snapshot,
          dBInstanceIdentifier: d.db,
          engine: "postgres",
          status: "creating",
          encrypted: true,
          dBSnapshotArn: `arn:aws:rds:${ctx.region}:${DEMO_ACCOUNT_ID}:snapshot:${snapshot}`,
        },
        resources: [...d.resources, res("AWS::RDS::DBSnapshot", snapshot)],
        deniedResource: d.arn,
      };
    },
    withDbs,
  ),
  write(
    "rds",
    "ModifyDBInstance",
    (ctx) => {
      const d = someDb(ctx);
      return {
        request: { dBInstanceIdentifier: d.db, backupRetentionPeriod: 14, applyImmediately: false },
        response: {
          dBInstanceIdentifier: d.db,
          dBInstanceStatus: "available",
          engine: "postgres",
          backupRetentionPeriod: 7,
        },
        resources: d.resources,
        deniedResource: d.arn,
      };
    },
    withDbs,
  ),
  write(
    "rds",
    "CreateDBClusterSnapshot",
    (ctx) => {
      const cluster = ctx.rng.pick(ctx.inv.dbClusters);
      const snapshot = `${cluster}-predeploy-${ctx.rng.hex(6)}`;
      return {
        request: { dBClusterSnapshotIdentifier: snapshot, dBClusterIdentifier: cluster },
        response: {
          dBClusterSnapshotIdentifier: snapshot,
          dBClusterIdentifier: cluster,
          status: "creating",
          engine: "aurora-postgresql",
        },
        resources: [
          res("AWS::RDS::DBCluster", cluster),
          res("AWS::RDS::DBClusterSnapshot", snapshot),
        ],
        deniedResource: dbClusterArn(ctx.region, cluster),
      };
    },
    withClusters,
  ),
];

const withGlue = has((i) => i.glueDatabases);

function someGlueTable(ctx: CallContext) {
  const db = ctx.rng.pick(ctx.inv.glueDatabases);
  return { databaseName: db.name, name: ctx.rng.pick(db.tables) };
}

const CRAWLERS = ["raw-events-crawler", "curated-crawler"];
const JOBS = ["clickstream-sessionize", "daily-revenue-rollup", "customer-ltv"];

const glue: EventTemplate[] = [
  read("glue", "GetDatabases", () => ({ request: { resourceShareType: "ALL" } }), withGlue),
  read(
    "glue",
    "GetTables",
    (ctx) => ({ request: { databaseName: ctx.rng.pick(ctx.inv.glueDatabases).name } }),
    withGlue,
  ),
  read("glue", "GetTable", (ctx) => ({ request: someGlueTable(ctx) }), withGlue),
  read(
    "glue",
    "GetPartitions",
    (ctx) => {
      const t = someGlueTable(ctx);
      return { request: { databaseName: t.databaseName, tableName: t.name, maxResults: 1000 } };
    },
    withGlue,
  ),
  read("glue", "GetCrawler", (ctx) => ({ request: { name: ctx.rng.pick(CRAWLERS) } }), withGlue),
  read(
    "glue",
    "GetJobRuns",
    (ctx) => ({ request: { jobName: ctx.rng.pick(JOBS), maxResults: 25 } }),
    withGlue,
  ),
  write("glue", "StartCrawler", (ctx) => ({ request: { name: ctx.rng.pick(CRAWLERS) } }), withGlue),
  write(
    "glue",
    "StartJobRun",
    (ctx) => ({
      request: {
        jobName: ctx.rng.pick(JOBS),
        arguments: { "--run-date": new Date(ctx.time).toISOString().slice(0, 10) },
      },
      response: { jobRunId: `jr_${ctx.rng.hex(64)}` },
    }),
    withGlue,
  ),
  write(
    "glue",
    "BatchCreatePartition",
    (ctx) => {
      const t = someGlueTable(ctx);
      return {
        request: {
          databaseName: t.databaseName,
          tableName: t.name,
          partitionInputList: [{ values: [new Date(ctx.time).toISOString().slice(0, 10)] }],
        },
      };
    },
    withGlue,
  ),
];

const QUERIES = [
  "SELECT date, SUM(amount) AS revenue FROM curated.daily_revenue WHERE date >= date_add('day', -30, current_date) GROUP BY date ORDER BY date",
  "SELECT customer_id, ltv FROM curated.customer_ltv ORDER BY ltv DESC LIMIT 100",
  "SELECT event_type, COUNT(*) FROM raw_events.clickstream WHERE dt = '2024-05-01' GROUP BY event_type",
  "SELECT * FROM raw_events.orders WHERE status = 'FAILED' LIMIT 500",
];

const athena: EventTemplate[] = [
  write(
    "athena",
    "StartQueryExecution",
    (ctx) => ({
      request: {
        queryString: ctx.rng.pick(QUERIES),
        clientRequestToken: ctx.rng.uuid(),
        queryExecutionContext: { database: ctx.rng.pick(["curated", "raw_events"]) },
        resultConfiguration: { outputLocation: `s3://acme-athena-results-${ctx.region}/` },
        workGroup: ctx.rng.pick(ctx.inv.workGroups),
      },
      response: { queryExecutionId: ctx.rng.uuid() },
    }),
    withGlue,
  ),
  read(
    "athena",
    "GetQueryExecution",
    (ctx) => ({ request: { queryExecutionId: ctx.rng.uuid() } }),
    withGlue,
  ),
  read(
    "athena",
    "GetQueryResults",
    (ctx) => ({ request: { queryExecutionId: ctx.rng.uuid(), maxResults: 1000 } }),
    withGlue,
  ),
  read("athena", "ListWorkGroups", () => ({ request: { maxResults: 50 } })),
  read("athena", "GetWorkGroup", (ctx) => ({
    request: { workGroup: ctx.rng.pick(ctx.inv.workGroups) },
  })),
  read("athena", "ListDataCatalogs", () => ({ request: null })),
  read("athena", "ListDatabases", () => ({ request: { catalogName: "AwsDataCatalog" } }), withGlue),
];

export const DATA: EventTemplate[] = [...s3, ...dynamodb, ...rds, ...glue, ...athena];
