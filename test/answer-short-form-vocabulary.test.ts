// Short and spoken forms a question uses where documents write the full or written form (src/text/synonyms.txt):
// "质保金" for 质量保证金, "合同范本" for 示范文本, "国企" for 国有企业, "空着" for 空置. The short form is not a topic the
// library lacks: the question is answered from the document writing it in full. Library and questions written for this
// test.
import { describe, expect, it } from 'vitest';
import { getSynonyms } from '../src/text/synonyms.js';
import { libraryDocument, testLibrary } from './support/library.js';

const CONTRACT = libraryDocument({ title: '柏川市老旧小区改造工程施工合同（示范文本）' }, `柏川市老旧小区改造工程施工合同（示范文本）

第6条 质量保证金
发包人按结算价款的4%预留质量保证金，保修期满3年后无质量问题的，20日内退还。

第7条 工期
承包人应当在合同约定的工期内完工，因居民协调延误的工期相应顺延。
`);

const SERVICE = libraryDocument({ title: '柏川市住宅物业服务收费管理办法' }, `柏川市住宅物业服务收费管理办法

一、空置房屋
房屋交付后连续空置满4个月的，按收费标准的60%交纳物业服务费。

二、托管小区
暂无物业的老旧小区由国有企业托管，托管费每平方米每月0.4元。
`);

const t = testLibrary({ files: { 'baichuan_contract.txt': CONTRACT, 'baichuan_service.txt': SERVICE } });

describe('a short or spoken form the documents write in full', () => {
  it("adds the written form the vocabulary gives", () => {
    const synonyms = getSynonyms();
    expect(synonyms.wordingFor('质保金', '质保金扣几个点')).toContain('质量保证金');
    expect(synonyms.wordingFor('国企', '交给国企管的老小区')).toContain('国有企业');
    expect(synonyms.wordingFor('空着', '那套房一直空着')).toContain('空置');
  });

  it("is answered from the contract that writes 质量保证金 in its 示范文本", async () => {
    const a = await t.ask('合同范本中质保金预留多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('4%');
  });

  it("is answered from the rules that write 空置 and 国有企业", async () => {
    const empty = await t.ask('房屋空着，物业费按多少交？');
    expect(empty.answered).toBe(true);
    expect(empty.answer).toContain('60%');
    const managed = await t.ask('国企托管的老旧小区每平方米托管费是多少？');
    expect(managed.answered).toBe(true);
    expect(managed.answer).toContain('0.4元');
  });
});
