import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { toGlobalId } from '../relay/global-id';

/**
 * What services hand to resolvers: the entity's properties, the numeric row
 * id for loaders, the opaque global id, and the GraphQL type name that
 * `Node` resolution needs.
 */
export type NodeRecord<E> = Omit<E, 'id'> & { id: string; rowId: number; __typename: string };

export interface Hydrator<E> {
  metadata: EntityMetadata;
  typename: string;
  table: string;
  hydrate(raw: Record<string, unknown>): NodeRecord<E>;
}

/**
 * Turns raw rows (snake_case columns, driver types) into records, with the
 * driver's own conversions (dates, booleans, enums, transformers), so raw SQL
 * reads the same values an entity would.
 */
export function hydrator<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, typename: string): Hydrator<E> {
  const metadata = dataSource.getMetadata(entity);
  const driver = dataSource.driver;
  const columns = metadata.columns.map((c) => ({ column: c, property: c.propertyName, name: c.databaseName }));
  return {
    metadata,
    typename,
    table: metadata.tableName,
    hydrate(raw) {
      const record: Record<string, unknown> = { __typename: typename };
      for (const { column, property, name } of columns) {
        const value = raw[name];
        record[property] = value === undefined ? undefined : driver.prepareHydratedValue(value, column);
      }
      const rowId = Number(record.id);
      record.rowId = rowId;
      record.id = toGlobalId(typename, rowId);
      return record as NodeRecord<E>;
    },
  };
}
