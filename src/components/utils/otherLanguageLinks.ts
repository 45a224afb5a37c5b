/**
 * The same document in the UN's other official languages: for a letter with
 * symbols, its `https://undocs.org/<language>/<symbol>` in Arabic, English,
 * Spanish, French and Russian, each named in its own language. The first symbol
 * stands for the document (a letter issued under two symbols is one document).
 */

export interface LanguageLink {
  /** BCP 47 tag, for `lang` and `hreflang`. */
  lang: 'ar' | 'en' | 'es' | 'fr' | 'ru';
  /** The language's name in that language. */
  name: string;
  href: string;
}

const languages: Omit<LanguageLink, 'href'>[] = [
  { lang: 'ar', name: 'العربية' },
  { lang: 'en', name: 'English' },
  { lang: 'es', name: 'Español' },
  { lang: 'fr', name: 'Français' },
  { lang: 'ru', name: 'Русский' },
];

export function otherLanguageLinks(symbols: readonly string[]): LanguageLink[] {
  const [symbol] = symbols;
  return symbol === undefined ? [] : languages.map((language) => ({ ...language, href: `https://undocs.org/${language.lang}/${symbol}` }));
}
