import { randomUUID } from 'node:crypto';
import { openDataDatabase } from '../io/sqlite.js';
import { maskPersonalData } from '../grounding/privacy.js';

export type Rating = 'up' | 'down';

export interface AnsweredQuestion {
  question: string;
  answer: string;
  /** Source labels as shown to the user (title · 文号 · section). */
  sources: string[];
  user: string | null;
  channel: string | null;
}

export interface FeedbackEntry extends AnsweredQuestion {
  answerId: string;
  rating: Rating;
  comment: string | null;
  feedbackUser: string | null;
  time: string;
}

export interface FeedbackSummary {
  answers: number;
  ratings: number;
  up: number;
  down: number;
  comments: number;
  /** Most recent 👎 ratings with their question and comment, newest first. */
  recentNegative: FeedbackEntry[];
}

export interface FeedbackStore {
  /** Remembers an answer that was shown, so a later click can be tied to its question, answer and sources. Returns its id. */
  recordAnswer(answer: AnsweredQuestion): string;
  /** Stores (or replaces) one user's rating of an answer. Returns false when the answer id is unknown. */
  rate(answerId: string, user: string | null, rating: Rating): boolean;
  /** Adds a comment to the user's latest rating of the answer. */
  comment(answerId: string, user: string | null, comment: string): boolean;
  entries(limit?: number): FeedbackEntry[];
  summary(recent?: number): FeedbackSummary;
  close(): void;
}

export const FEEDBACK_DB_FILE = 'feedback.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  sources TEXT NOT NULL,
  user TEXT,
  channel TEXT,
  time TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
  answer_id TEXT NOT NULL REFERENCES answers(id),
  user TEXT NOT NULL DEFAULT '',
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  comment TEXT,
  time TEXT NOT NULL,
  PRIMARY KEY (answer_id, user)
);
CREATE INDEX IF NOT EXISTS feedback_time ON feedback(time);
`;

interface EntryRow {
  answer_id: string;
  question: string;
  answer: string;
  sources: string;
  asker: string | null;
  channel: string | null;
  rating: Rating;
  comment: string | null;
  user: string;
  time: string;
}

function toEntry(row: EntryRow): FeedbackEntry {
  return {
    answerId: row.answer_id,
    question: row.question,
    answer: row.answer,
    sources: JSON.parse(row.sources) as string[],
    user: row.asker,
    channel: row.channel,
    rating: row.rating,
    comment: row.comment,
    feedbackUser: row.user || null,
    time: row.time,
  };
}

const ENTRY_SELECT = `
SELECT f.answer_id, a.question, a.answer, a.sources, a.user AS asker, a.channel, f.rating, f.comment, f.user, f.time
FROM feedback f JOIN answers a ON a.id = f.answer_id`;

/** Opens (creating if needed) the feedback database: `<dataDir>/feedback.sqlite`, or ':memory:'. */
export function openFeedbackStore(dataDirOrMemory: string): FeedbackStore {
  const db = openDataDatabase(dataDirOrMemory, FEEDBACK_DB_FILE, SCHEMA);

  const insertAnswer = db.prepare(
    'INSERT INTO answers (id, question, answer, sources, user, channel, time) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const answerExists = db.prepare('SELECT 1 FROM answers WHERE id = ?');
  const upsertRating = db.prepare(
    `INSERT INTO feedback (answer_id, user, rating, comment, time) VALUES (?, ?, ?, NULL, ?)
     ON CONFLICT (answer_id, user) DO UPDATE SET rating = excluded.rating, time = excluded.time`,
  );
  const setComment = db.prepare('UPDATE feedback SET comment = ? WHERE answer_id = ? AND user = ?');
  const countRow = db.prepare(
    `SELECT (SELECT COUNT(*) FROM answers) AS answers,
            COUNT(*) AS ratings,
            COALESCE(SUM(rating = 'up'), 0) AS up,
            COALESCE(SUM(rating = 'down'), 0) AS down,
            COALESCE(SUM(comment IS NOT NULL AND comment <> ''), 0) AS comments
     FROM feedback`,
  );
  const recentEntries = db.prepare(`${ENTRY_SELECT} ORDER BY f.time DESC, f.rowid DESC LIMIT ?`);
  const recentNegative = db.prepare(`${ENTRY_SELECT} WHERE f.rating = 'down' ORDER BY f.time DESC, f.rowid DESC LIMIT ?`);

  return {
    recordAnswer(a) {
      const id = randomUUID();
      // Staff may type a citizen's mobile or ID number into a question or comment; it is never stored.
      insertAnswer.run(id, maskPersonalData(a.question), maskPersonalData(a.answer), JSON.stringify(a.sources), a.user, a.channel, new Date().toISOString());
      return id;
    },
    rate(answerId, user, rating) {
      if (!answerExists.get(answerId)) return false;
      upsertRating.run(answerId, user ?? '', rating, new Date().toISOString());
      return true;
    },
    comment(answerId, user, text) {
      return setComment.run(maskPersonalData(text.trim().slice(0, 3000)), answerId, user ?? '').changes > 0;
    },
    entries(limit = 100) {
      return (recentEntries.all(limit) as EntryRow[]).map(toEntry);
    },
    summary(recent = 10) {
      const c = countRow.get() as { answers: number; ratings: number; up: number; down: number; comments: number };
      return { ...c, recentNegative: (recentNegative.all(recent) as EntryRow[]).map(toEntry) };
    },
    close() {
      db.close();
    },
  };
}
