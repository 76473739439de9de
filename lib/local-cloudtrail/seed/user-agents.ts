import "server-only";

export const BROWSERS = {
  chromeMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
  firefoxWin: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
  edgeWin:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
  chromeLinux:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
  chromeWinOld:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
} as const;

/** What the console's own backends send when acting for a signed-in user. */
export const CONSOLE_UA = "AWS Internal";

/** CLI v2 names the command it runs; the prefix is completed with `service.operation`. */
export const CLI = {
  mac: "aws-cli/2.15.30 Python/3.11.8 Darwin/23.4.0 exe/x86_64 prompt/off command/",
  macArm: "aws-cli/2.15.38 Python/3.11.8 Darwin/23.4.0 exe/arm64 prompt/off command/",
  linux:
    "aws-cli/2.15.30 Python/3.11.8 Linux/5.15.0-1057-aws exe/x86_64.ubuntu.22 prompt/off command/",
  windows: "aws-cli/2.15.22 Python/3.11.6 Windows/10 exe/AMD64 prompt/off command/",
  githubRunner:
    "aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0-1017-azure exe/x86_64.ubuntu.22 prompt/off command/",
} as const;

export const TERRAFORM =
  "APN/1.0 HashiCorp/1.0 Terraform/1.7.5 (+https://www.terraform.io) terraform-provider-aws/5.43.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.26.0 os/linux lang/go#1.22.1 md/GOOS#linux md/GOARCH#amd64";

export const SDK = {
  boto3Lambda:
    "Boto3/1.34.42 md/Botocore#1.34.42 ua/2.0 os/linux#5.10.210-220.852.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.2 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy Botocore/1.34.42",
  nodeLambda:
    "aws-sdk-js/3.533.0 ua/2.1 os/linux#5.10.210-220.852.amzn2.x86_64 lang/js md/nodejs#20.11.1 api/secrets-manager#3.533.0 exec-env/AWS_Lambda_nodejs20.x",
  goDatadog: "aws-sdk-go/1.50.38 (go1.21.8; linux; amd64)",
  ssmAgent: "aws-sdk-go/1.50.38 (go1.21.8; linux; amd64) amazon-ssm-agent/3.3.40.0",
  javaEcs:
    "aws-sdk-java/2.25.14 Linux/5.10.213-201.855.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/legacy",
  goEks: "aws-sdk-go/1.48.9 (go1.21.5; linux; amd64) kubernetes/v1.29.3-eks-adc7111",
  grafana: "aws-sdk-go/1.50.8 (go1.21.6; linux; amd64) Grafana/10.4.1",
  githubCredentials:
    "aws-sdk-js/3.540.0 ua/2.1 os/linux#6.5.0-1017-azure lang/js md/nodejs#20.11.1 api/sts#3.540.0 configure-aws-credentials-for-github-actions",
  boto3Airflow:
    "Boto3/1.33.13 md/Botocore#1.33.13 ua/2.0 os/linux#6.1.79-99.167.amzn2023.x86_64 md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.33.13 Airflow/2.8.3 AmPP/8.19.0",
  backupScript: "aws-cli/1.22.34 Python/3.10.12 Linux/5.15.0-105-generic botocore/1.23.34",
} as const;

/** Callers outside the company: the stories' attackers. */
export const ATTACKER_UA = {
  kaliBoto3:
    "Boto3/1.28.62 md/Botocore#1.31.62 ua/2.0 os/linux#6.5.0-kali3-amd64 md/arch#x86_64 lang/python#3.11.6 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.31.62",
  oldCli: "aws-cli/1.29.62 Python/3.10.12 Linux/5.15.0-91-generic botocore/1.31.62",
} as const;
