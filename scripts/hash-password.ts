/**
 * `npm run hash-password`: asks for a password (not echoed) or reads it from standard input,
 * and prints its hash for TRAILSCOPE_USERS (name:role:hash).
 */
import { createInterface } from "node:readline";

import { hashPassword } from "@/lib/auth/password-hash";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, "");
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Echo nothing of what is typed after the prompt.
  const muted = prompt as unknown as { _writeToOutput: (text: string) => void };
  let prompted = false;
  muted._writeToOutput = (text) => {
    if (!prompted) process.stderr.write(text);
    prompted = true;
  };
  const password = await new Promise<string>((resolve) => prompt.question("Password: ", resolve));
  prompt.close();
  process.stderr.write("\n");
  return password;
}

async function main() {
  const password = await readPassword();
  if (password.length < 12) {
    console.error("Choose a password of at least 12 characters.");
    process.exit(1);
  }
  console.log(await hashPassword(password));
}

void main();
