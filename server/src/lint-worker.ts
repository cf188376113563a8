// The lint worker's own bundle (dist/lint-worker.js): the engine and what a worker thread started by WorkerLinter runs,
// without the LSP libraries and the server's features, which the server's bundle (dist/server.js, which can serve as
// the worker too) holds. Every thread holds the code it loaded, and its source: this one ≈ 0.6 MB less of each, and
// none of those libraries' module state.

import { serveLintsIfWorker } from './worker-linter';

serveLintsIfWorker();
