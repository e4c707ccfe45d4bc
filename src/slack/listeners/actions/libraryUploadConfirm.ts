import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { settleUpload } from '../../libraryFlow.js';
import type { SlackDeps } from '../../deps.js';

/** 确认入库 / 替换 on an upload preview. */
export function libraryUploadConfirm(deps: SlackDeps) {
  return async ({ ack, action, body, client }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const click = { client, user: body.user.id, pendingId: action.value ?? '', channel: body.channel?.id ?? null, messageTs: body.message?.ts ?? null };
    await settleUpload(click, true, deps);
  };
}
