/**
 * The agenda topics the seed letters are filed under, as raw material for
 * synthetic mastheads. Wording drifts across sessions as it does in the seeds
 * (`阿塞拜疆被占领土的局势` at the 61st session, `阿塞拜疆被占领土局势` at the 75th).
 */

export interface AgendaTopic {
  /** The title printed up to the given General Assembly session. */
  early: string;
  /** The title printed from `since` on. */
  late: string;
  since: number;
}

export const AGENDA_TOPICS: readonly AgendaTopic[] = [
  { early: '阿塞拜疆被占领土的局势', late: '阿塞拜疆被占领土局势', since: 70 },
  { early: '古阿姆集团地区旷日持久的冲突及其对国际和平、安全与发展的影响', late: '古阿姆集团地区旷日持久的冲突及其对国际和平、安全与发展的影响', since: 0 },
  { early: '预防武装冲突', late: '预防武装冲突', since: 0 },
  { early: '国内和国际的法治', late: '国内和国际的法治', since: 0 },
  { early: '和平文化', late: '和平文化', since: 0 },
  { early: '建设和平和保持和平', late: '建设和平和保持和平', since: 0 },
  { early: '消除种族主义、种族歧视、仇外心理和相关不容忍行为', late: '消除种族主义、种族歧视、仇外和相关不容忍言行', since: 78 },
  {
    early: '联合国难民事务高级专员的报告、与难民、回返者和流离失所者有关的问题以及人道主义问题',
    late: '联合国难民事务高级专员的报告、与难民、回返者和流离失所者有关的问题以及人道主义问题',
    since: 0,
  },
  { early: '促进和保护人权', late: '促进和保护人权', since: 0 },
  { early: '保护责任与防止灭绝种族、战争罪、族裔清洗和危害人类罪', late: '保护责任与防止灭绝种族、战争罪、族裔清洗和危害人类罪', since: 0 },
];

/** The title of a topic as printed at a General Assembly session. */
export function topicTitle(topic: AgendaTopic, session: number): string {
  return session >= topic.since ? topic.late : topic.early;
}

/**
 * The item number a topic carries at a session: fixed for the pair, as on a real
 * agenda, and different across sessions (item numbers are per session).
 */
export function itemNumber(topicIndex: number, session: number): number {
  let hash = Math.imul(session ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(topicIndex + 1, 0x165667b1);
  hash ^= hash >>> 15;
  // Spread topics over disjoint ranges so that two topics never share a number.
  return topicIndex * 14 + 1 + ((hash >>> 0) % 14);
}
