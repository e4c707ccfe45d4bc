// The spoken→official vocabulary (src/text/synonyms.txt) as a resident would notice it: questions in everyday words
// ("政府给多少", "楼下", "漏水", "找谁") are answered from documents that use the official words (财政补助, 低层住户,
// 屋面防水, 主管部门), and the spoken word is never named as a topic the library lacks. Questions the library cannot
// answer (another year, another place, a topic it never mentions) stay refused. Library and questions written for
// this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { getSynonyms } from '../src/text/synonyms.js';
import { libraryDocument, testLibrary } from './support/library.js';
import { createTestServices } from './support/services.js';

const RULES = libraryDocument({ title: '松川市既有住宅加装电梯和老旧小区改造实施细则' }, `松川市既有住宅加装电梯和老旧小区改造实施细则

一、加装电梯财政补助
2023年起，市级财政对完成加装并投入使用的电梯，每部给予财政补助12万元。

二、低层住户意见协调
低层住户对加装电梯提出异议的，由街道组织高低层住户协商，建设费用按楼层由高到低分摊，一层住户不分摊。

三、屋面防水维修
对屋面渗漏严重的住宅楼，纳入基础类改造内容，统一实施屋面防水维修。

五、居民出资
居民按房屋建筑面积每平方米不低于2元出资，最低生活保障家庭和特困供养人员家庭免予出资。

四、组织实施
区住房城乡建设部门为改造工作的主管部门，负责项目审查和质量监管。
`);

const PARKING = libraryDocument({ title: '松川市老旧小区停车设施建设的答复', kind: 'reply' }, `松川市老旧小区停车设施建设的答复

一、增设停车位
利用小区边角地和闲置空地增设停车位，2023年全市新增停车位600个。
`);

const files = {
  'songchuan_rules.txt': RULES,
  'songchuan_parking.txt': PARKING,
};
const t = testLibrary({ files });

describe('spoken questions answered from official wording', () => {
  it('answers 政府给多少 about a lift from the 财政补助 sentence, with its figure', async () => {
    const a = await answerQuestion(t.services, '装电梯政府给多少钱？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('12万元');
    expect(a.citations[0].docId).toBe('songchuan_rules');
  });

  it('answers 楼下的不同意 from the 低层住户 section', async () => {
    const a = await answerQuestion(t.services, '楼下的不同意装电梯怎么办？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('协商');
  });

  it('answers 房子漏水 from 屋面防水 instead of naming 漏水 as a missing topic', async () => {
    const a = await answerQuestion(t.services, '顶楼房子漏水，改造管不管？');
    expect(a.answer).not.toContain('“漏水”');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('防水');
  });

  it('answers a question made only of spoken words (顶楼, 漏水), none of which the documents write', async () => {
    const a = await answerQuestion(t.services, '顶楼漏水咋办？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('屋面防水');
  });
});

describe('a resident naming their household by its spoken name', () => {
  it('answers 低保户 from the 最低生活保障家庭 sentence instead of naming 低保户 as a missing topic', async () => {
    const a = await answerQuestion(t.services, '我家是低保户，改造那份钱还用交吗？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('免予出资');
  });
});

describe('spoken when-questions (啥时候) want a date', () => {
  it('answers 啥时候 from a sentence that gives the year', async () => {
    const a = await answerQuestion(t.services, '装电梯的财政补助啥时候开始有的？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('2023年');
  });

  it('refuses 啥时候 when the passage on the topic gives no date, rather than quoting it', async () => {
    const a = await answerQuestion(t.services, '屋面防水维修啥时候开工？');
    expect(a.answered, a.answer).toBe(false);
  });
});

describe('what the library cannot answer stays refused', () => {
  it('refuses the same spoken question for a year the library does not hold', async () => {
    const a = await answerQuestion(t.services, '2019年装电梯政府给多少钱？');
    expect(a.answered, a.answer).toBe(false);
  });

  it('refuses the same spoken question for a place the library never names', async () => {
    const a = await answerQuestion(t.services, '兰州装电梯政府给多少钱？');
    expect(a.answered, a.answer).toBe(false);
  });

  it('refuses a topic the library never mentions, asked in spoken words the vocabulary maps (老楼, 找哪个部门)', async () => {
    const a = await answerQuestion(t.services, '老楼里发现白蚁了，找哪个部门来灭？');
    expect(a.answered, a.answer).toBe(false);
  });

  it('refuses a spoken word whose official wording the library never uses (漏水 with no 防水 or 渗漏 anywhere)', async () => {
    const only = await createTestServices({ files: { 'songchuan_parking.txt': PARKING } });
    try {
      const a = await answerQuestion(only.services, '顶楼房子漏水，改造管不管？');
      expect(a.answered, a.answer).toBe(false);
    } finally {
      await only.cleanup();
    }
  });
});

describe('the vocabulary reads a word in its question', () => {
  it('gives the official wording for a word inside a spoken phrase, and none for a word that only contains a listed one', () => {
    expect(getSynonyms().wordingFor('出钱', '政府出钱吗')).toEqual(expect.arrayContaining(['财政补助']));
    expect(getSynonyms().wordingFor('楼下', '楼下的不同意')).toContain('低层住户');
    // "物业费" holds "物业" but is not 物业管理.
    expect(getSynonyms().wordingFor('物业费', '物业费多少')).not.toContain('物业管理');
  });

  it('reads 低保户 as the documents write it (最低生活保障) and the noise of 电钻, 砸墙 as 噪声', () => {
    expect(getSynonyms().wordingFor('低保户', '我家是低保户，那份钱还用交吗')).toContain('最低生活保障');
    expect(getSynonyms().wordingFor('电钻', '早上就听见电钻响')).toContain('噪声');
    expect(getSynonyms().wordingFor('砸墙', '中午还在砸墙')).toContain('噪声');
  });
});
