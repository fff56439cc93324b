// Extraction on all cores: a pool of worker threads (extractWorker.ts), as many as the machine
// has cores unless told otherwise, each extracting one article at a time, so a batch takes the
// time of its share per core. extract() has the contract of extractArticles(): every article
// extracted or reported as skipped (source and reason), in the order given; a worker that dies is
// replaced and the article it held is reported as skipped. close() ends the threads.
//
//   const pool = extractPool();
//   const { extracted, skipped } = await pool.extract(articles);
//   await pool.close();
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, Skipped } from '../model/index.js';
import type { ArticleExtraction } from './pipeline.js';

export interface ExtractPool {
  readonly size: number;
  extract(articles: readonly Article[]): Promise<{ extracted: ArticleExtraction[]; skipped: Skipped[] }>;
  close(): Promise<void>;
}

type Outcome = { extraction: ArticleExtraction } | { error: string };
interface Task {
  id: number;
  article: Article;
  done: (outcome: Outcome) => void;
}

/** The worker's entry: the compiled module, or under tsx (tests, scripts) the TypeScript source behind tsx's loader. */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./extractWorker.js', import.meta.url);
  const source = new URL('./extractWorker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

export function extractPool(size: number = availableParallelism()): ExtractPool {
  const entry = workerEntry();
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const answered = new Set<Worker>();
  const dead = new Set<Worker>();
  let nextId = 0;
  let closed = false;

  const spawn = (): void => {
    const worker = new Worker(entry);
    worker.on('message', (message: { id: number } & Outcome) => {
      answered.add(worker);
      const task = busy.get(worker);
      busy.delete(worker);
      task?.done(message);
      idle.push(worker);
      pump();
    });
    worker.on('error', (error) => retire(worker, error.message));
    worker.on('exit', (code) => retire(worker, `the extraction thread exited (${code})`));
    idle.push(worker);
  };
  /** A dead worker's article is skipped; it is replaced unless it died before extracting anything (it cannot start). */
  const retire = (worker: Worker, reason: string): void => {
    if (dead.has(worker)) return;
    dead.add(worker);
    const task = busy.get(worker);
    busy.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    if (closed) return;
    task?.done({ error: reason });
    if (answered.has(worker)) spawn();
    else if (idle.length + busy.size === 0) for (let t = queue.shift(); t; t = queue.shift()) t.done({ error: `no extraction thread could start: ${reason}` });
    pump();
  };
  const pump = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const task = queue.shift() as Task;
      busy.set(worker, task);
      worker.postMessage({ id: task.id, article: task.article });
    }
  };
  const workers = Math.max(1, size);
  for (let i = 0; i < workers; i++) spawn();

  return {
    size: workers,
    async extract(articles) {
      if (closed) throw new Error('extractPool: extract() after close()');
      const outcomes = await Promise.all(
        articles.map(
          (article) =>
            new Promise<Outcome>((done) => {
              queue.push({ id: nextId++, article, done });
              pump();
            }),
        ),
      );
      const extracted: ArticleExtraction[] = [];
      const skipped: Skipped[] = [];
      outcomes.forEach((outcome, i) => {
        if ('extraction' in outcome) extracted.push(outcome.extraction);
        else skipped.push({ source: (articles[i] as Article).source, reason: `extraction failed: ${outcome.error}` });
      });
      return { extracted, skipped };
    },
    async close() {
      closed = true;
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
