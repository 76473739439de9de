/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce
 * (Next.js puts it on its own scripts), and 'strict-dynamic' lets those load the app's
 * chunks; nothing inline that an event record could smuggle in has the nonce. Style
 * attributes stay allowed (style-src-attr) because React, Radix and recharts position
 * elements with them, and a style attribute cannot run script. No page may frame the
 * dashboard, and forms post only to it.
 */
export function contentSecurityPolicy(
  nonce: string,
  { dev, https }: { dev: boolean; https: boolean },
): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** A fresh, unguessable nonce for one response (128 bits). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
