// The .docx opens: a valid zip whose document.xml holds the title, every heading and the contact block, in order.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/draft/docx.js';
import { renderDraftMarkdown, renderDraftText } from '../src/draft/render.js';
import type { Bureau } from '../src/config.js';
import type { Draft } from '../src/types.js';

const bureau: Bureau = {
  name: '许昌市住房和城乡建设局',
  numberPrefix: '许建政协',
  signer: '王宏伟',
  contact: { unit: '许昌市住房和城乡建设局', phone: '2169961', person: '陈绍军' },
  cc: ['市政协提案委（3份）', '市委市政府督查局（1份）'],
};

const citation = { n: 1, docId: 'replies/xuchang', title: '对市七届政协四次会议第104号提案的答复', number: '许建政协〔2020〕13号', section: '四、关于保障老旧小区改造资金供给的建议', quote: '小区居民共计出资 26 万元', chunkId: 'replies/xuchang#3' };

const draft: Draft = {
  title: '对市七届政协四次会议第104号提案的答复',
  salutation: '郭瑞、王勇、张金国委员：',
  opening: '你们提出的关于“对我市老旧小区改造的几点建议”的提案收悉，现答复如下：',
  background: null,
  sections: [
    { heading: '一、关于科学编制老旧小区改造整治规划的建议', paragraphs: ['【待补充：相关政策依据】'], citations: [] },
    { heading: '二、关于保障老旧小区改造资金供给的建议', paragraphs: ['在魏都区延中小区改造中，小区居民共计出资26万元[1]。', '（一）财政奖补 & 群众出资 <试点>'], citations: [citation] },
  ],
  nextSteps: { heading: '三、下步工作安排', paragraphs: ['针对委员提出的意见和建议，下一步我局将重点开展以下工作：一是……。'], citations: [] },
  closing: '感谢你们对我们工作的关心和支持，欢迎继续提出宝贵意见和建议。',
  contact: ['联系单位及电话：许昌市住房和城乡建设局，2169961；', '联系人：陈绍军；'],
  cc: '抄 送：市政协提案委（3份），市委市政府督查局（1份）。',
  signOff: ['许昌市住房和城乡建设局', '【待补充：成文日期】'],
};

function xmlText(xml: string): string {
  return xml
    .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${[...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')}\n`)
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe('renderDocx', () => {
  it('writes a zip whose document.xml holds title, headings and contact block in order, in 公文 layout', async () => {
    const buffer = await renderDocx(draft, bureau);
    const files = unzipSync(new Uint8Array(buffer));
    expect(Object.keys(files)).toContain('word/document.xml');
    const xml = strFromU8(files['word/document.xml']);
    const text = xmlText(xml);
    const expected = [
      '许昌市住房和城乡建设局文件',
      '签发人：王宏伟',
      draft.title,
      draft.salutation,
      draft.opening,
      ...draft.sections.map((s) => s.heading),
      '（一）财政奖补 & 群众出资 <试点>',
      draft.nextSteps.heading,
      draft.closing,
      ...draft.contact,
      draft.cc!,
      '起草依据（定稿时删除）',
    ];
    const positions = expected.map((line) => text.indexOf(line));
    expect(positions.filter((p) => p < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // A4 page, 公文 fonts: 小标宋 title (二号 = 44 half-points), 黑体 headings, 仿宋 body (三号 = 32).
    expect(xml).toMatch(/<w:pgSz w:w="1190\d" w:h="1684\d"/);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toContain('<w:sz w:val="44"/>');
    // An independent .docx reader (mammoth) opens it too.
    const mammoth = (await import('mammoth')).default;
    const raw = (await mammoth.extractRawText({ buffer })).value;
    expect(raw).toContain(draft.title);
    expect(raw).toContain(draft.contact[1]);
  });

  it('opens in LibreOffice when it is installed', async (ctx) => {
    const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
    if (!soffice) {
      console.warn('LibreOffice (soffice/libreoffice) is not on PATH: skipping the conversion check of the .docx');
      ctx.skip();
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'draft-docx-'));
    try {
      const file = path.join(dir, 'draft.docx');
      writeFileSync(file, await renderDocx(draft, bureau));
      execFileSync(soffice, ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, file], { timeout: 120_000 });
      const out = path.join(dir, 'draft.txt');
      expect(existsSync(out)).toBe(true);
      const converted = readFileSync(out, 'utf8');
      expect(converted).toContain(draft.title);
      expect(converted).toContain(draft.nextSteps.heading);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('text and Markdown renderings', () => {
  it('keep the reply order and list the sources once', () => {
    for (const rendered of [renderDraftText(draft), renderDraftMarkdown(draft)]) {
      const positions = [draft.title, draft.salutation, draft.sections[1].heading, draft.nextSteps.heading, draft.signOff![0], draft.contact[0], draft.cc!].map((l) =>
        rendered.indexOf(l),
      );
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(rendered.match(/许建政协〔2020〕13号/g)).toHaveLength(1);
    }
  });
});

describe('the .docx body reads as a clean reply', () => {
  async function documentXml(d: Draft, b: Bureau = bureau): Promise<string> {
    const files = unzipSync(new Uint8Array(await renderDocx(d, b)));
    return strFromU8(files['word/document.xml']);
  }

  it('moves the [n] markers out of the body into the 起草依据 list, which says where each source is used', async () => {
    const text = xmlText(await documentXml(draft));
    const [body, sources] = text.split('起草依据（定稿时删除）');
    expect(body).toContain('在魏都区延中小区改造中，小区居民共计出资26万元。');
    expect(body).not.toMatch(/\[\d+\]/);
    expect(sources).toMatch(/\[1\] .*小区居民共计出资 26 万元（用于：二、关于保障老旧小区改造资金供给的建议）/);
    // The text and Markdown forms keep their [n] markers.
    expect(renderDraftText(draft)).toContain('26万元[1]');
  });

  it('highlights every 【待补充…】 and 【待核实】 in yellow, and nothing else', async () => {
    const withCheck: Draft = { ...draft, sections: [draft.sections[0], { ...draft.sections[1], paragraphs: ['共出资26万元【待核实】，惠及居民120户。'] }] };
    const xml = await documentXml(withCheck);
    const highlighted = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>)[\s\S])*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(highlighted).toContain('【待补充：相关政策依据】');
    expect(highlighted).toContain('【待核实】');
    expect(highlighted).toContain('【待补充：成文日期】');
    expect(highlighted.every((t) => /^【待(?:补充|核实)/.test(t))).toBe(true);
  });

  it('takes the 文号 prefix by kind: 政协提案 and 人大建议 replies are numbered apart', async () => {
    const byKind: Bureau = { ...bureau, numberPrefix: { 提案: '许建政协', 建议: '许建人大' } };
    const year = new Date().getFullYear();
    expect(xmlText(await documentXml({ ...draft, kind: '提案' }, byKind))).toContain(`许建政协〔${year}〕【待补充：文号】号`);
    // The header is what comes before the title (the sources list may quote other replies' 文号).
    const header = async (d: Draft, b: Bureau) => xmlText(await documentXml(d, b)).split(d.title)[0];
    const suggestion = await header({ ...draft, kind: '建议', title: '对市十七届人大六次会议第55号建议的答复' }, byKind);
    expect(suggestion).toContain(`许建人大〔${year}〕【待补充：文号】号`);
    expect(suggestion).not.toContain('许建政协');
    // A kind without a prefix gets the placeholder, never the other kind's prefix.
    const unset = await header({ ...draft, kind: '建议' }, { ...bureau, numberPrefix: { 提案: '许建政协' } });
    expect(unset).not.toContain('许建政协');
    expect(unset).toContain('【待补充：文号】');
  });
});
