import path from 'node:path';
import iconv from 'iconv-lite';

/** A file that cannot be turned into text; `message` is Chinese and safe to show to users. */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

const CONTROL_SAMPLE_BYTES = 8192;

/** True when the bytes look like a binary file rather than text in some encoding. */
export function looksBinary(data: Buffer): boolean {
  const sample = data.subarray(0, CONTROL_SAMPLE_BYTES);
  if (sample.length === 0) return false;
  if (hasUtf16Bom(sample) || bomlessUtf16(sample)) return false;
  let suspicious = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    const isControl = byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b;
    if (isControl) suspicious++;
  }
  return suspicious / sample.length > 0.02;
}

/**
 * UTF-16 without a BOM (what some Windows tools save): zero bytes mostly on one side of each pair (the high byte of
 * ASCII characters), and the decoded text made of letters, digits, punctuation and whitespace.
 */
export function bomlessUtf16(data: Buffer): 'utf16le' | 'utf16be' | undefined {
  const sample = data.subarray(0, CONTROL_SAMPLE_BYTES - (CONTROL_SAMPLE_BYTES % 2));
  if (sample.length < 4 || sample.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  // A few zeros fall on the other side too: the low byte of 一 (U+4E00) and its like.
  const encoding = oddZeros > 4 * evenZeros ? 'utf16le' : evenZeros > 4 * oddZeros ? 'utf16be' : undefined;
  if (!encoding) return undefined;
  const text = iconv.decode(sample, encoding);
  // Chinese text: CJK ideographs, CJK and full-width punctuation, printable ASCII and line breaks (random 16-bit data is not).
  const readable = text.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\t\n\r\x20-\x7e]/gu)?.length ?? 0;
  return readable / Math.max(1, text.length) > 0.98 ? encoding : undefined;
}

function hasUtf16Bom(data: Buffer): boolean {
  return data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff));
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030
 * (a superset of GBK/GB2312, the usual encoding of Chinese government files).
 */
export function decodeText(data: Buffer): string {
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return data.subarray(3).toString('utf8');
  }
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return iconv.decode(data.subarray(2), 'utf16le');
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return iconv.decode(data.subarray(2), 'utf16be');
  const utf16 = bomlessUtf16(data);
  if (utf16) return iconv.decode(data, utf16);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return iconv.decode(data, 'gb18030');
  }
}

function extensionOf(filename: string): string {
  return path.extname(filename).toLowerCase();
}

function ensureNotEmpty(text: string, what: string): string {
  if (text.replace(/[\s\u3000\ufeff]/g, '') === '') throw new LoadError(`${what}没有可读取的文字内容（文件为空）`);
  return text;
}

/**
 * Word HTML → text that keeps table rows: cells separated by tabs, rows by line breaks, so feedback forms
 * and tables read like their .txt exports; paragraphs are separated by a blank line.
 */
export function wordHtmlToText(html: string): string {
  const cellsFlattened = html.replace(/<(td|th)\b[^>]*>([\s\S]*?)<\/\1>/gi, (_m, _tag: string, inner: string) =>
    `<td>${inner
      .replace(/<\/p>\s*<p\b[^>]*>/gi, ' ')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?p\b[^>]*>/gi, '')}</td>`,
  );
  return cellsFlattened
    .replace(/<\/t[dh]>\s*<\/tr>/gi, '</tr>')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<\/tr>/gi, '\n')
    .replace(/<\/table>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|h[1-6]|li)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n');
}

/** The parser's own words (xmldom, JSZip, pdf.js) are English and technical: kept on the error for logs, not shown. */
function unreadable(message: string, cause: unknown): LoadError {
  const err = new LoadError(message);
  (err as Error & { cause?: unknown }).cause = cause;
  return err;
}

async function docxText(data: Buffer, name: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: data },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    return wordHtmlToText(result.value);
  } catch (err) {
    throw unreadable(`无法读取 Word 文件“${name}”：文件已损坏或不是有效的 .docx 文档，请在 Word 中打开后另存为 .docx 再试`, err);
  }
}

async function pdfText(data: Buffer, name: string): Promise<string> {
  const { extractText: extractPdfText, getDocumentProxy } = await import('unpdf');
  let text: string;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0 });
    text = (await extractPdfText(pdf, { mergePages: true })).text;
  } catch (err) {
    throw unreadable(`无法读取 PDF 文件“${name}”：文件已损坏或不是有效的 PDF`, err);
  }
  if (text.replace(/\s/g, '') === '') {
    throw new LoadError('PDF 文件没有文字层（可能是扫描件），请先进行文字识别（OCR）后再导入');
  }
  return text;
}

/**
 * Raw text of one .txt/.md (UTF-8 or GB18030/GBK), .docx or .pdf file.
 * Throws LoadError (Chinese message) for empty, binary, corrupt or unsupported files.
 */
export async function extractText(data: Buffer, filename: string): Promise<string> {
  const ext = extensionOf(filename);
  if (data.length === 0) throw new LoadError('文件为空');
  switch (ext) {
    case '.txt':
    case '.md':
    case '': {
      if (looksBinary(data)) throw new LoadError('文件不是文本（看起来是二进制文件），无法读取');
      return ensureNotEmpty(decodeText(data), '文件');
    }
    case '.docx':
      return ensureNotEmpty(await docxText(data, path.basename(filename)), 'Word 文件');
    case '.pdf':
      return ensureNotEmpty(await pdfText(data, path.basename(filename)), 'PDF 文件');
    case '.doc':
      throw new LoadError('不支持旧版 .doc 格式，请在 Word 中另存为 .docx 后再导入');
    case '.wps':
      throw new LoadError('不支持 .wps 格式，请另存为 .docx 后再导入');
    default:
      throw new LoadError(`不支持的文件类型“${ext}”，请使用 .txt、.md、.docx 或 .pdf`);
  }
}
