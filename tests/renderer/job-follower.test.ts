import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJobFollower, type JobCalls } from '../../src-renderer/src/lib/job-follower';

interface Status {
  done: boolean;
  step: number;
}

/** A fake host job: each status call advances one step; done at `steps`. */
function fakeHost(steps: number, cancelOnDetach = false) {
  let step = 0;
  const cancelled: string[] = [];
  const status = vi.fn(async (jobId: string): Promise<Status> => {
    expect(jobId).toBe('job-1');
    step += 1;
    return { done: step >= steps || cancelled.length > 0, step };
  });
  const calls: JobCalls<Status> = {
    status,
    cancel: async (jobId) => cancelled.push(jobId),
    isDone: (s) => s.done,
    cancelOnDetach,
    intervalMs: 10,
  };
  return { calls, status, cancelled };
}

const begin = async (): Promise<{ jobId: string }> => ({ jobId: 'job-1' });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a followed job', () => {
  it('reports progress on each poll and resolves with the final status', async () => {
    const host = fakeHost(3);
    const job = createJobFollower(host.calls);
    const progress: number[] = [];
    const result = job.follow(begin, (s) => progress.push(s.step));
    expect(job.busy()).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toEqual({ done: true, step: 3 });
    expect(progress).toEqual([1, 2]);
    expect(job.busy()).toBe(false);
  });

  it('cancels the running job on request, and says when nothing runs', async () => {
    const host = fakeHost(1000);
    const job = createJobFollower(host.calls);
    expect(job.cancel()).toBe(false);
    const result = job.follow(begin, () => undefined);
    await vi.advanceTimersByTimeAsync(25);
    expect(job.cancel()).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toMatchObject({ done: true });
    expect(host.cancelled).toEqual(['job-1']);
    expect(job.cancel()).toBe(false);
  });

  it('stops polling once its view is gone, leaving the job to run on', async () => {
    const host = fakeHost(1000);
    const job = createJobFollower(host.calls);
    const result = job.follow(begin, () => undefined);
    await vi.advanceTimersByTimeAsync(25);
    job.detach();
    await vi.advanceTimersByTimeAsync(200);
    await expect(result).resolves.toBeNull();
    expect(host.status).toHaveBeenCalledTimes(2);
    expect(host.cancelled).toEqual([]);
    expect(job.attached()).toBe(false);
  });

  it('cancels the job when its view goes, if asked to, even while it was starting', async () => {
    const running = fakeHost(1000, true);
    const job = createJobFollower(running.calls);
    const first = job.follow(begin, () => undefined);
    await vi.advanceTimersByTimeAsync(25);
    job.detach();
    await vi.advanceTimersByTimeAsync(100);
    await expect(first).resolves.toBeNull();
    expect(running.cancelled).toEqual(['job-1']);

    const starting = fakeHost(1000, true);
    const late = createJobFollower(starting.calls);
    const second = late.follow(begin, () => undefined);
    late.detach();
    await expect(second).resolves.toBeNull();
    expect(starting.cancelled).toEqual(['job-1']);
    expect(starting.status).not.toHaveBeenCalled();
  });

  it('passes on a failed status call, and is free for the next job', async () => {
    const host = fakeHost(3);
    host.status.mockRejectedValueOnce(new Error('host gone'));
    const job = createJobFollower(host.calls);
    const result = job.follow(begin, () => undefined);
    const failed = expect(result).rejects.toThrow('host gone');
    await vi.advanceTimersByTimeAsync(20);
    await failed;
    expect(job.busy()).toBe(false);
    expect(job.cancel()).toBe(false);
  });
});
