import { expect, test as base } from "@playwright/test";

/**
 * Playwright's test, with one promise kept for every test that opens a page: the page's
 * Content-Security-Policy is never violated. Each violation the browser reports (on the
 * console, or as a securitypolicyviolation event) fails the test that met it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      // Also what the console does not show: violations caught by the code that caused them.
      await page.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (event) =>
          console.warn(
            `Content Security Policy violation: ${event.violatedDirective} by ${event.sourceFile}:${event.lineNumber} on ${location.pathname}`,
          ),
        ),
      );
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
