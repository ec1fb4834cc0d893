// Entry point of the analysis worker thread (bundled to dist/worker.js): the engine runs here so the
// extension host's thread is never blocked by a long analysis.
import { parentPort, workerData } from 'worker_threads';
import { AnalysisHandler } from './handler';
import { loadEngine } from './engineModule';
import type { Envelope } from './protocol';

const port = parentPort;
if (port) {
  const { enginePath } = workerData as { enginePath: string };
  const handler = new AnalysisHandler(() => loadEngine(enginePath));
  port.on('message', (message: Envelope) => {
    for (const reply of handler.handle(message.id, message.request)) port.postMessage(reply);
  });
}
