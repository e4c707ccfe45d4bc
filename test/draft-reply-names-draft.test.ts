// A document's status (in force, or a 讨论稿/征求意见稿) comes from its own title, 文号, front matter or title block,
// never from a document it mentions: the bureau's reply saying "我局已起草《…办法（征求意见稿）》" is its own work
// (已开展工作), not a draft for comment filed under 其他参考. Answers and drafts read the one rule.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { levelOf, profileDocument } from '../src/draft/documentProfile.js';
import { draftOnlyRefusal } from '../src/answer/gate/status.js';
import { versionNotInForce } from '../src/text/index.js';
import { documentChunks, REPO_ROOT } from './support/services.js';

// corpus/bureau.yml: 许昌市住房和城乡建设局, 文号 prefix 许建政协.
const bureau = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT }).bureau;

const REPLY_NAMING_DRAFT = documentChunks('own_reply_2025', { title: '对市政协八届三次会议第21号提案的答复', number: '许建政协〔2025〕7号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n李明委员：\n您提出的关于改造后物业服务的提案收悉，现答复如下：'],
  ['一、关于物业服务费补贴', '我局已起草《许昌市老旧小区改造后物业服务费补贴办法（征求意见稿）》，目前正在公开征求意见，正式印发前暂不执行补贴。'],
]);

const DRAFT_BY_TITLE_BLOCK = documentChunks('fee_rules_draft', { title: '许昌市老旧小区改造后物业服务费补贴办法', number: null, kind: 'policy' }, [
  ['', '许昌市老旧小区改造后物业服务费补贴办法\n（征求意见稿）\n\n第一条 为稳定改造后小区物业服务，制定本办法。'],
]);

describe('a document is a draft for comment by its own identity only', () => {
  it('a reply whose body names a 征求意见稿 is the bureau\'s own work, not a draft', () => {
    const profile = profileDocument(REPLY_NAMING_DRAFT, bureau);
    expect(profile.draftVersion).toBe(false);
    expect(levelOf(profile, '我局已起草补贴办法，目前正在公开征求意见，正式印发前暂不执行补贴。')).toBe('done');
  });

  it('a version printed on its own line under the title makes a draft, as the title would', () => {
    expect(profileDocument(DRAFT_BY_TITLE_BLOCK, bureau).draftVersion).toBe(true);
    expect(versionNotInForce({ title: '许昌市老旧小区改造后物业服务费补贴办法', opening: '许昌市老旧小区改造后物业服务费补贴办法\n（征求意见稿）\n第一条 为……' })).toBe('征求意见稿');
    expect(versionNotInForce({ title: '对第21号提案的答复', opening: '李明委员：\n我局已起草《补贴办法（征求意见稿）》，正在征求意见。' })).toBeNull();
  });

  it('answers read the same rule: only citations of drafts make a draft-only refusal', () => {
    const quote = { n: 1, section: '', quote: '拟按每平方米每月0.3元给予补贴。', chunkId: 'd#0' };
    const fromDraft = draftOnlyRefusal('物业费补贴标准是多少？', [{ ...quote, docId: 'd', title: '物业服务费补贴办法（征求意见稿）', number: null }]);
    expect(fromDraft?.answer).toContain('征求意见稿');
    expect(draftOnlyRefusal('物业费补贴标准是多少？', [{ ...quote, docId: 'r', title: '对第21号提案的答复', number: '许建政协〔2025〕7号' }])).toBeUndefined();
  });
});
