/** What a caller may read and file (see auth/permissions.ts); stored on api_client.role, carried by JWTs. */
export const API_ROLES = ['PUBLIC', 'ANALYST', 'PARTNER', 'CULTURE_AGENCY', 'HR_AGENCY', 'ADMIN'] as const;
export type ApiRole = (typeof API_ROLES)[number];
