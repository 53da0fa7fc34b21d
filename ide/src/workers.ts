/**
 * Monaco runs its language services in web workers. They are bundled by
 * scripts/build-ide.mjs into files beside this bundle (names with a content
 * hash, injected as __IDE_WORKERS__), so the editor never fetches a worker
 * from anywhere but this server.
 */
declare const __IDE_WORKERS__: { editor: string; json: string; graphql: string };

function workerUrl(file: string): URL {
  return new URL(`./${file}`, import.meta.url);
}

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case 'json':
        return new Worker(workerUrl(__IDE_WORKERS__.json), { name: 'json' });
      case 'graphql':
        return new Worker(workerUrl(__IDE_WORKERS__.graphql), { name: 'graphql' });
      default:
        return new Worker(workerUrl(__IDE_WORKERS__.editor), { name: 'editor' });
    }
  },
};

export {};
