import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { RegionService } from './region.service';
import { Region } from './region.type';

// type-graphql's own ClassType is not exported from its package root.
type ObjectClass<T> = abstract new (...args: never[]) => T;

export interface RegionFieldOptions {
  /** Permissions the field needs, when its type's other fields need them too (a person's region is personal data). */
  authorized?: readonly string[];
}

/**
 * The resolver of a record's region: `field` (`region`, `area` on a listing)
 * is the Region whose GB/T 2260 code the record holds in `column`, null for a
 * code the reference table does not know. Every record type with a region
 * code gets its field from here, so the lookup and its nullability are
 * written once; the module lists the class with its other resolvers.
 */
export function regionField<T extends object>(type: ObjectClass<T>, field: string, column: keyof T & string, description: string, options: RegionFieldOptions = {}) {
  @Resolver(() => type)
  class RegionFieldResolver {
    @FieldResolver(() => Region, { name: field, nullable: true, description })
    region(@Root() record: T, @Ctx() ctx: RequestContext) {
      return new RegionService(ctx.regions).byCode(String(record[column]));
    }
  }
  if (options.authorized) Authorized([...options.authorized])(RegionFieldResolver.prototype, 'region');
  // Named after what it resolves, for stack traces and type-graphql's messages.
  Object.defineProperty(RegionFieldResolver, 'name', { value: `${type.name}${field.charAt(0).toUpperCase()}${field.slice(1)}Resolver` });
  return RegionFieldResolver;
}
