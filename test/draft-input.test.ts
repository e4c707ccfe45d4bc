// Proposal input: .docx and GBK .txt files read into the same proposal; bad input is refused with a Chinese message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { DraftInputError, readProposalFile, validateProposalText } from '../src/draft/input.js';
import { parseProposal } from '../src/draft/parseProposal.js';

const TEXT = readFileSync(path.resolve(import.meta.dirname, 'fixtures', 'proposals', 'xuchang_style_tian.txt'), 'utf8');

describe('readProposalFile', () => {
  it('reads a .docx proposal into the same metadata and suggestions as the text', async () => {
    const doc = new Document({ sections: [{ children: TEXT.split('\n').map((line) => new Paragraph(line)) }] });
    const text = await readProposalFile(await Packer.toBuffer(doc), '提案.docx');
    const parsed = parseProposal(text);
    expect(parsed.meta).toEqual(parseProposal(TEXT).meta);
    expect(parsed.suggestions.map((s) => s.topic)).toEqual(parseProposal(TEXT).suggestions.map((s) => s.topic));
  });

  it('reads a GBK-encoded .txt', async () => {
    const text = await readProposalFile(iconv.encode(TEXT, 'gbk'), 'proposal.txt');
    expect(parseProposal(text).meta.title).toBe('关于对我市老旧小区改造的几点建议');
  });

  it('refuses empty, binary and corrupt files with Chinese messages', async () => {
    await expect(readProposalFile(Buffer.alloc(0), 'a.txt')).rejects.toThrow(/为空/);
    await expect(readProposalFile(Buffer.from([0, 1, 2, 3, 0, 0, 255]), 'a.txt')).rejects.toBeInstanceOf(DraftInputError);
    await expect(readProposalFile(Buffer.from('not a zip'), 'a.docx')).rejects.toThrow(/Word/);
  });
});

describe('validateProposalText', () => {
  it('accepts a proposal and refuses empty, over-long and garbled text', () => {
    expect(validateProposalText(TEXT)).toEqual({ ok: true });
    expect(validateProposalText(' \u3000\n')).toMatchObject({ ok: false, message: expect.stringMatching(/为空/) });
    expect(validateProposalText('字'.repeat(50_001))).toMatchObject({ ok: false, message: expect.stringMatching(/50000/) });
    expect(validateProposalText('字'.repeat(50_001), 60_000)).toEqual({ ok: true });
    expect(validateProposalText('\u0001\u0002\ufffd\ufffd提案'.repeat(50))).toMatchObject({ ok: false, message: expect.stringMatching(/二进制|乱码/) });
  });
});
