/**
 * A CSL-JSON document (an array of items, as reference managers import it) as a
 * `data:` URL, so that a letter page offers its own item as a download with no
 * file per letter on the site and no script. Base64, because percent-encoding
 * would triple the bytes of every Chinese character.
 */
import type { CslItem } from './cslItem.ts';

export function cslDataUrl(items: readonly CslItem[]): string {
  return `data:application/vnd.citationstyles.csl+json;base64,${Buffer.from(JSON.stringify(items)).toString('base64')}`;
}
