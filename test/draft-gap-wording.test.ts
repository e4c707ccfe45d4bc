// The gap a draft leaves for the bureau's own work names the suggestion's topic; a topic that opens with 在 is not
// given a second one ("我局在在老旧小区内…").
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { makeChunk, servicesOverChunks } from './support/services.js';

describe('the gap left for work done', () => {
  it('does not repeat 在 when the suggestion opens with it ("我局在老旧小区内统一加装电梯方面", not "我局在在…")', async () => {
    const filler = Array.from({ length: 6 }, (_, i) =>
      makeChunk({ docId: `brief_${i}`, kind: 'policy', title: `工作简报${i + 1}`, sectionPath: '', text: `第${i + 1}批项目按计划推进。` }, 0),
    );
    const result = await draftReply(servicesOverChunks(filler, { stats: true }), { text: '关于老旧小区适老化改造的建议\n\n代表：刘志勇\n\n建议在老旧小区内统一加装电梯，方便老年人出行。' });
    const text = result.draft!.sections[0].paragraphs.join('');
    expect(text).toContain('我局在老旧小区内统一加装电梯方面已开展的工作');
    expect(text).not.toContain('在在');
  });
});
