// One table of how 公文 number their parts (src/text/markers.ts NUMBERING): the chunker, the sentence splitter and the
// list-marker stripper read a document's numbering the same way.
import { describe, expect, it } from 'vitest';
import { stripListMarker } from '../src/text/markers.js';
import { splitSentences } from '../src/text/sentences.js';

describe('articles numbered in Arabic digits', () => {
  it('start a sentence of their own rather than running into the article before', () => {
    const sentences = splitSentences('计划工期不超过150日历天\n第3条质量保证金\n质量保证金按工程结算价的3%预留。').map((s) => s.text);
    expect(sentences.some((s) => s.includes('150日历天') && s.includes('质量保证金'))).toBe(false);
    expect(sentences.some((s) => s.startsWith('第3条'))).toBe(true);
  });
});

describe('stripping an item’s list marker', () => {
  it('takes off the marker, not a decimal clause number’s first part', () => {
    expect(stripListMarker('1.1依据。根据《管理办法》制定本细则。')).toBe('1.1依据。根据《管理办法》制定本细则。');
    expect(stripListMarker('2.3不予补助的情形。未经联合审查擅自施工的，不予补助。')).toBe('2.3不予补助的情形。未经联合审查擅自施工的，不予补助。');
  });

  it('takes off a marker standing before a year or a month', () => {
    expect(stripListMarker('1.2025年改造10个小区；')).toBe('2025年改造10个小区；');
    expect(stripListMarker('3.6月底前开工率达到60%以上。')).toBe('6月底前开工率达到60%以上。');
    expect(stripListMarker('1、15个小区完成改造')).toBe('15个小区完成改造');
  });

  it('takes off every way a list numbers its items', () => {
    for (const line of ['一是加快改造进度', '一、加快改造进度', '（一）加快改造进度', '1.加快改造进度', '1、加快改造进度', '1）加快改造进度', '（1）加快改造进度']) {
      expect(stripListMarker(line)).toBe('加快改造进度');
    }
  });
});

describe('counting words that look like ordinals', () => {
  it('两、 and 零、 number nothing: the text keeps them', () => {
    expect(stripListMarker('两、三年内完成改造')).toBe('两、三年内完成改造');
  });
});
