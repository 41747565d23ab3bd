/**
 * Builds the add-in: the task pane (which is also the shared runtime page: it loads the task pane
 * and functions bundles), the custom functions bundle with its generated functions.json, the
 * support and help pages, and the browser playground that runs the task pane without Excel.
 *
 * `npm start` serves https://localhost:3000 where office-addin-dev-certs' certificate is trusted, else
 * http://localhost:3000 (the playground is the default page). HTTPS=1 insists on https for a real Excel,
 * using a certificate pair from TIERCRAFT_CERT / TIERCRAFT_KEY (optionally TIERCRAFT_CA) or from
 * ~/.office-addin-dev-certs (localhost.crt, localhost.key, ca.crt); HTTPS=0 insists on http.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { Compilation, sources } = require('webpack');
// The deployment rules are TypeScript (src/deploy, unit-tested): load them through tsx.
require('tsx/cjs/api').register();
const { addinBase } = require('./src/deploy/addinBase.ts');
const { manifestFor } = require('./src/deploy/manifest.ts');
const { functionsMetadataFor } = require('./src/deploy/functionsMetadata.ts');
const { helpSite } = require('./src/deploy/helpPages.ts');

const PORT = Number(process.env.PORT || 3000);

/** The files the add-in serves, by role. The manifest validator checks its URLs against these. */
const entries = {
  taskpane: './src/taskpane/index.tsx',
  functions: './src/functions/functions.ts',
  playground: './src/playground/index.tsx',
};
const pages = [
  // The shared runtime: one page hosts the task pane and the custom functions (the ribbon's one
  // button is a ShowTaskpane action, which needs no script).
  { filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane', 'functions'] },
  // The playground never loads office.js: it runs the task pane against an in-memory workbook.
  { filename: 'playground.html', template: './src/playground/playground.html', chunks: ['playground'] },
];
const functionsMetadata = 'functions.json';
/** Static pages: the manifest's SupportUrl, and the style sheet it shares with the help pages. */
const staticPages = ['support.html', 'help.css'];
const copied = (target) => [
  { from: 'assets/*.png', to: 'assets/[name][ext]' },
  ...staticPages.map((file) => ({ from: `src/support/${file}`, to: file })),
  // Every development URL moved onto ADDIN_BASE_URL, as Microsoft's templates rewrite urlDev to urlProd.
  { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString(), target) },
];

/**
 * After the metadata plugin has written functions.json: its helpUrls moved onto the deployment base,
 * and one help page per function (help/<function>.html, help/index.html) made from it.
 */
class FunctionHelpPlugin {
  constructor(target) {
    this.target = target;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionHelpPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionHelpPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const generated = compilation.getAsset(functionsMetadata);
        if (!generated) return; // the metadata plugin reported its errors
        const json = functionsMetadataFor(generated.source.source().toString(), this.target);
        compilation.updateAsset(functionsMetadata, new sources.RawSource(json));
        const source = fs.readFileSync(path.resolve(__dirname, entries.functions), 'utf8');
        for (const [file, html] of helpSite(json, source)) compilation.emitAsset(file, new sources.RawSource(html));
      });
    });
  }
}

/** Bundles Excel loads by URL (from the manifest) must stay self-contained files with fixed names. */
const standalone = new Set(['functions']);

/**
 * The dev server's https options: HTTPS=1 requires a certificate pair (TIERCRAFT_CERT / TIERCRAFT_KEY, or
 * office-addin-dev-certs' files in ~/.office-addin-dev-certs); HTTPS=0 serves plain http; unset, https
 * when office-addin-dev-certs reports its CA trusted and its pair exists (as Microsoft's templates do),
 * else plain http, which the playground and the tests need.
 */
function httpsOptions() {
  if (process.env.HTTPS === '0') return undefined;
  const devCerts = require('office-addin-dev-certs/lib/defaults');
  const cert = process.env.TIERCRAFT_CERT || devCerts.localhostCertificatePath;
  const key = process.env.TIERCRAFT_KEY || devCerts.localhostKeyPath;
  const ca = process.env.TIERCRAFT_CA || devCerts.caCertificatePath;
  if (process.env.HTTPS !== '1' && !trustedDevCertificate(cert, key)) return undefined;
  for (const file of [cert, key]) {
    if (!fs.existsSync(file)) {
      throw new Error(
        `HTTPS=1 needs a certificate pair; ${file} does not exist. Run npx office-addin-dev-certs install, or set ` +
          'TIERCRAFT_CERT and TIERCRAFT_KEY to a certificate and key for localhost (see README, "Sideload in Excel").',
      );
    }
  }
  return {
    type: 'https',
    options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) },
  };
}

/** A certificate pair exists and office-addin-dev-certs finds its CA in the system's trust store. */
function trustedDevCertificate(cert, key) {
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return false;
  try {
    return require('office-addin-dev-certs').isCaCertificateInstalled();
  } catch {
    return false; // a platform its verify script does not support, or no CA: plain http
  }
}

function banner(secure) {
  const origin = `${secure ? 'https' : 'http'}://localhost:${PORT}`;
  return [
    '',
    'Tiercraft dev server',
    `  Playground (task pane in this browser, no Excel needed): ${origin}/playground.html`,
    `  Task pane page / shared runtime:                          ${origin}/taskpane.html`,
    `  Custom functions metadata:                                ${origin}/functions.json`,
    '',
    secure
      ? 'Sideload in Excel: the manifest points at https://localhost:3000.'
      : 'Excel only loads add-ins over https. To sideload, trust a localhost certificate (npx office-addin-dev-certs install) and restart.',
    '  Excel on the web: Home > Add-ins > More Add-ins > Upload My Add-in > manifest.xml',
    '  Excel desktop (Windows): share a folder holding manifest.xml, add it as a Trusted Add-in Catalog',
    '    (File > Options > Trust Center > Trusted Add-in Catalogs), restart Excel, then',
    '    Home > Add-ins > More Add-ins > Shared Folder > Tiercraft.',
    '  Excel desktop (Mac): copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/',
    '',
  ].join('\n');
}

module.exports = (_env, argv = {}) => {
  const production = argv.mode === 'production';
  const server = httpsOptions();
  // ADDIN_BASE_URL: where dist/ will be served (https only); unset keeps https://localhost:3000.
  const target = addinBase(process.env.ADDIN_BASE_URL);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: entries,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // dist/cli holds the compiled command line (scripts/build-cli.mjs), which this build does not make.
      clean: { keep: /^cli(\/|$)/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        // Type checking runs separately (`npm run lint`), so builds stay fast.
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
        // The engine is pure (no module has side effects), so the functions bundle keeps only the
        // engine code it calls, not the model schema (zod) re-exported beside it.
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        // The quote PDF's fonts (the playground's renderer fetches them on the first download).
        { test: /\.ttf$/, type: 'asset/resource', generator: { filename: 'assets/fonts/[name].[contenthash:8][ext]' } },
      ],
      // pdfkit's standalone build is browserify's bundle, already self-contained: used as it is.
      noParse: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.standalone\.js$/,
    },
    optimization: {
      splitChunks: {
        // Only the pages' bundles share vendor chunks; functions.js stays whole.
        chunks: (chunk) => !standalone.has(chunk.name),
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'vendor-react', priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg)[\\/]/, name: 'vendor-fluent', priority: 10 },
          // exceljs is imported with import() where needed, so it lands in its own lazy chunk.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'vendor-exceljs', chunks: 'async', priority: 30 },
          // So is pdfkit (the playground's quote PDF).
          pdfkit: { test: /[\\/]node_modules[\\/]pdfkit[\\/]/, name: 'vendor-pdfkit', chunks: 'async', priority: 30 },
        },
      },
    },
    performance: { hints: production ? 'warning' : false, maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: functionsMetadata, input: entries.functions }),
      ...pages.map((page) => new HtmlWebpackPlugin({ ...page, chunksSortMode: 'manual' })),
      new FunctionHelpPlugin(target),
      new CopyWebpackPlugin({ patterns: copied(target) }),
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      server: server ?? 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      historyApiFallback: { index: '/playground.html' },
      open: false,
      client: { overlay: { warnings: false, errors: true } },
      onListening: () => console.log(banner(Boolean(server))),
    },
  };
};

/** Read by scripts/validate-manifest.ts: what the build serves, relative to the site root. */
module.exports.servedFiles = () => [
  ...Object.keys(entries).map((name) => `${name}.js`),
  ...pages.map((page) => page.filename),
  functionsMetadata,
  ...staticPages,
  'help/index.html',
  ...[...fs.readFileSync(path.join(__dirname, entries.functions), 'utf8').matchAll(/@customfunction\s+(\w+)/g)].map(
    (m) => `help/${m[1].toLowerCase()}.html`,
  ),
  ...fs
    .readdirSync(path.join(__dirname, 'assets'))
    .filter((file) => file.endsWith('.png'))
    .map((file) => `assets/${file}`),
  'manifest.xml',
];
