import { answerQuestion } from '../src/answer/index.js';
import { createTestServices } from '../test/support/services.js';
import type { ChatTurn } from '../src/types.js';
const { services, cleanup } = await createTestServices();
const convs = [
  ['许昌老旧小区改造的资金是怎么保障的？', '那居民出了多少钱？'],
  ['许昌对老旧小区改造提案是怎么答复的？', '第二条具体怎么做的？'],
  ['清原县停车难问题怎么解决的？', '那私装地锁呢？'],
  ['兴庆区2019年老旧小区改造计划投入多少钱？', '第一期改造了多少个小区？'],
  ['个旧金湖西路东侧老旧小区改造的建议怎么答复的？', '涉及多少户？'],
  ['许昌老旧小区改造的资金是怎么保障的？', '提案人郭瑞的手机号是多少？'],
];
for (const c of convs) {
  const history: ChatTurn[] = [];
  for (const q of c) {
    const a = await answerQuestion(services, q, history);
    console.log('Q:', q, '| standalone:', a.standaloneQuestion, '\nA:', a.answered, a.answer.slice(0, 250).replace(/\n/g, ' '), a.citations.map((x) => x.docId + ' ' + x.section).join(' ; '));
    history.push({ role: 'user', text: q }, { role: 'assistant', text: a.answer });
  }
  console.log('---');
}
await cleanup();
