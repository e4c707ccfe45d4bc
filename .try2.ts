import { parseProposal } from './src/draft/parseProposal.js';
const cases: Record<string, string> = {
 multi: '关于老旧小区改造的提案\n提案人：李四\n一、基本情况\n我市老旧小区多。\n二、存在的主要问题\n（一）资金不足。缺口大。\n（二）居民参与度低。\n三、意见建议\n（一）加大资金投入。整合各类资金。\n（二）发动居民参与。成立议事会。\n四、结语\n老旧小区改造意义重大。',
 nested: '关于加强物业管理的提案\n提案人：王五\n物业服务问题较多。建议如下：\n一、加强规划引领\n1.编制专项规划。\n2.明确时间表。\n二、加大资金投入\n1.设立专项资金。\n2.引入社会资本。',
 numcomma: '关于充电桩建设的提案\n提案人：赵六\n电动车充电难。对此，建议：1、在小区增设集中充电设施；2、规范飞线充电管理；3、落实消防安全责任。',
 labelled: '【提案标题】关于小区绿化的提案\n【提案人】孙七\n【提案背景】\n部分小区绿化缺失。\n【提案建议】\n一是补种绿植；二是建立养护机制。\n【办理情况】\n已办理。',
 problemOnly: '关于背街小巷整治的提案\n提案人：周八\n目前背街小巷存在三个问题：一是路面破损，二是照明不足，三是管线杂乱。',
 gap: '关于加快城中村改造的提案\n提案人：吴九\n城中村问题突出。\n\n建议：\n\n1. 科学编制改造规划。\n\n2. 创新融资模式。\n\n以上建议请采纳。',
};
for (const [k, t] of Object.entries(cases)) { const p = parseProposal(t); console.log(k, p.notice ?? '', JSON.stringify(p.suggestions.map((s) => [s.topic, s.text.slice(0, 40)]))); }
