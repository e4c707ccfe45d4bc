import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { REPO_ROOT } from './support/services.js';

// Three forms in three layouts, each filled in by a person whose data must never be indexed.

// 1. A residents' form: "label：value" fields on one line, □/☑ option lines, a free-text opinion, a 填写说明 block.
const LIFT_NOTICE = [
  '关于开展既有住宅加装电梯意愿调查的通知',
  '各社区居委会：',
  '为做好既有住宅加装电梯工作，现将意愿调查有关事项通知如下。',
  '一、调查范围',
  '本市2000年以前建成的四层以上住宅。',
  '',
  '附件2',
  '',
  '既有住宅加装电梯业主意愿调查表',
  '',
  '住户姓名：赵子龙  联系电话：13700001111',
  '房屋坐落：幸福路8号3单元602  身份证号码：410102198803154512',
  '一、您是否同意本单元加装电梯？',
  '☑同意 □不同意 □弃权',
  '二、您愿意采用的费用分摊方式（单选）：',
  '□按楼层系数 ☑按面积 □协商确定',
  '三、其他意见：希望选用国产品牌，赵子龙家里有两位老人',
  '业主签字：赵子龙        日期：2024年3月2日',
  '',
  '填写说明',
  '1.每套住房只填一份，由产权人填写。',
  '2.选择“弃权”的，计入同意票数。',
  '3.本表请于发放之日起10个工作日内交回社区居委会，逾期未交的视为弃权。',
].join('\n');

// 2. An NPC deputy's form: a tab table with the deputy's own row, a rating grid, and 注： numbered notes.
const NPC_REPLY = [
  '关于市十五届人大三次会议第37号建议的答复',
  '钱多多代表：',
  '您提出的关于规范共享单车停放的建议收悉，现答复如下：',
  '一、关于划定停放区的建议',
  '今年已在主城区划定停放区1200处。',
  '',
  '附件',
  '',
  '人大代表建议办理情况征询意见表',
  '',
  '建议编号\t第37号\t承办单位\t市城市管理局',
  '代表姓名\t钱多多\t联系电话\t0371-66778899',
  '工作单位\t东风机械厂',
  '对办理工作的评价\t很好\t好\t一般\t差',
  '\t联系沟通\t\t√\t\t',
  '\t办理态度\t√\t\t\t',
  '对办理结果\t满意\t基本满意\t不满意',
  '\t\t√\t',
  '代表签名\t钱多多',
  '附议代表\t工作单位',
  '李铁柱\t南山小学',
  '周小芳\t北湖社区卫生服务中心',
  '注：1.请代表在收到答复之日起15日内将此表寄回市人大常委会选举任免联络工作委员会。',
  '2.对办理结果不满意的，承办单位应在一个月内重新办理。',
  '3.邮寄地址：市人民路1号，邮编450000。',
].join('\n');

// 3. A service-window form: a pipe table, and a signature whose name sits on the next line (Word cell export).
const WINDOW_FORM = [
  '住房保障窗口服务规范',
  '一、服务要求',
  '窗口工作人员应当一次性告知办事群众所需材料。',
  '',
  '住房保障服务意见反馈表',
  '| 反馈人 | 孙二娘 |',
  '| 联系方式 | 15900002222 |',
  '| 服务评价 | □满意 □基本满意 ☑不满意 |',
  '反馈人签名',
  '孙二娘',
  '说明：本表可投入各服务窗口的意见箱，也可扫描后发送至zfbz@example.gov.cn，窗口每周一开箱。',
].join('\n');

const DOCS = [
  { docId: 'lift_notice', path: 'policies/lift_notice.txt', raw: LIFT_NOTICE },
  { docId: 'npc_37', path: 'replies/npc_37.txt', raw: NPC_REPLY },
  { docId: 'window_rules', path: 'policies/window_rules.txt', raw: WINDOW_FORM },
];

const PERSONAL = ['赵子龙', '13700001111', '幸福路8号', '410102198803154512', '国产品牌', '两位老人', '钱多多', '0371-66778899', '东风机械厂', '李铁柱', '南山小学', '周小芳', '北湖社区卫生服务中心', '孙二娘', '15900002222'];
/** 钱多多 is also named in the reply's salutation (public), but never by the form's chunks. */
const PERSONAL_IN_FORMS = PERSONAL;

function chunksOf(docId: string) {
  return chunkDocument(parseDocument(DOCS.find((d) => d.docId === docId)!));
}

function formChunks(docId: string) {
  return chunksOf(docId).filter((c) => c.kind === 'form');
}

describe('the printed parts of forms are indexed', () => {
  it('gives long instructions a chunk of their own under "title > 填表说明"', () => {
    const long = LIFT_NOTICE + '\n' + Array.from({ length: 12 }, (_, i) => `${i + 4}.本表第${i + 4}项的填写要求以社区居委会当面说明为准，填写前请仔细阅读本说明。`).join('\n');
    const forms = chunkDocument(parseDocument({ docId: 'long', path: 'long.txt', raw: long })).filter((c) => c.kind === 'form');
    const notes = forms.filter((c) => c.sectionPath === '既有住宅加装电梯业主意愿调查表 > 填写说明');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0].text).toMatch(/^1\.每套住房只填一份/u);
    expect(notes.map((c) => c.text).join('\n')).toContain('11.本表第11项');
    expect(forms.every((c) => c.text.length <= 600)).toBe(true);
  });

  it('keeps a residents’ form items with their printed options and its 填写说明 under its own heading', () => {
    const forms = formChunks('lift_notice');
    const record = forms.filter((c) => c.sectionPath === '既有住宅加装电梯业主意愿调查表').map((c) => c.text).join('\n');
    expect(record).toContain('一、您是否同意本单元加装电梯？选项：同意、不同意、弃权');
    expect(record).toContain('二、您愿意采用的费用分摊方式（单选）：按楼层系数、按面积、协商确定');
    expect(record).toContain('三、其他意见');
    const notes = forms.map((c) => c.text).join('\n');
    expect(notes).toContain('填写说明：1.每套住房只填一份');
    expect(notes).toContain('2.选择“弃权”的，计入同意票数。');
    expect(notes).toContain('10个工作日内交回社区居委会');
  });

  it('keeps a deputy’s form rating grid, its deadline and where it is sent', () => {
    const text = formChunks('npc_37').map((c) => c.text).join('\n');
    expect(text).toMatch(/很好、好、一般、差|很好 好 一般 差/u);
    expect(text).toContain('联系沟通');
    expect(text).toContain('15日内将此表寄回市人大常委会选举任免联络工作委员会');
    expect(text).toContain('邮寄地址：市人民路1号');
    expect(text).toContain('填表说明：1.请代表在收到答复之日起15日内');
  });

  it('keeps a pipe-table form’s printed options and instructions', () => {
    const text = formChunks('window_rules').map((c) => c.text).join('\n');
    expect(text).toContain('服务评价 满意、基本满意、不满意');
    expect(text).toContain('zfbz@example.gov.cn');
  });

  it('leaves out every field the filler wrote about themselves, in every layout', () => {
    for (const { docId } of DOCS) {
      const text = formChunks(docId).map((c) => c.text).join('\n');
      for (const value of PERSONAL_IN_FORMS) expect(text, `${docId}: ${value}`).not.toContain(value);
    }
    const everything = DOCS.flatMap((d) => chunksOf(d.docId)).map((c) => c.text).join('\n');
    for (const value of PERSONAL.filter((v) => v !== '钱多多')) expect(everything).not.toContain(value);
  });
});

describe('ask --json over a library with filled-in forms', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'reply-desk-forms-'));
    for (const d of DOCS) {
      await mkdir(path.join(dir, 'corpus', path.dirname(d.path)), { recursive: true });
      await writeFile(path.join(dir, 'corpus', d.path), d.raw);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function askAll(questions: string[]): Promise<{ question: string; answered: boolean; answer: string; citations: unknown[]; retrieved: unknown[] }[]> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/ask.ts'), '--stdin', '--json'],
        {
          cwd: REPO_ROOT,
          env: { PATH: process.env.PATH, CORPUS_DIR: path.join(dir, 'corpus'), INDEX_DIR: path.join(dir, 'index'), DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'warn' },
        },
        (err, stdout) => (err ? reject(err) : resolve(stdout.trim().split('\n').map((l) => JSON.parse(l)))),
      );
      child.stdin!.end(questions.join('\n') + '\n');
    });
  }

  it('answers from the printed instructions and never shows the filler’s data', async () => {
    const [deadline, abstain, sendTo, phone] = await askAll([
      '加装电梯意愿调查表要在几个工作日内交回？',
      '意愿调查表上选“弃权”怎么算？',
      '征询意见表要寄回哪里？',
      '住户赵子龙的联系电话和住址是什么？',
    ]);
    expect(deadline.answered).toBe(true);
    expect(deadline.answer).toContain('10个工作日内');
    expect(abstain.answered).toBe(true);
    expect(abstain.answer).toContain('计入同意票数');
    expect(sendTo.answered).toBe(true);
    expect(sendTo.answer).toContain('市人大常委会选举任免联络工作委员会');
    // Everything the library shows (the question itself, naming the person, aside).
    const shown = JSON.stringify([deadline, abstain, sendTo, phone].map(({ question: _asked, ...shownPart }) => shownPart));
    for (const value of PERSONAL.filter((v) => v !== '钱多多')) expect(shown).not.toContain(value);

    const indexFiles = await readdir(path.join(dir, 'index'), { recursive: true });
    for (const file of indexFiles) {
      const bytes = await readFile(path.join(dir, 'index', file)).catch(() => null);
      if (!bytes) continue; // a folder
      const text = bytes.toString('utf8');
      for (const value of PERSONAL.filter((v) => v !== '钱多多')) expect(text, `${file}: ${value}`).not.toContain(value);
    }
  }, 60_000);
});
