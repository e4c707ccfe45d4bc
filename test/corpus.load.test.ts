import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { extractText, ingestCorpus, LoadError } from '../src/corpus/index.js';
import { silentLogger } from '../src/logger.js';
import { makeCjkPdf, makeDocx } from './fixtures/corpus/builders.js';

const SAMPLE = '关于加快推进城镇老旧小区改造的实施意见\n一、总体要求\n到2025年，基本完成2000年底前建成的老旧小区改造任务。';

describe('extractText', () => {
  it('decodes UTF-8 with and without BOM, GBK/GB18030 and UTF-16', async () => {
    expect(await extractText(Buffer.from(SAMPLE, 'utf8'), 'a.txt')).toBe(SAMPLE);
    expect(await extractText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), 'a.md')).toBe(SAMPLE);
    expect(await extractText(iconv.encode(SAMPLE, 'gbk'), 'a.txt')).toBe(SAMPLE);
    expect(await extractText(iconv.encode('㐀与€', 'gb18030'), 'a.txt')).toBe('㐀与€');
    expect(await extractText(iconv.encode(SAMPLE, 'utf16le', { addBOM: true }), 'a.txt')).toBe(SAMPLE);
  });

  it('reads the text of a .docx', async () => {
    const text = await extractText(await makeDocx(['对市政协第12号提案的答复', '张三委员：', '一、关于加装电梯的建议', '我局已完成38部电梯加装。']), 'reply.docx');
    expect(text).toContain('对市政协第12号提案的答复');
    expect(text).toContain('一、关于加装电梯的建议');
    expect(text).toContain('我局已完成38部电梯加装。');
  });

  it('reads the text layer of a .pdf', async () => {
    const text = await extractText(makeCjkPdf(SAMPLE.split('\n')), 'policy.pdf');
    expect(text.replace(/\s+/g, '')).toBe(SAMPLE.replace(/\s+/g, ''));
    expect(text).toContain('一、总体要求');
  });

  it('rejects empty, whitespace-only, binary, corrupt and unsupported files with a Chinese reason', async () => {
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.alloc(0), 'empty.txt', /为空/],
      [Buffer.from(' \n\u3000\n'), 'blank.md', /为空/],
      [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), 'program.txt', /二进制/],
      [Buffer.from('PK\u0003\u0004broken'), 'broken.docx', /损坏/],
      [Buffer.from('%PDF-1.4\nnot really'), 'broken.pdf', /PDF/],
      [Buffer.from('abc'), 'sheet.xlsx', /不支持/],
      [Buffer.from('abc'), 'old.doc', /另存为 \.docx/],
    ];
    for (const [data, name, reason] of cases) {
      const err = await extractText(data, name).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, name).toBeInstanceOf(LoadError);
      expect((err as Error).message, name).toMatch(reason);
    }
  });

  it('rejects a PDF without a text layer', async () => {
    const err = await extractText(makeCjkPdf([]), 'scan.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect((err as Error).message).toMatch(/文字层|OCR/);
  });
});

describe('ingesting .docx and .pdf files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-formats-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('chunks a Word reply and a PDF policy with their sections', async () => {
    const reply = await makeDocx([
      '某市住房和城乡建设局文件',
      '某建提〔2024〕7号',
      '对市十届政协二次会议第12号提案的答复',
      '张三、李四委员：',
      '你们提出的关于“加快老旧小区加装电梯”的提案收悉，现答复如下：',
      '一、关于简化审批的建议',
      '我局已会同自然资源部门出台并联审批办法，审批时限压缩至15个工作日。',
      '二、关于资金补助的建议',
      '市财政对每部电梯补助20万元，2023年共补助38部。',
      '联系单位及电话：某市住房和城乡建设局，3123456',
    ]);
    writeFileSync(path.join(dir, 'reply_no12.docx'), reply);
    writeFileSync(path.join(dir, 'policy.pdf'), makeCjkPdf(SAMPLE.split('\n')));
    const { documents, chunks, skipped } = await ingestCorpus(dir, silentLogger());
    expect(skipped).toEqual([]);
    const word = documents.find((d) => d.docId === 'reply_no12')!;
    expect(word.kind).toBe('reply');
    expect(word.number).toBe('某建提〔2024〕7号');
    expect(chunks.filter((c) => c.docId === 'reply_no12').map((c) => c.sectionPath)).toEqual(['', '一、关于简化审批的建议', '二、关于资金补助的建议', '']);
    expect(chunks.find((c) => c.sectionPath === '二、关于资金补助的建议')!.text).toBe('市财政对每部电梯补助20万元，2023年共补助38部。');
    const pdf = chunks.filter((c) => c.docId === 'policy');
    expect(pdf.map((c) => c.sectionPath)).toEqual(['', '一、总体要求']);
    expect(pdf[1].text).toContain('2000年底前建成');
    expect(documents.find((d) => d.docId === 'policy')!.title).toBe('关于加快推进城镇老旧小区改造的实施意见');
  });
});
