// Whether a text is a proposal at all. Drafting a reply to "今天天气不错，我们去公园散步吧" or to a sports report
// helps nobody; short real proposals ("建议加快老旧小区改造进度。") must still pass.

import { letterFormParts } from '../../text/markers.js';

/** Tuning knobs of the proposal test. */
export const RECOGNISE_OPTIONS = {
  /** Distinct policy-domain words a text without a proposal header needs besides asking for something. */
  minDomainTerms: 1,
  /** Labelled fields of a citizen's request form (a hotline 工单, a 信访 or complaint record), or a letter's opening and close, that make it one. */
  minRequestFormFields: 2,
  /** Where header signals are looked for (characters from the start). */
  headChars: 3000,
};

/** Form or header signals: any one of them makes the text a proposal. */
const HEADER_SIGNALS: RegExp[] = [
  /关于[^。\n]{2,60}的(?:提案|建议|议案)/u,
  /(?:^|\n)\s*(?:案\s*由|提\s*案\s*人|领衔代表|附议代表|建议人|提案者|领衔提案人|【提案内容】|【建议内容】)/u,
  /第\s*[0-9０-９]+\s*号(?:提案|建议)/u,
  /(?:政协|人大)(?:委员|代表)|(?:委员|代表)(?:提出|建议|呼吁|联名)/u,
];
/**
 * Fields of a citizen's request form: a 12345 hotline 工单, a 信访 or complaint record. It asks for something on a
 * matter of policy too, but it is answered as a 工单 (办理回复), not as a proposal.
 */
const REQUEST_FORM_FIELD = /(?:^|\n)\s*(?:工单编号|工单号|来电时间|来电人|来电号码|诉求类型|诉求内容|转办单位|承办单位|办理时限|信访人|信访事项|投诉人|投诉内容|来信人|写信人|反映人)\s*[：:]/gu;
/** Words that ask for something. */
const ASKING = /建议|提案|议案|呼吁|希望|恳请|请求|提议|应当|应该|亟需|亟待|尽快|(?:^|[，,。；\n])\s*(?:要|应|请)(?=[加进推建完强落尽统明实规简增修解])/u;
/** Policy-domain words: what a bureau could be asked to act on. */
const POLICY_DOMAIN =
  /住房|住建|住宅|城建|城市|城乡|城镇|小区|社区|物业|改造|建设|规划|政策|政府|部门|机制|民生|群众|居民|设施|工程|交通|停车|环境|教育|医疗|养老|就业|产业|经济|财政|资金|补贴|补助|公积金|电梯|供水|排水|燃气|供暖|供热|污水|垃圾|绿化|道路|管网|农村|乡村|街道|棚户区|保障性|安置|拆迁|征收|房地产|租赁|消防|安全|监管|审批|治理|服务|管理|制度|标准|市场|企业|文化|旅游|生态|防汛|防涝|海绵城市|基础设施/gu;

/**
 * The request form's fields in the head, and the letter form's opening and close only beside one of them: a letter
 * with asks and no 来信人 line ("尊敬的…领导：…建议… 此致 敬礼") is a proposal written as a letter.
 */
function requestFormFields(head: string, text: string): number {
  const fields = (head.match(REQUEST_FORM_FIELD) ?? []).length;
  return fields > 0 ? fields + letterFormParts(text) : 0;
}

export interface ProposalSignals {
  header: boolean;
  requestFormFields: number;
  asking: boolean;
  domainTerms: number;
}

export function proposalSignals(text: string, options = RECOGNISE_OPTIONS): ProposalSignals {
  const head = text.slice(0, options.headChars);
  return {
    header: HEADER_SIGNALS.some((p) => p.test(head)),
    requestFormFields: requestFormFields(head, text),
    asking: ASKING.test(text),
    domainTerms: new Set(text.match(POLICY_DOMAIN) ?? []).size,
  };
}

/**
 * A proposal has a proposal's header (a title 关于…的提案/建议, a labelled proposer, a member or deputy named), or
 * asks for something on a matter of public policy and is no citizen's request form (工单, 信访).
 */
export function looksLikeProposal(text: string, options = RECOGNISE_OPTIONS): boolean {
  const s = proposalSignals(text, options);
  if (s.header) return true;
  return s.asking && s.domainTerms >= options.minDomainTerms && s.requestFormFields < options.minRequestFormFields;
}

export const NOT_A_PROPOSAL_MESSAGE =
  '抱歉，这段文字看起来不是提案或建议（没有找到提案标题、提案人或“建议……”等内容），因此没有起草答复。请粘贴提案/建议的正文，或上传提案文件。';
