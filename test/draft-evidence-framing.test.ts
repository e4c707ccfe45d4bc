// A quote must state what the suggestion asks about, not only mention it in the clause framing the statement (issue
// #11, off-topic citations): "结合县城道路管网改造工程，在县城内各街路增画1000余个停车位" is about 停车位, and was quoted
// under "加快老旧供暖管网改造" for the 管网改造 of its 结合 clause.
import { describe, expect, it } from 'vitest';
import { statedPart } from '../src/draft/quotable.js';

describe('the statement, not its framing clause', () => {
  it('reads the statement after its occasion, basis and aim, and keeps a sentence that is only framing', () => {
    expect(statedPart('为了解决停车难的问题，我局已按照县政府的统一安排部署，结合县城道路管网改造工程，在县城内各街路增画1000余个停车位。')).toBe('在县城内各街路增画1000余个停车位。');
    expect(statedPart('结合改造新增托老站')).toBe('结合改造新增托老站');
    expect(statedPart('按照《办法》，对加装电梯给予每台15万元补助。')).toBe('对加装电梯给予每台15万元补助。');
  });
});
