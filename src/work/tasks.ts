// The use cases the Slack app hands off (heavy work, and reads of the index it does not hold), as one function either side of the thread boundary runs.
import { answerQuestion } from '../answer/index.js';
import { draftReply, renderDocx } from '../draft/index.js';
import { indexCatalog } from '../library/catalog.js';
import type { Services } from '../services.js';
import type { Task, TaskResult } from './protocol.js';

/** Runs one task over `services`; `onToken` receives streamed answer text when the task asks for streaming. */
export async function runTask(services: Services, task: Task, onToken?: (text: string) => void): Promise<TaskResult> {
  switch (task.kind) {
    case 'answer':
      return answerQuestion(services, task.question, task.history, { ...task.options, ...(task.stream && onToken ? { onToken } : {}) });
    case 'draft':
      return draftReply(services, task.input, task.options);
    case 'docx':
      return renderDocx(task.draft, task.bureau);
    case 'catalog':
      return indexCatalog(services.search, task.docIds);
  }
}
