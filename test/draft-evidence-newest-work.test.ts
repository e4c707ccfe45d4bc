// Work done is quoted newest first among sentences that answer the ask equally well: the bureau's 2024 figure, not the
// 2021 and 2022 ones that happened to be retrieved before it (two chunks are quoted, so the newest had been left out).
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, generalPolicyChunks, servicesOverChunks } from './support/services.js';

const ownReply = (year: number, figure: string) =>
  documentChunks(`own_reply_${year}`, { title: `对市政协第${year - 2000}号提案的答复`, number: `许建政协〔${year}〕${year - 2018}号`, kind: 'reply' }, [
    ['', `许昌市住房和城乡建设局\n委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：`],
    [`一、${year - 1}年工作情况`, `完成屋面防水改造${figure}万平方米。`],
  ]);

const LIBRARY = [...ownReply(2021, '3'), ...ownReply(2022, '5'), ...ownReply(2024, '8'), ...generalPolicyChunks(10)];

const PROPOSAL = `关于提升老旧小区改造质量的提案\n\n提案人：周文\n\n部分老旧小区顶层漏雨。\n\n为此建议：一是加快屋面防水改造；二是推进有条件的小区加装电梯。`;

describe('work done on an ask', () => {
  it('quotes the newest equally relevant figures', async () => {
    const result = await draftReply(servicesOverChunks(LIBRARY, { stats: true }), { text: PROPOSAL });
    const roofs = result.draft!.sections[0].paragraphs.join('');
    expect(roofs).toContain('8万平方米');
    expect(roofs).toContain('5万平方米');
    expect(roofs).not.toContain('3万平方米');
  });
});
