/**
 * Child process for the persistence test: makes calls against a store file, says so, and
 * waits to be killed with SIGKILL, so nothing gets a chance to flush or close.
 */
import { LocalCloudTrail } from "../local-cloudtrail";

const path = process.argv[2];
const service = new LocalCloudTrail({ path, seed: false });
const auth =
  "AWS4-HMAC-SHA256 Credential=AKIAKILLTEST00000001/20261124/us-east-1/cloudtrail/aws4_request, SignedHeaders=host, Signature=x";
const call = (operation: string, body: unknown) =>
  service.handleInProcess({
    method: "POST",
    headers: { "x-amz-target": `CloudTrail_20131101.${operation}`, authorization: auth },
    body: JSON.stringify(body),
  });

call("CreateTrail", { Name: "survivor", S3BucketName: "survivor-logs" });
call("StartLogging", { Name: "survivor" });
process.stdout.write("written\n");
setInterval(() => {}, 1000);
