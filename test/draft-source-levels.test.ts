// Evidence levels from what a document's front matter says of its source (issuer, type:, level:), on top of its
// text: a 讨论稿 or a repost is never 政策依据, another place's organ makes it 外地做法 【参考：X】, the bureau's own
// issuer makes it 已开展工作, a national level makes a formal text 政策依据 even when its title names no issuer.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { Chunk, DocumentSource } from '../src/types.js';
import { levelOf, profileDocument } from '../src/draft/documentProfile.js';
import { parseDocument } from '../src/corpus/index.js';
import { chunkDocument } from '../src/corpus/chunk.js';
import { makeChunk, REPO_ROOT } from './support/services.js';

// corpus/bureau.yml: 许昌市住房和城乡建设局.
const bureau = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT }).bureau;

function docWith(source: DocumentSource | undefined, fields: Partial<Chunk> = {}): Chunk[] {
  return [makeChunk({ docId: 'd', kind: 'policy', title: '老旧小区改造工作要点', number: null, sectionPath: '', text: '推动错时共享停车，增设停车位。', ...fields, ...(source ? { source } : {}) }, 0)];
}
const level = (chunks: Chunk[]) => levelOf(profileDocument(chunks, bureau), '推动错时共享停车，增设停车位。');

describe('evidence levels from the front matter', () => {
  it('a bland title is 其他参考 from its text alone, 政策依据 when the front matter says a national policy text', () => {
    expect(level(docWith(undefined))).toBe('reference');
    expect(level(docWith({ issuer: '国务院办公厅', type: '政策文件' }))).toBe('policy');
    expect(level(docWith({ level: '国家', type: '规范性文件' }))).toBe('policy');
    expect(level(docWith({ issuer: '河南省住房和城乡建设厅', type: '通知' }))).toBe('policy');
  });

  it('a 讨论稿, a repost or a press report is never 政策依据, whatever its title', () => {
    const national = { title: '国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见', number: '国办发〔2020〕23号' };
    expect(level(docWith(undefined, national))).toBe('policy');
    expect(level(docWith({ type: '征求意见稿' }, national))).not.toBe('policy');
    expect(level(docWith({ issuer: 'example.com 法规转载（原发文: 国务院办公厅）' }, national))).not.toBe('policy');
    expect(level(docWith({ type: '新闻报道' }, national))).not.toBe('policy');
  });

  it('another place\'s organ as issuer is 外地做法 marked with that place; the bureau itself is its own work', () => {
    const other = profileDocument(docWith({ issuer: '临沂市住房和城乡建设局（山东省临沂市）', type: '政策文件' }), bureau);
    expect(other.place).toBe('临沂市');
    expect(levelOf(other, '推动错时共享停车。')).toBe('elsewhere');
    const reply = docWith({ issuer: '本溪市溪湖区彩屯街道办事处（辽宁省本溪市）' }, { kind: 'reply', title: '对第15号提案的答复' });
    expect(levelOf(profileDocument(reply, bureau), '对楼道进行了清理。')).toBe('elsewhere');
    const own = profileDocument(docWith({ issuer: bureau.name! }, { kind: 'reply', title: '对第3号提案的答复' }), bureau);
    expect(own.own).toBe(true);
    expect(levelOf(own, '我局增设停车位1200个。')).toBe('done');
  });

  it('ingestion carries issuer, type: and level: from the front matter into every chunk', () => {
    const raw = '---\ntitle: "某市老旧小区改造工作要点"\nissuer: "某市住房和城乡建设局"\ntype: "讨论稿"\nlevel: "市"\n---\n\n一、工作目标\n\n推动错时共享停车，增设停车位。\n';
    const chunks = chunkDocument(parseDocument({ docId: 'x', path: 'x.txt', raw }));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(chunk.source).toEqual({ issuer: '某市住房和城乡建设局', type: '讨论稿', level: '市' });
    expect(profileDocument(chunks, bureau).draftVersion).toBe(true);
  });
});
