// 文号 ("国办发〔2020〕23号", "临建字[2020]2号", "许建政协【2020】第13号"): the one rule for how a document number is written.
// Ingestion reads it in header lines, sentence splitting keeps a line holding only one apart, and the question readers
// take a question that names one as pointing at that document. Also the handling class a reply writes after it.

const OPENING_BRACKETS = '〔［\\[【（(';
const CLOSING_BRACKETS = '〕］\\]】）)';

/** The parts of a 文号: an issuer code, a bracketed year and a serial. */
function documentNumberSource(group: (name: string, body: string) => string): string {
  return (
    `${group('issuer', '\\p{Script=Han}{1,12}')}\\s*[${OPENING_BRACKETS}]\\s*${group('year', '(?:19|20)\\d{2}')}` +
    `\\s*[${CLOSING_BRACKETS}]\\s*(?:第\\s*)?${group('serial', '\\d{1,5}')}\\s*号`
  );
}

/** A 文号's source, without groups, to build larger patterns from (use the u flag). */
export const DOCUMENT_NUMBER_SOURCE = documentNumberSource((_name, body) => `(?:${body})`);

/**
 * 文号 in a text. Global: for replace() — a question naming "国办发〔2020〕23号" points at a document and does not ask about
 * 2020. Test and read with namesDocumentNumber and readDocumentNumber (a global pattern's test() moves its lastIndex).
 */
export const DOCUMENT_NUMBER = new RegExp(DOCUMENT_NUMBER_SOURCE, 'gu');

const DOCUMENT_NUMBER_PARTS = new RegExp(documentNumberSource((name, body) => `(?<${name}>${body})`), 'u');

export interface DocumentNumber {
  /** The 文号 as written, spaces removed ("许建政协〔2020〕13号" stays as written, brackets included). */
  text: string;
  /**
   * The Han characters before the bracket (up to 12): the issuer code, with whatever words run into it ("根据许建政协");
   * compare numbers by their ends (canonicalDocumentNumber), not by this field alone.
   */
  issuer: string;
  year: string;
  serial: string;
  /** Where it starts and ends in the text read. */
  index: number;
  end: number;
}

/** The first 文号 in a text, with its parts. */
export function readDocumentNumber(text: string): DocumentNumber | undefined {
  const m = DOCUMENT_NUMBER_PARTS.exec(text);
  if (!m?.groups) return undefined;
  const { issuer, year, serial } = m.groups;
  return { text: m[0].replace(/\s+/g, ''), issuer, year, serial, index: m.index, end: m.index + m[0].length };
}

/**
 * A 文号 and then what that document says ("〔2025〕33号说去年…", "…33号文件里提到", "…号中明确"): the words after it are
 * the document's own, in its years. Not a 文号 named as a time ("…12号文件印发以后，今年…": the asker's present).
 */
const QUOTES_NAMED_DOCUMENT = new RegExp(`${DOCUMENT_NUMBER_SOURCE}(?:文件?)?(?:里|中|上)?(?:说|提到|称|讲|写|指出|明确|提出)`, 'u');

/** The first 文号 a text names as the one whose words it quotes (QUOTES_NAMED_DOCUMENT), with its parts. */
export function readQuotedDocumentNumber(text: string): DocumentNumber | undefined {
  const quoted = text.match(QUOTES_NAMED_DOCUMENT)?.[0];
  return quoted ? readDocumentNumber(quoted) : undefined;
}

/** Whether a text names a document by its 文号 ("A财建〔2024〕18号"). */
export function namesDocumentNumber(text: string): boolean {
  return DOCUMENT_NUMBER_PARTS.test(text.normalize('NFKC'));
}

/** One written form per 文号, to compare two ways of writing it: brackets as 〔〕, no spaces, no 第 before the serial. */
export function canonicalDocumentNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(new RegExp(`[${OPENING_BRACKETS}]`, 'g'), '〔')
    .replace(new RegExp(`[${CLOSING_BRACKETS}]`, 'g'), '〕')
    .replace(/〕第/, '〕');
}

/** A reply's handling class letter: A solved or adopted, B planned, C kept for reference. */
export const HANDLING_CLASS_LETTER = '[ABC]';

/**
 * The handling class as a reply's header writes it, after the 文号 ("…27号 A类"), on a line of its own ("B类", "（B类）")
 * or after a field's label ("办理类别：A类"): the one pattern ingestion and the answer reading the class line share.
 * Source to build patterns from; its one group is the letter.
 */
export const HANDLING_CLASS_SOURCE = `(${HANDLING_CLASS_LETTER})\\s*类`;
