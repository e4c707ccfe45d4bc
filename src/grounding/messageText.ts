import type { MessageContent } from '@langchain/core/messages';

/** The plain text of a model message (string content, or the text parts of multi-part content). */
export function messageText(content: MessageContent | undefined): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return content
    .map((part) => (typeof part === 'string' ? part : part.type === 'text' && typeof part.text === 'string' ? part.text : ''))
    .join('');
}
