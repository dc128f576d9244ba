import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

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
        strict_min_version: '142.0',
        // Jobmark collects nothing: every job stays on the person's machine.
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(browser), browser })],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox142' : 'chrome120',
      rollupOptions: {
        input: { dashboard: 'src/dashboard/index.html' },
      },
    },
    // No dev server over the network: the extension is built, not served.
    server: { host: '127.0.0.1', strictPort: true, port: 5173, hmr: { host: '127.0.0.1' } },
  };
});
