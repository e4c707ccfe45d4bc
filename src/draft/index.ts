// Reply drafting: proposal text → parsed metadata and suggestions → per-suggestion evidence → outline or full draft
// (LLM structured output, or the offline template engine) → fidelity check → DraftResult.
import type { Services } from '../services.js';
import { forChannel } from '../retrieval/channels.js';
import type { Draft, DraftInput, DraftOptions, DraftResult, FidelityIssue, ProposalMeta } from '../types.js';
import { redactPersonalData } from '../corpus/index.js';
import { llmName, OFFLINE_ENGINE } from '../grounding/chatModel.js';
import { classifyModelFailure } from '../grounding/modelFailure.js';
import { CitationRegistry } from './citations.js';
import { createEvidenceContext, gatherBackground, gatherEvidence, gatherThemePolicy, themeTermsOf, type EvidenceContext } from './evidence.js';
import { findPrecedents, renderPrecedentsText } from './precedents.js';
import { checkFidelity } from './fidelity.js';
import { draftWithModel, type StructuredMethod } from './llm.js';
import { parseProposal } from './parseProposal.js';
import { renderDraftText, renderOutlineText } from './render.js';
import { buildOutline, buildTemplateDraft, type TemplateInput } from './template.js';
import { checkIsProposal, DraftInputError, NotAProposalError, validateProposalText } from './input.js';
import { readingForm } from '../text/simplify.js';

export { parseProposal } from './parseProposal.js';
export { renderDraftText, renderDraftMarkdown, renderOutlineText, renderOutlineMarkdown } from './render.js';
export { renderDocx } from './docx.js';
export { outlineAsDraft } from './outlineDraft.js';
export { renderPrecedentsMarkdown, renderPrecedentsText } from './precedents.js';
export { readProposalFile, validateProposalText, checkIsProposal, DraftInputError, NotAProposalError } from './input.js';

function mergeMeta(parsed: ProposalMeta, given: Partial<ProposalMeta> | undefined): ProposalMeta {
  const meta = { ...parsed };
  for (const [key, value] of Object.entries(given ?? {}) as [keyof ProposalMeta, never][]) {
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && (value as unknown[]).length === 0);
    if (!empty) meta[key] = value;
  }
  if (given?.kind && !given.role) meta.role = given.kind === '建议' ? '代表' : '委员';
  // Names given apart from the text replace the parsed ones, and with them the parsed count.
  if (given?.proposers?.length && given.proposerCount === undefined) delete meta.proposerCount;
  if (given?.proposers?.length && given.organisation === undefined) delete meta.organisation;
  return meta;
}

/** The per-call option wins over DRAFT_STRUCTURED_METHOD from the config. */
function structuredMethod(options: DraftOptions, configured: StructuredMethod): StructuredMethod {
  return options.structuredMethod ?? configured;
}

function modelFailureNotice(err: unknown): string {
  return `${classifyModelFailure(err).reason}，已改用离线模板生成草稿，请重点核对【待补充】处。`;
}

/**
 * Drafts a reply (or its outline) for a proposal. Throws DraftInputError (Chinese message) for empty, too long or
 * binary input, NotAProposalError for a text that is no proposal; never throws for model failures: the offline engine
 * answers and `notice` says so.
 */
export async function draftReply(services: Services, input: DraftInput, options: DraftOptions = {}): Promise<DraftResult> {
  // Documents restricted to other channels are invisible to every search and document read below.
  services = forChannel(services, options.channel);
  const { config, logger, search } = services;
  const check = validateProposalText(input.text, config.MAX_INPUT_CHARS);
  if (!check.ok) throw new DraftInputError(check.message);

  if (!checkIsProposal(input.text, input.meta).ok) throw new NotAProposalError();

  // Read as every stage reads text: simplified characters (a reply is written in them) and ASCII figures.
  const proposalText = redactPersonalData(readingForm(input.text)).text;
  const parsed = parseProposal(proposalText);
  const meta = mergeMeta(parsed.meta, input.meta);
  const suggestions = parsed.suggestions;
  const ctx: EvidenceContext = { ...createEvidenceContext(search, config.bureau, options.tuning), asked: [meta.title ?? '', ...suggestions.map((s) => s.text)].join('\n') };
  const theme = themeTermsOf(meta.title, suggestions);
  const evidence = await Promise.all(suggestions.map((s) => gatherEvidence(ctx, s, theme)));
  const background = options.outline ? [] : await gatherBackground(ctx, meta, suggestions);
  const themePolicy = options.outline ? [] : await gatherThemePolicy(ctx, meta, suggestions);
  const precedents = await findPrecedents(ctx, meta, suggestions);
  const withPrecedents = (text: string) => `${text}\n\n${renderPrecedentsText(precedents)}`;
  const templateInput: TemplateInput = { meta, suggestions, evidence, background, themePolicy, bureau: config.bureau, tuning: ctx.tuning };
  const isOwn = (docId: string) => ctx.profiles.get(docId)?.own ?? false;
  const engine = { llm: OFFLINE_ENGINE, embeddings: search.embeddingsId };
  logger.info({ suggestions: suggestions.length, kind: meta.kind, outline: Boolean(options.outline) }, 'drafting reply');

  if (options.outline) {
    const outline = buildOutline(templateInput);
    const result: DraftResult = { meta, suggestions, draft: null, outline, text: withPrecedents(renderOutlineText(outline)), fidelity: [], precedents, engine };
    if (parsed.notice) result.notice = parsed.notice;
    return result;
  }

  let draft: Draft | undefined;
  let passageText: (n: number) => string | undefined = () => undefined;
  let notice: string | undefined = parsed.notice;
  if (services.llm) {
    try {
      const result = await draftWithModel(
        services.llm,
        { meta, suggestions, evidence, backgroundChunks: [...themePolicy.slice(0, 1), ...background].map((b) => b.chunk), proposalText, bureau: config.bureau, isOwn },
        { method: structuredMethod(options, config.DRAFT_STRUCTURED_METHOD), signal: options.signal },
      );
      draft = result.draft;
      passageText = (n) => result.passageText.get(n);
      engine.llm = llmName(config);
    } catch (err) {
      logger.warn({ err: (err as Error)?.message ?? String(err) }, 'draft model failed; using the offline template engine');
      notice = [notice, modelFailureNotice(err)].filter(Boolean).join(' ');
    }
  }
  if (!draft) {
    const registry = new CitationRegistry();
    draft = buildTemplateDraft(templateInput, registry);
    passageText = (n) => registry.textOf(n);
  }
  const checked = checkFidelity(draft, {
    proposal: proposalText,
    passage: passageText,
    allowedNames: [config.bureau.name, config.bureau.city, config.bureau.shortName, config.bureau.contact.unit].filter((n): n is string => Boolean(n)),
  });
  const fidelity: FidelityIssue[] = checked.issues;
  if (fidelity.length) logger.info({ fidelity }, 'draft fidelity issues');
  const result: DraftResult = { meta, suggestions, draft: checked.draft, outline: null, text: withPrecedents(renderDraftText(checked.draft)), fidelity, precedents, engine };
  if (notice) result.notice = notice;
  return result;
}
