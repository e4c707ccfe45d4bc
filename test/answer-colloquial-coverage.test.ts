// Colloquial questions the offline coverage check used to refuse though retrieval found the passage: the asker's
// everyday wording for a place or a thing no longer counts as a topic the documents lack. Near misses stay refused.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { autonomousPlaceForm } from '../src/text/places.js';
import { testLibrary } from './support/library.js';
import { REPO_ROOT } from './support/services.js';

describe('a county staff name by its plain suffix (清原县 for 清原满族自治县)', () => {
  const t = testLibrary();

  it('answers a complaint about parking in 清原县城 from the reply of 清原满族自治县', async () => {
    const a = await answerQuestion(t.services, '清原县城停车太难了，县里新划了多少车位？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('1000余个');
    expect(a.citations[0].docId).toMatch(/^qingyuan/);
  });

  it('reads 县/州/区 as an autonomous unit of the same name only, never as another unit or a non-place word', () => {
    expect(autonomousPlaceForm('长阳县', 'ns')?.test('长阳土家族自治县')).toBe(true);
    expect(autonomousPlaceForm('许昌县', 'ns')?.test('许昌市老旧小区')).toBe(false);
    expect(autonomousPlaceForm('示范区', 'n')).toBeUndefined();
  });

  it('still refuses 许昌县 when the documents are about 许昌市: another unit of the same name is another place', async () => {
    const a = await answerQuestion(t.services, '许昌县粮局小区海绵城市改造花了多少钱？');
    expect(a.answered, a.answer).toBe(false);
  });
});

describe('a spoken noun whose root the documents use (管子 beside 管道)', () => {
  const t = testLibrary({ corpus: path.join(REPO_ROOT, 'test/fixtures/eval/bureau2/corpus') });

  it('answers who pays for replacing old gas pipes asked as 燃气管子…钱谁出', async () => {
    const a = await answerQuestion(t.services, '燃气管子老了换管子钱谁出');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('燃气企业');
  });

  it('still refuses a spoken noun whose root no passage holds (罐子)', async () => {
    const a = await answerQuestion(t.services, '燃气罐子老了换罐子钱谁出');
    expect(a.answered, a.answer).toBe(false);
  });
});
