import { requestScope } from './request-scope';

/** Records a DataLoader batch's size in the request's scope, for the metrics (the context hands it to the loaders). */
export function recordLoaderBatch(loader: string, size: number): void {
  requestScope()?.loaderBatches.push({ loader, size });
}
