// Formula sentences: the parts of replies and notices that are form, not content (salutation, receipt, thanks, header
// fields, contacts). Answers and drafts never quote them as evidence.
import { CN_DIGIT_CHARS } from './numerals.js';
import { compiledPerLength } from './regExp.js';
import { DOCUMENT_NUMBER_SOURCE } from './documentNumbers.js';

/** A reply's closing invitation to answer back ("附言：如您对本答复有不同意见…", "…请随时与我们联系"): form, no promise. */
export const INVITES_FEEDBACK = /^附言[:：]|如(?:您|你们|贵单位)对(?:本|此|我们的)?(?:答复|办理)|请随时与我们联系/u;

/** The line a collector leaves where a document was cut off (the sentence before it is a fragment). */
export const TRUNCATION_MARK = /以下原文未收录|以下内容未收录|原文未完|[（(]未完[)）]/u;

/** A stored copy that leaves part of its document out: a cut-off mark, or "（略）" where text was omitted. */
export const COPY_CUT_SHORT = new RegExp(`${TRUNCATION_MARK.source}|[（(]略[)）]`, 'u');

const FORMULA = new RegExp(
  `^${DOCUMENT_NUMBER_SOURCE}$|收悉|现答复如下|现将.{0,12}(?:答复|复函)如下|反馈给我们|改进我们的工作|再次感谢|一如既往|感谢您|您好|(?:委员|代表)[:：]\\s*$|^尊敬|来源[:：]|签发人|办理结果[:：]|答复类别|公开(?:属性|方式)[:：]|^时间[:：]|抄送|此表与提案答复`,
  'u',
);

/**
 * The field names of a reply's header ("签发人：…", "办理结果：A", "公开属性：主动公开"): filing data, not content.
 * 缓急 is a field, 轻重缓急 a phrase.
 */
const REPLY_HEADER_FIELD_NAMES = String.raw`签\s*发\s*人|办理结果|答复类别|公开(?:属性|方式)|密\s*级|紧急程度|(?<!重)缓\s*急`;

/** A line that is a reply's header field ("签发人：张三"): never an answer. */
export const REPLY_HEADER_FIELD = new RegExp(`^(?:${REPLY_HEADER_FIELD_NAMES})\\s*[:：]`, 'u');

/**
 * What a label opening a line may be made of: Chinese characters only (a form's field: "提案人"), or any character inside
 * a clause, a comma, stop, colon or space excepted (a letter's own labels: "问题1", "请区某局", "去年的回复说").
 */
const LABEL_CHARS = { han: '\\p{Script=Han}', inClause: '[^，,。；;：:\\s]' } as const;

/** How long a line's label may be and what it may be made of (LABEL_CHARS). */
export interface LineLabelShape {
  chars: keyof typeof LABEL_CHARS;
  minChars: number;
  maxChars: number;
}

/** The source of a label opening a line, captured, and its colon: `minChars` to `maxChars` of `chars`. */
export function lineLabelSource({ chars, minChars, maxChars }: LineLabelShape): string {
  return `^(${LABEL_CHARS[chars]}{${minChars},${maxChars}})\\s*[:：]`;
}

/** A form or header field's label opening a line: two to six Chinese characters and a colon ("提案人：", "单位负责人:"). */
export const FIELD_LABEL = new RegExp(lineLabelSource({ chars: 'han', minChars: 2, maxChars: 6 }), 'u');

/** A form's field left blank ("单位负责人:", "签字："): a place to fill in, which states nothing. */
export function isBlankField(line: string): boolean {
  const text = line.trim();
  return FIELD_LABEL.test(text) && text.replace(FIELD_LABEL, '').trim() === '';
}

/** A question naming a reply's header field ("…的签发人是谁？"): it asks that field, not the reply's content. */
export const NAMES_REPLY_HEADER_FIELD = new RegExp(REPLY_HEADER_FIELD_NAMES, 'u');

/** A reply's formula sentence or header field, or a collector's cut-off mark; the offline answerer scores such a sentence down. */
export const BOILERPLATE = new RegExp(`${FORMULA.source}|${INVITES_FEEDBACK.source}|${TRUNCATION_MARK.source}`, 'u');

/** A heading naming a feedback form attached to a reply ("附件：政协提案办理情况征询意见表"): a record, never evidence. */
export const NAMES_FEEDBACK_FORM = /征询意见表|意见反馈表/u;

/**
 * A line heading an annex of a letter or proposal: "附件：…", "附件1", "附录 …", "附表：…", with a title of at most
 * `maxTitleChars`. Not 附言 (a postscript, the writer's own words) nor "附件所列…" inside a sentence.
 */
export function isAnnexHeading(line: string, maxTitleChars: number): boolean {
  return annexHeadingPattern(maxTitleChars).test(line);
}

/** The annex heading pattern for a title length, compiled once: it is tried on every line of a proposal. */
const annexHeadingPattern = compiledPerLength(
  (maxTitleChars) => new RegExp(`^附(?:件|录|表)\\s*[\\d${CN_DIGIT_CHARS}]*\\s*[：:、.．]?\\s*[^。；;！!？?]{0,${maxTitleChars}}$`, 'u'),
);

/** A text pointing to its annex ("具体建议见附件", "详见附表", "附后"). */
export const MENTIONS_ANNEX = /附件|附表|附录|附后/u;

/** Formula sentences of replies that are not evidence for a draft (salutation, receipt, thanks, contact, form fields, tags). */
export const NOT_EVIDENCE =
  /收悉|答复如下|回复如下|复函如下|委员[：:]|代表[：:]|签发人|联系人|联系电话|联系单位|抄\s*送|感谢|关心和支持|提案者|征询意见|办理结果|【|\[|附件|发布时间|编稿时间|来源[：:]|日期[：:]|时间[：:]/;

