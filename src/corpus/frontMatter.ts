import { parse as parseYaml } from 'yaml';

/** Optional YAML front matter of a corpus text file. Unknown keys are kept in `extra`. */
export interface FrontMatter {
  title?: string;
  issuer?: string;
  number?: string;
  date?: string;
  source?: string;
  kind?: 'reply' | 'policy';
  completeness?: 'complete' | 'partial';
  extra: Record<string, unknown>;
}

export interface FrontMatterSplit {
  frontMatter: FrontMatter;
  /** The text after the front matter block (the whole text when there is none). */
  body: string;
  /** Offset of `body` in the input text. */
  bodyOffset: number;
  /**
   * Set when a block was found but its YAML could not be parsed, or its closing `---` is missing: a Chinese warning
   * naming the line in the file. The block is dropped from the body either way.
   */
  error?: string;
}

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** `---` then `key: value` lines with no closing `---`: the key lines are still metadata, not body text. */
const UNCLOSED_FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n(?:[ \t]*[\p{L}\p{N}_-]+[ \t]*:[^\n]*\r?\n)+/u;

/** The YAML parser's position (line inside the block) as a line of the file: the opening `---` is line 1. */
function yamlWarning(err: unknown): string {
  const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
  const where = line ? `第 ${line + 1} 行` : '开头';
  return `front matter 的 YAML 格式有误（${where}），已忽略这段元数据`;
}

function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value instanceof Date ? value.toISOString().slice(0, 10) : value).trim();
  return text === '' ? undefined : text;
}

function toFrontMatter(raw: Record<string, unknown>): FrontMatter {
  const { title, issuer, number, date, source, kind, completeness, ...extra } = raw;
  const kindText = asText(kind);
  const completenessText = asText(completeness);
  return {
    title: asText(title),
    issuer: asText(issuer),
    number: asText(number),
    date: asText(date),
    source: asText(source),
    kind: kindText === 'reply' || kindText === 'policy' ? kindText : undefined,
    completeness: completenessText === 'complete' || completenessText === 'partial' ? completenessText : undefined,
    extra,
  };
}

function noFrontMatter(text: string): FrontMatterSplit {
  return { frontMatter: { extra: {} }, body: text.replace(/^\ufeff/, ''), bodyOffset: text.startsWith('\ufeff') ? 1 : 0 };
}

/** `key: "text"`: a plain key and a double-quoted value without escapes, other quotes or control characters. */
const QUOTED_LINE = /^([A-Za-z][A-Za-z0-9_]*): "([^"\\\p{Cc}\u2028\u2029\ufeff]*)"$/u;
/** Keys the YAML core schema reads as booleans or null rather than as text. */
const NOT_TEXT_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

/**
 * A block made only of `key: "text"` lines with distinct keys (how most corpus files write their metadata), read
 * without the YAML parser, which gives the same object for it; undefined for anything else (the parser reads it).
 */
function quotedLines(block: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const m = QUOTED_LINE.exec(line);
    if (!m || NOT_TEXT_KEYS.has(m[1]) || Object.hasOwn(out, m[1])) return undefined;
    out[m[1]] = m[2];
  }
  return out;
}

/** Splits `---` YAML front matter (title, issuer, number, date, source, kind, completeness) from the body. */
export function parseFrontMatter(text: string): FrontMatterSplit {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    const unclosed = UNCLOSED_FRONT_MATTER.exec(text);
    if (unclosed) {
      return { frontMatter: { extra: {} }, body: text.slice(unclosed[0].length), bodyOffset: unclosed[0].length, error: '文件开头的 front matter（第 1 行的 ---）没有结束的 ---，已忽略这些元数据行' };
    }
    return noFrontMatter(text);
  }
  // Two horizontal rules (--- … ---) around ordinary text are not a metadata block.
  if (!/^\s*[\p{L}\p{N}_-]+[ \t]*:/u.test(match[1])) return noFrontMatter(text);
  const bodyOffset = match[0].length;
  let raw: unknown;
  try {
    raw = quotedLines(match[1]) ?? parseYaml(match[1]);
  } catch (err) {
    return { frontMatter: { extra: {} }, body: text.slice(bodyOffset), bodyOffset, error: yamlWarning(err) };
  }
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return { frontMatter: toFrontMatter(data), body: text.slice(bodyOffset), bodyOffset };
}
