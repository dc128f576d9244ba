import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The extractor as a library (dist-lib/extract.js, usable on any DOM) and the
// CLI (dist-lib/cli.js, run by bin/jobmark.mjs), for Node 20. jsdom stays an
// external runtime dependency.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    lib: {
      entry: { extract: 'src/extract/index.ts', cli: 'src/cli/main.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      external: ['jsdom', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    },
  },
});
