// Whether a text is a proposal at all. Drafting a reply to "今天天气不错，我们去公园散步吧" or to a sports report
// helps nobody; short real proposals ("建议加快老旧小区改造进度。") must still pass.

import { asksForSomething } from '../../text/clauses.js';
import {
  hasProposalFields,
  hasProposalHeader,
  isTitledAsRecord,
  isWrittenAsOtherDocument,
  letterFormParts,
  questionSentenceShare,
  reportsOwnWork,
  requestFormFieldCount,
  speaksOfOwnHousehold,
  titleLinesOf,
} from '../../text/markers.js';
import { policyDomainWordCount } from '../../text/topicWords.js';

/** Tuning knobs of the proposal test. */
export const RECOGNISE_OPTIONS = {
  /** Distinct policy-domain words a text without a proposal header needs besides asking for something. */
  minDomainTerms: 1,
  /** Labelled fields of a citizen's request form (a hotline 工单, a 信访 or complaint record), or a letter's opening and close, that make it one. */
  minRequestFormFields: 2,
  /** First non-empty lines a title may stand on (the issuing body's name, then the title, then its number). */
  titleLines: 3,
  /** Where header signals are looked for (characters from the start). */
  headChars: 3000,
  /** Questions (？) a list of questions to the bureau (an interview outline) has at least… */
  minOutlineQuestions: 2,
  /** …and the share of its sentences they are at least: a proposal asks, it does not question. */
  minOutlineQuestionShare: 0.5,
};

/** Whether a text is mostly questions put to the bureau (an interview or survey outline), not asks ("能否…？" asks). */
function isListOfQuestions(text: string, options: typeof RECOGNISE_OPTIONS): boolean {
  const { sentences, questions } = questionSentenceShare(text);
  return questions >= options.minOutlineQuestions && questions >= sentences * options.minOutlineQuestionShare;
}

/**
 * The request form's fields in the head, and the letter form's opening and close only beside one of them: a letter
 * with asks and no 来信人 line ("尊敬的…领导：…建议… 此致 敬礼") is a proposal written as a letter.
 */
function requestFormFields(head: string, text: string): number {
  const fields = requestFormFieldCount(head);
  return fields > 0 ? fields + letterFormParts(text) : 0;
}

export interface ProposalSignals {
  header: boolean;
  /** A proposal's own labelled fields (案由, 提案人): the one header a report on the writer's own work cannot have. */
  proposalFields: boolean;
  requestFormFields: number;
  asking: boolean;
  domainTerms: number;
  /** Written as a document of another kind (停水通知, 各位业主：, …的请示, 表扬信): never a proposal. */
  notice: boolean;
  /** Titled as a record of work done (竣工验收意见, 会议纪要, 施工日志): no proposal unless a proposal's header says otherwise. */
  record: boolean;
  /**
   * A report on the writer's own work (述职报告, 工作总结, 简报; "现将本人…履职情况报告如下"; 主要工作 … 下一步打算):
   * its asks are the writer's own plans. No proposal unless a proposal's labelled fields say otherwise; a mention of
   * 人大代表建议 or 政协委员提案 it handled is no header.
   */
  ownWorkReport: boolean;
  /** Mostly questions to the bureau (采访提纲): no proposal unless a proposal's header says otherwise. */
  questionList: boolean;
  /** The writer speaks of their own household (我家楼下…): a citizen's letter unless a proposal's header says otherwise. */
  ownHousehold: boolean;
}

export function proposalSignals(text: string, options = RECOGNISE_OPTIONS): ProposalSignals {
  const head = text.slice(0, options.headChars);
  const titleLines = titleLinesOf(text, options.titleLines);
  return {
    header: hasProposalHeader(head),
    proposalFields: hasProposalFields(head),
    requestFormFields: requestFormFields(head, text),
    asking: asksForSomething(text),
    domainTerms: policyDomainWordCount(text),
    notice: isWrittenAsOtherDocument(text, titleLines),
    record: isTitledAsRecord(titleLines),
    ownWorkReport: reportsOwnWork(text, titleLines),
    questionList: isListOfQuestions(text, options),
    ownHousehold: speaksOfOwnHousehold(head),
  };
}

/**
 * A notice, a request for approval (请示) or a letter of thanks is never a proposal, whatever it names (a meeting
 * notice names 委员 and 提案; a 请示 asks for funds); nor is a report on the writer's own work without a proposal's
 * labelled fields (a 述职报告 names the 代表建议 its writer handled and plans "建议2026年…"). Else a proposal has a
 * proposal's header (a title 关于…的提案/建议, a labelled proposer, a member or deputy named), or asks for something
 * on a matter of public policy and is none of: a record of work done (验收意见, 纪要, 日志), a citizen's request form
 * (工单, 信访), a letter about the writer's own household, a list of questions to the bureau (an interview outline).
 */
export function looksLikeProposal(text: string, options = RECOGNISE_OPTIONS): boolean {
  const s = proposalSignals(text, options);
  if (s.notice || (s.ownWorkReport && !s.proposalFields)) return false;
  if (s.header) return true;
  return (
    !s.record &&
    !s.questionList &&
    s.asking &&
    s.domainTerms >= options.minDomainTerms &&
    s.requestFormFields < options.minRequestFormFields &&
    !s.ownHousehold
  );
}

export const NOT_A_PROPOSAL_MESSAGE =
  '抱歉，这段文字看起来不是提案或建议（没有找到提案标题、提案人或“建议……”等内容），因此没有起草答复。请粘贴提案/建议的正文，或上传提案文件。';
