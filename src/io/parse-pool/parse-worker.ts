/** The parse pool's worker thread: runs ParseJobs (parse-jobs.ts) one at a time. */
import { serveJobs } from '../worker-pool/serve-jobs.ts';
import { runParseJob, type ParseJob } from './parse-jobs.ts';

serveJobs((payload) => runParseJob(payload as ParseJob));
