// Whether src/text/askedPerson.ts reads as it did at a commit (default 4f841d1): every exported function of both
// versions on generated strings (roles, labels, names incl. 复姓 / Latin / "·" names, table cells, punctuation,
// traditional characters), on every sentence of the eval corpora, and on the tune questions. Prints the count and
// the first differences. Usage: tsx bench/askedPersonSame.ts [N=100000] [commit]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as now from '../src/text/askedPerson.js';
import { loadSentencePool } from './synthetic.js';

const [n = 100_000, commit = '4f841d1'] = [Number(process.argv[2] ?? 100_000), process.argv[3]];
const oldFile = path.resolve('bench', `.askedPerson-${commit}.ts`);
const oldSource = execFileSync('git', ['show', `${commit}:src/text/askedPerson.ts`], { encoding: 'utf8' });
writeFileSync(oldFile, oldSource.replaceAll("from './", "from '../src/text/"));
const old = (await import(pathToFileURL(oldFile).href)) as typeof now;

let seed = 35;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const chars = (s: string) => [...s];

const ROLES = ['联系人', '负责人', '法定代表人', '签发人', '审核人', '执笔人', '经办人', '承办人', '提案人', '科长', '局长', '副局长', '常务副市长',
  '组长', '副组长', '主任', '书记', '总监', '记者', '网格员', '代表', '委员', '同志', '领导', '秘书长', '主持人', '责任人', '项目经理', '聯系人', '負責人', '組長', '局長'];
const SURNAMES = chars('王李张刘陈于任向应和同经禚乜仝昝佴逯蒯綦宓邝覃卜晏岑鄢冼陳張劉');
const COMPOUNDS = ['欧阳', '司马', '上官', '司空', '澹台', '闻人', '左丘', '公孙', '歐陽'];
const GIVEN = chars('明海涛建国晓川远舟一苇南枝立言秀梅星河岚平红静鑫纬东强群雨志英帆晴野國偉');
const WORDS = ['社会', '本月', '待定', '工作人员', '保洁队员', '全国人大', '房管科', '另行通知', '宣传科', '日常', '巡查', '确定', '某某', '领导小组', '组长单位', '代表团', '系统'];
const UNITS = ['县住建局', '物业科', '区住建局', '某某党派市委员会', '县建设投资公司', '服务中心', '街道办', '縣住建局', '市', '县'];
const GLUE = ['：', ':', ' ', '　', '｜', '|', '，', '。', '；', '、', '\n', '（', '）', '(', ')', '由', '为', '是', '系', '任', '担任', '兼任', '的', '等5名',
  '等', '负责', '主持', '与', '联系', '及电话：', '请', '经', '为', '為', '擔任', '姓名｜职务\n', '电话0871-5550123', '签发', '审核', '执笔', '联系', '·', '副'];
const LATIN = ['Anna Li', "O'Brien", 'John Smith', 'Li'];

function name(): string {
  const r = rand();
  if (r < 0.08) return pick(LATIN);
  if (r < 0.13) return `${pick(['小', '老'])}${pick(SURNAMES)}`;
  if (r < 0.18) return pick(['某某', '买买提·艾力', '罗布次仁', '巴图·额尔敦']);
  const surname = r < 0.4 ? pick(COMPOUNDS) : pick(SURNAMES);
  const given = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => pick(GIVEN)).join('');
  return rand() < 0.06 ? `${surname} ${given}` : surname + given;
}

const PIECES: (() => string)[] = [() => pick(ROLES), name, () => pick(WORDS), () => pick(UNITS), () => pick(GLUE), () => pick(GLUE)];
function text(): string {
  return Array.from({ length: 2 + Math.floor(rand() * 9) }, () => pick(PIECES)()).join('');
}
function question(): string {
  return `${rand() < 0.5 ? pick(UNITS) : ''}${rand() < 0.3 ? '的' : ''}${pick(ROLES)}${pick(['是谁', '叫什么名字', '姓什么', '是哪位领导', '是谁呢？', '的名字', '由谁担任', '是谁主持的', '在哪', ''])}${rand() < 0.2 ? pick(['哪位代表提的', '哪位委员领衔的', '哪位领导审签的']) : ''}`;
}

let compared = 0;
let named = 0;
const differences: string[] = [];
function same(label: string, a: unknown, b: unknown): void {
  compared++;
  if (a === true && label.startsWith('namesPersonFor')) named++;
  if (a !== b && differences.length < 20) differences.push(`${label}: old ${String(a)} new ${String(b)}`);
}
function compareOn(q: string, t: string, role: string): void {
  same(`personRoleAsked(${q})`, old.personRoleAsked(q), now.personRoleAsked(q));
  same(`lacksAskedPerson(${q}, ${t})`, old.lacksAskedPerson(q, t), now.lacksAskedPerson(q, t));
  same(`namesPersonFor(${role}, ${t})`, old.namesPersonFor(role, t), now.namesPersonFor(role, t));
  const from = Math.floor(rand() * t.length);
  const part = t.slice(from, from + 2 + Math.floor(rand() * 7));
  same(`readsAsName(${part})`, old.readsAsName(part), now.readsAsName(part));
  same(`fillsNameSlot(${part})`, old.fillsNameSlot(part), now.fillsNameSlot(part));
}

try {
  for (let i = 0; i < n; i++) compareOn(question(), text(), pick(ROLES));
  const generated = compared;
  const generatedNamed = named;
  const evalDir = 'test/fixtures/eval';
  const sets = readdirSync(evalDir).filter((d) => /^bureau\d+$/u.test(d));
  const tuneQuestions: string[] = [];
  for (const file of ['qa-v2.jsonl', ...sets.map((d) => `${d}/qa.jsonl`)]) {
    for (const line of readFileSync(path.join(evalDir, file), 'utf8').split('\n').filter(Boolean)) {
      const item = JSON.parse(line) as { question: string; split?: string };
      if (item.split === 'tune') tuneQuestions.push(item.question);
    }
  }
  const asking = tuneQuestions.filter((q) => now.personRoleAsked(q) || old.personRoleAsked(q));
  for (const set of sets) {
    for (const sentence of (await loadSentencePool(path.join(evalDir, set, 'corpus'))).sentences) {
      const roles = ROLES.filter((r) => sentence.includes(r));
      compareOn(pick(tuneQuestions), sentence, pick(ROLES));
      for (const role of roles) same(`namesPersonFor(${role}, ${sentence})`, old.namesPersonFor(role, sentence), now.namesPersonFor(role, sentence));
      for (const q of asking) same(`lacksAskedPerson(${q}, ${sentence})`, old.lacksAskedPerson(q, sentence), now.lacksAskedPerson(q, sentence));
    }
  }
  for (const q of tuneQuestions) same(`personRoleAsked(${q})`, old.personRoleAsked(q), now.personRoleAsked(q));
  console.log(`${n} generated inputs (${generated} comparisons, a person named in ${generatedNamed}), ${compared - generated} more on corpus sentences and ${tuneQuestions.length} tune questions (${asking.length} asking a person by role)`);
  console.log(differences.length ? differences.join('\n') : 'no difference');
} finally {
  rmSync(oldFile, { force: true });
}
