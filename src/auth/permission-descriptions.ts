import { GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { ROLE_PERMISSIONS } from './permissions';
import type { ApiRole } from '../shared/auth/roles';

/** The roles that hold every one of these permissions (any role but PUBLIC for none: "credentials"). */
export function rolesGranting(required: readonly string[]): ApiRole[] {
  return (Object.keys(ROLE_PERMISSIONS) as ApiRole[]).filter((role) =>
    required.length === 0 ? role !== 'PUBLIC' : required.every((p) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(p)),
  );
}

/** The sentence appended to a field's description, e.g. "Needs person:read (roles ANALYST, …) — 需要 person:read 权限". */
export function permissionNote(required: readonly string[]): string {
  const roles = rolesGranting(required).join(', ');
  if (required.length === 0) return `Needs credentials (roles ${roles}) — 需要凭据`;
  const names = required.join(' and ');
  return `Needs ${names} (roles ${roles}) — 需要 ${required.join('、')} 权限`;
}

type Declared = { target: Function; fields?: Array<{ schemaName: string; roles?: string[] }> };

/**
 * What `@Authorized(...)` asks for, by `Type.field`: the roles type-graphql
 * resolved for each query, mutation and field while building the schema
 * (field, class, resolver-method and resolver-class decorators merged), the
 * same list its auth middleware hands the authChecker. Inherited fields
 * count for the type that inherits them. Call it after buildSchema.
 */
export function authorizedFields(): Map<string, readonly string[]> {
  const storage = getMetadataStorage();
  const found = new Map<string, readonly string[]>();
  for (const query of storage.queries) if (query.roles) found.set(`Query.${query.schemaName}`, query.roles);
  for (const mutation of storage.mutations) if (mutation.roles) found.set(`Mutation.${mutation.schemaName}`, mutation.roles);
  const declaredBy = new Map<Function, Declared>();
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes] as Declared[]) declaredBy.set(type.target, type);
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
    // The nearest class declaring a field decides for it, as in the built schema.
    const seen = new Set<string>();
    for (let target: Function | null = type.target; target && target !== Function.prototype; target = Object.getPrototypeOf(target) as Function | null) {
      for (const field of declaredBy.get(target)?.fields ?? []) {
        if (seen.has(field.schemaName)) continue;
        seen.add(field.schemaName);
        if (field.roles) found.set(`${type.name}.${field.schemaName}`, field.roles);
      }
    }
  }
  return found;
}

/**
 * Appends to the description of every field that needs a permission which
 * one, and which roles hold it, so the docs (and the committed SDL) say so
 * and can never disagree with what the authChecker enforces.
 */
export function describePermissions(schema: GraphQLSchema): void {
  const needs = authorizedFields();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const required = needs.get(`${type.name}.${field.name}`);
      if (!required) continue;
      const note = permissionNote(required);
      if (!field.description?.includes(note)) field.description = field.description ? `${field.description}\n\n${note}` : note;
    }
  }
}
