import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ProposalMeta } from '../../../types.js';
import { MODAL_BLOCK, MODAL_TEXT_INPUTS, TEXT, type DraftModalMetadata } from '../../blocks.js';
import { draftFromFile, draftInSlack, type SlackFile } from '../../drafting.js';
import { checkInputLength } from '../../guard.js';
import type { SlackDeps } from '../../deps.js';

type StateValues = Record<string, Record<string, { value?: string | null; files?: SlackFile[] }>>;

function field(values: StateValues, blockId: string): string {
  return (values[blockId]?.value?.value ?? '').trim();
}

/** The proposal text split over the modal's 3,000-char inputs, joined back in order. */
export function modalText(values: StateValues): string {
  return Array.from({ length: MODAL_TEXT_INPUTS }, (_, i) => values[MODAL_BLOCK.text(i + 1)]?.value?.value ?? '')
    .filter((part) => part.trim())
    .join('')
    .trim();
}

export function modalMeta(values: StateValues): Partial<ProposalMeta> {
  const meta: Partial<ProposalMeta> = {};
  const title = field(values, MODAL_BLOCK.title);
  // The drafter may type "第21号" or "21"; the template adds 第…号 itself.
  const number = field(values, MODAL_BLOCK.number).replace(/^第\s*/, '').replace(/\s*号$/, '').normalize('NFKC');
  const meeting = field(values, MODAL_BLOCK.meeting);
  const proposers = field(values, MODAL_BLOCK.proposers)
    .split(/[、，,；;\s]+/)
    .filter(Boolean);
  if (title) meta.title = title;
  if (number) meta.number = number;
  if (meeting) meta.meeting = meeting;
  if (proposers.length) meta.proposers = proposers;
  return meta;
}

function parseMetadata(raw: string): DraftModalMetadata {
  try {
    const m = JSON.parse(raw) as Partial<DraftModalMetadata>;
    return { outline: Boolean(m.outline), channel: m.channel ?? null, threadTs: m.threadTs ?? null };
  } catch {
    return { outline: false, channel: null, threadTs: null };
  }
}

/** Drafting modal submitted: check the input (errors shown in the modal), close it, then draft into the original conversation. */
export function draftModalSubmission(deps: SlackDeps) {
  return async ({ ack, view, body, client, context }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const values = view.state.values as unknown as StateValues;
    const text = modalText(values);
    const files = values[MODAL_BLOCK.file]?.value?.files ?? [];
    const firstText = MODAL_BLOCK.text(1);
    if (!text && !files.length) return void (await ack({ response_action: 'errors', errors: { [firstText]: TEXT.modalNeedsText } }));
    const check = checkInputLength(text, deps.services.config.MAX_INPUT_CHARS);
    if (!check.ok) return void (await ack({ response_action: 'errors', errors: { [firstText]: check.message } }));
    await ack();

    const metadata = parseMetadata(view.private_metadata);
    const user = body.user.id;
    // Without a channel (or in a DM the command came from) the result goes to the user's DM with the app.
    const channel = metadata.channel ?? user;
    const notify = async (line: string): Promise<unknown> => {
      try {
        return await client.chat.postEphemeral({ channel, user, text: line });
      } catch {
        return client.chat.postMessage({ channel: user, text: line });
      }
    };
    const request = { client, channel, threadTs: metadata.threadTs, user, outline: metadata.outline, meta: modalMeta(values), notify };
    if (text) await draftInSlack({ ...request, text }, deps);
    else await draftFromFile({ ...request, file: files[0], token: context.botToken ?? '' }, deps);
  };
}
