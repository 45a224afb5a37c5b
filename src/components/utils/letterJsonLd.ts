/** Describes a letter for search engines as schema.org JSON-LD (a `DigitalDocument`). */
import type { LetterRecord } from '../../records/schema.ts';

export function letterJsonLd(record: LetterRecord, pageUrl: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DigitalDocument',
    '@id': pageUrl.href,
    url: pageUrl.href,
    name: record.title,
    author: { '@type': 'Organization', name: record.sender.text },
    ...(record.signatory ? { contributor: { '@type': 'Person', name: record.signatory.name } } : {}),
    inLanguage: 'zh-CN',
    dateCreated: record.letterDate,
    ...(record.distributionDate ? { datePublished: record.distributionDate } : {}),
    ...(record.symbols.length > 0 ? { identifier: record.symbols } : {}),
    keywords: record.keywords.join(', '),
    about: record.agendaItems.map((item) => item.title),
    citation: record.citations.map((citation) => citation.url),
    publisher: { '@type': 'Organization', name: '联合国' },
  };
}
