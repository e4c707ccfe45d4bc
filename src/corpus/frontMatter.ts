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
  /** Set when a block was found but its YAML could not be parsed (it is then treated as text). */
  error?: string;
}

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

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

/** Splits `---` YAML front matter (title, issuer, number, date, source, kind, completeness) from the body. */
export function parseFrontMatter(text: string): FrontMatterSplit {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { frontMatter: { extra: {} }, body: text.replace(/^\ufeff/, ''), bodyOffset: text.startsWith('\ufeff') ? 1 : 0 };
  let raw: unknown;
  try {
    raw = parseYaml(match[1]);
  } catch (err) {
    return { frontMatter: { extra: {} }, body: text, bodyOffset: 0, error: (err as Error).message };
  }
  const bodyOffset = match[0].length;
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return { frontMatter: toFrontMatter(data), body: text.slice(bodyOffset), bodyOffset };
}
