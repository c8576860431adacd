// One run of the spreadsheet import: upload the file (upload progress), then follow the job
// (GET /api/enterprises/imports/{id} every 500 ms) until it is DONE or FAILED.
import { onBeforeUnmount, reactive } from 'vue';
import { request } from './api.js';
import { uploadFile } from './upload.js';

const POLL_MS = 500;
const FINAL = ['DONE', 'FAILED'];
// a poll that fails now and then (a restart of the REST application) is asked again; this many in a row end it
const MAX_POLL_FAILURES = 5;

export function useImportJob() {
  // phase: idle, uploading, running, done (job DONE), failed (job FAILED), error (refused or unreachable: `error`)
  const state = reactive({ phase: 'idle', upload: 0, job: null, error: null });
  let alive = true;
  let generation = 0; // a newer run or a reset leaves the older one's answers unused
  let abortUpload = null;
  let timer = null;
  onBeforeUnmount(() => {
    alive = false;
    clearTimeout(timer);
    abortUpload?.();
  });
  const sleep = (ms) => new Promise((resolve) => (timer = setTimeout(resolve, ms)));

  async function follow(first, mine) {
    const current = () => alive && mine === generation;
    let job = first;
    let failures = 0;
    state.job = job;
    state.phase = 'running';
    while (!FINAL.includes(job?.state)) {
      await sleep(POLL_MS);
      if (!current()) return null;
      try {
        job = await request(`/api/enterprises/imports/${encodeURIComponent(first.id)}`);
        if (!current()) return null;
        failures = 0;
        state.job = job;
      } catch (e) {
        if (++failures >= MAX_POLL_FAILURES || e.status === 404 || e.status === 403) throw e;
      }
    }
    state.phase = job.state === 'DONE' ? 'done' : 'failed';
    return job;
  }

  /** Uploads `file` and follows the job; resolves with the final job, or null when it was refused (see state.error). */
  async function run(file, { mode, dryRun }) {
    const mine = ++generation;
    Object.assign(state, { phase: 'uploading', upload: 0, job: null, error: null });
    const upload = uploadFile('/api/enterprises/imports', {
      file,
      query: { mode, dryRun: dryRun ? 'true' : 'false', filename: file.name },
      onProgress: (fraction) => {
        if (mine === generation) state.upload = Math.min(100, Math.round(fraction * 100));
      },
    });
    abortUpload = upload.abort;
    try {
      const job = await upload.promise;
      if (mine !== generation) return null;
      abortUpload = null;
      state.upload = 100;
      return await follow(job, mine);
    } catch (e) {
      if (!alive || mine !== generation) return null;
      state.phase = 'error';
      state.error = e;
      return null;
    }
  }

  function reset() {
    generation++;
    clearTimeout(timer);
    abortUpload?.();
    Object.assign(state, { phase: 'idle', upload: 0, job: null, error: null });
  }

  return { state, run, reset };
}

/** How far the server is with a job, 0..100; null while it does not know the number of rows yet. */
export function jobPercent(job) {
  if (!job) return 0;
  if (FINAL.includes(job.state)) return 100;
  if (!job.total) return null;
  return Math.min(100, Math.floor((100 * (job.processed ?? 0)) / job.total));
}
