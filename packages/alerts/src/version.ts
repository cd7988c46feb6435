/** This package's version; kept equal to package.json by scripts/sync-versions.mjs. */
export const VERSION = '0.1.0';
