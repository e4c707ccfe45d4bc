// A person asked by the role they hold ("联系人叫什么名字", "科长是谁"): a sentence saying the role again tells what
// kind of person, not who, and is refused; a sentence naming someone in the role answers as before, whatever the
// surname (rare single ones, compound ones) and however the name is set beside the role. Invented text throughout.
import { describe, expect, it } from 'vitest';
import { answerExtractively, questionFocus } from '../src/answer/offline/index.js';
import type { Passage } from '../src/grounding/passages.js';
import { lacksAskedPerson, namesPersonFor, personRoleAsked, readsAsName } from '../src/text/askedPerson.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import { makeChunk } from './support/services.js';

/** The offline answer from one invented passage holding `text`. */
function answerFrom(question: string, text: string) {
  const chunk = makeChunk({ docId: 'lx-gz', title: '岚溪县老旧小区改造工作情况', kind: 'policy', sectionPath: '二、工作开展情况', text }, 0);
  const passages: Passage[] = [{ n: 1, chunk, score: 1 }];
  const tokenizer = getTokenizer();
  return answerExtractively(tokenizer, questionFocus(tokenizer, question), passages, { chunksOf: () => [chunk] });
}

describe('a person asked by role', () => {
  it('reads the role asked, not who did something nor who holds an office', () => {
    expect(personRoleAsked('岚溪县执法联系点的联系人叫什么名字')).toBe('联系人');
    expect(personRoleAsked('负责外墙改造的科长是谁呀')).toBe('科长');
    expect(personRoleAsked('这条建议是哪位代表提的')).toBe('代表');
    expect(personRoleAsked('监理公司的项目总监姓什么')).toBe('总监');
    expect(personRoleAsked('领导小组组长由谁担任')).toBeUndefined();
    expect(personRoleAsked('那次协调会是谁主持的')).toBeUndefined();
  });

  it('is refused when the sentence only says the role ("明确1名队员为联系人")', () => {
    const q = '岚溪县执法联系点的联系人叫什么名字';
    expect(answerFrom(q, '每个执法联系点明确1名执法队员为联系人，每周到小区巡查不少于2次。').answered).toBe(false);
    expect(answerFrom('外墙改造项目的科长是谁', '外墙改造项目由城建科负责，科长牵头协调施工进度。').answered).toBe(false);
    expect(lacksAskedPerson('监理公司的项目总监是谁', '监理单位：岚溪工程监理有限公司。')).toBe(true);
  });

  it('answers when a name stands in the role, whatever the surname', () => {
    expect(answerFrom('岚溪县执法联系点的联系人叫什么名字', '每个执法联系点的联系人为执法队员，北苑联系点联系人：县城管执法局二中队 亓星河，电话0871-5550123。').answer).toContain('亓星河');
    expect(answerFrom('外墙改造项目的科长是谁', '外墙改造项目由城建科负责，城建科科长仝立新牵头协调施工进度。').answer).toContain('仝立新');
    expect(lacksAskedPerson('监理公司的项目总监是谁', '项目总监禚望舒每周到现场检查一次。')).toBe(false);
    expect(lacksAskedPerson('专班的副组长是谁', '由分管副县长任组长，县住建局局长郄晓川任副组长。')).toBe(false);
    expect(lacksAskedPerson('视察组的组长是谁', '组长：昝一苇（县政协副主席）。')).toBe(false);
    expect(lacksAskedPerson('那篇报道的记者是谁', '记者 佴南枝')).toBe(false);
    expect(lacksAskedPerson('运营公司的法定代表人是谁', '公司法定代表人：司空远帆。')).toBe(false);
    expect(lacksAskedPerson('这条建议是哪位代表提的', '澹台晴川代表：')).toBe(false);
    expect(lacksAskedPerson('这件提案是哪位委员领衔的', '面商时，领衔委员桓野提出希望公开改造进度。')).toBe(false);
    expect(lacksAskedPerson('那份复函是哪位领导审签的', '此复函已经我局逯川局长审签。')).toBe(false);
    expect(lacksAskedPerson('这条建议是哪位代表提的', '蒯南星等4名代表')).toBe(false);
    expect(lacksAskedPerson('工作专班的组长是谁', '成立工作专班，组长由分管副县长綦立言担任。')).toBe(false);
    expect(lacksAskedPerson('征询的联系人是谁', '联系人及电话：冼晓东 0871-5550199')).toBe(false);
    expect(lacksAskedPerson('那个网格员叫什么名字', '网格员小邝每天到楼栋巡查。')).toBe(false);
    expect(lacksAskedPerson('社区书记叫什么名字', '社区党委书记、居委会主任宓秀梅介绍了改造经过。')).toBe(false);
    expect(lacksAskedPerson('这件提案的提案人是谁', '提案人：某某党派岚溪县委员会')).toBe(false);
  });

  it('takes an office holding the role as saying who ("组长由分管副县长担任")', () => {
    expect(namesPersonFor('组长', '县政府成立领导小组，组长由分管副县长担任。')).toBe(true);
    expect(namesPersonFor('组长', '由县长任组长，分管副县长任副组长。')).toBe(true);
    expect(namesPersonFor('负责人', '项目负责人：县住建局副局长。')).toBe(true);
  });

  it('reads names by their make-up, not ordinary words', () => {
    for (const name of ['乜鸿远', '仝立新', '禚海澄', '司空望川', '澹台映雪', '欧阳晨']) expect(readsAsName(name)).toBe(true);
    for (const word of ['确定', '日常', '执法', '市住房', '分管副']) expect(readsAsName(word)).toBe(false);
  });
});
