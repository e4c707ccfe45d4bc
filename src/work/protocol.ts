// Messages between the Bolt process and the work pool's threads. Everything here is structured-cloneable.
import type { AppConfig, Bureau } from '../config.js';
import type { IndexCatalog } from '../library/catalog.js';
import type { Answer, AnswerOptions, ChatTurn, Draft, DraftInput, DraftOptions, DraftResult } from '../types.js';

/** Answer options that can cross a thread boundary (no callbacks, no signals). */
export type PortableAnswerOptions = Omit<AnswerOptions, 'onToken' | 'signal'>;
export type PortableDraftOptions = Omit<DraftOptions, 'signal'>;

export type Task =
  | { kind: 'answer'; question: string; history: ChatTurn[]; options: PortableAnswerOptions; stream: boolean }
  | { kind: 'draft'; input: DraftInput; options: PortableDraftOptions }
  | { kind: 'docx'; draft: Draft; bureau: Bureau }
  | { kind: 'catalog'; docIds: string[] };

export type TaskResult = Answer | DraftResult | Uint8Array | IndexCatalog;

export interface WorkerBoot {
  /** file: URL of the TypeScript entry boot.mjs imports. */
  entry: string;
  config: AppConfig;
  /** The pool's log level (the Bolt process's logger may be quieter than config.LOG_LEVEL). */
  logLevel: string;
  /** Niceness of the thread (Linux: per thread), so the Bolt thread's acks win the CPU over heavy work. */
  nice: number;
}

export type ToWorker = { type: 'task'; id: number; task: Task } | { type: 'reload'; id: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'startFailed'; message: string }
  | { type: 'token'; id: number; text: string }
  | { type: 'done'; id: number; result: TaskResult }
  | { type: 'failed'; id: number; name: string; message: string }
  | { type: 'reloaded'; id: number; error?: string };
