// What a sum of money is: a cost (what something takes) or a subsidy (what the government gives towards it). Asked
// "加装一部电梯要花多少钱", a sentence giving the subsidy per lift is a neighbouring figure, not the answer.

export interface FigureKind {
  name: string;
  /** Words that say a sum is of this kind, in a question or in a sentence. */
  words: RegExp;
}

export const FIGURE_KINDS: FigureKind[] = [
  { name: '费用', words: /花费|花多少|要花|费用|造价|成本|总投资|需要多少钱|要多少钱/u },
  { name: '补助', words: /补助|补贴|奖补|资助/u },
];

/** The one kind of sum a text speaks of, or undefined when it names none or several. */
export function figureKindOf(text: string): FigureKind | undefined {
  const kinds = FIGURE_KINDS.filter((k) => k.words.test(text));
  return kinds.length === 1 ? kinds[0] : undefined;
}
