// Malformed front matter and unreadable .docx/.pdf files: a named warning or one clean Chinese message, never the
// YAML in the body or a parser's raw error.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, ingestCorpus, LoadError, parseFrontMatter, type IngestResult } from '../src/corpus/index.js';
import { silentLogger } from '../src/logger.js';
import { formatSummary } from '../src/retrieval/progress.js';
import type { IngestSummary } from '../src/retrieval/index.js';

/** A zip that claims to be a Word document but whose document.xml is not XML (what made xmldom speak). */
async function junkDocx(): Promise<Buffer> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', '<w:document><w:body><w:p>broken <<</w:body>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

const RAW_PARSER_WORDS = /xmldom|element parse error|central directory|Invalid PDF|Error:/;

describe('malformed front matter', () => {
  it('drops the block and names the line of the file', () => {
    const split = parseFrontMatter('---\ntitle: 关于物业收费的通知\nissuer: "市住建局\nnumber: 许建〔2020〕1号\n---\n物业服务收费实行政府指导价。\n');
    expect(split.body).toBe('物业服务收费实行政府指导价。\n');
    expect(split.error).toMatch(/第 \d+ 行/);
  });

  it('drops the key lines of a block that is never closed', () => {
    const split = parseFrontMatter('---\ntitle: 通知\ndate: 2020-01-01\n物业服务收费实行政府指导价。\n');
    expect(split.body).toBe('物业服务收费实行政府指导价。\n');
    expect(split.error).toMatch(/第 1 行/);
  });

  it('reads two horizontal rules around ordinary text as text, without a warning', () => {
    const split = parseFrontMatter('---\n\n这是一段说明\n\n---\n正文');
    expect(split.body).toContain('这是一段说明');
    expect(split.error).toBeUndefined();
  });
});

describe('ingesting a corpus with broken files', () => {
  let dir: string;
  let result: IngestResult;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-faults-'));
    mkdirSync(path.join(dir, 'policies'));
    writeFileSync(path.join(dir, 'policies', 'fee.md'), '---\ntitle: 关于物业收费的通知\nissuer: [市住建局\ndate: 2020-01-01\n---\n物业服务收费实行政府指导价，由市发展改革委会同市住建局制定。\n');
    writeFileSync(path.join(dir, 'policies', 'broken.docx'), await junkDocx());
    writeFileSync(path.join(dir, 'policies', 'notzip.docx'), 'this is not a zip file');
    writeFileSync(path.join(dir, 'policies', 'broken.pdf'), '%PDF-1.4 garbage');
    result = await ingestCorpus(dir, silentLogger());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes the document without its YAML and warns with the file name and line', () => {
    const doc = result.documents.find((d) => d.path === 'policies/fee.md')!;
    expect(doc.text).not.toMatch(/issuer|title:|date:/);
    expect(doc.text).toContain('政府指导价');
    expect(result.warnings).toEqual([{ file: 'policies/fee.md', message: expect.stringMatching(/YAML 格式有误（第 \d 行）/) }]);
    const summary = formatSummary({ mode: 'full', added: ['fee'], updated: [], removed: [], unchanged: 0, documents: 1, chunks: 1, redactions: 0, redactionsByDocument: [], skipped: result.skipped, warnings: result.warnings, seconds: 0, chars: 0, embeddingsId: 'x', dimension: 1, indexBytes: 0, reused: false } as IngestSummary);
    expect(summary).toMatch(/警告：\n {2}- policies\/fee\.md：front matter 的 YAML 格式有误/);
  });

  it('skips unreadable .docx and .pdf files with one clean message naming each', () => {
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.file, s.reason]));
    expect(reasons['policies/broken.docx']).toBe('无法读取 Word 文件“broken.docx”：文件已损坏或不是有效的 .docx 文档，请在 Word 中打开后另存为 .docx 再试');
    expect(reasons['policies/notzip.docx']).toMatch(/^无法读取 Word 文件“notzip.docx”/);
    expect(reasons['policies/broken.pdf']).toBe('无法读取 PDF 文件“broken.pdf”：文件已损坏或不是有效的 PDF');
    for (const reason of Object.values(reasons)) expect(reason).not.toMatch(RAW_PARSER_WORDS);
  });

  it('gives the same clean message for an uploaded proposal', async () => {
    const err = await extractText(await junkDocx(), '提案.docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect((err as Error).message).not.toMatch(RAW_PARSER_WORDS);
    expect((err as Error).message).toContain('提案.docx');
  });
});
