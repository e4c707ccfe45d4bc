// The draft as a .docx in 公文 layout (GB/T 9704 conventions): A4, 37/35/28/26 mm margins, title 小标宋 二号 centred,
// body 仿宋 三号 with a two-character indent and 28 pt line spacing, first-level headings 黑体, second-level 楷体,
// 落款, contact block and 抄送 at the end. Word substitutes 宋体 when 方正小标宋简体 is not installed.
// The body reads as a clean reply: its [n] markers move to the 起草依据 list at the end (each source says where it
// was used), and every 【待补充…】/【待核实】 is highlighted in yellow so none goes out unfilled.
import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Bureau } from '../config.js';
import type { Draft, ProposalKind } from '../types.js';
import { draftCitations, sourceLine } from './render.js';
import { documentNumber, placeholder } from './frame.js';
import { withoutCitationMarks } from '../text/sentences.js';
import { NUMBERING } from '../text/markers.js';

const MM = 56.7; // twips per millimetre
const SIZE_ER_HAO = 44; // 二号 22 pt, in half-points
const SIZE_SAN_HAO = 32; // 三号 16 pt
const SIZE_XIAO_SI = 24; // 小四 12 pt (the sources appendix)
const LINE_28PT = 560;
const INDENT_TWO_CHARS = 640;

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
};

function run(text: string, font: string, size = SIZE_SAN_HAO, extra: { bold?: boolean; color?: string; highlight?: 'yellow' } = {}): TextRun {
  return new TextRun({ text, size, font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: font }, ...extra });
}

/** A gap the drafter must fill or a figure to check: "【待补充：…】", "【待核实】". */
const TO_FILL = /(【待(?:补充|核实)[^】]*】)/u;

/** Body text without its citation markers, with every gap in its own highlighted run. */
export function bodyRuns(text: string, font: string, size = SIZE_SAN_HAO): TextRun[] {
  return withoutCitationMarks(text)
    .split(TO_FILL)
    .filter(Boolean)
    .map((part) => run(part, font, size, TO_FILL.test(part) ? { highlight: 'yellow' as const } : {}));
}

const bodySpacing = { line: LINE_28PT, lineRule: LineRuleType.EXACT };

function bodyParagraph(text: string, options: { indent?: boolean; font?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({
    children: bodyRuns(text, options.font ?? FONTS.body),
    spacing: bodySpacing,
    indent: options.indent === false ? undefined : { firstLine: INDENT_TWO_CHARS },
    alignment: options.align ?? AlignmentType.JUSTIFIED,
  });
}

const SECOND_LEVEL_HEADING = new RegExp(`^${NUMBERING.chineseInBrackets}`, 'u');

/** Second-level headings inside a paragraph ("（一）…") use 楷体. */
function paragraphFont(text: string): string {
  return SECOND_LEVEL_HEADING.test(text) ? FONTS.heading2 : FONTS.body;
}

/** The kind answered: set by the drafting engines; for a draft built elsewhere, read from its title. */
function kindOf(draft: Draft): ProposalKind {
  return draft.kind ?? (/建议的(?:答复|复函)/u.test(draft.title) ? '建议' : '提案');
}

function headerParagraphs(draft: Draft, bureau: Bureau): Paragraph[] {
  const number = documentNumber(bureau, kindOf(draft), new Date().getFullYear());
  return [
    new Paragraph({
      children: [run(`${bureau.name}文件`, FONTS.title, SIZE_ER_HAO, { color: 'C00000' })],
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
    }),
    new Paragraph({
      children: bodyRuns(number, FONTS.body),
      alignment: AlignmentType.CENTER,
      spacing: bodySpacing,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 4 } },
    }),
    new Paragraph({
      children: bodyRuns(`签发人：${bureau.signer ?? placeholder('签发人')}`, FONTS.body),
      alignment: AlignmentType.RIGHT,
      spacing: bodySpacing,
    }),
    bodyParagraph(`办理结果：${placeholder('A/B/C')}`, { indent: false }),
  ];
}

export function draftParagraphs(draft: Draft, bureau: Bureau): Paragraph[] {
  const paragraphs: Paragraph[] = [...headerParagraphs(draft, bureau)];
  paragraphs.push(
    new Paragraph({
      children: [run(draft.title, FONTS.title, SIZE_ER_HAO)],
      alignment: AlignmentType.CENTER,
      spacing: { before: 400, after: 400, line: 700, lineRule: LineRuleType.EXACT },
    }),
    bodyParagraph(draft.salutation, { indent: false }),
    bodyParagraph(draft.opening),
  );
  if (draft.background) paragraphs.push(bodyParagraph(draft.background));
  for (const section of [...draft.sections, draft.nextSteps]) {
    paragraphs.push(bodyParagraph(section.heading, { font: FONTS.heading1 }));
    for (const p of section.paragraphs) paragraphs.push(bodyParagraph(p, { font: paragraphFont(p) }));
  }
  paragraphs.push(bodyParagraph(draft.closing));
  for (const line of draft.signOff ?? []) paragraphs.push(bodyParagraph(line, { indent: false, align: AlignmentType.RIGHT }));
  paragraphs.push(new Paragraph({ children: [], spacing: bodySpacing }));
  for (const line of draft.contact) paragraphs.push(bodyParagraph(line));
  if (draft.cc) {
    paragraphs.push(
      new Paragraph({
        children: bodyRuns(draft.cc, FONTS.body),
        spacing: bodySpacing,
        border: {
          top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 },
          bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 },
        },
      }),
    );
  }
  const sources = draftCitations(draft);
  if (sources.length) {
    paragraphs.push(new Paragraph({ children: [run('起草依据（定稿时删除）', FONTS.heading1, SIZE_XIAO_SI)], spacing: { before: 480 } }));
    const usedIn = citationPlaces(draft);
    for (const c of sources) {
      const places = usedIn.get(c.n) ?? [];
      const line = `${sourceLine(c)}${places.length ? `（用于：${places.join('；')}）` : ''}`;
      paragraphs.push(new Paragraph({ children: [run(line, FONTS.body, SIZE_XIAO_SI)] }));
    }
  }
  return paragraphs;
}

/** Where each source is cited: the headings of the parts whose text carries its [n]. */
function citationPlaces(draft: Draft): Map<number, string[]> {
  const places = new Map<number, string[]>();
  const add = (n: number, place: string) => {
    const list = places.get(n) ?? [];
    if (!list.includes(place)) places.set(n, [...list, place]);
  };
  for (const c of draft.backgroundCitations ?? []) add(c.n, '总体情况');
  for (const section of [...draft.sections, draft.nextSteps]) for (const c of section.citations) add(c.n, section.heading);
  return places;
}

export async function renderDocx(draft: Draft, bureau: Bureau): Promise<Buffer> {
  const doc = new Document({
    creator: bureau.name,
    title: draft.title,
    styles: { default: { document: { run: { font: { eastAsia: FONTS.body, ascii: 'Times New Roman', hAnsi: 'Times New Roman' }, size: SIZE_SAN_HAO } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: 'Times New Roman' })],
              }),
            ],
          }),
        },
        children: draftParagraphs(draft, bureau),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
