// @ts-check
import { defineConfig } from 'astro/config';

// The site reads letter records from the JSON file named by ARCHIVE_RECORDS
// (written by the build); see src/records/loadArchive.ts.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
