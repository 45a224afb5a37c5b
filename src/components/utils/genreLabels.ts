/** How the site names, in Chinese, a letter's kind, its sender's role and its original language. */
import type { LetterKind, OriginalLanguage, SenderRole } from '../../records/schema.ts';

/** The kind as the title calls it. */
export const kindLabels: Record<LetterKind, string> = {
  letter: '信',
  'identical-letters': '同文信',
  'note-verbale': '普通照会',
};

export const roleLabels: Record<SenderRole, string> = {
  'permanent-representative': '常驻联合国代表',
  'charge-daffaires': '常驻联合国代表团临时代办',
  mission: '常驻联合国代表团',
  minister: '部长',
  'head-of-state': '国家元首或政府首脑',
  'secretary-general': '秘书长',
  other: '其他',
};

/** The UN's names of its official languages, in Chinese. */
export const languageLabels: Record<OriginalLanguage, string> = {
  ar: '阿拉伯文',
  en: '英文',
  es: '西班牙文',
  fr: '法文',
  ru: '俄文',
  zh: '中文',
};
