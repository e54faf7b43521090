// Names shared by the loopback server (src/main/loopback) and the renderer's loopback client.

/** The <meta name> under which the server puts its per-run token into the page it serves. */
export const LOOPBACK_TOKEN_META = 'edgar-loopback-token';
/** The request header that carries the token on every /api call. */
export const LOOPBACK_TOKEN_HEADER = 'x-edgar-token';
