// What a section holds other than work done: what comes next, a plan heading (五、下步工作安排, 五、2024年工作打算,
// 今后工作) and a forward sentence ("下一步，我局将…"); and what went wrong, a heading that only lists problems
// (四、存在问题). Drafting reads them to keep past plans apart from work done, to list what earlier replies promised, and
// to quote no problem as evidence.

/** Headings that name plans in any document: 下步工作, 下一步, 今后工作, 工作打算. */
const PLAN_HEADING = /下步|下一步|打算|今后工作/u;

/**
 * A heading naming plans. In a reply a bare "工作安排" is what the bureau will do next; in a policy or notice
 * ("三、工作安排") it is what the document requires, not a plan.
 */
export function namesPlans(heading: string, inReply: boolean): boolean {
  return PLAN_HEADING.test(heading) || (inReply && heading.includes('工作安排'));
}

/** "下一步，…", "我局将继续…": a sentence saying what the writer will do. */
export const FORWARD_SENTENCE = /^(?:下一步|下步|今后|接下来|同时，下一步)|下一步.{0,10}将|(?:我局|我们|我市)(?:还)?将(?:继续|持续|进一步|加快|积极|认真|加大|全力|重点)/u;

/** A section listing problems ("四、存在问题", "问题与不足"): what went wrong is neither work done nor policy. */
const PROBLEMS_HEADING = /存在(?:的)?问题|问题(?:与|和)不足|困难(?:和|与)问题|不足之处/u;
/** …unless its heading also names what was done about them ("存在问题及整改措施", "针对存在的问题采取的措施"). */
const REMEDY_HEADING = /整改|措施|对策|解决|做法|办理|答复|成效/u;

/** A heading that only lists problems ("四、存在问题"), not what was done about them. */
export function namesProblemsOnly(heading: string): boolean {
  return PROBLEMS_HEADING.test(heading) && !REMEDY_HEADING.test(heading);
}
