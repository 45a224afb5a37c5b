/**
 * The layouts the UN prints every week, one fixture letter each (written for these
 * tests, PDF-text flavour and Markdown flavour): each ingests to the exact record,
 * field by field, as read off the fixture's own text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestSeeds } from '../../src/ingest/ingestSeeds.ts';
import { Archive, type LetterRecord } from '../../src/records/schema.ts';

const layoutsDir = new URL('./fixtures/layouts/', import.meta.url).pathname;

type Expected = Pick<
  LetterRecord,
  'symbols' | 'distributionDate' | 'originalLanguage' | 'session' | 'agendaItems' | 'title' | 'kind' | 'addressees' | 'sender' | 'signatory'
> & {
  file: string;
  id: string | RegExp;
  body: [string, string][];
  annexes: { id: string; label: string; heading: string; title: string | null; blocks: [string, string][] }[];
};

/** The Secretary-General's letters on arrears (Article 19) of two layout fixtures: their heading block, then their sender. */
const secretaryGeneralOnArrears = {
  distributionDate: '2024-01-17',
  originalLanguage: 'en',
  session: { generalAssembly: 78, securityCouncilYear: null },
  agendaItems: [{ number: 139, title: '分摊联合国费用比额表' }],
} satisfies Partial<Expected>;
const secretaryGeneralOnArrearsBy = {
  kind: 'letter',
  addressees: ['大会主席'],
  sender: { text: '秘书长', state: null, code: null, role: 'secretary-general' },
  signatory: { name: '安东尼奥·古特雷斯', titles: [] },
} satisfies Partial<Expected>;

/** The joint statement letter of two layout fixtures, which print its states in two places. */
const jointStatementLetter = {
  distributionDate: '2024-03-12',
  originalLanguage: 'en',
  session: { generalAssembly: 78, securityCouncilYear: null },
  agendaItems: [{ number: 28, title: '提高妇女地位' }],
  title: '2024 年 3 月 8 日加拿大常驻联合国代表给秘书长的信',
  kind: 'letter',
  addressees: ['秘书长'],
  sender: { text: '加拿大常驻联合国代表', state: '加拿大', code: 'CAN', role: 'permanent-representative' },
  signatory: { name: '鲍勃·雷', titles: ['常驻代表', '大使'] },
  body: [
    ['paragraph', '谨随函转递 2024 年 3 月 8 日国际妇女节之际发表的关于妇女和女童充分、平等和切实参与和平进程的联合声明（见附件），该声明得到 多个会员国的赞同。'],
    ['paragraph', '请将本信及其附件作为大会议程项目 28 下的文件分发为荷。'],
    ['signature', '常驻代表\n大使\n鲍勃·雷（签名）'],
  ],
} satisfies Partial<Expected>;

/** The states that endorse that statement, in the order printed. */
const endorsingStates = [
  '阿尔巴尼亚',
  '安道尔',
  '阿根廷',
  '澳大利亚',
  '奥地利',
  '比利时',
  '波斯尼亚和黑塞哥维那',
  '保加利亚',
  '加拿大',
  '智利',
  '哥斯达黎加',
  '克罗地亚',
  '塞浦路斯',
  '捷克',
  '丹麦',
  '多米尼加共和国',
  '爱沙尼亚',
  '芬兰',
  '法国',
  '格鲁吉亚',
  '德国',
  '希腊',
  '冰岛',
  '爱尔兰',
  '意大利',
  '日本',
  '拉脱维亚',
  '列支敦士登',
  '立陶宛',
  '卢森堡',
  '马耳他',
  '墨西哥',
  '黑山',
  '荷兰王国',
  '新西兰',
  '北马其顿',
  '挪威',
  '大韩民国',
  '瑞典',
  '大不列颠及北爱尔兰联合王国',
];

const layouts: Expected[] = [
  {
    // The masthead printed inside the cover block, before the job number and barcode.
    file: 'masthead-in-cover-block.txt',
    id: 'a-79-812-s-2025-140',
    symbols: ['A/79/812', 'S/2025/140'],
    distributionDate: '2025-03-07',
    originalLanguage: 'en',
    session: { generalAssembly: 79, securityCouncilYear: 80 },
    agendaItems: [
      { number: 35, title: '预防武装冲突' },
      { number: 112, title: '加强联合国系统' },
    ],
    title: '2025 年 3 月 5 日蒙古常驻联合国代表给大会主席和安全理事会主席的同文信',
    kind: 'identical-letters',
    addressees: ['大会主席', '安全理事会主席'],
    sender: { text: '蒙古常驻联合国代表', state: '蒙古', code: 'MNG', role: 'permanent-representative' },
    signatory: { name: '巴特策策格·嘎勒桑', titles: ['大使、常驻代表'] },
    body: [
      ['paragraph', '谨随函转递蒙古外交部 2025 年 3 月 4 日关于东北亚区域安全对话的声明（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 35 和 112 下的文件以及安全理事会的文件分发为荷。'],
      ['signature', '大使、常驻代表\n（签名）巴特策策格·嘎勒桑'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2025 年 3 月 5 日蒙古常驻联合国代表给大会主席和安全理事会主席的同文信的附件',
        title: '蒙古外交部的声明',
        blocks: [
          ['heading', '蒙古外交部的声明'],
          ['paragraph', '蒙古重申其无核武器地位，并欢迎 2024 年乌兰巴托对话的成果。'],
          ['paragraph', '蒙古呼吁各方通过对话解决分歧。'],
        ],
      },
    ],
  },
  {
    file: 'identical-letters-wrapped-title.txt',
    id: 'a-78-845-s-2024-301',
    symbols: ['A/78/845', 'S/2024/301'],
    distributionDate: '2024-04-05',
    originalLanguage: 'ar',
    session: { generalAssembly: 78, securityCouncilYear: 79 },
    agendaItems: [{ number: 35, title: '中东局势' }],
    title: '2024 年 4 月 3 日阿拉伯叙利亚共和国常驻联合国代表给秘书长和安全理事会主席的同文信',
    kind: 'identical-letters',
    addressees: ['秘书长', '安全理事会主席'],
    sender: { text: '阿拉伯叙利亚共和国常驻联合国代表', state: '阿拉伯叙利亚共和国', code: 'SYR', role: 'permanent-representative' },
    signatory: { name: '库赛·达哈克', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '奉我国政府指示，谨随函附上阿拉伯叙利亚共和国外交和侨民部关于大马士革事件的声明（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 35 下的文件和安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n库赛·达哈克（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 4 月 3 日阿拉伯叙利亚共和国常驻联合国代表给秘书长和安全理事会主席的同文信的附件',
        title: '阿拉伯叙利亚共和国外交和侨民部的声明',
        blocks: [
          ['heading', '阿拉伯叙利亚共和国外交和侨民部的声明'],
          ['paragraph', '阿拉伯叙利亚共和国外交和侨民部强烈谴责 2024 年 4 月 1 日发生的事件，并呼吁安全理事会履行其维护国际和平与安全的责任。'],
        ],
      },
    ],
  },
  {
    file: 'note-verbale-security-council.txt',
    id: 's-2024-215',
    symbols: ['S/2024/215'],
    distributionDate: '2024-03-08',
    originalLanguage: 'es',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 3 月 6 日委内瑞拉玻利瓦尔共和国常驻联合国代表团给秘书长的普通照会',
    kind: 'note-verbale',
    addressees: ['秘书长'],
    sender: { text: '委内瑞拉玻利瓦尔共和国常驻联合国代表团', state: '委内瑞拉玻利瓦尔共和国', code: 'VEN', role: 'mission' },
    signatory: null,
    body: [
      ['paragraph', '委内瑞拉玻利瓦尔共和国常驻联合国代表团向秘书长致意，并谨转递委内瑞拉玻利瓦尔共和国政府 2024 年 3 月 5 日的公报（见附件）。'],
      ['paragraph', '常驻代表团请将本普通照会及其附件作为安全理事会的文件分发为荷。'],
      ['paragraph', '委内瑞拉玻利瓦尔共和国常驻联合国代表团借此机会再次向秘书长致以最崇高的敬意。'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 3 月 6 日委内瑞拉玻利瓦尔共和国常驻联合国代表团给秘书长的普通照会的附件',
        title: '委内瑞拉玻利瓦尔共和国政府的公报',
        blocks: [
          ['heading', '委内瑞拉玻利瓦尔共和国政府的公报'],
          ['paragraph', '委内瑞拉玻利瓦尔共和国政府重申其对《联合国宪章》所载各项宗旨和原则的承诺。'],
        ],
      },
    ],
  },
  {
    file: 'general-assembly-charge-daffaires.txt',
    id: 'a-79-512',
    symbols: ['A/79/512'],
    distributionDate: '2024-10-04',
    originalLanguage: 'ru',
    session: { generalAssembly: 79, securityCouncilYear: null },
    agendaItems: [{ number: 68, title: '促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径' }, { number: 72, title: '土著人民的权利' }],
    title: '2024 年 10 月 2 日阿塞拜疆常驻联合国代表团临时代办给大会主席的信',
    kind: 'letter',
    addressees: ['大会主席'],
    sender: { text: '阿塞拜疆常驻联合国代表团临时代办', state: '阿塞拜疆', code: 'AZE', role: 'charge-daffaires' },
    signatory: { name: '塔希尔·塔吉扎德', titles: ['临时代办'] },
    body: [
      ['salutation', '主席先生：'],
      ['paragraph', '谨随函转递阿塞拜疆共和国关于土著人民权利的立场文件，供大会第七十九届会议审议。'],
      ['paragraph', '请将本信作为大会议程项目 68 和 72 下的文件分发为荷。'],
      ['signature', '临时代办\n塔希尔·塔吉扎德(签名)'],
    ],
    annexes: [
    ],
  },
  {
    file: 'minister-wrapped-annexes.txt',
    id: 'a-79-730-s-2025-45',
    symbols: ['A/79/730', 'S/2025/45'],
    distributionDate: '2025-01-24',
    originalLanguage: 'fr',
    session: { generalAssembly: 79, securityCouncilYear: 80 },
    agendaItems: [{ number: 39, title: '预防武装冲突' }],
    title: '2025 年 1 月 20 日阿塞拜疆共和国外交部长给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '阿塞拜疆共和国外交部长', state: '阿塞拜疆', code: 'AZE', role: 'minister' },
    signatory: { name: '杰伊胡恩·巴伊拉莫夫', titles: [] },
    body: [
      ['salutation', '阁下：'],
      ['paragraph', '谨随函附上阿塞拜疆共和国政府关于区域和平进程的声明（见附件一）以及和平条约草案的要点（见附件二）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 39 下的文件和安全理事会的文件分发为荷。'],
      ['signature', '杰伊胡恩·巴伊拉莫夫（签名）'],
    ],
    annexes: [
      {
        id: 'annex-1',
        label: '附件一',
        heading: '2025 年 1 月 20 日阿塞拜疆共和国外交部长给秘书长的信的附件一',
        title: '阿塞拜疆共和国政府的声明',
        blocks: [
          ['heading', '阿塞拜疆共和国政府的声明'],
          ['paragraph', '阿塞拜疆共和国政府欢迎区域和平进程取得的进展。'],
        ],
      },
      {
        id: 'annex-2',
        label: '附件二',
        heading: '2025 年 1 月 20 日阿塞拜疆共和国外交部长给秘书长的信的附件二',
        title: null,
        blocks: [
          ['paragraph', '和平条约草案规定双方相互承认领土完整。'],
        ],
      },
    ],
  },
  {
    file: 'head-of-state.txt',
    id: 's-2024-512-corr-1',
    symbols: ['S/2024/512/Corr.1'],
    distributionDate: '2024-07-15',
    originalLanguage: 'en',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 7 月 10 日伊朗伊斯兰共和国总统给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '伊朗伊斯兰共和国总统', state: '伊朗伊斯兰共和国', code: 'IRN', role: 'head-of-state' },
    signatory: { name: '马苏德·佩泽希齐扬', titles: [] },
    body: [
      ['salutation', '阁下：'],
      ['paragraph', '我谨就该区域局势的最新发展致函阁下，并提请安全理事会注意其中所涉的严重关切。'],
      ['paragraph', '请将本信作为安全理事会的文件分发为荷。'],
      ['signature', '马苏德·佩泽希齐扬（签名）'],
    ],
    annexes: [
    ],
  },
  {
    file: 'committee-chair-three-line-title.txt',
    id: 's-2024-600-rev-1',
    symbols: ['S/2024/600/Rev.1'],
    distributionDate: '2024-08-02',
    originalLanguage: 'zh',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 8 月 1 日中华人民共和国常驻联合国代表给安全理事会关于朝鲜民主主义人民共和国的第 1718(2006)号决议所设委员会主席的信',
    kind: 'letter',
    addressees: ['安全理事会关于朝鲜民主主义人民共和国的第 1718(2006)号决议所设委员会主席'],
    sender: { text: '中华人民共和国常驻联合国代表', state: '中国', code: 'CHN', role: 'permanent-representative' },
    signatory: { name: '傅聪', titles: ['常驻代表'] },
    body: [
      ['salutation', '主席先生：'],
      ['paragraph', '谨通报中华人民共和国执行安全理事会第 1718(2006)号决议的情况。'],
      ['paragraph', '请将本信作为安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n傅聪（签名）'],
    ],
    annexes: [
    ],
  },
  {
    file: 'secretary-general.txt',
    id: 's-2024-50-add-1',
    symbols: ['S/2024/50/Add.1'],
    distributionDate: '2024-01-18',
    originalLanguage: 'en',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 1 月 16 日秘书长给安全理事会主席的信',
    kind: 'letter',
    addressees: ['安全理事会主席'],
    sender: { text: '秘书长', state: null, code: null, role: 'secretary-general' },
    signatory: { name: '安东尼奥·古特雷斯', titles: [] },
    body: [
      ['salutation', '主席先生：'],
      ['paragraph', '谨通知你，我打算任命一名特别代表，负责领导联合国在该区域的特派团。'],
      ['paragraph', '请提请安全理事会成员注意此事为荷。'],
      ['signature', '安东尼奥·古特雷斯（签名）'],
    ],
    annexes: [
    ],
  },
  {
    file: 'emergency-special-session-observer.txt',
    id: 'a-es-10-1001',
    symbols: ['A/ES-10/1001'],
    distributionDate: '2024-05-10',
    originalLanguage: 'en',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [{ number: 5, title: '以色列在被占领的东耶路撒冷和巴勒斯坦被占领土其余地区的非法行动' }],
    title: '2024 年 5 月 8 日巴勒斯坦国常驻联合国观察员给大会主席的信',
    kind: 'letter',
    addressees: ['大会主席'],
    sender: { text: '巴勒斯坦国常驻联合国观察员', state: '巴勒斯坦国', code: 'PSE', role: 'permanent-representative' },
    signatory: { name: '利亚德·曼苏尔', titles: ['常驻观察员', '大使'] },
    body: [
      ['salutation', '主席先生：'],
      ['paragraph', '我谨提请你注意被占领巴勒斯坦领土、包括东耶路撒冷局势的最新发展。'],
      ['paragraph', '请将本信作为大会第十届紧急特别会议议程项目 5 下的文件分发为荷。'],
      ['signature', '常驻观察员\n大使\n利亚德·曼苏尔（签名）'],
    ],
    annexes: [
    ],
  },
  {
    file: 'markdown-identical-letters.md',
    id: /^letter-2024-05-02-prk-[0-9a-f]{8}$/,
    symbols: [],
    distributionDate: null,
    originalLanguage: null,
    session: { generalAssembly: 78, securityCouncilYear: 79 },
    agendaItems: [{ number: 35, title: '朝鲜半岛局势' }, { number: 99, title: '全面彻底裁军：核裁军与不扩散领域的区域和次区域信任措施' }],
    title: '2024 年 5 月 2 日朝鲜民主主义人民共和国常驻联合国代表给秘书长和安全理事会主席的同文信',
    kind: 'identical-letters',
    addressees: ['秘书长', '安全理事会主席'],
    sender: { text: '朝鲜民主主义人民共和国常驻联合国代表', state: '朝鲜民主主义人民共和国', code: 'PRK', role: 'permanent-representative' },
    signatory: { name: '金星', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '谨随函转递朝鲜民主主义人民共和国外务省发言人 2024 年 5 月 1 日的谈话(见附件)。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 35 和 99 下的文件和安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n金星(签名)'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 5 月 2 日朝鲜民主主义人民共和国常驻联合国代表给秘书长和安全理事会主席的同文信的附件',
        title: '朝鲜民主主义人民共和国外务省发言人的谈话',
        blocks: [
          ['heading', '朝鲜民主主义人民共和国外务省发言人的谈话'],
          ['paragraph', '外务省发言人表示，朝鲜半岛的和平与安全取决于有关各方的克制。'],
        ],
      },
    ],
  },
  {
    file: 'markdown-note-verbale.md',
    id: /^letter-2024-05-02-vat-[0-9a-f]{8}$/,
    symbols: [],
    distributionDate: null,
    originalLanguage: null,
    session: { generalAssembly: 78, securityCouncilYear: null },
    agendaItems: [{ number: 70, title: '促进和保护儿童权利' }],
    title: '2024 年 5 月 2 日罗马教廷常驻联合国观察员代表团给秘书长的普通照会',
    kind: 'note-verbale',
    addressees: ['秘书长'],
    sender: { text: '罗马教廷常驻联合国观察员代表团', state: '罗马教廷', code: 'VAT', role: 'mission' },
    signatory: null,
    body: [
      ['paragraph', '罗马教廷常驻联合国观察员代表团向秘书长致意，并谨通知秘书长，罗马教廷将参加大会关于儿童权利的高级别会议。'],
      ['paragraph', '罗马教廷常驻联合国观察员代表团借此机会再次向秘书长致以最崇高的敬意。'],
    ],
    annexes: [
    ],
  },
  {
    // A chair of a group writing in that capacity (`以…的身份`), a four-line signature under a name wider than half the line, the annex heading wrapped before `的信的附件`.
    file: 'group-chair-long-signature.txt',
    id: 'a-64-482',
    symbols: ['A/64/482'],
    distributionDate: '2009-10-07',
    originalLanguage: 'en',
    session: { generalAssembly: 64, securityCouncilYear: null },
    agendaItems: [{ number: 53, title: '宏观经济政策问题' }],
    title: '2009 年 10 月 5 日苏丹常驻联合国代表以 77 国集团和中国主席的身份给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '苏丹常驻联合国代表', state: '苏丹', code: 'SDN', role: 'permanent-representative', capacity: '77 国集团和中国主席' },
    signatory: { name: '阿卜杜勒马哈茂德·阿卜杜勒哈利姆·穆罕默德', titles: ['77 国集团和中国主席', '苏丹常驻联合国代表', '大使'] },
    body: [
      ['paragraph', '谨以 77 国集团和中国主席的身份，随函转递 2009 年 9 月 25 日在纽约举行的 77 国集团和中国外交部长第三十三次年度会议通过的部长宣言（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 53 下的文件分发为荷。'],
      ['signature', '77 国集团和中国主席\n苏丹常驻联合国代表\n大使\n阿卜杜勒马哈茂德·阿卜杜勒哈利姆·穆罕默德（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2009 年 10 月 5 日苏丹常驻联合国代表以 77 国集团和中国主席的身份给秘书长的信的附件',
        title: '77 国集团和中国外交部长第三十三次年度会议通过的部长宣言',
        blocks: [
          ['heading', '77 国集团和中国外交部长第三十三次年度会议通过的部长宣言'],
          ['paragraph', '77 国集团和中国外交部长于 2009 年 9 月 25 日在纽约举行会议，审查了世界经济状况。'],
          ['paragraph', '部长们对全球金融和经济危机对发展中国家的影响表示关切。'],
        ],
      },
    ],
  },
  {
    // Agenda sub-items, `议程项目 71(b)和(c)`, each with its own title, the first wrapped.
    file: 'agenda-subitems.txt',
    id: 'a-78-569',
    symbols: ['A/78/569'],
    distributionDate: '2023-11-01',
    originalLanguage: 'en',
    session: { generalAssembly: 78, securityCouncilYear: null },
    agendaItems: [{ number: 71, subitem: 'b', title: '促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径' }, { number: 71, subitem: 'c', title: '促进和保护人权：人权状况及特别报告员和代表的报告' }],
    title: '2023 年 10 月 30 日大韩民国常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '大韩民国常驻联合国代表', state: '大韩民国', code: 'KOR', role: 'permanent-representative' },
    signatory: { name: '黄浚局', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '谨随函转递大韩民国政府关于朝鲜民主主义人民共和国人权状况的声明（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 71(b)和(c)下的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n黄浚局（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2023 年 10 月 30 日大韩民国常驻联合国代表给秘书长的信的附件',
        title: '大韩民国政府的声明',
        blocks: [
          ['heading', '大韩民国政府的声明'],
          ['paragraph', '大韩民国政府对朝鲜民主主义人民共和国境内严重的人权状况深表关切，并呼吁朝鲜民主主义人民共和国与联合国人权机制开展合作。'],
        ],
      },
    ],
  },
  {
    // A note verbale to a sanctions committee's chair named by three resolutions: an annex heading of some 130 characters over three lines.
    file: 'committee-note-verbale-long-annex-heading.txt',
    id: 's-2024-166',
    symbols: ['S/2024/166'],
    distributionDate: '2024-02-22',
    originalLanguage: 'ar',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 2 月 20 日阿拉伯叙利亚共和国常驻联合国代表团给安全理事会关于伊黎伊斯兰国(达伊沙)、基地组织和有关个人、团体、企业和实体的第 1267(1999)、1989(2011)和 2253(2015)号决议所设委员会主席的普通照会',
    kind: 'note-verbale',
    addressees: ['安全理事会关于伊黎伊斯兰国(达伊沙)、基地组织和有关个人、团体、企业和实体的第 1267(1999)、1989(2011)和 2253(2015)号决议所设委员会主席'],
    sender: { text: '阿拉伯叙利亚共和国常驻联合国代表团', state: '阿拉伯叙利亚共和国', code: 'SYR', role: 'mission' },
    signatory: null,
    body: [
      ['paragraph', '阿拉伯叙利亚共和国常驻联合国代表团向安全理事会关于伊黎伊斯兰国(达伊沙)、基地组织和有关个人、团体、企业和实体的第 1267(1999)、1989(2011)和 2253(2015)号决议所设委员会主席致意，并谨根据安全理事会第 2734(2024)号决议第 1 段，随函转递阿拉伯叙利亚共和国关于执行资产冻结、旅行禁令和武器禁运措施的报告（见附件）。'],
      ['paragraph', '常驻代表团请将本普通照会及其附件作为安全理事会的文件分发为荷。'],
      ['paragraph', '阿拉伯叙利亚共和国常驻联合国代表团借此机会再次向委员会主席致以最崇高的敬意。'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 2 月 20 日阿拉伯叙利亚共和国常驻联合国代表团给安全理事会关于伊黎伊斯兰国(达伊沙)、基地组织和有关个人、团体、企业和实体的第 1267(1999)、1989(2011)和 2253(2015)号决议所设委员会主席的普通照会的附件',
        title: '阿拉伯叙利亚共和国关于执行安全理事会第 2734(2024)号决议第 1 段所述措施的报告',
        blocks: [
          ['heading', '阿拉伯叙利亚共和国关于执行安全理事会第 2734(2024)号决议第 1 段所述措施的报告'],
          ['paragraph', '叙利亚中央银行已向国内所有金融机构分发经委员会更新的制裁名单，并要求其立即冻结名单所列个人和实体的资金及其他金融资产。'],
          ['paragraph', '叙利亚内政部已将名单所列个人列入边境口岸的旅行禁令数据库。'],
          ['paragraph', '阿拉伯叙利亚共和国政府继续与委员会及其分析支助和制裁监测组合作，并欢迎监测组于 2023 年 11 月访问大马士革。'],
        ],
      },
    ],
  },
  {
    // Annexes 一 and 二 with titles; annex 二 a minister's letter with its salutation flush left under its centred title, its signature, and an enclosure (附文) of numbered items.
    file: 'annex-letter-with-enclosure.txt',
    id: 's-2024-185',
    symbols: ['S/2024/185'],
    distributionDate: '2024-02-28',
    originalLanguage: 'en',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 2 月 26 日乌克兰常驻联合国代表给安全理事会主席的信',
    kind: 'letter',
    addressees: ['安全理事会主席'],
    sender: { text: '乌克兰常驻联合国代表', state: '乌克兰', code: 'UKR', role: 'permanent-representative' },
    signatory: { name: '谢尔盖·基斯利齐亚', titles: ['常驻代表', '大使'] },
    body: [
      ['salutation', '主席先生：'],
      ['paragraph', '谨随函转递乌克兰外交部 2024 年 2 月 24 日关于俄罗斯联邦全面入侵乌克兰两周年的声明（见附件一）以及乌克兰外交部长德米特罗·库列巴给联合国各会员国外交部长的信及其附文（见附件二）。'],
      ['paragraph', '请将本信及其附件作为安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n谢尔盖·基斯利齐亚（签名）'],
    ],
    annexes: [
      {
        id: 'annex-1',
        label: '附件一',
        heading: '2024 年 2 月 26 日乌克兰常驻联合国代表给安全理事会主席的信的附件一',
        title: '乌克兰外交部关于俄罗斯联邦全面入侵乌克兰两周年的声明',
        blocks: [
          ['heading', '乌克兰外交部关于俄罗斯联邦全面入侵乌克兰两周年的声明'],
          ['paragraph', '两年前，俄罗斯联邦对乌克兰发动了全面武装侵略，公然违反《联合国宪章》和国际法的基本准则。'],
          ['paragraph', '乌克兰重申，大会第 ES-11/1 号和第 ES-11/6 号决议要求俄罗斯联邦立即、彻底和无条件地从乌克兰国际公认边界内的领土撤出其所有军事力量。'],
          ['paragraph', '乌克兰感谢所有支持其主权和领土完整的国家，并呼吁国际社会继续加大对侵略国的压力。'],
          ['dateline', '2024 年 2 月 24 日，基辅'],
        ],
      },
      {
        id: 'annex-2',
        label: '附件二',
        heading: '2024 年 2 月 26 日乌克兰常驻联合国代表给安全理事会主席的信的附件二',
        title: '乌克兰外交部长给联合国各会员国外交部长的信',
        blocks: [
          ['heading', '乌克兰外交部长给联合国各会员国外交部长的信'],
          ['salutation', '阁下：'],
          ['paragraph', '谨提请你注意乌克兰总统弗拉基米尔·泽连斯基提出的和平方案，该方案旨在根据《联合国宪章》实现全面、公正和持久的和平（见附文）。'],
          ['paragraph', '我希望贵国政府能够支持这一方案，并派代表参加将在瑞士举行的和平峰会。'],
          ['signature', '乌克兰外交部长\n德米特罗·库列巴（签名）'],
          ['heading', '附文'],
          ['heading', '乌克兰和平方案'],
          ['paragraph', '辐射和核安全。'],
          ['paragraph', '粮食安全。'],
          ['paragraph', '能源安全。'],
          ['paragraph', '释放所有囚犯和被驱逐者。'],
          ['paragraph', '执行《联合国宪章》，恢复乌克兰的领土完整和世界秩序。'],
          ['paragraph', '俄罗斯军队撤出，停止敌对行动。'],
          ['paragraph', '恢复正义。'],
          ['paragraph', '防止生态灭绝，保护环境。'],
          ['paragraph', '防止冲突升级。'],
          ['paragraph', '确认战争结束。'],
        ],
      },
    ],
  },
  {
    // A reissued document: the symbol and the job number carry the reissue's asterisk (`S/2024/212*`, `24-04433* 2/2` on page 2), its footnote at the first page's foot.
    file: 'reissued-job-number.txt',
    id: 's-2024-212',
    symbols: ['S/2024/212'],
    distributionDate: '2024-03-07',
    originalLanguage: 'ar',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 3 月 6 日卡塔尔常驻联合国代表给安全理事会主席的信',
    kind: 'letter',
    addressees: ['安全理事会主席'],
    sender: { text: '卡塔尔常驻联合国代表', state: '卡塔尔', code: 'QAT', role: 'permanent-representative' },
    signatory: { name: '阿勒娅·艾哈迈德·赛义夫·阿勒萨尼', titles: ['常驻代表'] },
    body: [
      ['salutation', '主席先生：'],
      ['paragraph', '谨通知你，卡塔尔国与阿拉伯埃及共和国和美利坚合众国继续开展调解努力，以期在加沙地带实现持久停火、释放被扣押人员并确保人道主义援助畅通无阻地送达。'],
      ['paragraph', '卡塔尔国重申，安全理事会第 2712(2023)号和第 2720(2023)号决议必须得到全面执行。'],
      ['paragraph', '请将本信作为安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n阿勒娅·艾哈迈德·赛义夫·阿勒萨尼（签名）'],
    ],
    annexes: [],
  },
  {
    // A head of state's letter; the annex's sub-paragraphs (a)–(d), indented deeper than paragraphs, are paragraphs, not quotations.
    file: 'lettered-subparagraphs.txt',
    id: 'a-79-958',
    symbols: ['A/79/958'],
    distributionDate: '2025-07-02',
    originalLanguage: 'en',
    session: { generalAssembly: 79, securityCouncilYear: null },
    agendaItems: [{ number: 18, title: '可持续发展' }],
    title: '2025 年 6 月 30 日南非共和国总统给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '南非共和国总统', state: '南非', code: 'ZAF', role: 'head-of-state' },
    signatory: { name: '马塔梅拉·西里尔·拉马福萨', titles: [] },
    body: [
      ['salutation', '阁下：'],
      ['paragraph', '谨随函转递 2025 年 6 月 27 日在约翰内斯堡举行的二十国集团发展问题部长级会议通过的宣言（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 18 下的文件分发为荷。'],
      ['signature', '马塔梅拉·西里尔·拉马福萨（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2025 年 6 月 30 日南非共和国总统给秘书长的信的附件',
        title: '二十国集团发展问题部长级会议约翰内斯堡宣言',
        blocks: [
          ['heading', '二十国集团发展问题部长级会议约翰内斯堡宣言'],
          ['paragraph', '我们，二十国集团发展问题部长，于 2025 年 6 月 27 日在约翰内斯堡举行会议，并承诺：'],
          ['paragraph', '(a) 加快落实《2030 年可持续发展议程》，特别是在非洲；'],
          ['paragraph', '(b) 支持发展中国家获得负担得起的长期发展融资；'],
          ['paragraph', '(c) 加强粮食安全和营养，提高农业系统的抗灾能力；'],
          ['paragraph', '(d) 促进包容性数字化转型，缩小数字鸿沟。'],
          ['paragraph', '我们请秘书长将本宣言转递大会第八十届会议。'],
        ],
      },
    ],
  },
  {
    // A letter on the provisional agenda: `临时议程*项目 71`, its footnote `* A/79/150。` at the first page's foot.
    file: 'provisional-agenda.txt',
    id: 'a-79-208',
    symbols: ['A/79/208'],
    distributionDate: '2024-07-25',
    originalLanguage: 'en',
    session: { generalAssembly: 79, securityCouncilYear: null },
    agendaItems: [{ number: 71, title: '难民和流离失所者问题' }],
    title: '2024 年 7 月 22 日孟加拉国常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '孟加拉国常驻联合国代表', state: '孟加拉国', code: 'BGD', role: 'permanent-representative' },
    signatory: { name: '穆罕默德·阿卜杜勒·穆希特', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '谨随函转递孟加拉国政府关于被强迫流离失所的缅甸国民（罗兴亚人）在考克斯巴扎尔营地的人道主义状况的立场文件（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会第七十九届会议临时议程项目 71 下的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n穆罕默德·阿卜杜勒·穆希特（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 7 月 22 日孟加拉国常驻联合国代表给秘书长的信的附件',
        title: '孟加拉国政府的立场文件',
        blocks: [
          ['heading', '孟加拉国政府的立场文件'],
          ['paragraph', '孟加拉国目前收容着 120 多万被强迫流离失所的缅甸国民。孟加拉国重申，罗兴亚危机的唯一持久解决办法是让他们自愿、安全、有尊严和可持续地返回缅甸若开邦的家园。'],
          ['paragraph', '孟加拉国呼吁国际社会继续提供人道主义援助，并向缅甸施加压力，为回返创造有利条件。'],
        ],
      },
    ],
  },
  {
    // A minister's identical letters, the dateline at the top, the signature's name printed before its titles.
    file: 'signature-name-before-titles.txt',
    id: 's-2024-38',
    symbols: ['S/2024/38'],
    distributionDate: '2024-01-11',
    originalLanguage: 'es',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 1 月 10 日委内瑞拉玻利瓦尔共和国人民政权外交部长给秘书长和安全理事会主席的同文信',
    kind: 'identical-letters',
    addressees: ['秘书长', '安全理事会主席'],
    sender: { text: '委内瑞拉玻利瓦尔共和国人民政权外交部长', state: '委内瑞拉玻利瓦尔共和国', code: 'VEN', role: 'minister' },
    signatory: { name: '伊万·爱德华多·希尔·平托', titles: ['委内瑞拉玻利瓦尔共和国', '人民政权外交部长'] },
    body: [
      ['dateline', '2024 年 1 月 10 日，加拉加斯'],
      ['salutation', '阁下：'],
      ['paragraph', '谨代表委内瑞拉玻利瓦尔共和国政府致函阁下，就大不列颠及北爱尔兰联合王国向圭亚那合作共和国沿海水域派遣一艘军舰一事表示强烈抗议，此举违反了 2023 年 12 月14 日在圣文森特和格林纳丁斯阿吉尔签署的《阿吉尔宣言》的精神和文字。'],
      ['paragraph', '委内瑞拉玻利瓦尔共和国重申，它致力于依照 1966 年《日内瓦协定》，通过直接谈判和平解决关于埃塞奎博地区的争端。'],
      ['paragraph', '请将本信作为安全理事会的文件分发为荷。'],
      ['signature', '伊万·爱德华多·希尔·平托（签名）\n委内瑞拉玻利瓦尔共和国\n人民政权外交部长'],
    ],
    annexes: [],
  },
  {
    // The signature mark printed alone above the name, the titles after it.
    file: 'signature-mark-above-name.txt',
    id: 's-2024-330',
    symbols: ['S/2024/330'],
    distributionDate: '2024-04-23',
    originalLanguage: 'ar',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 4 月 22 日苏丹常驻联合国代表给安全理事会主席的信',
    kind: 'letter',
    addressees: ['安全理事会主席'],
    sender: { text: '苏丹常驻联合国代表', state: '苏丹', code: 'SDN', role: 'permanent-representative' },
    signatory: { name: '哈立德·穆罕默德·奥斯曼·西迪格', titles: ['常驻代表', '大使'] },
    body: [
      ['salutation', '主席先生：'],
      ['paragraph', '奉我国政府指示，谨提请你注意快速支援部队民兵 2024 年 4 月 14 日至 20 日在北达尔富尔州法希尔市及其周边地区对平民犯下的暴行，这些暴行造成至少 43 名平民死亡。'],
      ['paragraph', '苏丹政府呼吁安全理事会谴责这些罪行，并将快速支援部队民兵定为恐怖组织。'],
      ['paragraph', '请将本信作为安全理事会的文件分发为荷。'],
      ['signature', '（签名）\n哈立德·穆罕默德·奥斯曼·西迪格\n常驻代表\n大使'],
    ],
    annexes: [],
  },
  {
    // An annex in numbered sections (`一、背景`), one starting after a full line that ends a sentence; the title is the annex's own, not the first section's.
    file: 'annex-numbered-sections.txt',
    id: 'a-78-925',
    symbols: ['A/78/925'],
    distributionDate: '2024-06-05',
    originalLanguage: 'zh',
    session: { generalAssembly: 78, securityCouncilYear: null },
    agendaItems: [{ number: 98, title: '全面彻底裁军' }],
    title: '2024 年 6 月 3 日中华人民共和国常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '中华人民共和国常驻联合国代表', state: '中国', code: 'CHN', role: 'permanent-representative' },
    signatory: { name: '傅聪', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '谨随函转递《中国关于外空安全问题的立场文件》（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 98 下的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n傅聪（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 6 月 3 日中华人民共和国常驻联合国代表给秘书长的信的附件',
        title: '中国关于外空安全问题的立场文件',
        blocks: [
          ['heading', '中国关于外空安全问题的立场文件'],
          ['heading', '一、背景'],
          ['paragraph', '外层空间是全人类的共同财富。和平探索和利用外层空间是世界各国都享有的平等权利。随着空间技术的迅速发展，外空安全问题日益突出。'],
          ['paragraph', '当前，外空武器化和外空军备竞赛的风险不断上升，个别国家将外空界定为“作战疆域”，组建外空军事力量，严重威胁外空的长期和平与安全，损害全球战略稳定。'],
          ['heading', '二、中方的基本立场'],
          ['paragraph', '中方始终主张和平利用外空，反对外空武器化和外空军备竞赛。'],
          ['paragraph', '中方认为，谈判缔结一项具有法律约束力的国际文书，是防止外空武器化和外空军备竞赛的根本途径。'],
          ['heading', '三、下一步工作'],
          ['paragraph', '中方愿与各方一道，在裁军谈判会议框架内推动《防止在外空放置武器、对外空物体使用或威胁使用武力条约》草案的谈判。'],
        ],
      },
    ],
  },
  {
    // A list of states printed one per line, indented, in the body after a lead-in ending `：`; a page break before the signature.
    file: 'body-indented-state-list.txt',
    id: 'a-78-717',
    symbols: ['A/78/717'],
    ...secretaryGeneralOnArrears,
    title: '2024 年 1 月 16 日秘书长给大会主席的信',
    ...secretaryGeneralOnArrearsBy,
    body: [
      ['paragraph', '谨通知你，截至本信发文之日，下列 6 个会员国拖欠的会费数额按照《联合国宪章》第十九条的规定等于或超过其前两个整年的应缴会费：'],
      ['item', '阿富汗'],
      ['item', '赤道几内亚'],
      ['item', '加蓬'],
      ['item', '利比亚'],
      ['item', '圣多美和普林西比'],
      ['item', '委内瑞拉玻利瓦尔共和国'],
      ['paragraph', '其中，圣多美和普林西比已根据大会第 78/5 号决议获准在大会第七十八届会议结束之前参加投票。'],
      ['paragraph', '谨请将上述资料提请大会注意为荷。'],
      ['signature', '安东尼奥·古特雷斯（签名）'],
    ],
    annexes: [],
  },
  {
    // Bulleted items (`•`), one wrapped under a hanging indent; the bullet is kept apart on each item.
    file: 'body-bulleted-list.txt',
    id: 'a-78-718',
    symbols: ['A/78/718'],
    ...secretaryGeneralOnArrears,
    title: '2024 年 1 月 18 日秘书长给大会主席的信',
    ...secretaryGeneralOnArrearsBy,
    body: [
      ['paragraph', '谨通知你，截至本信发文之日，下列会员国已根据大会第 78/5 号决议提出请求，说明其无法缴纳所需最低数额的原因是其无法控制的情况：'],
      ['item', '科摩罗：该国提交的资料说明，持续的财政困难和自然灾害使其无法按期缴纳会费；'],
      ['item', '圣多美和普林西比：该国说明了国际收支困难；'],
      ['item', '索马里：该国说明了长期冲突对政府财政造成的影响。'],
      ['paragraph', '谨请将上述资料提请大会注意为荷。'],
      ['signature', '安东尼奥·古特雷斯（签名）'],
    ],
    annexes: [],
  },
  {
    // A joint statement naming its 12 states one per line, flush left, before the statement's text.
    file: 'annex-state-list.txt',
    id: 'a-78-811',
    symbols: ['A/78/811'],
    ...jointStatementLetter,
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 3 月 8 日加拿大常驻联合国代表给秘书长的信的附件',
        title: '关于妇女和女童充分、平等和切实参与和平进程的联合声明',
        blocks: [
          ['heading', '关于妇女和女童充分、平等和切实参与和平进程的联合声明'],
          ['paragraph', '以下 12 个国家发表本联合声明：'],
          ...endorsingStates.slice(0, 12).map((state): [string, string] => ['item', state]),
          ['paragraph', '在国际妇女节之际，我们重申致力于确保妇女和女童充分、平等和切实地参与和平进程的各个阶段，包括冲突预防、调解、和平谈判和冲突后重建。'],
          ['paragraph', '我们呼吁全面执行安全理事会第 1325(2000)号决议及其后关于妇女与和平与安全的各项决议。'],
        ],
      },
    ],
  },
  {
    // The states that endorse a statement listed one per line at the annex's end: a list, not a signature.
    file: 'annex-state-list-ending-annex.txt',
    id: 'a-78-813',
    symbols: ['A/78/813'],
    ...jointStatementLetter,
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 3 月 8 日加拿大常驻联合国代表给秘书长的信的附件',
        title: '关于妇女和女童充分、平等和切实参与和平进程的联合声明',
        blocks: [
          ['heading', '关于妇女和女童充分、平等和切实参与和平进程的联合声明'],
          ['paragraph', '在国际妇女节之际，我们重申致力于确保妇女和女童充分、平等和切实地参与和平进程的各个阶段，包括冲突预防、调解、和平谈判和冲突后重建。'],
          ['paragraph', '我们对世界各地冲突局势中针对妇女和女童的暴力行为，包括与冲突有关的性暴力，深表关切，并呼吁追究所有肇事者的责任。'],
          ['paragraph', '我们呼吁全面执行安全理事会第 1325(2000)号决议及其后关于妇女与和平与安全的各项决议。'],
          ['paragraph', '以下国家赞同本声明：'],
          ...endorsingStates.map((state): [string, string] => ['item', state]),
        ],
      },
    ],
  },
  {
    // The Markdown flavour's list (`- 澳大利亚`).
    file: 'markdown-list.md',
    id: /^letter-2024-04-15-nzl-[0-9a-f]{8}$/,
    symbols: [],
    distributionDate: null,
    originalLanguage: null,
    session: { generalAssembly: 78, securityCouncilYear: null },
    agendaItems: [{ number: 118, title: '选举以填补附属机关空缺和其他选举' }],
    title: '2024 年 4 月 15 日新西兰常驻联合国代表团给秘书长的普通照会',
    kind: 'note-verbale',
    addressees: ['秘书长'],
    sender: { text: '新西兰常驻联合国代表团', state: '新西兰', code: 'NZL', role: 'mission' },
    signatory: null,
    body: [
      ['paragraph', '新西兰常驻联合国代表团向秘书长致意，并谨通知秘书长，下列国家支持新西兰竞选 2025-2027 年期间人权理事会成员：'],
      ['item', '澳大利亚'],
      ['item', '斐济'],
      ['item', '萨摩亚'],
      ['item', '汤加'],
      ['paragraph', '新西兰常驻联合国代表团借此机会再次向秘书长致以最崇高的敬意。'],
    ],
    annexes: [],
  },
  {
    // Two tables printed in aligned columns under their captions (`表 1`, `表 2`): one block each, rows one per line, cells apart by a tab.
    file: 'annex-table-columns.txt',
    id: 's-2024-97',
    symbols: ['S/2024/97'],
    distributionDate: '2024-01-29',
    originalLanguage: 'ar',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 1 月 25 日黎巴嫩常驻联合国代表给秘书长和安全理事会主席的同文信',
    kind: 'identical-letters',
    addressees: ['秘书长', '安全理事会主席'],
    sender: { text: '黎巴嫩常驻联合国代表', state: '黎巴嫩', code: 'LBN', role: 'permanent-representative' },
    signatory: { name: '哈迪·哈希姆', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '奉我国政府指示，谨随函转递一份表格，其中列出以色列 2023 年 12 月 1 日至 15日期间侵犯黎巴嫩主权、违反安全理事会第 1701(2006)号决议的行为（见附件）。'],
      ['paragraph', '请将本信及其附件作为安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n哈迪·哈希姆（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 1 月 25 日黎巴嫩常驻联合国代表给秘书长和安全理事会主席的同文信的附件',
        title: '以色列 2023 年 12 月 1 日至 15 日期间侵犯黎巴嫩主权的行为',
        blocks: [
          ['heading', '以色列 2023 年 12 月 1 日至 15 日期间侵犯黎巴嫩主权的行为'],
          ['paragraph', '表 1'],
          ['table', '日期\t时间\t地点\t侵犯情况\n2023 年 12 月 1 日\t09:15–11:40\t纳古拉上空\t以色列无人机侵犯黎巴嫩领空\n2023 年 12 月 3 日\t14:00\t舍巴农场\t以色列敌方向黎巴嫩领土发射 4 枚炮弹\n2023 年 12 月 5 日\t全天\t马尔贾永\t以色列战机模拟空袭，突破音障\n2023 年 12 月 9 日\t22:30\t阿伊塔沙布\t以色列炮击民房，2 名平民受伤'],
          ['paragraph', '表 2'],
          ['table', '日期\t地点\n2023 年 12 月 12 日\t比纳特朱拜勒\n2023 年 12 月 14 日\t海亚姆\n2023 年 12 月 15 日\t鲁迈什'],
          ['paragraph', '黎巴嫩政府再次呼吁安全理事会迫使以色列停止侵犯黎巴嫩主权，全面执行第1701(2006)号决议。'],
        ],
      },
    ],
  },
  {
    // A concept note's sections numbered `一. ` under a centred title one blank line above, sub-sections `A. ` at indent 1, paragraphs numbered through them.
    file: 'annex-concept-note-numbered-sections.txt',
    id: 's-2024-129',
    symbols: ['S/2024/129'],
    distributionDate: '2024-02-07',
    originalLanguage: 'en',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 2 月 5 日圭亚那常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '圭亚那常驻联合国代表', state: '圭亚那', code: 'GUY', role: 'permanent-representative' },
    signatory: { name: '卡罗琳·罗德里格斯-伯基特', titles: ['常驻代表', '大使'] },
    body: [
      ['salutation', '阁下：'],
      ['paragraph', '圭亚那担任 2024 年 2 月安全理事会主席期间，将于 2 月 13 日举行主题为“粮食不安全与冲突”的公开辩论。为指导本次辩论，圭亚那编写了一份概念说明（见附件）。'],
      ['paragraph', '请将本信及其附件作为安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n卡罗琳·罗德里格斯-伯基特（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 2 月 5 日圭亚那常驻联合国代表给秘书长的信的附件',
        title: '安全理事会关于“粮食不安全与冲突”的公开辩论概念说明',
        blocks: [
          ['heading', '安全理事会关于“粮食不安全与冲突”的公开辩论概念说明'],
          ['heading', '一. 导言'],
          ['paragraph', '2024 年 2 月 13 日，安全理事会将在圭亚那外交和国际合作部长休·托德的主持下，举行关于粮食不安全与冲突之间关联的公开辩论。'],
          ['heading', '二. 背景'],
          ['heading', 'A. 冲突导致的粮食不安全'],
          ['paragraph', '根据《2023 年全球粮食危机报告》，2022 年有 2.58 亿人面临严重粮食不安全，其中大多数生活在受冲突影响的国家和地区。'],
          ['paragraph', '武装冲突破坏农业生产、市场和供应链，导致粮食价格上涨，并迫使数百万人流离失所。'],
          ['heading', 'B. 安全理事会以往的行动'],
          ['paragraph', '安全理事会在第 2417(2018)号决议中强烈谴责将饥饿平民作为作战方法，并请秘书长在武装冲突引发饥荒风险时迅速向安理会报告。'],
          ['heading', '三. 目标'],
          ['paragraph', '本次公开辩论旨在审查第 2417(2018)号决议的执行情况，并探讨安理会如何更好地利用其现有工具预防冲突引发的饥荒。'],
          ['heading', '四. 指导性问题'],
          ['paragraph', '会员国不妨在发言中述及以下问题：'],
          ['paragraph', '(a) 安理会如何加强预警机制，以便及早应对冲突引发的粮食不安全？'],
          ['paragraph', '(b) 如何确保人道主义准入，保护对平民生存不可或缺的物体？'],
        ],
      },
    ],
  },
  {
    // A foreign minister titled `外务相`; identical letters to three addressees, the title over three lines.
    file: 'minister-foreign-affairs-prk.txt',
    id: 'a-78-843-s-2024-290',
    symbols: ['A/78/843', 'S/2024/290'],
    distributionDate: '2024-04-10',
    originalLanguage: 'en',
    session: { generalAssembly: 78, securityCouncilYear: 79 },
    agendaItems: [{ number: 98, title: '全面彻底裁军' }],
    title: '2024 年 4 月 8 日朝鲜民主主义人民共和国外务相给秘书长、大会主席和安全理事会主席的同文信',
    kind: 'identical-letters',
    addressees: ['秘书长', '大会主席', '安全理事会主席'],
    sender: { text: '朝鲜民主主义人民共和国外务相', state: '朝鲜民主主义人民共和国', code: 'PRK', role: 'minister' },
    signatory: { name: '崔善姬', titles: ['外务相'] },
    body: [
      ['salutation', '阁下：'],
      ['paragraph', '谨随函转递朝鲜民主主义人民共和国政府关于加强《不扩散核武器条约》审议进程的立场文件（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 98 下的文件和安全理事会的文件分发为荷。'],
      ['signature', '外务相\n崔善姬（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 4 月 8 日朝鲜民主主义人民共和国外务相给秘书长、大会主席和安全理事会主席的同文信的附件',
        title: '朝鲜民主主义人民共和国政府的立场文件',
        blocks: [
          ['heading', '朝鲜民主主义人民共和国政府的立场文件'],
          ['paragraph', '《不扩散核武器条约》是国际核不扩散体系的基石。所有缔约国都应履行其根据该条约承担的义务。'],
          ['paragraph', '2026 年审议大会筹备委员会第二届会议应为审议大会取得实质性成果奠定基础。'],
        ],
      },
    ],
  },
  {
    // A table split by a page break, its header not printed again: one table.
    file: 'annex-table-over-page-break.txt',
    id: 'a-78-926',
    symbols: ['A/78/926'],
    distributionDate: '2024-05-24',
    originalLanguage: 'en',
    session: { generalAssembly: 78, securityCouncilYear: null },
    agendaItems: [{ number: 34, title: '旷日持久的冲突对国际和平、安全与发展的影响' }],
    title: '2024 年 5 月 20 日格鲁吉亚常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '格鲁吉亚常驻联合国代表', state: '格鲁吉亚', code: 'GEO', role: 'permanent-representative' },
    signatory: { name: '卡哈·伊姆纳泽', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '谨随函转递格鲁吉亚国家安全局编写的关于 2024 年 1 月至 4 月期间在被占领的阿布哈兹和茨欣瓦利地区沿占领线发生的非法拘留事件的清单（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 34 下的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n卡哈·伊姆纳泽（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 5 月 20 日格鲁吉亚常驻联合国代表给秘书长的信的附件',
        title: '2024 年 1 月至 4 月沿占领线发生的非法拘留事件',
        blocks: [
          ['heading', '2024 年 1 月至 4 月沿占领线发生的非法拘留事件'],
          ['table', '日期\t地点\t被拘留人数\n2024 年 1 月 6 日\t古尔吉斯瓦尼\t2\n2024 年 1 月 19 日\t迪迪赫维\t1\n2024 年 2 月 2 日\t卡尔迪斯赫维\t3\n2024 年 2 月 14 日\t加利\t1\n2024 年 2 月 27 日\t扎尔德涅提\t2\n2024 年 3 月 8 日\t乌普利斯齐赫\t1\n2024 年 3 月 22 日\t赫维尼蒂\t4\n2024 年 4 月 5 日\t古尔吉斯瓦尼\t1\n2024 年 4 月 18 日\t德瓦尼\t2'],
          ['paragraph', '格鲁吉亚呼吁俄罗斯联邦履行 2008 年 8 月 12 日停火协议规定的义务，立即释放所有被非法拘留的格鲁吉亚公民。'],
        ],
      },
    ],
  },
  {
    // A resolution quoted as a block indented on every line, cut by a page break mid-sentence: one quotation.
    file: 'quotation-over-page-break.txt',
    id: 's-2024-399',
    symbols: ['S/2024/399'],
    distributionDate: '2024-05-22',
    originalLanguage: 'ar',
    session: { generalAssembly: null, securityCouncilYear: null },
    agendaItems: [],
    title: '2024 年 5 月 20 日阿拉伯叙利亚共和国常驻联合国代表给秘书长和安全理事会主席的同文信',
    kind: 'identical-letters',
    addressees: ['秘书长', '安全理事会主席'],
    sender: { text: '阿拉伯叙利亚共和国常驻联合国代表', state: '阿拉伯叙利亚共和国', code: 'SYR', role: 'permanent-representative' },
    signatory: { name: '库萨伊·达哈克', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '奉我国政府指示，谨提请你注意以色列占领当局于 2024 年 5 月 14 日对大马士革郊区发动的侵略行为。'],
      ['paragraph', '以色列官员在事后发表的声明中公然宣称，以色列“将继续在其认为必要的任何地方采取行动，不受任何所谓‘红线’的约束”。这一声明表明，以色列蓄意无视安全理事会的各项决议和“根据《联合国宪章》第二条第四项，‘各会员国在其国际关系上不得使用威胁或武力’”的原则。'],
      ['paragraph', '叙利亚谨回顾，安全理事会在第 2737(2024)号决议中指出：'],
      ['quote', '“安全理事会，……要求有关各方立即执行 1974 年 5 月 31 日《以色列和叙利亚部队脱离接触协定》，严格遵守停火，防止在停火区发生任何违反行为，并呼吁各方充分配合联合国脱离接触观察员部队的行动，确保其人员的安全、保障和行动自由，以及不受阻碍、立即进入其行动区的权利。”'],
      ['paragraph', '阿拉伯叙利亚共和国要求安全理事会履行其维护国际和平与安全的责任，谴责以色列的侵略行为，并采取必要措施防止此类行为再次发生。'],
      ['paragraph', '请将本信作为安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n库萨伊·达哈克（签名）'],
    ],
    annexes: [],
  },
  {
    // Sections `一、` with sub-sections `（一）` on lines of their own, and `（1）…；` items.
    file: 'annex-sub-sections.txt',
    id: 'a-79-361',
    symbols: ['A/79/361'],
    distributionDate: '2024-09-12',
    originalLanguage: 'zh',
    session: { generalAssembly: 79, securityCouncilYear: null },
    agendaItems: [{ number: 124, title: '加强联合国系统' }],
    title: '2024 年 9 月 10 日中华人民共和国常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '中华人民共和国常驻联合国代表', state: '中国', code: 'CHN', role: 'permanent-representative' },
    signatory: { name: '傅聪', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '谨随函转递《中国关于联合国成立 80 周年的立场文件》（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会第七十九届会议临时议程项目 124 下的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n傅聪（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 9 月 10 日中华人民共和国常驻联合国代表给秘书长的信的附件',
        title: '中国关于联合国成立 80 周年的立场文件',
        blocks: [
          ['heading', '中国关于联合国成立 80 周年的立场文件'],
          ['heading', '一、总体立场'],
          ['paragraph', '2025 年是联合国成立 80 周年。80 年来，联合国在维护世界和平、促进共同发展、推动国际合作方面发挥了不可替代的作用。'],
          ['heading', '二、中方主张'],
          ['heading', '（一）维护以联合国为核心的国际体系'],
          ['paragraph', '各国应恪守《联合国宪章》宗旨和原则，践行真正的多边主义。'],
          ['heading', '（二）推动构建开放型世界经济'],
          ['paragraph', '各国应反对单边主义和保护主义，维护以世界贸易组织为核心的多边贸易体制。'],
          ['heading', '（三）推进全球治理体系改革'],
          ['paragraph', '中方主张：'],
          ['item', '（1）提高发展中国家在国际金融机构中的代表性和发言权；'],
          ['item', '（2）推进安理会改革，优先增加非洲国家的代表性；'],
          ['item', '（3）加强联合国在全球人工智能治理中的主渠道作用。'],
          ['heading', '三、结语'],
          ['paragraph', '中方愿同各方一道，以联合国成立 80 周年为契机，推动构建人类命运共同体。'],
        ],
      },
    ],
  },
  {
    // A list of states, indented, cut by a page break after its ninth item.
    file: 'annex-list-over-page-break.txt',
    id: 'a-79-410',
    symbols: ['A/79/410'],
    distributionDate: '2024-10-01',
    originalLanguage: 'es',
    session: { generalAssembly: 79, securityCouncilYear: null },
    agendaItems: [{ number: 99, title: '全面彻底裁军' }],
    title: '2024 年 9 月 26 日墨西哥常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '墨西哥常驻联合国代表', state: '墨西哥', code: 'MEX', role: 'permanent-representative' },
    signatory: { name: '埃克托尔·巴斯克斯·克莱门特', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '谨随函转递 2024 年 9 月 25 日在大会第七十九届会议一般性辩论期间举行的《禁止核武器条约》缔约国高级别会议上发表的联合声明（见附件）。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 99 下的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n埃克托尔·巴斯克斯·克莱门特（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 9 月 26 日墨西哥常驻联合国代表给秘书长的信的附件',
        title: '《禁止核武器条约》缔约国联合声明',
        blocks: [
          ['heading', '《禁止核武器条约》缔约国联合声明'],
          ['paragraph', '我们重申，核武器的存在对人类构成不可接受的威胁，彻底消除核武器是保证永不使用核武器的唯一办法。'],
          ['paragraph', '我们呼吁尚未签署或批准《禁止核武器条约》的所有国家毫不拖延地签署和批准该条约。'],
          ['paragraph', '以下缔约国发表本声明：'],
          ['item', '安提瓜和巴布达'],
          ['item', '奥地利'],
          ['item', '孟加拉国'],
          ['item', '伯利兹'],
          ['item', '玻利维亚多民族国'],
          ['item', '博茨瓦纳'],
          ['item', '佛得角'],
          ['item', '智利'],
          ['item', '哥伦比亚'],
          ['item', '科摩罗'],
          ['item', '刚果'],
          ['item', '库克群岛'],
          ['item', '哥斯达黎加'],
          ['item', '科特迪瓦'],
          ['item', '古巴'],
          ['paragraph', '我们将继续与民间社会、国际红十字与红新月运动以及核武器幸存者密切合作，推动本条约的普遍化。'],
        ],
      },
    ],
  },
  {
    // An annex numbering its footnotes from 1 again, under the body's footnote 1.
    file: 'annex-footnotes-numbered-anew.txt',
    id: 'a-78-961-s-2024-510',
    symbols: ['A/78/961', 'S/2024/510'],
    distributionDate: '2024-07-05',
    originalLanguage: 'en',
    session: { generalAssembly: 78, securityCouncilYear: 79 },
    agendaItems: [{ number: 67, title: '暂时被占领的乌克兰领土局势' }],
    title: '2024 年 7 月 2 日乌克兰常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '乌克兰常驻联合国代表', state: '乌克兰', code: 'UKR', role: 'permanent-representative' },
    signatory: { name: '谢尔盖·基斯利齐亚', titles: ['常驻代表', '大使'] },
    body: [
      ['salutation', '阁下：'],
      ['paragraph', '谨随函转递乌克兰外交部关于扎波罗热核电站局势的声明（见附件）。国际原子能机构总干事已多次警告该核电站面临的核安全风险。'],
      ['paragraph', '请将本信及其附件作为大会议程项目 67 下的文件和安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n谢尔盖·基斯利齐亚（签名）'],
    ],
    annexes: [
      {
        id: 'annex',
        label: '附件',
        heading: '2024 年 7 月 2 日乌克兰常驻联合国代表给秘书长的信的附件',
        title: '乌克兰外交部关于扎波罗热核电站局势的声明',
        blocks: [
          ['heading', '乌克兰外交部关于扎波罗热核电站局势的声明'],
          ['paragraph', '乌克兰外交部强烈谴责俄罗斯联邦继续军事占领扎波罗热核电站，这违反了国际原子能机构确定的核安全七大支柱。'],
          ['paragraph', '乌克兰回顾，国际原子能机构大会于 2023 年 9 月通过决议，要求俄罗斯联邦立即撤出其在该核电站的军事和其他人员。 乌克兰呼吁国际社会加大压力，确保该核电站尽快归还乌克兰的合法控制。'],
        ],
      },
    ],
  },
  {
    // A list numbered 1–4, indented, inside numbered paragraphs: items, so that paragraph 3 keeps its number and its id.
    file: 'numbered-list-in-numbered-letter.txt',
    id: 'a-78-941',
    symbols: ['A/78/941'],
    distributionDate: '2024-06-14',
    originalLanguage: 'en',
    session: { generalAssembly: 78, securityCouncilYear: null },
    agendaItems: [{ number: 34, title: '旷日持久的冲突对国际和平、安全与发展的影响' }],
    title: '2024 年 6 月 11 日阿塞拜疆常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '阿塞拜疆常驻联合国代表', state: '阿塞拜疆', code: 'AZE', role: 'permanent-representative' },
    signatory: { name: '亚达尔·阿利耶夫', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '谨就亚美尼亚常驻联合国代表近期致你的信中所载毫无根据的指控，阐明阿塞拜疆共和国的立场。'],
      ['paragraph', '我国代表团此前已在以下信件中详细阐述了阿塞拜疆对这些问题的立场：'],
      ['item', '2024 年 1 月 19 日的信（A/78/735）'],
      ['item', '2024 年 2 月 27 日的信（A/78/808）'],
      ['item', '2024 年 4 月 2 日的信（A/78/852）'],
      ['item', '2024 年 5 月 8 日的信（A/78/907）'],
      ['paragraph', '亚美尼亚继续拒绝提供其在冲突期间埋设的地雷的准确地图，这仍然是阻碍受影响地区重建和境内流离失所者安全返回的主要障碍。'],
      ['paragraph', '阿塞拜疆重申致力于推动两国关系正常化，并呼吁亚美尼亚以建设性态度参与和平条约的谈判。'],
      ['paragraph', '请将本信作为大会议程项目 34 下的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n亚达尔·阿利耶夫（签名）'],
    ],
    annexes: [],
  },
  {
    // The Markdown flavour's lists without `- `: states one per line, and measures numbered `1. ` after a lead-in.
    file: 'markdown-numbered-list.txt',
    id: /^letter-2024-10-30-isr-[0-9a-f]{8}$/,
    symbols: [],
    distributionDate: null,
    originalLanguage: null,
    session: { generalAssembly: 79, securityCouncilYear: null },
    agendaItems: [{ number: 35, title: '中东局势' }],
    title: '2024 年 10 月 30 日以色列常驻联合国代表给秘书长的信',
    kind: 'letter',
    addressees: ['秘书长'],
    sender: { text: '以色列常驻联合国代表', state: '以色列', code: 'ISR', role: 'permanent-representative' },
    signatory: { name: '丹尼·达农', titles: ['常驻代表', '大使'] },
    body: [
      ['paragraph', '谨提请你注意真主党恐怖组织 2024 年 10 月 1 日至 28 日期间从黎巴嫩领土向以色列北部发动的袭击。'],
      ['paragraph', '在此期间，以下城镇遭到火箭弹和无人机袭击：'],
      ['item', '基里亚特希莫纳'],
      ['item', '梅图拉'],
      ['item', '纳哈里亚'],
      ['item', '采法特'],
      ['paragraph', '以色列国防军采取了以下措施：'],
      ['item', '疏散边境 5 公里范围内的居民；'],
      ['item', '加强北部城镇的防空部署；'],
      ['item', '对真主党发射阵地实施精确打击。'],
      ['paragraph', '以色列将继续行使其固有的自卫权利，保护其公民。'],
      ['paragraph', '请将本信作为大会议程项目 35 下的文件和安全理事会的文件分发为荷。'],
      ['signature', '常驻代表\n大使\n丹尼·达农(签名)'],
    ],
    annexes: [],
  },
];

let records: LetterRecord[];
let failures: string[];
beforeAll(async () => {
  const result = await ingestSeeds(layoutsDir, { keepGoing: true });
  records = result.records;
  failures = result.failures.map(String);
});

describe('every layout fixture', () => {
  it('ingests, all of them, into records the schema accepts', () => {
    expect(failures).toEqual([]);
    expect(Archive.safeParse(records).success).toBe(true);
    expect(records.map((record) => record.source).sort()).toEqual(layouts.map((layout) => layout.file).sort());
  });

  it.each(layouts)('$file ingests to the exact record', (expected) => {
    const record = records.find((candidate) => candidate.source === expected.file);
    if (!record) throw new Error(`no record from ${expected.file}: ${failures.find((failure) => failure.includes(expected.file)) ?? 'not ingested'}`);
    if (typeof expected.id === 'string') expect(record.id).toBe(expected.id);
    else expect(record.id).toMatch(expected.id);
    expect(record.symbols).toEqual(expected.symbols);
    expect(record.distributionDate).toBe(expected.distributionDate);
    expect(record.originalLanguage).toBe(expected.originalLanguage);
    expect(record.session).toEqual(expected.session);
    expect(record.agendaItems).toEqual(expected.agendaItems);
    expect(record.title).toBe(expected.title);
    expect(record.kind).toBe(expected.kind);
    expect(record.addressees).toEqual(expected.addressees);
    expect(record.sender).toEqual(expected.sender);
    expect(record.signatory).toEqual(expected.signatory);
    expect(record.body.map((block) => [block.kind, block.text])).toEqual(expected.body);
    expect(
      record.annexes.map(({ id, label, heading, title, blocks }) => ({ id, label, heading, title, blocks: blocks.map((block) => [block.kind, block.text]) })),
    ).toEqual(expected.annexes);
  });

  it('keeps the footnote that cites another document’s annex', () => {
    const record = records.find((candidate) => candidate.source === 'markdown-identical-letters.md');
    expect(record?.footnotes.map((footnote) => footnote.text)).toEqual(['见 A/78/870-S/2024/350 的附件。']);
    expect(record?.citations.map((citation) => citation.symbol)).toEqual(['A/78/870-S/2024/350']);
  });

  it('keeps the footnotes the heading block marks, each with its place: after the symbols of a reissue, on a provisional agenda line', () => {
    const headNotes = (file: string) =>
      records.find((candidate) => candidate.source === file)?.footnotes.map(({ marker, text, on }) => ({ marker, text, on }));
    expect(headNotes('reissued-job-number.txt')).toEqual([{ marker: '*', text: '因技术原因于 2024 年 3 月 12 日重新印发。', on: 'symbols' }]);
    expect(headNotes('provisional-agenda.txt')).toEqual([{ marker: '*', text: 'A/79/150。', on: 'agenda' }]);
    expect(records.find((candidate) => candidate.source === 'provisional-agenda.txt')?.citations.map((citation) => citation.symbol)).toEqual(['A/79/150']);
  });

  it('gives the two letters without symbols of 2 May 2024 distinct ids', () => {
    const sameDay = records.filter((record) => record.letterDate === '2024-05-02');
    expect(sameDay).toHaveLength(2);
    expect(new Set(sameDay.map((record) => record.id)).size).toBe(2);
  });
});
