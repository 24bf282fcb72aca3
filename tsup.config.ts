import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/**
 * esbuild's table does not credit Node 20 with Unicode property escapes, so it would rewrite every
 * `/\p{Lu}/u` literal as `new RegExp("\\p{Lu}", "u")`, built again at each call (per token in hot
 * loops). Node has had them since version 10: keep the literals.
 */
const keepRegexLiterals: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
};

/**
 * The lexicons and language data are JSON (about 1.4 MB). Bundled as object literals, they make the bundle's
 * compile the largest single cost of a cold start; V8 reads the same data as a string given to `JSON.parse`
 * several times faster. Each JSON import becomes that string (default import only, which is all the code uses).
 */
const jsonAsParse: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', vitest: 'src/vitest/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    esbuildOptions: keepRegexLiterals,
    esbuildPlugins: [jsonAsParse],
    // import.meta.url in the CommonJS build (src/require.ts).
    shims: true,
    // Matchers register on vitest's expect; vitest stays the user's own copy.
    external: ['vitest'],
  },
  {
    entry: { cli: 'src/cli/index.ts', 'tag-worker': 'src/cli/tag-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    esbuildOptions: keepRegexLiterals,
    esbuildPlugins: [jsonAsParse],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
