import { useEffect, useState } from 'react';
import { createJobFollower, type JobCalls, type JobFollower } from '../lib/job-follower';

/** A host job followed by this view; polling stops when the view unmounts. `calls` is read once. */
export function usePolledJob<S>(calls: JobCalls<S>): JobFollower<S> {
  const [job] = useState(() => createJobFollower(calls));
  useEffect(() => {
    // Attach again on a remount (React's development mode mounts effects twice).
    job.attach();
    return () => job.detach();
  }, [job]);
  return job;
}
