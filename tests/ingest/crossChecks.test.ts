/**
 * The ingest cross-checks what it read against what the letter says, and refuses
 * with `file:line:column` and what it expected where they disagree.
 */
import { readFileSync } from 'node:fs';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { findAnnexReferences } from '../../src/ingest/findAnnexReferences.ts';
import { ingestLetter } from '../../src/ingest/ingestLetter.ts';

const layout = (name: string) => readFileSync(new URL(`./fixtures/layouts/${name}`, import.meta.url), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The located message seed `text`, named `path`, is refused with. */
function refusal(path: string, text: string): VFileMessage {
  try {
    ingestLetter(path, utf8(text));
  } catch (error) {
    expect(error).toBeInstanceOf(VFileMessage);
    return error as VFileMessage;
  }
  throw new Error(`expected ${path} to be refused`);
}

/** A canonical letter (front matter on lines 1–3, title on 5, body from 7): `title`, `body`, signed unless `signed` is false, then `annexes`. */
const canonical = (title: string, body: string, { signed = true, annexes = '' } = {}) =>
  `---\nsymbols: []\n---\n\n# ${title}\n\n${body}\n${signed ? '\n<!-- signature -->\n常驻代表\\\n阿格申·梅赫迪耶夫（签名）\n' : ''}${annexes}`;
const letterTitle = '2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的信';

describe('the letter’s references to its own annexes', () => {
  it('are read as printed: one annex, a range, a list, the letter with its annexes', () => {
    const ids = (text: string) => findAnnexReferences(text).map((reference) => [reference.text, reference.ids]);
    expect(ids('（见附件一）')).toEqual([['见附件一', ['annex-1']]]);
    expect(ids('（见附件二至四）')).toEqual([['见附件二至四', ['annex-2', 'annex-3', 'annex-4']]]);
    expect(ids('(分别见附件一和附件二)')).toEqual([['见附件一和附件二', ['annex-1', 'annex-2']]]);
    expect(ids('（见附件）。请将本信及其附件作为')).toEqual([
      ['见附件', []],
      ['本信及其附件', []],
    ]);
  });

  it('are not another document’s annexes, cited by its symbol', () => {
    expect(findAnnexReferences('见 A/74/450-S/2019/762，附件；S/26318，附件(1993 年)；第 1718(2006)号决议附件一')).toEqual([]);
  });

  it('refuse a PDF-text letter whose annex heading is missing, at the paragraph that refers to it', () => {
    const seed = layout('minister-wrapped-annexes.txt');
    const lines = seed.split('\n');
    const heading = lines.findIndex((line) => line.includes('给秘书长的信的') && !line.includes('附件一') && lines.slice(0, lines.indexOf(line)).some((l) => l.trim() === '件一'));
    expect(heading).toBeGreaterThan(0);
    // Without its heading, annex II's text runs on in annex I.
    const withoutAnnex2 = [...lines.slice(0, heading), ...lines.slice(heading + 3)].join('\n');
    const message = refusal('minister.txt', withoutAnnex2);
    expect(message.ruleId).toBe('missing-annex');
    expect(message.file).toBe('minister.txt');
    expect(message.reason).toContain('`见附件二`');
    expect(message.reason).toMatch(/only 附件一 was found: expected an annex heading `…的附件二`/);
    const paragraph = lines.findIndex((line) => line.includes('谨随函附上')) + 1;
    expect(message.line).toBe(paragraph);
  });

  it('refuse a range reaching past the last annex, naming the first missing one and the column', () => {
    const annexes = '\n## 信的附件二\n\n二的正文。\n\n## 信的附件三\n\n三的正文。\n';
    const message = refusal('range.md', canonical(letterTitle, '谨随函附上三份文件（见附件二至四）。', { annexes }));
    expect(message.reason).toMatch(/`见附件二至四`.*only 附件二、附件三 were found: expected an annex heading `…的附件四`/);
    expect([message.line, message.column]).toEqual([7, '谨随函附上三份文件（'.length + 1]);
  });

  it('refuse `本信及其附件` in a letter without annexes', () => {
    const message = refusal('no-annex.md', canonical(letterTitle, '请将本信及其附件作为大会文件分发为荷。'));
    expect(message.reason).toMatch(/`本信及其附件`.*no annex was found/);
    expect(message.line).toBe(7);
  });

  it('accept a letter without annexes whose footnote cites another document’s annex', () => {
    const record = ingestLetter('cites.md', utf8(canonical(letterTitle, '正文。[^1]\n\n[^1]: 见 A/74/450-S/2019/762，附件。')));
    expect(record.annexes).toEqual([]);
    expect(record.footnotes.map((footnote) => footnote.text)).toEqual(['见 A/74/450-S/2019/762，附件。']);
  });
});

describe('the title’s last words', () => {
  it('refuse a title that ends as no letter, identical letters or note verbale does, at the title', () => {
    const message = refusal('report.md', canonical('2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长的报告', '正文。'));
    expect(message.ruleId).toBe('letter-title');
    expect([message.line, message.column]).toEqual([5, 1]);
    expect(message.reason).toMatch(/`…的信`.*`…的同文信`.*`…的普通照会`/);
  });

  it('refuse a PDF-text title wrapped so that its end is lost, at its source line', () => {
    const seed = layout('committee-chair-three-line-title.txt').replace(/\n\s+主席的信 \n/, '\n');
    const message = refusal('cut-title.txt', seed);
    expect(message.ruleId).toBe('letter-title');
    expect(message.line).toBe(seed.split('\n').findIndex((line) => line.includes('2024 年 8 月 1 日中华人民共和国')) + 1);
  });

  it('refuse a sender that names no state by its UN Chinese name (`叙利亚`, not `阿拉伯叙利亚共和国`)', () => {
    const message = refusal('syria.md', canonical('2021 年 5 月 15 日叙利亚常驻联合国代表给秘书长的信', '正文。'));
    expect(message.ruleId).toBe('letter-sender');
    expect(message.reason).toContain('`叙利亚常驻联合国代表` names no UN member or observer state');
  });
});

describe('the signature a kind of letter needs', () => {
  it('refuse identical letters without a signature, at the letter’s last block', () => {
    const message = refusal('unsigned.md', canonical('2021 年 5 月 15 日阿塞拜疆常驻联合国代表给秘书长和安全理事会主席的同文信', '第一段。\n\n第二段。', { signed: false }));
    expect(message.reason).toMatch(/^identical letters must be signed/);
    expect(message.line).toBe(9);
  });

  it('refuse a second signature block, whose signatory the record could not hold', () => {
    const message = refusal('two.md', canonical(letterTitle, '正文。\n\n<!-- signature -->\n常驻代表\\\n梅赫迪·梅赫迪耶夫（签名）'));
    expect(message.ruleId).toBe('two-signatures');
    expect(message.line).toBe(14);
  });

  it('accept a note verbale without one', () => {
    const record = ingestLetter('note.md', utf8(canonical('2021 年 5 月 15 日阿塞拜疆常驻联合国代表团给秘书长的普通照会', '阿塞拜疆常驻联合国代表团向秘书长致意。', { signed: false })));
    expect([record.kind, record.signatory]).toEqual(['note-verbale', null]);
  });
});
