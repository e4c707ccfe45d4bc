import type { FeedbackSummary } from './store.js';

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : '—';
}

export function formatFeedbackSummary(s: FeedbackSummary): string {
  const lines = [
    `已回答问题（记录在案）：${s.answers}`,
    `收到评价：${s.ratings}（👍 ${s.up}，👎 ${s.down}，满意率 ${percent(s.up, s.ratings)}），附意见 ${s.comments} 条`,
  ];
  if (s.recentNegative.length) {
    lines.push('', `最近的 👎 评价（${s.recentNegative.length} 条）：`);
    for (const e of s.recentNegative) {
      lines.push(`- ${e.time.slice(0, 16).replace('T', ' ')}  问：${e.question.slice(0, 80)}`);
      if (e.comment) lines.push(`    意见：${e.comment.slice(0, 200)}`);
      if (e.sources.length) lines.push(`    来源：${e.sources.slice(0, 3).join('；')}`);
    }
  }
  return lines.join('\n');
}
