// A question naming a document by its 文号 and asking what one of its sections says: the document's untitled opening
// (title, 文号, addressee, preamble) matches the name and the topic, but the answer is in the section right after it in
// the ranking, which now comes first. Another document's chunk is never moved, and a titled first candidate stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HybridSearcher } from '../src/retrieval/hybridSearch.js';
import { titledSectionFirst } from '../src/retrieval/titledSectionFirst.js';
import { smallLibrary, type SmallLibrary } from './support/smallLibrary.js';

const REPLY = [
  '---',
  'title: "乙市住房和城乡建设局关于丙区加装电梯补助申请的复函"',
  'number: "乙住建函〔2031〕8号"',
  'kind: "reply"',
  '---',
  '',
  '乙市住房和城乡建设局关于丙区加装电梯补助申请的复函',
  '',
  '乙住建函〔2031〕8号',
  '',
  '丙区住房和城乡建设局：',
  '你局《关于申请丙区既有住宅加装电梯补助资金的请示》（丙住建〔2031〕3号）收悉。你局报来的加装电梯补助申请涉及12个小区、36台电梯，申请市级补助资金432万元。经研究，现就丙区加装电梯补助申请复函如下：',
  '',
  '一、关于补助标准',
  '同意按每台12万元给予补助，不再另行追加。',
  '',
  '二、关于资金拨付',
  '补助资金由市财政于6月30日前拨付到区财政。',
  '',
  '三、其他',
  '请你局做好施工安全监管。',
].join('\n');

const GUIDE = [
  '---',
  'title: "丁市既有住宅加装电梯工作指引"',
  'kind: "policy"',
  '---',
  '',
  '一、适用范围',
  '本指引适用于丁市城镇范围内四层及以上、未设电梯的既有住宅。',
  '',
  '二、补助标准',
  '加装电梯的，市级按每台10万元给予补助。',
].join('\n');

describe("a document's untitled opening yields to its titled section", () => {
  let library: SmallLibrary;
  let searcher: HybridSearcher;
  beforeAll(async () => {
    library = await smallLibrary({ reply: REPLY, guide: GUIDE }, 'replies');
    searcher = library.searcher;
  });
  afterAll(() => library.dispose());

  const first = async (question: string, titledSectionDepth?: number) =>
    (await searcher.search(question, { k: 3, tuning: { askedKindDepth: 0, ...(titledSectionDepth === undefined ? {} : { titledSectionDepth }) } }))[0].chunk;

  it("puts the named document's section before its opening", async () => {
    const off = await first('乙住建函〔2031〕8号对丙区申请的加装电梯补助是怎么答复的', 0);
    expect([off.docId, off.sectionPath]).toEqual(['reply', '']);
    const on = await first('乙住建函〔2031〕8号对丙区申请的加装电梯补助是怎么答复的');
    expect([on.docId, on.sectionPath]).toEqual(['reply', '一、关于补助标准']);
  });
});

describe('titledSectionFirst', () => {
  const of = { docId: (c: { doc: string; path: string }) => c.doc, sectionPath: (c: { doc: string; path: string }) => c.path };
  const head = { doc: 'a', path: '' };
  const section = { doc: 'a', path: '二、资金拨付' };
  const other = { doc: 'b', path: '一、补助标准' };

  it("moves the same document's titled section within the depth ahead of the untitled chunk", () => {
    expect(titledSectionFirst([head, section, other], 2, of)).toEqual([section, head, other]);
  });

  it("never passes another document's chunk over it", () => {
    expect(titledSectionFirst([head, other, section], 2, of)).toEqual([head, other, section]);
  });

  it('leaves a titled first candidate, and everything at depth 0', () => {
    expect(titledSectionFirst([other, head, section], 2, of)).toEqual([other, head, section]);
    expect(titledSectionFirst([head, section, other], 0, of)).toEqual([head, section, other]);
  });
});
