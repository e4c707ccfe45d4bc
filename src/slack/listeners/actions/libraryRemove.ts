import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { removeFromHome } from '../../libraryFlow.js';
import type { SlackDeps } from '../../deps.js';

/** 移除 on the App Home (after Slack's confirm dialog): the file leaves the library and the Home is refreshed. */
export function libraryRemove(deps: SlackDeps) {
  return async ({ ack, action, body, client }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    await removeFromHome(client, body.user.id, action.value ?? '', deps);
  };
}
