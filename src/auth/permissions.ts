import { API_ROLES, ApiRole } from '../shared/auth/roles';
import { Viewer } from '../shared/auth/viewer';

/**
 * What `@Authorized(...)` asks for. Roles grant permissions; resolvers name
 * permissions, never roles, so the matrix lives here and nowhere else.
 */
export const Permission = {
  /** Read records about natural persons (masked unless pii:read). */
  PERSON_READ: 'person:read',
  /** File records in the culture source. */
  CULTURE_WRITE: 'culture:write',
  /** File records in the HR source. */
  HR_WRITE: 'hr:write',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/** The scope that unmasks ID numbers and phones; every unmasked read is audited. */
export const PII_READ_SCOPE = 'pii:read';
export const KNOWN_SCOPES: readonly string[] = [PII_READ_SCOPE];

export const ROLE_PERMISSIONS: Record<ApiRole, readonly Permission[]> = {
  PUBLIC: [],
  ANALYST: [Permission.PERSON_READ],
  PARTNER: [Permission.PERSON_READ, Permission.CULTURE_WRITE, Permission.HR_WRITE],
  CULTURE_AGENCY: [Permission.PERSON_READ, Permission.CULTURE_WRITE],
  HR_AGENCY: [Permission.PERSON_READ, Permission.HR_WRITE],
  ADMIN: [Permission.PERSON_READ, Permission.CULTURE_WRITE, Permission.HR_WRITE],
};

/** Roles a credential may carry: PUBLIC is what no credential means, not something to issue. */
export const CREDENTIAL_ROLES: readonly ApiRole[] = API_ROLES.filter((r) => r !== 'PUBLIC');

/** Roles that must be limited to a region, and roles that may not be. */
export const REGION_REQUIRED_ROLES: readonly ApiRole[] = ['PARTNER'];
export const REGION_FORBIDDEN_ROLES: readonly ApiRole[] = ['PUBLIC', 'ADMIN'];

/** An analyst sees masked data by definition; other readers may be granted pii:read. */
export const PII_SCOPE_ROLES: readonly ApiRole[] = ['PARTNER', 'CULTURE_AGENCY', 'HR_AGENCY', 'ADMIN'];

/**
 * GraphQL types that describe natural persons: every field of them needs
 * PERSON_READ (class-level `@Authorized`), `node(id:)` refuses them to other
 * viewers before touching a database, and a region-limited viewer sees only
 * rows of persons living in its region subtree.
 */
export const PERSON_TYPES: ReadonlySet<string> = new Set([
  'Person',
  'TargetGroupStatus',
  'Enrollment',
  'SubsidyClaim',
  'SkillCertificate',
  'TalentTitle',
  'ContestEntry',
  'JobSeeker',
  'EmploymentService',
  'BootCampParticipant',
  'ProfessionalTitle',
  'TalentProgrammeAward',
  'RightsCase',
]);

/**
 * Every GraphQL type whose records describe or name a natural person: the
 * PERSON_TYPES, plus an inheritor (a person's name and masked ID number, in
 * the directory the culture bureau publishes) and a start-up loan (whose
 * borrower may be a person) and a start-up service (given to a person or an enterprise). Rows of them count against the daily quota of
 * person rows (EXPORT_PERSON_ROWS_PER_DAY), and an export of them is audited.
 */
export const PERSON_RECORD_TYPES: ReadonlySet<string> = new Set([...PERSON_TYPES, 'Inheritor', 'StartupLoan', 'StartupService']);

export function hasPermission(viewer: Viewer, permission: Permission | string): boolean {
  return (ROLE_PERMISSIONS[viewer.role] as readonly string[]).includes(permission);
}

export function canReadPersons(viewer: Viewer): boolean {
  return hasPermission(viewer, Permission.PERSON_READ);
}

/** Whether ID numbers and phones are shown in full to this viewer. */
export function canUnmaskPii(viewer: Viewer): boolean {
  return canReadPersons(viewer) && PII_SCOPE_ROLES.includes(viewer.role) && viewer.scopes.has(PII_READ_SCOPE);
}

/** Problems with a role/region/scopes combination, for the CLI and for JWT claims; empty when fine. */
export function credentialProblems(role: string, regionCode: string | null, scopes: readonly string[], regionExists: (code: string) => boolean): string[] {
  const problems: string[] = [];
  if (!(CREDENTIAL_ROLES as readonly string[]).includes(role)) {
    problems.push(`role "${role}" is not one of ${CREDENTIAL_ROLES.join(', ')}`);
    return problems;
  }
  const r = role as ApiRole;
  // A scope this layer does not know is refused rather than ignored: ignoring it would quietly give its holder
  // less than the issuer meant, or, once a scope of that name exists, more.
  for (const scope of new Set(scopes)) if (!KNOWN_SCOPES.includes(scope)) problems.push(`scope "${scope}" is not known (known: ${KNOWN_SCOPES.join(', ')})`);
  if (REGION_REQUIRED_ROLES.includes(r) && !regionCode) problems.push(`role ${r} needs a region`);
  if (REGION_FORBIDDEN_ROLES.includes(r) && regionCode) problems.push(`role ${r} covers the whole province and takes no region`);
  if (regionCode && !regionExists(regionCode)) problems.push(`region "${regionCode}" is not a GB/T 2260 code known to this layer`);
  if (scopes.includes(PII_READ_SCOPE) && !PII_SCOPE_ROLES.includes(r)) problems.push(`role ${r} sees personal data masked and cannot hold ${PII_READ_SCOPE}`);
  return problems;
}
