import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["{lib,components,app,scripts}/**/*.test.{ts,tsx}", "proxy.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    setupFiles: ["test/fast-check-seed.ts"],
    // What next.config.js's experimental.authInterrupts sets, so forbidden() and unauthorized() work.
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
  },
});
