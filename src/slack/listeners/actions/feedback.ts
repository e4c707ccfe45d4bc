import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Rating } from '../../../feedback/store.js';
import { FEEDBACK_DOWN_ACTION_ID, FEEDBACK_UP_ACTION_ID, feedbackCommentModal, TEXT } from '../../blocks.js';
import type { SlackDeps } from '../../deps.js';

/** Reads rating and answer id from a feedback_buttons click ("up:<id>") or a plain button (action id + value). */
export function parseFeedbackAction(action: { action_id?: string; value?: string }): { rating: Rating; answerId: string } | null {
  const value = action.value ?? '';
  const tagged = /^(up|down):(.+)$/.exec(value);
  if (tagged) return { rating: tagged[1] as Rating, answerId: tagged[2] };
  if (!value) return null;
  if (action.action_id === FEEDBACK_UP_ACTION_ID) return { rating: 'up', answerId: value };
  if (action.action_id === FEEDBACK_DOWN_ACTION_ID) return { rating: 'down', answerId: value };
  return null;
}

/** 👍/👎 on an answer: stored; a 👎 opens a small modal for an optional comment. */
export function feedbackAction(deps: SlackDeps) {
  return async ({ ack, action, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const { logger } = deps.services;
    const parsed = parseFeedbackAction(action as { action_id?: string; value?: string });
    if (!parsed) return void logger.warn({ actionId: (action as { action_id?: string }).action_id }, 'feedback click without a value');
    const user = body.user.id;
    try {
      if (!deps.feedbackStore.rate(parsed.answerId, user, parsed.rating)) {
        logger.warn({ answerId: parsed.answerId }, 'feedback for an unknown answer');
        return;
      }
      if (parsed.rating === 'down' && body.trigger_id) {
        await client.views.open({ trigger_id: body.trigger_id, view: feedbackCommentModal(parsed.answerId) });
      } else if (body.channel?.id) {
        await client.chat.postEphemeral({ channel: body.channel.id, user, text: TEXT.feedbackThanks });
      }
    } catch (err) {
      logger.error({ err }, 'storing feedback failed');
    }
  };
}
