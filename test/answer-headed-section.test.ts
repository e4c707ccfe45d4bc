// "实施细则里提升类都包括什么？": a section whose heading the question names (（三）提升类) holds the items asked, not
// the sentence elsewhere that lists the kinds ("分为基础类、完善类、提升类"). Library written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const RULES = libraryDocument({ title: '松川市城镇老旧小区改造实施细则' }, `松川市城镇老旧小区改造实施细则

一、改造内容

（一）基础类
改造提升供水、排水、供电、道路、消防等基础设施，对屋面、外墙等公共部位进行维修。

（二）完善类
改造建设环境及配套设施，整治小区绿化和照明，有条件的楼栋可加装电梯。

（三）提升类
丰富社区服务供给，改造或建设社区综合服务设施、养老、托育、助餐等公共服务设施。
`);

const READING = libraryDocument({ title: '《松川市城镇老旧小区改造实施细则》政策解读' }, `《松川市城镇老旧小区改造实施细则》政策解读

一、主要亮点
将改造内容分为基础类、完善类、提升类三类，基础类应改尽改，完善类和提升类由居民协商确定。
`);

const t = testLibrary({ files: { 'rules.txt': RULES, 'reading.txt': READING } });

describe('a section named by its heading', () => {
  it('answers "提升类都包括什么" from the section headed 提升类', async () => {
    for (const q of ['实施细则改造内容里的提升类都包括什么？', '提升类改造包括哪些？']) {
      const answer = await answerQuestion(t.services, q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toContain('养老');
      expect(answer.citations[0]?.section, q).toContain('提升类');
    }
  });
});
