// The employment module's argument checks are the shared ones.
export { requireUscc as usccArgument, requireItemKeys as itemKeysArgument } from '../../shared/filters/arguments';
