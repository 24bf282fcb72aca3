import { createRequire } from 'node:module';

/**
 * `require` for the CommonJS dependencies that are large (snowball-stemmers is one 870 kB file) or
 * needed only for some texts (wink-nlp and its model, for English). An ESM `import` of a CommonJS
 * package makes Node scan its whole source for export names before running it; `require` does not,
 * and called inside a function it loads the package on first use only. (The CommonJS build gets
 * `import.meta.url` from tsup's shims.)
 */
export const requireCjs = createRequire(import.meta.url);
