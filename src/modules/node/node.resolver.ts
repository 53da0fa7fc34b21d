import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { typeReadError } from '../../auth/auth-checker';
import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { fromGlobalId } from '../../shared/relay/global-id';
import { MAX_PAGE_SIZE } from '../../shared/relay/paging';
import { Node } from '../../shared/relay/node';
import { NodeFetcher, nodeFetcher, NodeKeyFetcher, nodeTypeNames } from '../../records/node-registry';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its opaque global id; null when it no longer exists — 按全局标识获取对象' })
  async node(@Arg('id', () => ID, { description: 'Opaque global id — 全局标识' }) id: string, @Ctx() ctx: RequestContext) {
    const [found] = await this.fetch([id], 'id', ctx);
    return found;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by their global ids, in the same order; null where one no longer exists — 批量按全局标识获取对象' })
  async nodes(@Arg('ids', () => [ID], { description: `Opaque global ids, at most ${MAX_PAGE_SIZE} — 全局标识列表` }) ids: string[], @Ctx() ctx: RequestContext) {
    if (ids.length > MAX_PAGE_SIZE) throw badInput('ids', `at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`);
    return this.fetch(ids, 'ids', ctx);
  }

  /**
   * Decodes all ids first (so one bad id fails the call), then loads each type
   * in one batch. A person type the viewer may not read is FORBIDDEN before any
   * lookup (`node` fails; `nodes` fails that item); the loaders themselves
   * leave out persons outside a region-limited viewer's scope, as nulls.
   */
  private async fetch(ids: string[], argument: string, ctx: RequestContext): Promise<Array<object | null>> {
    const decoded = ids.map((id, i) => {
      const name = ids.length === 1 && argument === 'id' ? 'id' : `${argument}[${i}]`;
      const value = fromGlobalId(id, name);
      if (!nodeFetcher(value.type)) {
        throw badInput(name, `"${id}" names type ${value.type}, which is not a node type (${nodeTypeNames().join(', ')})`);
      }
      const refused = typeReadError(ctx, value.type, name);
      if (refused && argument === 'id') throw refused;
      return { ...value, refused };
    });
    return Promise.all(
      decoded.map(async ({ type, key, rowId, refused }) => {
        if (refused) return refused;
        const fetcher = nodeFetcher(type)!;
        if (fetcher.byKey) return (await (fetcher.fetch as NodeKeyFetcher)(ctx, [key]))[0] ?? null;
        // A numeric type with a non-numeric key cannot exist: a miss, not an error.
        if (Number.isNaN(rowId)) return null;
        return (await (fetcher.fetch as NodeFetcher)(ctx, [rowId]))[0] ?? null;
      }),
    );
  }
}
