import { answerQuestion } from '../src/answer/index.js';
import { createTestServices } from '../test/support/services.js';
let last: any = null;
const logger: any = { debug: (o: any) => { if (o?.evidence) last = o.evidence; }, info() {}, warn() {}, error() {}, trace() {}, fatal() {}, child() { return logger; } };
const { services, cleanup } = await createTestServices({ logger });
const qs = [
  '许昌市2020年的老旧小区改造目标是多少个？', '北碚的绿地土地权属归谁？', '牡丹江改造建筑面积多少万平方米？', '清原改造范围包括哪些小区？',
  '临湘的提案答复联系电话？', '君山区的承办人是谁？', '什么是城镇老旧小区？', '老旧小区改造的基础类包括什么？', '许昌怎么发挥居民的主体作用？',
  '--- unanswerable:',
  '许昌市老旧小区加装电梯的补贴标准是多少？', '牡丹江2023年计划改造多少个小区？', '兴庆区第三期改造了多少个小区？', '北京市老旧小区改造补贴标准？',
  '个旧市2022年改造了多少户？', '老旧小区改造中如何处理违章建筑的罚款？', '房屋征收补偿怎么计算？', '公租房申请条件是什么？',
];
for (const q of qs) {
  if (q.startsWith('---')) { console.log(q); continue; }
  const a = await answerQuestion(services, q);
  console.log(a.answered ? 'Y' : 'N', JSON.stringify(last), q, '\n   ', a.answer.slice(0, 160).replace(/\n/g, ' '));
}
await cleanup();
