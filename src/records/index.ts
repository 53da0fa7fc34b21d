export { asc, defineRecord, desc } from './record-definition';
export type { AnyRecordDefinition, LinkPairs, ParentLink, RecordDefinition, RowOf } from './record-definition';
export { FilterQuery } from './record-filter';
export type { FilterEnv } from './record-filter';
export { recordsOf, RecordReader } from './record-reader';
export type { ListArgs, ListOptions, RecordOf, RowScope } from './record-reader';
export { allOf, anyOf, not, RecordWhere } from './record-where';
export type { Condition } from './record-where';
export { registerNodeType, registerNodeTypeByKey, registerRecordNodes, nodeFetcher, nodeTypeNames } from './node-registry';
