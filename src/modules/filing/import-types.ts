/**
 * Record types `import --type` takes. A list of its own, free of the rules and
 * entities, so that `import --help` needs no database code; import-rules.ts
 * must give each exactly one rule (the compiler checks).
 */
export const IMPORT_TYPES = [
  'persons',
  'training-catalog-entries',
  'training-cohorts',
  'enrollments',
  'skill-certificates',
  'talent-titles',
  'vacancies',
  'workshops',
  'directory-organizations',
  'job-seekers',
  'employment-services',
  'employment-events',
  'startup-services',
  'boot-camps',
  'boot-camp-participants',
  'industry-pilots',
  'featured-designations',
  'training-materials',
  'professional-titles',
  'talent-programme-awards',
  'rights-cases',
] as const;

export type ImportType = (typeof IMPORT_TYPES)[number];

export function isImportType(value: string): value is ImportType {
  return (IMPORT_TYPES as readonly string[]).includes(value);
}
