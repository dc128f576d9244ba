// The page reader, built apart from the rest of the extension (issue 20): the script the
// background injects into a job page (src/content/read-page.iife.ts, as one IIFE), with English's
// words whole and of every other language only what every page reads, and beside it one pack of
// words for each other language, injected when a page in that language needs it
// (src/extract/words/word-packs.ts). The background names both by src/background/reader-files.ts.
import { resolve } from 'node:path';
import { build, type InlineConfig, minifySync, type Plugin, runnerImport } from 'vite';

const WORDS_DIR = resolve(import.meta.dirname, 'src/extract/words');
export const READER_ENTRY = resolve(import.meta.dirname, 'src/content/read-page.iife.ts');

/** The sources this build reads, loaded when it runs (the config itself imports no source file). */
async function sources() {
  const load = async <T>(path: string) => (await runnerImport<T>(resolve(import.meta.dirname, path))).module;
  return {
    ...(await load<typeof import('./src/background/reader-files')>('src/background/reader-files.ts')),
    ...(await load<typeof import('./src/extract/words/lexicons')>('src/extract/words/lexicons.ts')),
    ...(await load<typeof import('./src/extract/words/word-packs')>('src/extract/words/word-packs.ts')),
  };
}

/** Builds lexicons.ts, wherever it is imported, as the reader's (word-packs.ts readerLexiconsModule). */
export function readerLexicons(): Plugin {
  const lexicons = `${WORDS_DIR}/lexicons.ts`;
  return {
    name: 'jobmark:reader-lexicons',
    enforce: 'pre',
    async load(id) {
      if (id !== lexicons) return null;
      const { LEXICONS, readerLexiconsModule } = await sources();
      return readerLexiconsModule(LEXICONS, WORDS_DIR);
    },
  };
}

/** The reader's build: one IIFE of read-page.iife.ts and all it imports, lexicons.ts made the reader's. */
export function readerBuildConfig(options: {
  minify: boolean;
  target: string | string[];
  mode?: string;
  fileName: string;
}): InlineConfig {
  return {
    configFile: false,
    root: import.meta.dirname,
    mode: options.mode,
    logLevel: 'warn',
    publicDir: false,
    plugins: [readerLexicons()],
    build: {
      write: false,
      emptyOutDir: false,
      minify: options.minify,
      target: options.target,
      sourcemap: false,
      lib: { entry: READER_ENTRY, formats: ['iife'], name: 'read_page_iife', fileName: () => options.fileName },
      rollupOptions: { output: { entryFileNames: options.fileName } },
    },
  };
}

/** Emits the reader and the word packs into the extension's build, where reader-files.ts names them. */
export function pageReader(): Plugin {
  let options: { minify: boolean; target: string | string[]; mode: string } | undefined;
  return {
    name: 'jobmark:page-reader',
    configResolved(config) {
      const target = config.build.target;
      options = {
        minify: config.build.minify !== false,
        target: typeof target === 'string' || Array.isArray(target) ? target : 'es2022',
        mode: config.mode,
      };
    },
    async generateBundle() {
      if (!options) return;
      const { READER_FILE, wordPackFile, LANGUAGE_CODES, LEXICONS, packScript } = await sources();
      const built = await build(readerBuildConfig({ ...options, fileName: READER_FILE }));
      const output = (Array.isArray(built) ? built[0] : built) as { output: { type: string; code?: string }[] };
      const reader = output.output.find((file) => file.type === 'chunk');
      if (!reader?.code) return this.error('The page reader built to nothing');
      this.emitFile({ type: 'asset', fileName: READER_FILE, source: reader.code });
      for (const code of LANGUAGE_CODES) {
        if (code === 'en') continue;
        const source = packScript(code, LEXICONS[code]);
        const fileName = wordPackFile(code);
        this.emitFile({ type: 'asset', fileName, source: options.minify ? minifySync(fileName, source).code : source });
      }
    },
  };
}
