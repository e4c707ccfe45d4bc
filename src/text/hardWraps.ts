// Hard-wrapped text: a text whose lines were broken at a fixed width (a PDF or e-mail copy, a fixed-width editor)
// breaks words, numbers and list markers ("…，三" / "是建成后…") across lines. Its wrap width is found from the text
// itself: several lines share the widest width. Such a line continues on the next line; a shorter line ends its
// paragraph where the writer ended it.
import { FIELD_LABEL } from './boilerplate.js';
import { isSignatureLine, listMarkerAt } from './markers.js';

/** Knobs of the wrap finder. */
export const HARD_WRAP_OPTIONS = {
  /** Lines at (or one column under) the widest width needed before the text counts as hard-wrapped. */
  minWrappedLines: 3,
  /**
   * Or this many such lines that break off mid-sentence and run on into a next line (a short proposal's one wrapped
   * paragraph: "…，二" / "是…"): a line of the widest width cut inside a sentence is a wrap, not a writer's line.
   */
  minBrokenLines: 2,
  /** Narrowest wrap width, in display columns (a Chinese character is 2): shorter lines are headings or fields. */
  minWrapColumns: 20,
  /** Longest line read as a letter's signature under its last line ("居民 某某"), which no wrapped line runs on into. */
  maxSignatureChars: 16,
};

/** Display columns: a Chinese (full-width) character or Chinese quotation mark (“”‘’—…) takes 2, an ASCII character 1. */
function columns(line: string): number {
  let n = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0)!;
    n += code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f) ? 2 : 1;
  }
  return n;
}

/** The line ends its own sentence or announces what follows ("为此建议："): the next line starts afresh. */
const ENDS_ITSELF = /[。！？!?；;：:]$/u;

/**
 * The text with each hard-wrapped line joined to the line after it. A text whose lines were not wrapped at a fixed
 * width (fewer than `minWrappedLines` lines share the widest width) comes back unchanged.
 */
export function joinHardWrappedLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const widths = lines.map((l) => columns(l.trim()));
  const widest = Math.max(0, ...widths);
  if (widest < HARD_WRAP_OPTIONS.minWrapColumns) return lines.join('\n');
  // A wrapper fills a line up to its width, or one column short of it when the next character is a wide one.
  const atWidth = (i: number) => widths[i] >= widest - 1;
  // A line opening with a list marker starts an item of its own (parallel items are often of one length); an ask left
  // without its stop does not run on into the writer's name signed under it.
  const runsOn = (i: number) => {
    const next = lines[i + 1]?.trim() ?? '';
    return (
      atWidth(i) &&
      !ENDS_ITSELF.test(lines[i].trim()) &&
      next !== '' &&
      !FIELD_LABEL.test(next) &&
      !listMarkerAt(next) &&
      !isSignatureLine(lines, i + 1, HARD_WRAP_OPTIONS.maxSignatureChars)
    );
  };
  const wrapped = widths.filter((_, i) => atWidth(i)).length >= HARD_WRAP_OPTIONS.minWrappedLines;
  if (!wrapped && lines.filter((_, i) => runsOn(i)).length < HARD_WRAP_OPTIONS.minBrokenLines) return lines.join('\n');
  const out: string[] = [];
  let carry = false;
  for (const [i, raw] of lines.entries()) {
    const line: string = carry ? raw.trim() : raw.trimEnd();
    if (carry) out[out.length - 1] += line;
    else out.push(line);
    carry = runsOn(i);
  }
  return out.join('\n');
}
