import { defineConfig, type Options } from 'tsup';

/**
 * esbuild's table does not credit Node 20 with Unicode property escapes, so it would rewrite every
 * `/\p{Lu}/u` literal as `new RegExp("\\p{Lu}", "u")`, built again at each call (per token in hot
 * loops). Node has had them since version 10: keep the literals.
 */
const keepRegexLiterals: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
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
    // import.meta.url in the CommonJS build (src/require.ts).
    shims: true,
    // Matchers register on vitest's expect; vitest stays the user's own copy.
    external: ['vitest'],
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    esbuildOptions: keepRegexLiterals,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
