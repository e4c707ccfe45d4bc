// The longest question answered (MAX_QUESTION_CHARS): a question is a sentence or two, not a pasted document.

export const DEFAULT_MAX_QUESTION_CHARS = 2000;

/** The Chinese refusal for a question over the limit, or null when it is within it. */
export function questionTooLongMessage(question: string, maxChars: number): string | null {
  const length = question.trim().length;
  if (length <= maxChars) return null;
  return `问题过长（${length} 字），超过 ${maxChars} 字的上限，未作答。请只输入要咨询的问题；起草答复请使用“起草”功能提交提案全文。`;
}
