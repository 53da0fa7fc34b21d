/**
 * Which subgraph serves what. The two bureaus run the same code; each
 * subgraph serves its own source's root fields and types, and extends the
 * other bureau's entities with the fields its own records answer. Entities
 * are keyed by natural keys, persons by their linkage key (never the ID
 * number), so nothing but keys crosses the boundary.
 */
export const SUBGRAPH_NAMES = ['culture', 'hr'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export function isSubgraphName(name: string): name is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(name);
}

/** Root fields each subgraph serves; `region`, `regions` and `viewer` are answered alike by both (reference data, the caller). */
export const ROOT_FIELDS: Record<SubgraphName, { query: readonly string[]; mutation: readonly string[] }> = {
  culture: {
    query: ['heritageItems', 'inheritors', 'organization', 'organizations', 'revitalizationEntries', 'workshops', 'workshopStatistics'],
    mutation: ['registerWorkshop', 'recognizeWorkshop', 'registerDirectoryOrganization'],
  },
  hr: {
    query: [
      'persons', 'laborBrands', 'trainingCatalog', 'trainingProviders', 'trainingCohorts', 'enrollments', 'subsidyClaims',
      'skillCertificates', 'talentTitles', 'contests', 'vacancies', 'startupLoans',
      'enrollmentStatistics', 'certificateStatistics', 'vacancyStatistics', 'loanStatistics',
      // The notice's remaining records (issue 13).
      'jobSeekers', 'employmentServices', 'employmentEvents', 'startupServices', 'bootCamps', 'industryPilots', 'featuredDesignations',
      'trainingMaterials', 'professionalTitles', 'talentProgrammeAwards', 'rightsCases',
    ],
    mutation: [
      'registerPerson', 'fileLaborBrandUnit', 'issueSkillCertificate', 'awardTalentTitle', 'postVacancy', 'closeVacancy',
      'fileTrainingCatalogEntry', 'publishTrainingCatalogEntry', 'recordTrainingCohort', 'enrollTrainee', 'recordCompletion', 'fileSubsidyClaim',
      'registerJobSeeker', 'recordEmploymentService', 'recordReferralOutcome', 'recordEmploymentEvent', 'recordStartupService', 'recordBootCamp',
      'admitBootCampParticipant', 'recordIndustryPilot', 'designateFeatured', 'fileTrainingMaterial', 'recordProfessionalTitle', 'awardTalentProgramme',
      'openRightsCase', 'closeRightsCase',
    ],
  },
};

/** Served by both subgraphs with the same answer. */
export const SHARED_ROOT_FIELDS = ['region', 'regions', 'viewer'] as const;

/**
 * Root fields of the single process that the supergraph does not have:
 * `node`/`nodes` take a global id of either bureau's types, and the dispatch
 * report puts both bureaus' figures in one row (culture's workshops beside
 * HR's trainees). Each bureau's own lists and statistics answer the same
 * questions through the gateway.
 */
export const SINGLE_PROCESS_ONLY = ['node', 'nodes', 'dispatchReport'] as const;

export interface EntityPlan {
  /** The @key field set. */
  key: string;
  /** The subgraph whose records the type is. */
  owner: SubgraphName;
  /** Fields the other subgraph serves, with the owner's fields it needs (@requires, space-separated) beside the key. */
  extendedBy: Record<string, { requires?: string }>;
}

/** Entities crossing the boundary. Region is shared reference data (@key(fields: "code"), @shareable in both). */
export const ENTITIES: Record<string, EntityPlan> = {
  // Catalogue entries may cite any of the item's listing keys (an extension listing's, from an agency's export): culture gives them.
  HeritageItem: { key: 'itemKey', owner: 'culture', extendedBy: { trainingCatalogEntries: { requires: 'listingKeys' }, laborBrands: {}, contests: {}, trainingMaterials: {} } },
  Organization: {
    key: 'uscc',
    owner: 'culture',
    // The name is the directory's for an organisation culture knows, else the one an HR training-provider filing gives.
    extendedBy: {
      name: { requires: 'knownToCulture directoryName' },
      laborBrandUnits: {},
      trainingProvider: {},
      vacancies: {},
      startupLoans: {},
      startupServices: {},
      bootCampParticipations: {},
      industryPilots: {},
      employmentEvents: {},
    },
  },
  Workshop: { key: 'id', owner: 'culture', extendedBy: { vacancies: { requires: 'operatorUscc' }, trainees: { requires: 'operatorUscc' } } },
  Inheritor: { key: 'id', owner: 'culture', extendedBy: { person: { requires: 'personLinkKey' } } },
  Person: { key: 'linkKey', owner: 'hr', extendedBy: { inheritorOf: {} } },
};

/** Fields only the subgraphs have, for another subgraph's @requires; hidden from the supergraph's API (@inaccessible). */
export const INTERNAL_FIELDS: Record<SubgraphName, Record<string, Record<string, { type: string; description: string }>>> = {
  culture: {
    HeritageItem: {
      listingKeys: { type: '[String!]!', description: 'Every listing key of the item, its own first (for the HR subgraph) — 全部名录编号' },
    },
    Organization: {
      knownToCulture: { type: 'Boolean', description: 'Whether the culture records know the USCC (for the HR subgraph) — 文旅部门是否掌握' },
      directoryName: { type: 'String', description: 'Name in the culture directory, null outside it (for the HR subgraph) — 目录名称' },
    },
  },
  hr: {},
};

export const SHARED_ENTITIES: Record<string, { key: string }> = { Region: { key: 'code' } };
