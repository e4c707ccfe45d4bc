// Uploads waiting for an admin's 确认入库 / 取消: kept in memory for a while, each settled at most once.
import { randomUUID } from 'node:crypto';
import type { UploadPreview } from '../library/library.js';

export const PENDING_UPLOAD_DEFAULTS = {
  /** How long a preview's buttons stay valid. */
  ttlMs: 30 * 60 * 1000,
  /** Settled and expired entries are remembered this much longer, so a late click gets the right message. */
  tombstoneMs: 60 * 60 * 1000,
  /** Most uploads waiting at once (each holds its file in memory); the oldest goes first. */
  maxPending: 20,
};

export interface PendingUpload {
  id: string;
  user: string;
  preview: UploadPreview;
  data: Buffer;
  /** Where the preview was posted (for updating it once settled). */
  channel: string;
  threadTs: string | null;
}

export type TakeResult =
  | { status: 'ok'; upload: PendingUpload }
  | { status: 'settled' | 'expired' | 'unknown' | 'not-yours' };

interface Entry {
  upload: PendingUpload | null;
  createdAt: number;
  settled: boolean;
}

export class PendingUploads {
  private readonly entries = new Map<string, Entry>();
  private readonly options: typeof PENDING_UPLOAD_DEFAULTS;

  constructor(
    options: Partial<typeof PENDING_UPLOAD_DEFAULTS> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...PENDING_UPLOAD_DEFAULTS, ...options };
  }

  add(upload: Omit<PendingUpload, 'id'>): PendingUpload {
    this.evict();
    const pending = { ...upload, id: randomUUID() };
    this.entries.set(pending.id, { upload: pending, createdAt: this.now(), settled: false });
    const waiting = [...this.entries.entries()].filter(([, e]) => !e.settled);
    for (const [, entry] of waiting.slice(0, Math.max(0, waiting.length - this.options.maxPending))) this.forget(entry);
    return pending;
  }

  /** Settles the upload (the first click wins; a second click, a late click or another user's click gets a status). */
  take(id: string, user: string): TakeResult {
    this.evict();
    const entry = this.entries.get(id);
    if (!entry) return { status: 'unknown' };
    if (entry.settled) return { status: entry.upload ? 'settled' : 'expired' };
    if (this.now() - entry.createdAt > this.options.ttlMs) {
      this.forget(entry);
      return { status: 'expired' };
    }
    if (entry.upload!.user !== user) return { status: 'not-yours' };
    const upload = entry.upload!;
    entry.settled = true;
    // The bytes are not needed after this; keep only the tombstone's marker.
    entry.upload = { ...upload, data: Buffer.alloc(0) };
    return { status: 'ok', upload };
  }

  /** Expired-but-unsettled entries drop their file and become tombstones; old tombstones go. */
  private evict(): void {
    const t = this.now();
    for (const [id, entry] of this.entries) {
      const age = t - entry.createdAt;
      if (age > this.options.ttlMs + this.options.tombstoneMs) this.entries.delete(id);
      else if (!entry.settled && age > this.options.ttlMs) this.forget(entry);
    }
  }

  private forget(entry: Entry): void {
    entry.settled = true;
    entry.upload = null;
  }
}
