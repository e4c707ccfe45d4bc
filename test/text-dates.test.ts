// One date-line rule serves the corpus (a reply's or policy's closing) and drafting (a proposal's sign-off).
import { describe, expect, it } from 'vitest';
import { isDateLine } from '../src/text/dates.js';

describe('isDateLine', () => {
  it('takes a sign-off date in any of the ways documents and proposals write it', () => {
    for (const line of ['2024年5月6日', '二〇二四年五月六日', '2024-05-06', '２０２６年１月９号', '2026年1月', '二〇二四年十二月']) {
      expect(isDateLine(line)).toBe(true);
    }
  });

  it('leaves a line that says more than a date', () => {
    for (const line of ['2024年5月6日印发', '2024年完成改造120个', '截至2024年5月']) expect(isDateLine(line)).toBe(false);
  });
});
