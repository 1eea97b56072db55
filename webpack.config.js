// Builds the task pane and the ribbon's function file into dist/.
//   npx webpack --mode production      → dist/ with the manifest's URLs rewritten to ISHC_URL
//   npm run dev-server                 → https://localhost:3000 (office-addin-dev-certs, else a self-signed cert)
// TypeScript must emit ES modules here (module: esnext): with CommonJS webpack cannot tree-shake
// Fluent UI and the page grows from ~90 KB to 18 MB.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { URL } = require('url');

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PROD_URL = 'https://ishc.example.vn/addin/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

// The pane sends nothing anywhere (DESIGN.md, invariant 4): scripts only from here and the Office.js
// CDN, no connections elsewhere. Fluent UI (Griffel) injects <style> elements, hence 'unsafe-inline'
// for styles only.
const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

function productionUrl() {
  let url = process.env.ISHC_URL || DEFAULT_PROD_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ISHC_URL must be an https URL, not ${url}`);
  if (!url.endsWith('/')) url += '/';
  return url;
}

/** Page URLs move under the production base; the AppDomain (an origin) becomes its origin. */
function rewriteManifest(xml, prodUrl) {
  const devOrigin = DEV_URL.replace(/\/$/, '');
  return xml.split(DEV_URL).join(prodUrl).split(devOrigin).join(new URL(prodUrl).origin);
}

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 30000));
    return await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
  } catch (e) {
    console.warn(
      `office-addin-dev-certs could not provide a trusted certificate (${e && e.message ? e.message.split('\n')[0] : e}).\n` +
        'Serving https with a self-signed certificate instead: open https://localhost:3000/taskpane.html once and accept it, ' +
        'or run `npx office-addin-dev-certs install`.',
    );
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = !!env.WEBPACK_SERVE;
  const prodUrl = productionUrl();

  const page = (name, chunk) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.resolve(__dirname, 'src/taskpane/page.html'),
      chunks: [chunk],
      title: name === 'taskpane' ? 'Kiểm tra sổ sách CLB LTHTGN' : 'ISHC commands',
      templateParameters: { csp: CSP, officeJs: OFFICE_JS, container: name === 'taskpane' },
      scriptLoading: 'defer',
      inject: 'head',
    });

  const config = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false, // never 'eval': the CSP forbids it
    entry: {
      taskpane: path.resolve(__dirname, 'src/taskpane/index.tsx'),
      commands: path.resolve(__dirname, 'src/commands/commands.ts'),
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // Type errors are `npm run typecheck`'s job; the build only transpiles.
              transpileOnly: true,
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false, sourceMap: dev },
            },
          },
        },
      ],
    },
    performance: { hints: false }, // the budget is enforced by scripts/bundle-size.js on gzipped size
    plugins: [
      page('taskpane', 'taskpane'),
      page('commands', 'commands'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : Buffer.from(rewriteManifest(content.toString('utf8'), prodUrl), 'utf8')),
          },
        ],
      }),
    ],
  };

  if (serving) {
    const https = await httpsOptions();
    config.devServer = {
      port: 3000,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'https' },
      static: false,
      hot: false,
      client: { overlay: false },
    };
  }
  return config;
};
