import { defaultFieldResolver, GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Viewer } from '../shared/auth/viewer';
import { permissionRefusal } from './auth-checker';
import { authorizedFields } from './permission-descriptions';

/** Decisions already taken for a request's viewer, by the permissions a field asks for. */
const decisions = new WeakMap<object, Map<string, boolean>>();

function granted(context: { viewer: Viewer }, required: readonly string[], key: string): boolean {
  let known = decisions.get(context);
  if (!known) decisions.set(context, (known = new Map()));
  let decision = known.get(key);
  if (decision === undefined) known.set(key, (decision = permissionRefusal(context.viewer, required, 'any') === null));
  return decision;
}

/** Fields type-graphql resolves itself from a record's property, by `Type.field`: no method of ours runs for them. */
function plainFields(): Set<string> {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.().name ?? ''}.${r.schemaName}`));
  const plain = new Set<string>();
  for (const type of storage.objectTypes) {
    for (const field of type.fields ?? []) {
      const key = `${type.name}.${field.schemaName}`;
      if (field.name === field.schemaName && !resolved.has(`${(type.target as { name: string }).name}.${field.schemaName}`)) plain.add(key);
    }
  }
  return plain;
}

/**
 * Plain fields (a record's property, no method of ours) resolve with
 * graphql-js's default resolver, synchronously, instead of type-graphql's
 * wrapper, whose auth middleware made every authorised scalar of every
 * person a promise. Where such a field needs a permission (the same map its
 * description is written from), the viewer's decision is taken once per
 * request and permission set and checked before the property is read.
 * Methods of ours (field resolvers, queries, mutations) keep type-graphql's
 * authChecker, which takes the same decision.
 */
export function enforcePermissions(schema: GraphQLSchema): void {
  const needs = authorizedFields();
  const plain = plainFields();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      if (!plain.has(key)) continue;
      const required = needs.get(key);
      if (!required) {
        field.resolve = undefined;
        continue;
      }
      const resolve: GraphQLFieldResolver<unknown, { viewer: Viewer }> = defaultFieldResolver;
      const decisionKey = [...required].sort().join(' ');
      field.resolve = (root, args, context: { viewer: Viewer }, info: GraphQLResolveInfo) => {
        if (!granted(context, required, decisionKey)) throw permissionRefusal(context.viewer, required, `${info.parentType.name}.${info.fieldName}`);
        return resolve(root, args, context, info);
      };
    }
  }
}
