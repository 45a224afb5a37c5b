/**
 * Shapes of whole lines that stand alone in a letter: an annex heading
 * (`…的信的附件一`, `附件二`), a dateline (`2007 年 7 月 19 日吉达`,
 * `2025 年 5月 21 日，安卡拉`), the end of a signature (`…（签名）`), a salutation.
 */
const annexHeading = /^(?:\d{4}\s*年.*的)?附件[一二三四五六七八九十]*$/;
/** The place after the date: up to 12 characters, the longest capitals' names (`斯里贾亚瓦德纳普拉科特`), after `于` or a comma. */
const dateline = /^(?:日期[：:]\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:[，,]?\s*于?[\p{Script=Han}·]{1,12})?$/u;
const signatureEnd = /[（(]签名[)）]$/;
const salutation = /^(?:阁下|主席先生|主席女士|秘书长先生)[：:]$/;

export function isAnnexHeading(text: string): boolean {
  // The longest real headings (a mission's note verbale to a sanctions committee's chair, whose title
  // names three resolutions, `…的普通照会的附件`) run to some 130 characters.
  return annexHeading.test(text) && text.length <= 200;
}

/** A line opening a numbered paragraph, `8. 强烈谴责…`. */
export function opensNumberedParagraph(text: string): boolean {
  return /^\d{1,3}\.\s/.test(text);
}

/** A line opening a lettered sub-paragraph, `(a) …` or `（a）…`. */
export function opensLetteredSubparagraph(text: string): boolean {
  return /^[(（][a-z][)）]/.test(text);
}

/**
 * A numbered section's heading, or a line opening one: `一、背景`, `一. 导言`, `I. 导言`,
 * `Ⅰ. 导言`, a sub-section's `A. 冲突导致的粮食不安全` or `（一）维护…`.
 */
export function opensNumberedSection(text: string): boolean {
  return /^(?:[一二三四五六七八九十]+[、.．]|[IVX]{1,5}\.\s|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ][.．]?\s?(?=\S)|[A-H]\.\s|[（(][一二三四五六七八九十]+[）)])/.test(text);
}

/**
 * A list item's bullet as printed (`• `): the item's text follows it. A hyphen is not
 * one: `- ` opening a paragraph is as likely a dash in the text.
 */
export const listBullet = /^[•●▪◦]\s*(?=\S)/;

/** A list item's printed marker in a record: its bullet, or the number of a numbered list's item (`1. `). */
export const itemMarker = /^(?:[•●▪◦]|\d{1,3}\.)\s*(?=\S)/;

export function isDateline(text: string): boolean {
  return dateline.test(text);
}

export function isSignatureEnd(text: string): boolean {
  return signatureEnd.test(text);
}

export function isSalutation(text: string): boolean {
  return salutation.test(text);
}
