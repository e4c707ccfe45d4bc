import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { loadQuestionSet } from '../src/eval/questions.js';
import type { Answer, ChatTurn } from '../src/types.js';
import { testLibrary } from './support/library.js';
import { REPO_ROOT } from './support/services.js';

const devQuestions = loadQuestionSet(path.join(REPO_ROOT, 'test/fixtures/dev-questions.jsonl'));

/** Every sentence of an answered answer ends with a citation [n] before its closing punctuation. */
function uncitedSentences(answer: Answer): string[] {
  return answer.answer
    .split(/(?<=[。！？!?])/)
    .map((s) => s.trim())
    .filter((s) => s && !/\[\d+\][。！？!?”’）)]*$/.test(s));
}

const t = testLibrary();

describe('offline engine on the shipped corpus', () => {
  it('takes tuning overrides per call: a stricter evidence bar refuses what the defaults answer', async () => {
    const q = devQuestions.find((x) => x.answerable)!;
    const normal = await answerQuestion(t.services, q.question);
    expect(normal.answered).toBe(true);
    const strict = await answerQuestion(t.services, q.question, [], { tuning: { minSentenceCoverage: 1.01 } });
    expect(strict.answered).toBe(false);
    expect(strict.citations).toEqual([]);
  });

  it('answers the dev questions with the expected figure or phrase, citing the right document', async () => {
    const answerable = devQuestions.filter((q) => q.answerable);
    const misses: string[] = [];
    let good = 0;
    for (const q of answerable) {
      const a = await answerQuestion(t.services, q.question);
      const ok = a.answered && q.expect.some((e) => a.answer.includes(e)) && a.citations.some((c) => c.docId === q.docId);
      if (ok) good++;
      else misses.push(`${q.id} ${q.question} → ${a.answer.slice(0, 80)}`);
      if (a.answered) {
        expect(uncitedSentences(a), q.id).toEqual([]);
        for (const c of a.citations) expect(a.answer).toContain(`[${c.n}]`);
        expect(a.citations.map((c) => c.n)).toEqual(a.citations.map((_, i) => i + 1));
      }
    }
    // Calibrated: 50 of the 51 shipped dev questions pass (48 before the list / relevance work); the floor is 48 of 51.
    expect(good, misses.join('\n')).toBeGreaterThanOrEqual(Math.min(48, Math.round(answerable.length * 0.94)));
    expect(good).toBeGreaterThanOrEqual(20);
  });

  it('says the documents do not cover questions they cannot answer, showing nearby passages', async () => {
    const unanswerable = devQuestions.filter((q) => !q.answerable);
    expect(unanswerable.length).toBeGreaterThanOrEqual(5);
    for (const q of unanswerable) {
      const a = await answerQuestion(t.services, q.question);
      expect(a.answered, `${q.id} ${q.question} → ${a.answer}`).toBe(false);
      expect(a.answer).toContain('没有找到');
      expect(a.citations).toEqual([]);
      expect(a.retrieved.length).toBeGreaterThan(0);
    }
  });

  it('does not answer from a document about another place, year or phase', async () => {
    for (const q of ['个旧市2022年改造了多少户？', '牡丹江2023年计划改造多少个小区？', '兴庆区第三期改造了多少个小区？']) {
      const a = await answerQuestion(t.services, q);
      expect(a.answered, `${q} → ${a.answer}`).toBe(false);
    }
    const right = await answerQuestion(t.services, '牡丹江2022年计划改造多少个小区项目？');
    expect(right.answer).toContain('11个');
  });

  it('quotes figures exactly as the document has them and names the engine', async () => {
    const a = await answerQuestion(t.services, '延中小区的居民一共出了多少钱用于改造？');
    expect(a.answer).toContain('26万元');
    expect(a.engine).toEqual({ llm: 'offline', embeddings: t.services.search.embeddingsId });
    const flat = (x: string) => x.replace(/\s+/g, '');
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) {
      const source = flat(t.services.search.chunksOf(c.docId).map((x) => x.text).join(''));
      for (const piece of c.quote.split('……').filter(Boolean)) expect(source).toContain(flat(piece));
    }
  });

  it('hands the whole answer to onToken once', async () => {
    const tokens: string[] = [];
    const a = await answerQuestion(t.services, '清原对私自装地锁占车位的行为怎么处理？', [], { onToken: (x) => tokens.push(x) });
    expect(tokens).toEqual([a.answer]);
    expect(a.answer).toContain('拆除一起');
  });
});

describe('answers that read well', () => {
  /** Answer sentences (lines and 。-terminated pieces), without their citations. */
  const sentencesOf = (answer: string) =>
    answer
      .split(/(?<=[。！？])|\n/)
      .map((s) => s.replace(/\[\d+\]/g, '').trim())
      .filter(Boolean);

  it('answers a how-question over a section listing 一是/二是/三是 with every point, each cited', async () => {
    const a = await answerQuestion(t.services, '许昌的老旧小区改造资金是怎么筹措的？');
    expect(a.answered).toBe(true);
    for (const marker of ['一是', '二是', '三是']) expect(a.answer, a.answer).toMatch(new RegExp(`(^|\\n)${marker}[^\\n]*\\[\\d+\\]`));
    expect(a.answer.length).toBeLessThanOrEqual(500);
    expect(uncitedSentences(a)).toEqual([]);
    for (const c of a.citations) {
      expect(a.retrieved.some((r) => r.docId === c.docId && r.section === c.section)).toBe(true);
      const source = t.services.search.chunksOf(c.docId).map((x) => x.text).join('').replace(/\s+/g, '');
      for (const piece of c.quote.split('……').filter(Boolean)) expect(source).toContain(piece.replace(/\s+/g, ''));
    }
  });

  it('never answers with a bare title or heading line, nor adds "……" pieces after the first sentence', async () => {
    const questions = ['什么是城镇老旧小区？', '牡丹江2022年城镇老旧小区改造实施方案有哪些工作原则？', '许昌下一步有什么工作安排？', '兴庆区老旧小区改造分几期？'];
    for (const q of questions) {
      const a = await answerQuestion(t.services, q);
      const docs = new Set([...a.retrieved.map((r) => r.docId), ...a.citations.map((c) => c.docId)]);
      const headingLines = new Set<string>();
      for (const docId of docs) {
        const chunks = t.services.search.chunksOf(docId);
        headingLines.add(chunks[0]?.title ?? '');
        for (const c of chunks) for (const line of c.text.split('\n')) if (line.trim() && !/[。！？；：:]$/.test(line.trim())) headingLines.add(line.trim());
      }
      const sentences = sentencesOf(a.answer);
      for (const s of sentences) expect(headingLines.has(s.replace(/[。！？]$/, '')), `${q} → ${s}`).toBe(false);
      for (const s of sentences.slice(1)) expect(s.startsWith('……'), `${q} → ${s}`).toBe(false);
    }
  });
});

describe('follow-ups in a thread', () => {
  async function converse(questions: string[]): Promise<Answer[]> {
    const history: ChatTurn[] = [];
    const answers: Answer[] = [];
    for (const q of questions) {
      const a = await answerQuestion(t.services, q, history);
      answers.push(a);
      history.push({ role: 'user', text: q }, { role: 'assistant', text: a.answer });
    }
    return answers;
  }

  it('resolves “那居民出了多少钱？” after a question about Xuchang funding', async () => {
    const [, a] = await converse(['许昌老旧小区改造的资金是怎么保障的？', '那居民出了多少钱？']);
    expect(a.standaloneQuestion).toContain('许昌');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('26万元');
    expect(a.citations[0].docId).toBe('xuchang_zx7-4_no104_2020');
  });

  it('stays on the conversation’s document for a bare “涉及多少户？”', async () => {
    const [, a] = await converse(['个旧金湖西路东侧老旧小区改造的建议怎么答复的？', '涉及多少户？']);
    expect(a.answer).toContain('6077户');
    expect(new Set(a.citations.map((c) => c.docId))).toEqual(new Set(['gejiu_rd17-6_no55_2021']));
  });

  it('answers “第二条具体怎么做的？” from section 二 of the document under discussion', async () => {
    const [first, a] = await converse(['许昌对老旧小区改造提案是怎么答复的？', '第二条具体怎么做的？']);
    expect(first.citations[0].docId).toBe('xuchang_zx7-4_no104_2020');
    expect(a.answered).toBe(true);
    expect(a.citations.every((c) => c.section.startsWith('二、'))).toBe(true);
  });
});

describe('personal data', () => {
  const rawCorpus = ['replies', 'policies']
    .flatMap((d) => {
      const dir = path.join(REPO_ROOT, 'corpus', d);
      return readdirSafe(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    })
    .join('\n');
  const mobiles = [...new Set(rawCorpus.match(/(?<!\d)1[3-9]\d{9}(?!\d)/g) ?? [])];

  it('refuses to give a proposer’s phone number', async () => {
    const a = await answerQuestion(t.services, '提案人郭瑞的手机号是多少？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('个人信息');
    expect(a.retrieved).toEqual([]);
  });

  it('never shows a mobile number from the feedback forms, even when the form is what matches', async () => {
    expect(mobiles.length).toBeGreaterThan(0);
    for (const q of ['政协提案办理情况征询意见表上提案者填了什么？', '君山区这份建议的承办人是谁，联系方式是什么？', '许昌提案答复的联系人是谁？']) {
      const a = await answerQuestion(t.services, q);
      const shown = JSON.stringify(a);
      for (const m of mobiles) expect(shown).not.toContain(m);
    }
  });
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
