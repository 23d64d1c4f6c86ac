// One job in a worker thread: start it with its data, take the one message it posts back. Used by
// the build's parallel steps (the compile workers, the prerender workers).
import { Worker, type ResourceLimits } from 'node:worker_threads'

/** Runs `file` in a new thread with `data`; resolves with its message, rejects on an error or a bad exit. */
export function runWorkerOnce<T>(file: string, data: unknown, resourceLimits?: ResourceLimits): Promise<T> {
  return new Promise((done, fail) => {
    const worker = new Worker(file, { workerData: data, ...(resourceLimits ? { resourceLimits } : {}) })
    worker.once('message', done)
    worker.once('error', fail)
    worker.once('exit', (code) => code && fail(new Error(`worker ${file} exited with ${code}`)))
  })
}
