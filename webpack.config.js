/**
 * Builds the add-in: the task pane (taskpane.html), the ribbon's function file (function-file.html) and
 * the demo (demo.html: a sample report next to the real pane running against the Office shim).
 * Type-checking is `npm run typecheck`; ts-loader only transpiles here.
 */
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { BuildReportPlugin } = require('./scripts/build-report');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';
/** The dev server's port: 3000 as the manifest says; PORT overrides it (the browser tests take a free one). */
const PORT = Number(process.env.PORT) || 3000;

/**
 * Only our own scripts and Office.js's origin may run. Fluent UI (Griffel) inserts <style> elements
 * at run time, hence 'unsafe-inline' for styles only. The dev server's live reload needs its socket.
 */
function csp({ office, dev }) {
  const script = ["'self'", office ? OFFICE_ORIGIN : null].filter(Boolean).join(' ');
  const connect = ["'self'", dev ? `wss://localhost:${PORT} ws://localhost:${PORT} ws://127.0.0.1:*` : null]
    .filter(Boolean)
    .join(' ');
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    office ? `frame-src 'self' ${OFFICE_ORIGIN}` : "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== 'production';
  const page = (name, chunk, opts) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.join(__dirname, 'src', opts.template),
      chunks: [chunk],
      scriptLoading: 'defer',
      templateParameters: {
        csp: csp({ office: opts.office, dev }),
        officeJs: opts.office ? OFFICE_JS : null,
        title: opts.title,
      },
    });

  return {
    mode: dev ? 'development' : 'production',
    // No eval-based devtool: the pages' CSP (script-src 'self') forbids eval, as it should in Office, so
    // webpack's default eval-* source maps leave the development build blank. cheap-module-source-map
    // writes separate .map files with the TypeScript lines and needs nothing from the CSP.
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      'function-file': './src/ribbon-function-file/function-file.ts',
      demo: './src/demo/index.tsx',
      // Development only: Office.js for taskpane.html in a plain browser (see the file); not shipped.
      ...(dev ? { 'office-shim': './src/demo/office-shim.ts' } : {}),
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      clean: true,
      publicPath: '',
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } },
          },
        },
      ],
    },
    // The core is pure TypeScript; nothing the browser bundle reaches may pull in Node built-ins.
    node: false,
    performance: { hints: false },
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    plugins: [
      page('taskpane', 'taskpane', { template: 'taskpane/taskpane.html', office: true, title: 'Rapportstöd' }),
      page('function-file', 'function-file', {
        template: 'ribbon-function-file/function-file.html',
        office: true,
        title: 'Rapportstöd',
      }),
      page('demo', 'demo', { template: 'demo/demo.html', office: false, title: 'Rapportstöd – demo' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          // The demo's sample reports (src/demo/samples.ts).
          ...['seed-000', 'seed-001', 'seed-002'].map((name) => ({
            from: `test/fixtures/docx/${name}.docx`,
            to: `fixtures/${name}.docx`,
            noErrorOnMissing: true,
          })),
        ],
      }),
      ...(dev ? [] : [new BuildReportPlugin()]),
    ],
    devServer: {
      host: 'localhost',
      port: PORT,
      server: 'https',
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
