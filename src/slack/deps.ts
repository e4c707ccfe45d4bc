import type { FeedbackStore } from '../feedback/store.js';
import type { Library } from '../library/library.js';
import type { Services } from '../services.js';
import type { Work } from '../work/index.js';
import type { PendingUploads } from './pendingUploads.js';

/** What every listener needs, passed in when the app is built. */
export interface SlackDeps {
  services: Services;
  feedbackStore: FeedbackStore;
  /** Where answering, drafting and .docx rendering run (worker threads), so acks to Slack are never starved. */
  work: Work;
  /** Downloads a Slack-hosted file (url_private) with the bot token; swappable in tests. */
  fetchFile?: (url: string, token: string) => Promise<Buffer>;
  /** The document library admins change from Slack (uploads, App Home removals, audit log). */
  library: Library;
  /** Uploads shown to an admin and waiting for 确认入库 / 取消. */
  pendingUploads: PendingUploads;
}
