import type { FeedbackStore } from '../feedback/store.js';
import type { Library } from '../library/library.js';
import type { Services } from '../services.js';
import type { PendingUploads } from './pendingUploads.js';
import type { WorkQueue } from './workQueue.js';

/** What every listener needs, passed in when the app is built. */
export interface SlackDeps {
  services: Services;
  feedbackStore: FeedbackStore;
  /** Where CPU-heavy work runs, so acks to Slack are never starved. */
  work: WorkQueue;
  /** Downloads a Slack-hosted file (url_private) with the bot token; swappable in tests. */
  fetchFile?: (url: string, token: string) => Promise<Buffer>;
  /** The document library admins change from Slack (uploads, App Home removals, audit log). */
  library: Library;
  /** Uploads shown to an admin and waiting for 确认入库 / 取消. */
  pendingUploads: PendingUploads;
}
