import { type CrxPlugin, crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifestJson from './manifest.json' with { type: 'json' };
import { pageReader } from './vite.reader.ts';

// The background injects the page reader (read-page.iife.ts) on the job sites
// after the quick check there passes, which needs host permission for exactly
// the sites the content script already runs on: the same list, so the person is
// asked for nothing more at install.
const jobSites = manifestJson.content_scripts.flatMap((script) => script.matches);
const baseManifest = { ...manifestJson, host_permissions: jobSites };

/**
 * The page reader and its word packs are built by pageReader (vite.reader.ts), not by @crxjs,
 * and listed nowhere in the manifest: scripting.executeScript needs no web_accessible_resources
 * entry, which would let any page probe for Jobmark. Should @crxjs list a script there or emit
 * an .iife.ts module again as an ES chunk that nothing loads (as it did for `?script` imports),
 * the entry is removed and the chunk dropped.
 */
function injectedScriptsOnly(): CrxPlugin {
  return {
    name: 'jobmark:injected-scripts-only',
    // After @crxjs's own post plugins.
    enforce: 'post',
    renderCrxManifest(manifest) {
      delete manifest.web_accessible_resources;
      return manifest;
    },
    generateBundle(_options, bundle) {
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'chunk' && file.facadeModuleId?.endsWith('.iife.ts')) delete bundle[name];
      }
    },
  };
}

/**
 * No code in the built extension sets innerHTML (Firefox's add-on linter warns of each
 * assignment, and `npm test` runs it with warnings as errors). Two are in code the
 * extension never runs, and each becomes an error thrown:
 * - Preact sets innerHTML only for dangerouslySetInnerHTML, which Jobmark never uses
 *   (biome's noDangerouslySetInnerHtml), so the shipped runtime cannot set HTML at all;
 * - the extractor parses HTML with DOMParser, which every browser page has; its fallback
 *   for DOM libraries in Node that have none (parseHtml in src/extract/dom.ts) fills a
 *   template's innerHTML, and stays as it is for the CLI, the library and the tests.
 * The built files are rewritten, not the sources: @crxjs builds the page scripts
 * (*.iife.ts) apart, without this config's plugins, and emits them as assets. Any other
 * assignment left, or one of these in a new shape, stops the build.
 */
function noHtmlAssignment(): Plugin {
  const THROW = "(()=>{throw new Error('Jobmark sets no HTML')})()";
  const unused = [
    /\b\w+\.innerHTML=\w+\.__html\b/g, // preact: dom.innerHTML = newHtml.__html
    /\b(\w+)\.innerHTML=\w+(?=,\w+\.body\.appendChild\(\1\.content\))/g, // dom.ts: tpl.innerHTML = source; inert.body.appendChild(tpl.content)
  ];
  return {
    name: 'jobmark:no-html-assignment',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!file.fileName.endsWith('.js')) continue;
        const before = file.type === 'chunk' ? file.code : String(file.source);
        const after = unused.reduce((code, pattern) => code.replace(pattern, THROW), before);
        if (/\.(inner|outer)HTML\s*=[^=]/.test(after)) {
          this.error(
            `${file.fileName} sets innerHTML or outerHTML: build the DOM with elements and text instead ` +
              "(or, for one of the two unused paths above in a new shape, update noHtmlAssignment's patterns)",
          );
        }
        if (file.type === 'chunk') file.code = after;
        else file.source = after;
      }
    },
  };
}

/**
 * No code in the built extension is loaded by a computed name (Firefox's add-on linter
 * warns of each `import(variable)`). pdf.js, which reads a PDF CV (dashboard/read-pdf.ts),
 * has two, on paths Jobmark never takes, and each becomes a rejected promise:
 * - its "fake worker" imports the worker file on the page's own thread when a worker
 *   cannot start; the extension's worker always starts (its own file, allowed by the CSP);
 * - its worker imports a JavaScript image decoder from `wasmUrl`, which Jobmark never
 *   sets: only the text layer is read, no image decoded.
 * pdf.js's worker is copied into the build as an asset (`?url`), so assets are rewritten too.
 */
function noComputedImports(): Plugin {
  const NONE = "Promise.reject(new Error('Jobmark loads no code by a computed name'))";
  const COMMENTS = String.raw`(?:\s*\/\*[^*]*\*\/)*\s*`;
  const unused = [
    new RegExp(String.raw`(?<![.\w$])import\(${COMMENTS}this\.workerSrc\s*\)`, 'g'), // pdf.js: await import(this.workerSrc)
    new RegExp(
      String.raw`(?<![.\w$])import\(${COMMENTS}\x60\$\{WasmImage\.#\w+\}\$\{this\._noWasmFilename\}\x60\s*\)`,
      'g',
    ), // pdf.js worker
  ];
  // import( then anything but a string or a template literal without ${…}.
  const computed = new RegExp(
    String.raw`(?<![.\w$])import\(${COMMENTS}(?!'[^']*'\s*\)|"[^"]*"\s*\)|\x60[^\x60$]*\x60\s*\))`,
  );
  return {
    name: 'jobmark:no-computed-imports',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!/\.m?js$/.test(file.fileName)) continue;
        const before =
          file.type === 'chunk'
            ? file.code
            : typeof file.source === 'string'
              ? file.source
              : new TextDecoder().decode(file.source);
        const after = unused.reduce((code, pattern) => code.replace(pattern, NONE), before);
        if (computed.test(after))
          this.error(
            `${file.fileName} imports code by a computed name: import a fixed path instead ` +
              "(or, for one of pdf.js's two unused paths above in a new shape, update noComputedImports's patterns)",
          );
        if (after === before) continue;
        if (file.type === 'chunk') file.code = after;
        else file.source = after;
      }
    },
  };
}

// One manifest.json, two builds: `vite build` for Chromium browsers (dist/),
// `vite build --mode firefox` for Firefox (dist-firefox/). Firefox has no
// service workers for extensions, so the same module runs as a background script.
function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  if (browser === 'chrome') return baseManifest as ManifestV3Export;
  return {
    ...baseManifest,
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'jobmark@jobmark.dev',
        // 140 is the ESR that Debian stable ships; it knows data_collection_permissions.
        strict_min_version: '140.0',
        // Jobmark collects nothing: every job stays on the person's machine.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(browser), browser }),
      injectedScriptsOnly(),
      pageReader(),
      noHtmlAssignment(),
      noComputedImports(),
    ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox140' : 'chrome120',
      rollupOptions: {
        input: { dashboard: 'src/dashboard/index.html' },
      },
    },
    // No dev server over the network: the extension is built, not served.
    server: { host: '127.0.0.1', strictPort: true, port: 5173, hmr: { host: '127.0.0.1' } },
  };
});
