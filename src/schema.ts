import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { enforcePermissions } from './auth/field-authorization';
import { describePermissions } from './auth/permission-descriptions';
import { tallyPersonRecords } from './auth/person-records';
import { employmentResolvers } from './modules/employment';
import { filingResolvers } from './modules/filing';
import { heritageResolvers } from './modules/heritage';
import { jobSeekingResolvers } from './modules/job-seeking';
import { laborResolvers } from './modules/labor';
import { linkResolvers } from './modules/links';
import { NodeResolver } from './modules/node/node.resolver';
import { organizationResolvers } from './modules/organization';
import { personResolvers } from './modules/person';
import { regionResolvers } from './modules/region';
import { pilotResolvers } from './modules/pilot';
import { startupResolvers } from './modules/startup';
import { statisticsResolvers } from './modules/statistics';
import { talentResolvers } from './modules/talent';
import { careerResolvers } from './modules/career';
import { materialResolvers } from './modules/material';
import { rightsResolvers } from './modules/rights';
import { trainingResolvers } from './modules/training';
import { viewerResolvers } from './modules/viewer';
import { workshopResolvers } from './modules/workshop';

/** Every module's resolvers; importing a module also registers its node types. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  ...regionResolvers,
  ...heritageResolvers,
  ...workshopResolvers,
  ...organizationResolvers,
  ...trainingResolvers,
  ...personResolvers,
  ...talentResolvers,
  ...laborResolvers,
  ...employmentResolvers,
  ...jobSeekingResolvers,
  ...startupResolvers,
  ...pilotResolvers,
  ...materialResolvers,
  ...careerResolvers,
  ...rightsResolvers,
  ...linkResolvers,
  ...filingResolvers,
  ...statisticsResolvers,
  ...viewerResolvers,
];

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process: type-graphql metadata is global anyway. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false, authChecker }).then((schema) => {
    const query = schema.getQueryType();
    if (query) query.description = "Entry points for reading both agencies' records — 查询入口";
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = "Filings that change an agency's records — 变更入口";
    describePermissions(schema);
    enforcePermissions(schema);
    tallyPersonRecords(schema);
    return schema;
  });
  return built;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs show real changes only. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphqlSchema()))}\n`;
}
