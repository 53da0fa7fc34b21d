import { TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/** Auto-increment key: `integer`, the only type SQLite will auto-increment. */
export function id(): TableColumnOptions {
  return { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
}

/** A foreign key with the explicit name and onUpdate that drift checks expect. */
export function foreignKey(
  table: string,
  column: string,
  referencedTable: string,
  onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL' = 'RESTRICT',
): TableForeignKey {
  return new TableForeignKey({
    name: `FK_${table}_${column}`,
    columnNames: [column],
    referencedTableName: referencedTable,
    referencedColumnNames: ['id'],
    onDelete,
    onUpdate: 'NO ACTION',
  });
}

/** Index named `IDX_<table>_<columns>`, or `UQ_…` when unique. */
export function index(table: string, columns: string[], unique = false): TableIndex {
  return new TableIndex({
    name: `${unique ? 'UQ' : 'IDX'}_${table}_${columns.join('_')}`,
    columnNames: columns,
    isUnique: unique,
  });
}
