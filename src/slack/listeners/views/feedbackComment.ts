import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';

/** The optional comment after a 👎, stored with that rating. */
export function feedbackComment(deps: SlackDeps) {
  return async ({ ack, view, body }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const comment = (view.state.values.comment?.value?.value ?? '').trim();
    if (!comment) return;
    try {
      deps.feedbackStore.comment(view.private_metadata, body.user.id, comment);
    } catch (err) {
      deps.services.logger.error({ err }, 'could not store the feedback comment');
    }
  };
}
