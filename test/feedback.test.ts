import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openFeedbackStore, type FeedbackStore } from '../src/feedback/store.js';
import { formatFeedbackSummary } from '../src/feedback/format.js';

const dirs: string[] = [];
const stores: FeedbackStore[] = [];
function freshStore(dir = mkdtempSync(path.join(tmpdir(), 'feedback-'))): { store: FeedbackStore; dir: string } {
  dirs.push(dir);
  const store = openFeedbackStore(dir);
  stores.push(store);
  return { store, dir };
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const answer = (question: string) => ({ question, answer: `关于“${question}”的回答[1]。`, sources: ['[1] 某答复 · 许建政协〔2020〕13号 · 四、关于资金'], user: 'U1', channel: 'C1' });

describe('feedback store', () => {
  it('keeps question, answer, sources, user, rating and comment, and survives a reopen', () => {
    const { store, dir } = freshStore();
    const id = store.recordAnswer(answer('资金如何分担？'));
    expect(store.rate(id, 'U2', 'down')).toBe(true);
    expect(store.comment(id, 'U2', '缺少省级补助比例')).toBe(true);
    store.close();
    stores.splice(0);
    const reopened = openFeedbackStore(dir);
    stores.push(reopened);
    const [entry] = reopened.entries();
    expect(entry).toMatchObject({ question: '资金如何分担？', user: 'U1', channel: 'C1', feedbackUser: 'U2', rating: 'down', comment: '缺少省级补助比例' });
    expect(entry.sources).toEqual(['[1] 某答复 · 许建政协〔2020〕13号 · 四、关于资金']);
    expect(Date.parse(entry.time)).not.toBeNaN();
  });

  it('never stores a mobile or ID number typed into a question or a comment', () => {
    const { store } = freshStore();
    const id = store.recordAnswer(answer('居民13937452669反映加装电梯补贴多少'));
    store.rate(id, 'U2', 'down');
    store.comment(id, 'U2', '请联系 139 3745 2669，身份证41100219800101123X');
    const [entry] = store.entries();
    expect(JSON.stringify(entry)).not.toMatch(/2669|123X/);
    expect(entry.question).toBe('居民[已隐去手机号]反映加装电梯补贴多少');
    expect(entry.comment).toContain('[已隐去身份证号]');
  });

  it('counts one rating per user and answer (a changed mind replaces the first click) and refuses unknown answers', () => {
    const { store } = freshStore();
    const a = store.recordAnswer(answer('甲'));
    const b = store.recordAnswer(answer('乙'));
    store.rate(a, 'U1', 'down');
    store.rate(a, 'U1', 'up');
    store.rate(a, 'U2', 'up');
    store.rate(b, 'U1', 'down');
    expect(store.rate('no-such-answer', 'U1', 'up')).toBe(false);
    const s = store.summary();
    expect(s).toMatchObject({ answers: 2, ratings: 3, up: 2, down: 1, comments: 0 });
    expect(s.recentNegative.map((e) => e.question)).toEqual(['乙']);
  });

  it('prints a readable summary with the satisfaction rate and recent 👎 with comments', () => {
    const { store } = freshStore();
    const a = store.recordAnswer(answer('加装电梯补贴标准？'));
    store.rate(a, 'U3', 'down');
    store.comment(a, 'U3', '没有提到本市标准');
    store.rate(store.recordAnswer(answer('丙')), 'U1', 'up');
    const text = formatFeedbackSummary(store.summary());
    expect(text).toContain('满意率 50%');
    expect(text).toContain('问：加装电梯补贴标准？');
    expect(text).toContain('意见：没有提到本市标准');
  });
});
