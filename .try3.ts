import { parseProposal } from './src/draft/parseProposal.js';
import { getTokenizer } from './src/retrieval/tokenizer.js';
const p = parseProposal('为此建议：一是加大补贴力度；二是简化审批；三是建立加装电梯维保长效机制，\n由专业维保单位负责后期维护。');
console.log(p.suggestions.map((s) => s.text), p.notice);
console.log(getTokenizer().cut('在老旧小区改造中同步实施雨污分流改造'), getTokenizer().cut('在小区增设集中充电设施'));
