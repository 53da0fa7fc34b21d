import { AuthChecker } from 'type-graphql';
import { Viewer } from '../shared/auth/viewer';
import { forbidden } from './errors';
import { hasPermission, PERSON_TYPES, Permission } from './permissions';

function who(viewer: Viewer): string {
  return viewer.role === 'PUBLIC' ? 'a caller without credentials (role PUBLIC)' : `role ${viewer.role}`;
}

/**
 * The one decision on `@Authorized(...)`, enforced by field-authorization.ts:
 * the viewer's role must grant every permission named (see permissions.ts;
 * none named means credentials). A refusal is a FORBIDDEN error naming the
 * field; null when the viewer may read it.
 */
export function permissionRefusal(viewer: Viewer, required: readonly string[], field: string) {
  const granted = required.length === 0 ? viewer.role !== 'PUBLIC' : required.every((p) => hasPermission(viewer, p));
  if (granted) return null;
  const needs = required.length === 0 ? 'credentials' : `permission ${required.join(' and ')}`;
  return forbidden(field, `${field} needs ${needs}, which ${who(viewer)} does not have`);
}

/**
 * The same decision as type-graphql's authChecker, for the methods of ours
 * it still wraps (field resolvers, queries, mutations); plain fields are
 * checked by field-authorization.ts without its middleware.
 */
export const authChecker: AuthChecker<{ viewer: Viewer }, string> = ({ context, info }, required) => {
  const refused = permissionRefusal(context.viewer, required, `${info.parentType.name}.${info.fieldName}`);
  if (refused) throw refused;
  return true;
};

/** For `node(id:)`/`nodes(ids:)`: refuses person types to viewers who may not read persons, before any lookup. */
export function typeReadError(ctx: { viewer: Viewer }, typename: string, argument: string) {
  if (!PERSON_TYPES.has(typename) || hasPermission(ctx.viewer, Permission.PERSON_READ)) return null;
  const field = argument === 'id' ? 'Query.node' : 'Query.nodes';
  return forbidden(field, `${argument} names a ${typename}, which is personal data (${Permission.PERSON_READ}); ${who(ctx.viewer)} may not read it`, { argument });
}
