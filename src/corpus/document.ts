import type { FeedbackForm } from './forms.js';
import type { FrontMatter } from './frontMatter.js';
import type { RedactionCounts } from './redact.js';
import type { PolicyStructure, ReplyStructure } from './structure.js';

/** A corpus file read, cleaned, redacted and parsed: what chunking and the index are built from. */
export interface ParsedDocument {
  docId: string;
  /** Path relative to the corpus directory, with forward slashes. */
  path: string;
  kind: 'reply' | 'policy';
  title: string;
  /** 文号, e.g. 许建政协〔2020〕13号. */
  number: string | null;
  issuer: string | null;
  /** YYYY-MM-DD when known. */
  date: string | null;
  completeness: 'complete' | 'partial';
  /** Cleaned and redacted text; chunk offsets point into it. */
  text: string;
  structure: ReplyStructure | PolicyStructure;
  forms: FeedbackForm[];
  redactions: RedactionCounts;
  /** Front matter as given (source URL etc.). */
  frontMatter: FrontMatter;
  /** Problems worth a look that did not stop the document (malformed front matter, with its line). */
  warnings: string[];
}
