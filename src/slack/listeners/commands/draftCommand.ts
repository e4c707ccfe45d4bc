import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { draftModal, TEXT } from '../../blocks.js';
import { draftInSlack } from '../../drafting.js';
import { cleanSlackText } from '../../guard.js';
import type { SlackDeps } from '../../deps.js';

/** /reply-outline and /draft-reply: ack at once; with text draft from it, without open the modal. */
export function draftCommand(deps: SlackDeps, outline: boolean) {
  return async ({ command, ack, client, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const { logger } = deps.services;
    // Slack sends a command's text escaped (&amp; &lt;) with <@U…> and <url|label> tokens, like message text.
    const text = cleanSlackText(command.text);
    if (!text) {
      await ack();
      try {
        await client.views.open({
          trigger_id: command.trigger_id,
          view: draftModal({ outline, channel: command.channel_id, threadTs: null }),
        });
      } catch (err) {
        logger.error({ err }, 'could not open the drafting modal');
        await respond({ response_type: 'ephemeral', text: TEXT.error }).catch(() => undefined);
      }
      return;
    }
    await ack({ response_type: 'ephemeral', text: outline ? TEXT.draftingOutline : TEXT.drafting });
    const notify = async (line: string): Promise<unknown> => {
      try {
        return await client.chat.postEphemeral({ channel: command.channel_id, user: command.user_id, text: line });
      } catch {
        return respond({ response_type: 'ephemeral', text: line });
      }
    };
    await draftInSlack(
      { client, channel: command.channel_id, threadTs: null, user: command.user_id, text, outline, notify },
      deps,
    );
  };
}
