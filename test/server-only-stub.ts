// Vitest runs outside React Server Components, where the real `server-only` throws on
// import; the tests exercise server code directly, so the guard is a no-op here.
export {};
