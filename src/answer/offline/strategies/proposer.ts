// "这条建议是哪位代表提的？": a reply names its proposer in its salutation ("李丽代表:", "陈以平委员："), a line too short
// to be scored as a sentence; a question asking who proposed is answered with it.
import { splitSentences } from '../../../text/sentences.js';
import { RECEIPT_NAMING_PROPOSER } from '../../../text/markers.js';
import { CN_DIGIT_CHARS } from '../../../text/numerals.js';
import type { Passage } from '../../../grounding/passages.js';
import type { Evidence } from '../answerability.js';
import { chunksOfDocument, composeWithAdded, passageRegistry, type ExtractiveAnswer } from '../compose.js';
import type { ExtractiveOptions } from '../scoring.js';

/**
 * Whom a reply or a letter is addressed to ("…6号是答复给谁的", "…16号函是报给哪个单位的", "…这份会办意见是发给哪个单位的"):
 * its salutation names them, a person or a body alike. A document named just before 是 is what is sent: not whom money,
 * materials or a plan go to ("补助资金是发给谁的", "申请材料是报送给哪个部门的"), nor whom to answer ("投诉应该回复谁").
 */
const ASKS_FOR_ADDRESSEE = /(?:号|函|答复|复函|意见|报告|请示)[^，,。？?]{0,8}?是(?:答复|回复|复函|报送?|呈报|发|送|致)给(?:谁|哪位|哪个单位|哪家单位|哪个部门)/u;

/**
 * Questions asking who made the proposal or suggestion a reply answers ("…7号是答复谁的", "…是答复哪个单位的", "…答复的
 * 是哪位"), or whom it is addressed to (ASKS_FOR_ADDRESSEE); not whom to answer ("投诉应该回复谁").
 */
export const ASKS_FOR_PROPOSER = new RegExp(
  `(?:哪位|哪个|哪些|哪几位|谁)[^，,。？?]{0,3}(?:代表|委员)|(?:代表|委员|提案人|建议人)是谁|谁提的|谁提出|由谁提|哪位[^，,。？?]{0,8}提的|(?:是(?:答复|回复)|(?:答复|回复)的是)(?:谁|哪位|哪个单位|哪家单位)|${ASKS_FOR_ADDRESSEE.source}`,
  'u',
);
/**
 * "…是答复哪个单位的": the proposer asked is a body (a party's committee, a society), addressed by its name alone; so may
 * be the addressee asked ("九三学社某县支社：", "某市住房和城乡建设局：").
 */
const ASKS_FOR_PROPOSING_BODY = new RegExp(`哪个单位|哪家单位|哪个党派|哪个团体|${ASKS_FOR_ADDRESSEE.source}`, 'u');
/** A body's salutation: its name alone on the line, ending in a colon ("民盟A市委："); not a form's label ("附件："). */
const BODY_SALUTATION = /^(?!附件|说明|备注|联系|电话|抄送|主送|地址)\p{Script=Han}{3,20}\s*[:：]$/u;
/** One addressee: a name with 代表/委员 (同志), or the first of several ("王某等5名代表"). */
const ADDRESSEE = `\\p{Script=Han}{2,4}(?:等\\s*[\\d${CN_DIGIT_CHARS}]+\\s*[名位])?(?:代表|委员)(?:同志)?`;
/** A salutation: one or more addressees, names may share one role word ("郭瑞、王勇、张金国委员："), ending in a colon. */
const SALUTATION = new RegExp(`^(?:\\p{Script=Han}{2,4}[、，,和])*${ADDRESSEE}(?:[、，,和]${ADDRESSEE})*\\s*[:：]$`, 'u');
/** The salutation sits in a reply's opening chunks. */
const OPENING_CHUNKS = 3;

/** The salutation of the document the best evidence comes from, when the question asks who proposed. */
export function answerWithProposer(question: string, docId: string, passages: Passage[], options: ExtractiveOptions, evidence: Evidence): ExtractiveAnswer | undefined {
  if (!ASKS_FOR_PROPOSER.test(question)) return undefined;
  const chunks = [...chunksOfDocument(docId, passages, options.chunksOf)].sort((a, b) => a.ordinal - b.ordinal).slice(0, OPENING_CHUNKS);
  const { passageOf, added } = passageRegistry(passages);
  const salutation = ASKS_FOR_PROPOSING_BODY.test(question) ? (l: string) => SALUTATION.test(l) || BODY_SALUTATION.test(l) : (l: string) => SALUTATION.test(l);
  for (const chunk of chunks) {
    const line = chunk.text.split(/\r?\n/).map((l) => l.trim()).find(salutation);
    if (line) return composeWithAdded([[{ passage: passageOf(chunk), text: line.replace(/\s*[:：]$/u, '') }]], passages, added, evidence);
  }
  // Without a salutation line, a sentence that opens with one ("李丽代表：您提出的…"), else the receipt sentence naming them.
  for (const opens of [(x: string) => new RegExp(`^${ADDRESSEE}[:：]`, 'u').test(x), (x: string) => RECEIPT_NAMING_PROPOSER.test(x)]) {
    for (const chunk of chunks) {
      const s = splitSentences(chunk.text).find((x) => opens(x.text));
      if (s) return composeWithAdded([[{ passage: passageOf(chunk), text: s.text }]], passages, added, evidence);
    }
  }
  return undefined;
}
