// The lowest versions of packages with advisories this project tracks by hand, for when
// `npm audit` cannot reach the registry: next and react below these carry known advisories
// (next's middleware bypass and server action advisories, React Server Components' RCE).
import { readFileSync } from "node:fs";

const FLOORS = { next: "16.2.6", react: "19.2.6", "react-dom": "19.2.6" };

const parse = (version) => version.split(/[.-]/).slice(0, 3).map(Number);
const atLeast = (actual, floor) => {
  const [a, f] = [parse(actual), parse(floor)];
  for (let i = 0; i < 3; i++) if (a[i] !== f[i]) return a[i] > f[i];
  return true;
};

let failed = false;
for (const [name, floor] of Object.entries(FLOORS)) {
  const { version } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8"));
  const ok = atLeast(version, floor);
  console.log(`${ok ? "ok  " : "FAIL"} ${name} ${version} (at least ${floor})`);
  failed ||= !ok;
}
process.exit(failed ? 1 : 0);
