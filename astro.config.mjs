// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The site reads letter records from the JSON file named by ARCHIVE_RECORDS
// (written by the build); see src/records/loadArchive.ts.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // The Content-Security-Policy allows no inline style or script: every stylesheet
  // and script must be a file, however small.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
});
