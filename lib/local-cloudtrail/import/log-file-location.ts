import "server-only";

/**
 * What a log file's path says about its records. CloudTrail delivers to
 * `AWSLogs/[<org-id>/]<account>/CloudTrail[-Insight]/<region>/<yyyy>/<mm>/<dd>/` and names
 * each file `<account>_CloudTrail_<region>_<yyyymmdd>T<hhmm>Z_<random>.json.gz`. Records
 * carry both themselves; the path fills in for older or trimmed records that lack them.
 */
export interface LogFileLocation {
  account?: string;
  region?: string;
}

const LAYOUT =
  /(?:^|\/)AWSLogs\/(?:o-[a-z0-9]{10,32}\/)?(\d{12})\/CloudTrail(?:-Insight)?\/([a-z0-9-]+)\//;
const FILE_NAME = /(?:^|\/)(\d{12})_CloudTrail(?:-Insight)?_([a-z0-9-]+)_\d{8}T\d{4}Z_[^/]*$/;

export function logFileLocation(path: string): LogFileLocation {
  const normalized = path.replaceAll("\\", "/");
  const match = LAYOUT.exec(normalized) ?? FILE_NAME.exec(normalized);
  return match ? { account: match[1], region: match[2] } : {};
}

/**
 * Files in CloudTrail's S3 layout that hold no events: digest files (log file integrity
 * validation) and the folder's own markers.
 */
export function isDigestFile(path: string): boolean {
  const normalized = path.replaceAll("\\", "/");
  return /(?:^|\/)CloudTrail-Digest\//.test(normalized) || /_CloudTrail-Digest_/.test(normalized);
}
