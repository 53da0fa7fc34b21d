import { forbidden } from '../../auth/errors';
import { hasPermission, Permission } from '../../auth/permissions';
import { Viewer } from '../../shared/auth/viewer';
import { RegionDirectory } from '../../shared/regions';
import { chinaDate } from '../../shared/time/china-day';

/** The source a filing writes; each filing writes exactly one. */
export type FilingSource = 'culture' | 'hr';

/**
 * The permission that writing each source takes (roles grant it: see
 * auth/permissions.ts); a region-limited viewer writes only inside its
 * region subtree, which the validators check field by field.
 */
export const WRITE_PERMISSION = { culture: Permission.CULTURE_WRITE, hr: Permission.HR_WRITE } as const satisfies Record<FilingSource, Permission>;

/** What the validators need to know about the caller and the moment. */
export interface FilingEnv {
  viewer: Viewer;
  regions: RegionDirectory;
  /** Strict mode: a USCC failing its checksum is an error rather than a warning. */
  strict: boolean;
  /** Today in China Standard Time, YYYY-MM-DD: the latest day an event can have happened. */
  today: string;
  /** Codes of the viewer's region subtree; null when the viewer is not limited to a region. */
  scope: ReadonlySet<string> | null;
  /** `import --upsert`: a natural key on file names the record to update (see FilingRule.upsert); never set by mutations. */
  upsert?: boolean;
}

export function filingEnv(viewer: Viewer, regions: RegionDirectory, strict: boolean, now = new Date()): FilingEnv {
  return {
    viewer,
    regions,
    strict,
    today: chinaDate(now),
    scope: viewer.regionCode ? new Set(regions.subtreeCodes(viewer.regionCode)) : null,
  };
}

export function inScope(env: FilingEnv, regionCode: string): boolean {
  return env.scope === null || env.scope.has(regionCode);
}

/** "370102 (历下区)" for messages. */
export function regionLabel(env: FilingEnv, code: string): string {
  const region = env.regions.get(code);
  return region ? `${code} (${region.name})` : code;
}

export function outOfScopeMessage(env: FilingEnv, code: string, what: string): string {
  return `${what} ${regionLabel(env, code)} is outside your region ${regionLabel(env, env.viewer.regionCode ?? '')}`;
}

/**
 * Second line of defence behind `@Authorized`: a role that does not own the
 * source is refused before anything is read, whatever the schema says.
 */
export function assertCanWrite(viewer: Viewer, source: FilingSource, field: string): void {
  if (hasPermission(viewer, WRITE_PERMISSION[source])) return;
  throw forbidden(field, `${field} needs permission ${WRITE_PERMISSION[source]}, which role ${viewer.role} does not have`);
}
