/** The session cookie's name; alone in this file so the proxy can read it without the store. */
export const SESSION_COOKIE = "trailscope_session";
