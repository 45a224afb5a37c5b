/**
 * The Highwire Press `citation_*` meta tags that Zotero and Google Scholar read
 * from a letter page, as name–content pairs: title, author (the sender as the
 * title prints it), date (`YYYY/MM/DD`),
 * publisher, language, the symbols as report number, and the page's URL.
 */
import type { LetterRecord } from '../../records/schema.ts';

export function highwireMeta(letter: LetterRecord, pageUrl: URL): [name: string, content: string][] {
  return [
    ['citation_title', letter.title],
    ['citation_author', letter.sender.text],
    ['citation_date', letter.letterDate.replaceAll('-', '/')],
    ...(letter.distributionDate ? ([['citation_publication_date', letter.distributionDate.replaceAll('-', '/')]] as [string, string][]) : []),
    ['citation_publisher', '联合国'],
    ['citation_language', 'zh'],
    ...(letter.symbols.length > 0 ? ([['citation_technical_report_number', letter.symbols.join('-')]] as [string, string][]) : []),
    ['citation_abstract_html_url', pageUrl.href],
  ];
}
