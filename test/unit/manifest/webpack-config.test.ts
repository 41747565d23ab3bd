/**
 * The build as the manifest needs it, read from webpack.config.js without running a build: the four
 * entries, the shared-runtime page loading task pane and functions, functions.json from
 * the JSDoc, functions.js kept whole (Excel loads it by URL), dist/cli (the compiled command line) kept
 * when dist/ is emptied, and a dev server that serves the playground over http by default and https
 * only with a certificate.
 */
import { join } from 'node:path';

interface HtmlPlugin {
  userOptions: { filename: string; template: string; chunks: string[] };
}
interface Config {
  entry: Record<string, string>;
  output: { filename: string; clean: { keep: RegExp } };
  plugins: object[];
  optimization: { splitChunks: { chunks: (chunk: { name: string }) => boolean } };
  devServer: { port: number; server: unknown; historyApiFallback: { index: string } };
}
type ConfigFactory = ((env: unknown, argv: { mode: string }) => Config) & { servedFiles: () => string[] };

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const factory = require(join(__dirname, '../../../webpack.config.js')) as ConfigFactory;
const config = factory({}, { mode: 'production' });
const pages = config.plugins.filter((p): p is HtmlPlugin => p.constructor.name === 'HtmlWebpackPlugin');

describe('webpack.config.js', () => {
  it('builds the task pane, functions and playground', () => {
    expect(config.entry).toEqual({
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
      playground: './src/playground/index.tsx',
    });
    expect(config.output.filename).toBe('[name].js');
  });

  it('makes taskpane.html the shared runtime page and keeps the playground free of Office', () => {
    expect(pages.map((p) => [p.userOptions.filename, p.userOptions.chunks])).toEqual([
      ['taskpane.html', ['taskpane', 'functions']],
      ['playground.html', ['playground']],
    ]);
  });

  it('generates functions.json from the functions source', () => {
    const metadata = config.plugins.find((p) => p.constructor.name === 'CustomFunctionsMetadataPlugin') as
      | { options: { input: string; output: string } }
      | undefined;
    expect(metadata?.options).toEqual({ input: './src/functions/functions.ts', output: 'functions.json' });
  });

  it('empties dist/ before a build but for dist/cli, the compiled command line it does not make', () => {
    const kept = ['cli', 'cli/tiercraft.cjs'];
    const removed = ['taskpane.js', 'client.js', 'cli.js', 'assets/cli/icon.png', 'help/cli.html'];
    expect([...kept, ...removed].filter((path) => config.output.clean.keep.test(path))).toEqual(kept);
  });

  it('splits vendor chunks for the pages only: functions.js stays whole', () => {
    const split = config.optimization.splitChunks.chunks;
    expect(['taskpane', 'playground', 'functions'].map((name) => split({ name }))).toEqual([true, true, false]);
  });

  it('serves http on port 3000 by default, with the playground for unknown paths', () => {
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.server).toBe('http');
    expect(config.devServer.historyApiFallback.index).toBe('/playground.html');
  });

  it('refuses HTTPS=1 without a certificate, saying how to give one', () => {
    const saved = { ...process.env };
    Object.assign(process.env, { HTTPS: '1', TIERCRAFT_CERT: '/nonexistent/localhost.crt', TIERCRAFT_KEY: '/nonexistent/localhost.key' });
    try {
      expect(() => factory({}, { mode: 'development' })).toThrow(
        'HTTPS=1 needs a certificate pair; /nonexistent/localhost.crt does not exist. Run npx office-addin-dev-certs install, or set TIERCRAFT_CERT and TIERCRAFT_KEY',
      );
    } finally {
      process.env = saved;
    }
  });

  it('serves plain http by default where no localhost certificate is trusted, and with HTTPS=0', () => {
    const saved = { ...process.env };
    try {
      const { HTTPS: _unset, ...withoutHttps } = saved;
      for (const env of [{ ...withoutHttps, TIERCRAFT_CERT: '/nonexistent/localhost.crt', TIERCRAFT_KEY: '/nonexistent/localhost.key' }, { ...saved, HTTPS: '0' }]) {
        process.env = env;
        const config = factory({}, { mode: 'development' }) as { devServer?: { server?: unknown } };
        expect(config.devServer?.server).toBe('http');
      }
    } finally {
      process.env = saved;
    }
  });

  it('lists what it serves for the manifest check', () => {
    expect(factory.servedFiles().sort()).toEqual(
      [
        ...[16, 20, 24, 32, 40, 48, 64, 80].map((size) => `assets/icon-${size}.png`),
        'functions.js',
        'functions.json',
        'help.css',
        'help/index.html',
        ...['allocate', 'bundle', 'ladderdiscount', 'margin', 'markup', 'packs', 'priceending', 'tiered', 'unitprice', 'waterfall'].map(
          (name) => `help/${name}.html`,
        ),
        'manifest.xml',
        'playground.html',
        'playground.js',
        'support.html',
        'taskpane.html',
        'taskpane.js',
      ].sort(),
    );
  });
});
