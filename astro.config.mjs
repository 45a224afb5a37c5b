// @ts-check
import { rename } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { reusedPages } from './src/components/utils/reusedPages.ts';

/**
 * @astrojs/sitemap names its index `sitemap-index.xml`; crawlers look for
 * `/sitemap.xml` first, so the index is moved there once the sitemap is written
 * (integrations' build hooks run in order). Its chunks (`sitemap-0.xml`, …) stay.
 * @returns {import('astro').AstroIntegration}
 */
function sitemapAtSitemapXml() {
  return {
    name: 'sitemap-at-sitemap-xml',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await rename(fileURLToPath(new URL('sitemap-index.xml', dir)), fileURLToPath(new URL('sitemap.xml', dir)));
      },
    },
  };
}

const site = process.env.SITE_URL ?? 'http://localhost:4321';

// The site reads letters from the record store named by ARCHIVE_STORE
// (written by the build); see src/components/utils/siteData.ts.
export default defineConfig({
  site,
  trailingSlash: 'always',
  // The Content-Security-Policy allows no inline style or script: every stylesheet
  // and script must be a file, however small.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    // Pages copied from the last build are not rendered, so they are named to the sitemap here.
    sitemap({ filter: (page) => !/\/404\/?$/.test(page), customPages: [...reusedPages()].map((url) => new URL(url, site).href) }),
    sitemapAtSitemapXml(),
  ],
});
