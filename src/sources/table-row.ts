/**
 * The columns of an entity as a row type for the SQL builder: its properties
 * without the relation objects TypeORM hangs beside the foreign-key columns.
 * Names stay the entity's camelCase properties; the builder writes them in the
 * database's snake_case (the same rule as `SnakeNamingStrategy`, checked by a
 * test over every entity).
 */
export type TableRow<E> = { [K in keyof E as NonNullable<E[K]> extends object ? never : K]: E[K] };
