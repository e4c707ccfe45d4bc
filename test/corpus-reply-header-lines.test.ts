// A reply's header line (文号 and handling class, "…27号 A类") and a salutation naming several members
// ("曲凤英、霍东升委员：") are lines of their own (issue #10, questions about a document itself): joined as one broken
// line at ingestion, the class line was lost and "…是哪一类答复？" was answered with the reply's content.
import { describe, expect, it } from 'vitest';
import { cleanedText } from '../src/corpus/clean.js';
import { libraryDocument, testLibrary } from './support/library.js';

// Body lines of one width, as a fixed-width export lays them out: lines that long are read as broken lines.
const BODY = `一、改造基本情况
2024年全市完成外墙保温66万平方米。
屋面防水41万平方米，温度提高3℃。
二、关于保温材料标准
外墙保温统一采用A级不燃保温材料。
保温层厚度不低于100毫米，逐栋验收。
三、关于质量保修
屋面防水工程保修期不少于5年整。
保修期内渗漏的由施工单位免费维修。`;

const HEADER = `青川市住房和城乡建设局
对市政协九届四次会议第87号提案的答复

青川住建提复〔2025〕27号\u3000\u3000\u3000\u3000A类

曲凤英、霍东升委员：
你们提出的《关于提升老旧小区外墙保温改造质量的提案》收悉。现答复如下：
`;

const REPLY = libraryDocument({ title: '对市政协九届四次会议第87号提案的答复', issuer: '青川市住房和城乡建设局', number: '青川住建提复〔2025〕27号 A类', kind: 'reply' }, `${HEADER}\n${BODY}\n`);

const library = testLibrary({ files: { 'qingchuan_zx_no087.txt': REPLY } }, { timeout: 120_000 });

describe('a reply header at ingestion', () => {
  it('keeps the 文号 line and a salutation of several members apart', () => {
    const text = cleanedText(`${HEADER}\n${BODY}`);
    expect(text).toContain('27号 A类\n');
    expect(text).toContain('\n曲凤英、霍东升委员：\n');
  });

  it('answers the handling class from the header line', async () => {
    const a = await library.ask('青川住建提复〔2025〕27号是哪一类答复？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('A类');
    expect(a.answer).not.toContain('保温层厚度');
  });

  it('joins a body line that opens with a 文号 cited in the sentence, before and after it', () => {
    const text = cleanedText(`青川市人民政府关于推进城镇老旧小区改造的实施意见

各区人民政府，市政府各部门：
根据《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（
国办发〔2020〕23号）精神，结合我市实际，现就推进城镇老旧小区改造工作提出如下
实施意见，请认真贯彻执行。
`);
    expect(text).toContain('指导意见》（国办发〔2020〕23号）精神');
    expect(text).toContain('提出如下实施意见，请认真贯彻执行。');
  });
});
