import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { EN } from './src/i18n/en';

// E2E builds (LL_E2E=1) add the test-only self-hosted domain to host_permissions so that
// permissions.request resolves without a dialog (Chromium's dialog cannot be automated).
const e2e = process.env.LL_E2E === '1';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: easier to read, and the core stays free of globals.
  imports: false,
  // LL_OUT_DIR lets two builds run side by side (parallel work on one checkout).
  outDir: process.env.LL_OUT_DIR || (e2e ? '.output-e2e' : '.output'),
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 1000 },
  }),
  hooks: {
    // The English messages live in fragments under src/i18n/en (one per area); the browser reads one file.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: '_locales/en/messages.json', contents: `${JSON.stringify(EN, null, 2)}\n` });
    },
    // Content scripts run on every LMS page and have a 20 KB budget. They use only
    // runtime.sendMessage/onMessage/getURL, which are promise-based natively in MV3
    // Chrome, Edge and Firefox, so they get WXT's plain `browser` (chrome/browser
    // global) instead of webextension-polyfill (10 KB). Extension pages and the
    // background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const native = fileURLToPath(new URL('./node_modules/wxt/dist/browser.mjs', import.meta.url));
      const alias = config.resolve?.alias;
      config.resolve ??= {};
      if (Array.isArray(alias)) config.resolve.alias = [{ find: /^wxt\/browser$/, replacement: native }, ...alias];
      else config.resolve.alias = { ...(alias ?? {}), 'wxt/browser': native };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting', 'contextMenus', 'notifications'],
    optional_host_permissions: ['https://*/*'],
    host_permissions: e2e ? ['https://moodle.springfield-sd.org/*'] : [],
    action: { default_title: '__MSG_extName__' },
    // Opens the popup, focused on the log form: log an idea without the mouse.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Log a co-teaching idea' } },
    // The suggestion panel is an extension page shown in an iframe on LMS pages.
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['https://*/*'] }],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; frame-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'library-liaison@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
