/** `text` as a literal inside a RegExp source: every metacharacter escaped, nothing else (valid under the u flag). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
