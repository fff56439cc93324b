// What watch remembers per feed between polls and between runs: the validators of its last full
// answer (ETag, Last-Modified) for conditional requests, and when it was last checked. Kept in
// DATA_DIR/feeds.json, rewritten whole through a temporary file and a rename, so the file is
// always either the old or the new state. A feed's validators are replaced only once all of its
// new items are stored (pollFeed), so a stop or a failed item never hides items behind a 304.
//
//   const state = await FeedState.open('.newsgraph');
//   await fetcher.fetch(feed, state.validators(feed));
//   await state.remember(feed, { etag: '"v2"', checkedAt: '2026-05-01T10:00:00.000Z' });
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Validators } from '../read/fetch/fetchOutcome.js';

export interface FeedRecord extends Validators {
  checkedAt?: string;
}

interface FeedStateFile {
  format: 'newsgraph-feeds';
  version: 1;
  feeds: Record<string, FeedRecord>;
}

export class FeedState {
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly feeds: Record<string, FeedRecord>,
  ) {}

  /** Reads DATA_DIR/feeds.json (none yet: an empty state); a file that is not ours is an error naming it. */
  static async open(dataDir: string): Promise<FeedState> {
    const file = path.join(dataDir, 'feeds.json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new FeedState(file, {});
      throw error;
    }
    let data: Partial<FeedStateFile>;
    try {
      data = JSON.parse(text) as Partial<FeedStateFile>;
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message}); remove it to start the feeds afresh`, { cause: error });
    }
    if (data?.format !== 'newsgraph-feeds' || data.version !== 1 || typeof data.feeds !== 'object' || data.feeds === null) {
      throw new Error(`${file}: not a newsgraph feed state (version 1); remove it to start the feeds afresh`);
    }
    return new FeedState(file, data.feeds);
  }

  validators(feed: string): Validators {
    const { etag, lastModified } = this.feeds[feed] ?? {};
    return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
  }

  /** Replaces the feed's record and writes the file (writes run one after another). */
  remember(feed: string, record: FeedRecord): Promise<void> {
    this.feeds[feed] = { ...record };
    const write = this.saving.then(() => this.write());
    this.saving = write.catch(() => undefined);
    return write;
  }

  private async write(): Promise<void> {
    const data: FeedStateFile = { format: 'newsgraph-feeds', version: 1, feeds: this.feeds };
    const temp = `${this.file}.${process.pid}.tmp`;
    await mkdir(path.dirname(this.file), { recursive: true });
    try {
      await writeFile(temp, JSON.stringify(data, null, 2) + '\n', 'utf8');
      await rename(temp, this.file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}
