// A follow-up in the evaluation is asked in a thread as Slack holds it: each earlier question followed by the answer
// the engine gave it, so what a follow-up refers to in that answer ("它" = the one named) is there to be read.
import { describe, expect, it } from 'vitest';
import { runQaEval } from '../src/eval/run.js';
import type { Answer, ChatTurn, Searcher } from '../src/types.js';

const noSearch: Searcher = { search: async () => [], size: () => 0, chunksOf: () => [], embeddingsId: 'none' };

describe('a follow-up evaluated', () => {
  it('is asked after the engine’s own answers to the earlier questions', async () => {
    const asked: { question: string; history: ChatTurn[] }[] = [];
    const answer = async (question: string, history: ChatTurn[]): Promise<Answer> => {
      asked.push({ question, history });
      return { question, answered: true, answer: `答：${question}`, citations: [], retrieved: [], engine: { llm: 'offline', embeddings: 'none' } };
    };
    await runQaEval(
      [{ id: 'fu-1', question: '它得了多少分', answerable: false, match: 'any', docId: null, section: '', expect: [], history: ['哪个区得分最低', '是哪一年评的'] }],
      { answer, search: noSearch },
    );
    expect(asked.map((a) => a.question)).toEqual(['哪个区得分最低', '是哪一年评的', '它得了多少分']);
    expect(asked[2].history).toEqual([
      { role: 'user', text: '哪个区得分最低' },
      { role: 'assistant', text: '答：哪个区得分最低' },
      { role: 'user', text: '是哪一年评的' },
      { role: 'assistant', text: '答：是哪一年评的' },
    ]);
  });
});
