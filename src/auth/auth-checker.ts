import { AuthChecker } from 'type-graphql';
import { Viewer } from '../shared/auth/viewer';
import { forbidden } from './errors';
import { hasPermission, PERSON_TYPES, Permission } from './permissions';

function who(viewer: Viewer): string {
  return viewer.role === 'PUBLIC' ? 'a caller without credentials (role PUBLIC)' : `role ${viewer.role}`;
}

/**
 * The one authChecker of the schema. `@Authorized(...)` names permissions
 * (see permissions.ts), all of which the viewer's role must grant; a refusal
 * is a FORBIDDEN error naming the field, at the field's path.
 */
export const authChecker: AuthChecker<{ viewer: Viewer }, string> = ({ context, info }, required) => {
  const viewer = context.viewer;
  const granted = required.length === 0 ? viewer.role !== 'PUBLIC' : required.every((p) => hasPermission(viewer, p));
  if (granted) return true;
  const field = `${info.parentType.name}.${info.fieldName}`;
  const needs = required.length === 0 ? 'credentials' : `permission ${required.join(' and ')}`;
  throw forbidden(field, `${field} needs ${needs}, which ${who(viewer)} does not have`);
};

/** For `node(id:)`/`nodes(ids:)`: refuses person types to viewers who may not read persons, before any lookup. */
export function typeReadError(ctx: { viewer: Viewer }, typename: string, argument: string) {
  if (!PERSON_TYPES.has(typename) || hasPermission(ctx.viewer, Permission.PERSON_READ)) return null;
  const field = argument === 'id' ? 'Query.node' : 'Query.nodes';
  return forbidden(field, `${argument} names a ${typename}, which is personal data (${Permission.PERSON_READ}); ${who(ctx.viewer)} may not read it`, { argument });
}
