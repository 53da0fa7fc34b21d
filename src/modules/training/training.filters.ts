// The training module's argument checks are the shared ones.
export { dateRange, regionSubtree, requireItemKeys as itemKeysArgument, requireUscc as usccArgument } from '../../shared/filters/arguments';
