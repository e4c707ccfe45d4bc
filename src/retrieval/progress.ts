import type { RedactionCounts } from '../corpus/index.js';
import type { IngestSummary } from './index.js';
import type { IndexProgress } from './store.js';

const STAGE_LABELS: Record<IndexProgress['stage'], string> = {
  files: '文件',
  chunks: '分块',
  tokens: '分词',
  embeddings: '向量',
  index: '建索引',
};

const BAR_WIDTH = 28;

export interface ProgressWriter {
  update(progress: IndexProgress): void;
  done(): void;
}

/**
 * A progress bar redrawn in place on a terminal; on a pipe or file, one plain line per stage at each tenth,
 * so CI logs stay readable.
 */
export function createProgressWriter(stream: NodeJS.WriteStream): ProgressWriter {
  const tty = Boolean(stream.isTTY);
  let current: IndexProgress['stage'] | undefined;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(p) {
      if (p.stage !== current) {
        if (tty && drawn) stream.write('\n');
        current = p.stage;
        lastTenth = -1;
      }
      if (tty) {
        stream.write(`\r${renderBar(p)}`);
        drawn = true;
        return;
      }
      const tenth = p.total > 0 ? Math.floor((p.done / p.total) * 10) : 10;
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${renderBar(p)}\n`);
      }
    },
    done() {
      if (tty && drawn) stream.write('\n');
      drawn = false;
    },
  };
}

export function renderBar(p: IndexProgress): string {
  const ratio = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const filled = Math.round(ratio * BAR_WIDTH);
  const label = STAGE_LABELS[p.stage].padEnd(3, '　');
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${p.done}/${p.total}`;
}

/** The summary table `npm run ingest` prints after a build. */
export function formatSummary(summary: IngestSummary): string {
  const rows: [string, string][] = [
    ['方式', summary.mode === 'full' ? '全量重建' : '增量更新'],
    ['变化', `新增 ${summary.added.length}，更新 ${summary.updated.length}，删除 ${summary.removed.length}，未变 ${summary.unchanged}`],
    ['文档数', String(summary.documents)],
    ['分块数', String(summary.chunks)],
    ['隐去个人信息', `${summary.redactions} 处`],
    ['跳过文件', String(summary.skipped.length)],
    ['嵌入模型', `${summary.embeddingsId}（${summary.dimension} 维）`],
    ['索引大小', formatBytes(summary.indexBytes)],
    ['用时', `${summary.seconds.toFixed(2)} 秒${summary.reused ? '（复用了刚由另一进程建好的索引）' : ''}`],
  ];
  const width = Math.max(...rows.map(([k]) => displayWidth(k)));
  const lines = ['索引构建完成', ...rows.map(([k, v]) => `  ${k}${' '.repeat(width - displayWidth(k))}  ${v}`)];
  if (summary.chunks === 0) lines.push('注意：语料目录中没有可索引的内容，问答将找不到任何依据。');
  if (summary.redactionsByDocument?.length) {
    lines.push('隐去个人信息或隔离语句的文档：');
    for (const { docId, counts } of summary.redactionsByDocument) lines.push(`  - ${docId}：${describeRedactions(counts)}`);
  }
  const instructions = (summary.redactionsByDocument ?? []).filter((d) => (d.counts.instruction ?? 0) > 0);
  if (instructions.length) {
    lines.push(`注意：${instructions.length} 个文档含有向助手下指令的语句，已隔离（不入索引、不会被引用），请人工核查：`);
    for (const { docId, counts } of instructions) lines.push(`  - ${docId}：${counts.instruction} 句`);
  }
  if (summary.warnings?.length) {
    lines.push('警告：');
    for (const w of summary.warnings) lines.push(`  - ${w.file}：${w.message}`);
  }
  if (summary.skipped.length) {
    lines.push('跳过的文件：');
    for (const s of summary.skipped) lines.push(`  - ${s.file}：${s.reason}`);
  }
  return lines.join('\n');
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Terminal columns: CJK characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

const REDACTION_LABELS: [keyof RedactionCounts, string][] = [
  ['mobile', '手机号'],
  ['idCard', '身份证号'],
  ['signature', '签名'],
  ['formPhone', '意见表电话'],
  ['bankCard', '银行卡号'],
  ['email', '个人邮箱'],
  ['address', '住址'],
  ['instruction', '疑似指令语句（已隔离，不入索引）'],
];

export function describeRedactions(counts: RedactionCounts): string {
  return REDACTION_LABELS.filter(([key]) => counts[key] > 0)
    .map(([key, label]) => `${label} ${counts[key]} 处`)
    .join('，');
}
