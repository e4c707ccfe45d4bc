import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument, ingestCorpus, locateInSource, parseDocument, type ParsedDocument } from '../src/corpus/index.js';
import { silentLogger } from '../src/logger.js';
import type { Chunk } from '../src/types.js';

const CORPUS = path.resolve('corpus');
const XUCHANG = 'xuchang_zx7-4_no104_2020';

let documents: ParsedDocument[];
let chunks: Chunk[];
let skipped: { file: string; reason: string }[];

function doc(id: string): ParsedDocument {
  const d = documents.find((x) => x.docId === id);
  if (!d) throw new Error(`missing ${id}`);
  return d;
}

function chunksOf(id: string): Chunk[] {
  return chunks.filter((c) => c.docId === id);
}

beforeAll(async () => {
  ({ documents, chunks, skipped } = await ingestCorpus(CORPUS, silentLogger()));
});

describe('ingesting the shipped corpus', () => {
  it('loads all 14 shipped documents without skipping any', () => {
    expect(skipped).toEqual([]);
    expect(documents.map((d) => d.docId).sort()).toEqual([
      'beibei_rd19-3_no145_2023',
      'caixin_20200720',
      'chaoyang_gov_definition',
      'dayao_gov_policy_qa',
      'gejiu_rd17-6_no55_2021',
      'govcn_big5_chuifenghui_20200416',
      'junshan_rd5-5_no1_2021',
      'linxiang_zx9-4_no58_2020',
      'mudanjiang_plan_2022',
      'qingyuan_zx8-2_no88_2023',
      'xihu_benxi_zx10-3_no15_2024',
      'xingqing_rd4-3_no16_2019',
      XUCHANG,
      'yicai_20250311_slrbs',
    ]);
    expect(documents.filter((d) => d.kind === 'reply')).toHaveLength(8);
  });

  it('keeps none of the proposers’ mobile numbers in any chunk or document text, but keeps the office phone', () => {
    for (const secret of ['13937452669', '13839001727', '18003996137', '邹海', '小勇']) {
      expect(chunks.filter((c) => c.text.includes(secret))).toEqual([]);
      expect(documents.filter((d) => d.text.includes(secret))).toEqual([]);
    }
    expect(chunksOf(XUCHANG).some((c) => c.text.includes('2169961'))).toBe(true);
    expect(doc(XUCHANG).redactions.formPhone + doc(XUCHANG).redactions.mobile).toBe(3);
    expect(doc(XUCHANG).redactions.signature).toBe(2);
  });

  it('gives the Xuchang reply one section per suggestion, keyed by the exact heading', () => {
    const sections = [...new Set(chunksOf(XUCHANG).filter((c) => c.kind === 'reply').map((c) => c.sectionPath))];
    expect(sections).toEqual([
      '',
      '一、关于科学编制老旧小区改造整治规划的建议',
      '二、关于政府主导，合力推进老旧小区改造工作的建议',
      '三、关于着力解决居民关注的民生问题的建议',
      '四、关于保障老旧小区改造资金供给的建议',
      '五、下步工作安排',
    ]);
    const second = chunksOf(XUCHANG).find((c) => c.sectionPath.startsWith('二、'))!;
    expect(second.text.startsWith('作为2018年全国老旧小区改造试点城市之一')).toBe(true);
    expect(second.text).not.toContain('二、关于政府主导');
    expect(second.text).toContain('市委书记任政委');
    const fourth = chunksOf(XUCHANG).filter((c) => c.sectionPath.startsWith('四、')).map((c) => c.text).join('');
    expect(fourth).toContain('天然气经营企业');
    expect(fourth).toContain('26万元');
  });

  it('puts the opening background and the contact block in the unheaded parts', () => {
    const preamble = chunksOf(XUCHANG).filter((c) => c.sectionPath === '' && c.kind === 'reply');
    expect(preamble[0].text).toContain('2017年12月');
    expect(preamble[0].text).toContain('2018、2019年分别完成了119个、434个老庭院改造提升目标任务');
    expect(preamble.some((c) => c.text.includes('联系单位及电话：许昌市住房和城乡建设局，2169961'))).toBe(true);
  });

  it('turns the three feedback forms into form chunks without personal data', () => {
    const forms = chunksOf(XUCHANG).filter((c) => c.kind === 'form');
    expect(forms).toHaveLength(3);
    for (const f of forms) {
      expect(f.sectionPath).toBe('政协提案办理情况征询意见表');
      expect(f.text).toContain('第104号');
      expect(f.text).toContain('满意');
      expect(f.text).toContain('市政协提案委和市委市政府督查局');
      expect(f.text).not.toMatch(/1[3-9]\d{9}|邹海|小勇|签名|隐去/);
    }
    expect(chunksOf(XUCHANG).filter((c) => c.kind === 'reply').some((c) => /征询意见表|提案者签名|请打/.test(c.text))).toBe(false);
  });

  it('spot-checks metadata of several documents by exact value', () => {
    const x = chunksOf(XUCHANG)[1];
    expect(x).toMatchObject({
      id: `${XUCHANG}#1`,
      docId: XUCHANG,
      title: '对市七届政协四次会议第104号提案的答复',
      number: '许建政协〔2020〕13号',
      kind: 'reply',
      sectionPath: '一、关于科学编制老旧小区改造整治规划的建议',
      ordinal: 1,
    });
    const linxiang = chunksOf('linxiang_zx9-4_no58_2020');
    expect(linxiang[0]).toMatchObject({ number: '临建字[2020]2号', kind: 'reply', sectionPath: '' });
    expect(doc('linxiang_zx9-4_no58_2020').structure).toMatchObject({ resultClass: 'B' });
    expect(chunksOf('gejiu_rd17-6_no55_2021')[0]).toMatchObject({
      number: '个住建函〔2021〕25号',
      title: '对个旧市十七届人大六次会议第55号建议的答复（《关于对金湖西路东侧老旧小区进行提升改造的建议》）',
    });
    const mdj = chunksOf('mudanjiang_plan_2022');
    expect(mdj.map((c) => c.sectionPath)).toEqual([
      '',
      '一、工作目标',
      '二、工作原则 > (一)坚持政府统筹,调动各方参与',
      '二、工作原则 > (二)科学谋划项目,完善申报机制',
    ]);
    expect(mdj[1]).toMatchObject({ kind: 'policy', number: '牡政办发〔2022〕14号' });
    expect(mdj[1].text).toContain('13029户');
    expect(mdj[0].text).toContain('17届7次常务会议');
    const big5 = chunksOf('govcn_big5_chuifenghui_20200416').map((c) => c.text).join('');
    expect(big5).toContain('黃艷');
    expect(chunksOf('xihu_benxi_zx10-3_no15_2024')[0].text).toContain('2000年以后建成');
  });

  it('keeps chunk offsets honest, ids stable and sizes within bounds', () => {
    for (const c of chunks) {
      expect(c.id).toBe(`${c.docId}#${c.ordinal}`);
      if (c.kind === 'form') continue;
      expect(doc(c.docId).text.slice(c.start, c.end)).toBe(c.text);
      expect(c.text.length).toBeLessThanOrEqual(600);
      expect(c.text.trim()).toBe(c.text);
    }
    for (const d of documents) {
      expect(chunksOf(d.docId).map((c) => c.ordinal)).toEqual(chunksOf(d.docId).map((_, i) => i));
    }
  });
});

describe('ingesting a bureau folder with awkward files', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-ingest-'));
    mkdirSync(path.join(dir, 'gbk'));
    mkdirSync(path.join(dir, 'bad'));
    mkdirSync(path.join(dir, '.hidden'));
    const xuchang = readFileSync(path.join(CORPUS, 'replies', `${XUCHANG}.txt`), 'utf8');
    writeFileSync(path.join(dir, 'gbk', `${XUCHANG}.txt`), iconv.encode(xuchang, 'gbk'));
    copyFileSync(path.join(CORPUS, 'replies', `${XUCHANG}.txt`), path.join(dir, `${XUCHANG}.txt`));
    writeFileSync(path.join(dir, 'bad', 'empty.txt'), '');
    writeFileSync(path.join(dir, 'bad', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]));
    writeFileSync(path.join(dir, 'bad', 'broken.docx'), Buffer.from('PK\u0003\u0004 this is not really a zip'));
    writeFileSync(path.join(dir, 'bad', 'old.doc'), Buffer.from('whatever'));
    writeFileSync(path.join(dir, '.hidden', 'secret.txt'), '不应读取');
    writeFileSync(path.join(dir, 'README.md'), '# 说明\n本目录放文件。');
    writeFileSync(path.join(dir, 'bureau.yml'), 'name: 某局\n');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a GBK copy identically, reports and skips the bad files, and keeps going', async () => {
    const progress: string[] = [];
    const result = await ingestCorpus(dir, silentLogger(), (e) => progress.push(`${e.done}/${e.total} ${e.file}`));
    const [gbk, utf8] = ['gbk__', ''].map((p) => result.documents.find((d) => d.docId === `${p}${XUCHANG}`)!);
    expect(gbk).toBeDefined();
    expect(utf8).toBeDefined();
    expect(gbk.text).toBe(utf8.text);
    expect(gbk.structure).toEqual(utf8.structure);
    expect(result.chunks.filter((c) => c.docId === gbk.docId).map((c) => c.text)).toEqual(
      result.chunks.filter((c) => c.docId === utf8.docId).map((c) => c.text),
    );
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['bad/binary.txt', 'bad/broken.docx', 'bad/empty.txt', 'bad/old.doc']);
    expect(reasons['bad/empty.txt']).toMatch(/为空/);
    expect(reasons['bad/binary.txt']).toMatch(/二进制/);
    expect(reasons['bad/broken.docx']).toMatch(/损坏/);
    expect(reasons['bad/old.doc']).toMatch(/\.docx/);
    expect(result.documents.some((d) => d.path.includes('.hidden') || d.path === 'README.md')).toBe(false);
    expect(progress).toHaveLength(6);
    expect(progress[progress.length - 1]).toMatch(/^6\/6 /);
    expect(result.files.map((f) => f.path)).toContain(`gbk/${XUCHANG}.txt`);
    expect(result.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
  });
});

describe('offsets back to the original file', () => {
  it('locates a chunk of the cleaned text in the raw file, front matter and broken lines included', () => {
    const raw = readFileSync(path.join(CORPUS, 'replies', `${XUCHANG}.txt`), 'utf8');
    const doc = parseDocument({ docId: XUCHANG, path: `replies/${XUCHANG}.txt`, raw });
    const preamble = chunkDocument(doc)[0];
    const at = preamble.text.indexOf('2018、2019年');
    const span = locateInSource(raw, preamble.start + at, preamble.start + at + '2018、2019年'.length);
    expect(raw.slice(span.start, span.end)).toBe('2018、\n\n2019 年');
    const gejiuRaw = readFileSync(path.join(CORPUS, 'replies', 'gejiu_rd17-6_no55_2021.txt'), 'utf8');
    const gejiu = parseDocument({ docId: 'g', path: 'replies/g.txt', raw: gejiuRaw });
    const contact = chunkDocument(gejiu).find((c) => c.text.includes('212542'))!;
    const where = locateInSource(gejiuRaw, contact.start, contact.end);
    expect(gejiuRaw.slice(where.start, where.end)).toBe('联系人及电话:王忠伟  212542');
  });
});

describe('symbolic links in the corpus', () => {
  it('indexes a link to a file, ignores a broken link and does not loop through a link to a parent folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corpus-links-'));
    try {
      const outside = mkdtempSync(path.join(tmpdir(), 'corpus-outside-'));
      writeFileSync(path.join(outside, '电梯.txt'), '一、补贴标准\n既有住宅加装电梯每台补贴二十万元。\n');
      mkdirSync(path.join(dir, 'sub'));
      writeFileSync(path.join(dir, 'sub', '物业.txt'), '一、物业服务\n老旧小区改造后引入专业化物业服务。\n');
      symlinkSync(path.join(outside, '电梯.txt'), path.join(dir, '电梯.txt'));
      symlinkSync(path.join(outside, 'missing.txt'), path.join(dir, 'broken.txt'));
      symlinkSync('..', path.join(dir, 'sub', 'loop'));
      const result = await ingestCorpus(dir, silentLogger());
      expect(result.documents.map((d) => d.docId).sort()).toEqual(['物业', '电梯']);
      rmSync(outside, { recursive: true, force: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

