import {
  DocumentNode,
  GraphQLFieldResolver,
  GraphQLSchema,
  isEnumType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  Kind,
} from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { permissionRefusal } from '../auth/auth-checker';
import { Permission } from '../auth/permissions';
import type { RequestContext } from '../context';
import { recordsOf } from '../records';
import { INHERITOR } from '../modules/heritage/heritage.record';
import { heritageItemByListingKey } from '../modules/heritage/heritage-item.lookups';
import type { HeritageItemRecord } from '../modules/heritage/heritage.record';
import { organizationsByUscc } from '../modules/organization/organization.lookups';
import { organizationRecord, OrganizationRecord } from '../modules/organization/organization.record';
import { PERSON_BY_LINK_KEY } from '../modules/person/person.lookups';
import { TRAINING_PROVIDER_BY_USCC } from '../modules/training/training.lookups';
import { TrainingCatalogService } from '../modules/training/training-catalog-entry.service';
import type { TrainingCatalogEntryRecord } from '../modules/training/training.record';
import { WORKSHOP } from '../modules/workshop/workshop.record';
import { RegionService } from '../modules/region/region.service';
import { rowIdOf } from '../shared/relay/global-id';
import type { SubgraphName } from './subgraph-plan';

type Resolvers = GraphQLResolverMap<RequestContext>;
type Reference = Record<string, unknown> & { __typename: string };

/** The same refusal as @Authorized, for the few resolvers written here. */
function assertPermitted(ctx: RequestContext, permission: Permission, field: string): void {
  const refusal = permissionRefusal(ctx.viewer, [permission], field);
  if (refusal) throw refusal;
}

/**
 * Reference resolvers and the fields whose single-process resolver reaches
 * into the other bureau's database. Each reference resolver goes through a
 * per-request loader, so the gateway's `_entities` call for a whole level
 * costs one statement per entity type, whatever the number of rows.
 */
const OWN: Record<SubgraphName, Resolvers> = {
  culture: {
    HeritageItem: {
      __resolveReference: (ref: Reference, ctx: RequestContext) => heritageItemByListingKey(ctx, ref.itemKey as string),
      listingKeys: (item: HeritageItemRecord, _args: unknown, ctx: RequestContext) => new TrainingCatalogService(ctx).listingKeysOf(item),
    },
    Organization: {
      __resolveReference: (ref: Reference, ctx: RequestContext) => organizationsByUscc(ctx).load(ref.uscc as string),
      knownToCulture: (org: OrganizationRecord) => org.knownToCulture !== false,
      directoryName: (org: OrganizationRecord) => (org.knownToCulture === false ? null : org.name),
    },
    Workshop: { __resolveReference: (ref: Reference, ctx: RequestContext) => recordsOf(ctx, WORKSHOP).byId().load(rowIdOf(ref.id as string, 'Workshop')) },
    Inheritor: { __resolveReference: (ref: Reference, ctx: RequestContext) => recordsOf(ctx, INHERITOR).byId().load(rowIdOf(ref.id as string, 'Inheritor')) },
    Person: {
      __resolveReference: (ref: Reference) => ({ __typename: 'Person', linkKey: ref.linkKey }),
      inheritorOf: (person: { linkKey: string }, _args: unknown, ctx: RequestContext) => {
        assertPermitted(ctx, Permission.PERSON_READ, 'Person.inheritorOf');
        return recordsOf(ctx, INHERITOR).byColumn('linkKey').load(person.linkKey);
      },
    },
  },
  hr: {
    // References to the other bureau's entities carry their key (and what a field @requires); the fields look up HR's own rows.
    HeritageItem: { __resolveReference: (ref: Reference) => ({ ...ref }) },
    Workshop: { __resolveReference: (ref: Reference) => ({ ...ref }) },
    Inheritor: {
      __resolveReference: (ref: Reference) => ({ ...ref }),
      person: (inheritor: { personLinkKey: string | null }, _args: unknown, ctx: RequestContext) => {
        assertPermitted(ctx, Permission.PERSON_READ, 'Inheritor.person');
        return inheritor.personLinkKey ? PERSON_BY_LINK_KEY.load(ctx, inheritor.personLinkKey) : null;
      },
    },
    Organization: {
      __resolveReference: (ref: Reference) => ({ ...organizationRecord(ref.uscc as string), ...ref }),
      name: async (org: OrganizationRecord & { directoryName?: string | null }, _args: unknown, ctx: RequestContext) =>
        org.knownToCulture === false ? ((await TRAINING_PROVIDER_BY_USCC.load(ctx, org.uscc))?.name ?? null) : (org.directoryName ?? null),
    },
    Person: { __resolveReference: (ref: Reference, ctx: RequestContext) => PERSON_BY_LINK_KEY.load(ctx, ref.linkKey as string) },
    TrainingCatalogEntry: {
      // The items by the keys HR holds; the culture subgraph resolves each key (an item's own key or one of its listings').
      heritageItems: async (entry: TrainingCatalogEntryRecord, _args: unknown, ctx: RequestContext) =>
        (await new TrainingCatalogService(ctx).itemKeys(entry)).map((itemKey) => ({ __typename: 'HeritageItem', itemKey })),
    },
  },
};

/**
 * The resolvers of a subgraph's SDL: the single process's own field
 * resolvers (with their permission checks, masking and audit notes, all
 * inside `resolve`), its scalars, enum values and abstract-type resolution,
 * then the subgraph's reference resolvers and replacements on top.
 */
export function subgraphResolvers(single: GraphQLSchema, document: DocumentNode, subgraph: SubgraphName): Resolvers {
  const resolvers: Resolvers = {};
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name) continue;
    const type = single.getType(definition.name.value);
    if (!type) continue;
    if (isObjectType(type) && definition.kind === Kind.OBJECT_TYPE_DEFINITION) {
      const fields: Record<string, GraphQLFieldResolver<unknown, RequestContext>> = {};
      const own = type.getFields();
      for (const field of definition.fields ?? []) {
        const resolve = own[field.name.value]?.resolve;
        if (resolve) fields[field.name.value] = resolve;
      }
      resolvers[type.name] = fields as never;
    } else if (isInterfaceType(type) || isUnionType(type)) {
      const resolveType = type.resolveType;
      resolvers[type.name] = { __resolveType: (value: { __typename?: string }, ...rest: unknown[]) => (resolveType ? (resolveType as (...a: unknown[]) => unknown)(value, ...rest) : value.__typename) } as never;
    } else if (isEnumType(type)) {
      resolvers[type.name] = Object.fromEntries(type.getValues().map((v) => [v.name, v.value])) as never;
    } else if (isScalarType(type) && !isSpecifiedScalarType(type)) {
      resolvers[type.name] = type as never;
    }
  }
  for (const [typeName, fields] of Object.entries(OWN[subgraph])) resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...fields } as never;
  resolvers.Region = { ...(resolvers.Region ?? {}), __resolveReference: (ref: Reference, ctx: RequestContext) => new RegionService(ctx.regions).byCode(ref.code as string) } as never;
  return resolvers;
}
