// A news report's "某某建议，…；进一步…；设立…。" gives one suggestion per clause, and what the proposer "表示" after it
// (a hope, the report going on) is none. Prose that numbers only 首先…最后 gives each asking paragraph between them a
// section; a paragraph that says what a body is and then what it should do is headed by the body and its duty.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';

describe('asks in a news report', () => {
  it('splits the reported asks at semicolons and leaves out the quote after them', () => {
    const { suggestions } = parseProposal(
      '委员建言：让小区停车不再难\n\n本报讯（记者　李明）在市政协会议上，市政协委员张华提交了《关于缓解老旧小区停车难的提案》。\n\n张华在调研中发现，老旧小区车位严重不足，乱停乱放现象普遍。\n\n为此，张华建议，合理挖潜增设停车位，利用边角空地建设停车场；进一步推行错时共享停车，开放机关单位停车场；加强小区停车秩序管理，规范收费。\n\n张华表示，停车难是群众身边的烦心事，希望相关部门多想办法，让居民停车更方便。',
    );
    expect(suggestions.map((s) => s.topic)).toEqual(['合理挖潜增设停车位', '进一步推行错时共享停车', '加强小区停车秩序管理，规范收费']);
  });
});

describe('prose numbered only 首先…最后', () => {
  it('gives each asking paragraph between them a suggestion of its own', () => {
    const { suggestions } = parseProposal(
      '关于加强老旧小区管网改造的提案\n\n王强、李丽委员\n\n老旧小区管网老化，跑冒滴漏时有发生，居民反映强烈。\n\n我们认为，首先要摸清管网底数。对每个小区的供水、排水、燃气管网逐一排查，建立台账。\n\n燃气、供水、供电等专业经营单位是管网的产权人，应当承担其管网的改造费用，改造后由其负责维护。\n\n还应建立管网改造信息共享机制，避免道路反复开挖。\n\n最后，要加强改造后的日常巡查。',
    );
    expect(suggestions.map((s) => s.topic)).toEqual(['摸清管网底数', '专业经营单位承担其管网的改造费用', '建立管网改造信息共享机制', '加强改造后的日常巡查']);
  });
});
