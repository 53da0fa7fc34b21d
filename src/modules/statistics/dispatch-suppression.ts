import { RegionDirectory } from '../../shared/regions';
import { SKILL_LEVEL_FIGURES, TITLE_KIND_FIGURES } from './dispatch.queries';
import { DispatchReportRow } from './dispatch-report.type';
import { camel } from './dispatch-row';
import { PROVINCE_CODE } from './region-rollup';
import { DimTree } from './suppression/dim-tree';
import { protect } from './suppression/protect';
import { RegionTree } from './suppression/region-tree';
import { Tally } from './tally';
import { PROFESSIONAL_LEVEL_FIGURES } from './career-rights-dispatch.queries';

type PersonObject =
  | 'traineesEnrolled'
  | 'traineesCompleted'
  | 'subsidies'
  | 'certificatesIssued'
  | 'talentTitlesAwarded'
  | 'startupLoans'
  | 'jobSeeking'
  | 'startupServices'
  | 'bootCamps'
  | 'professionalTitlesObtained'
  | 'talentProgrammeAwards'
  | 'rightsCases';

/** One table of counts of persons in the report: a total and the categories that add up to it, per region. */
interface Family {
  object: PersonObject;
  total: { field: string; figure: string };
  parts: Array<{ field: string; figure: string }>;
  /** Money summed over the same persons: shown exactly when, and only when, the count beside it is. */
  follows?: Record<string, string>;
}

const byTargetGroup = (object: PersonObject, prefix: string): Family => ({
  object,
  total: { field: 'total', figure: `${prefix}_total` },
  parts: [
    { field: 'ruralTransferLaborers', figure: `${prefix}_rural` },
    { field: 'registeredUnemployed', figure: `${prefix}_unemployed` },
    { field: 'povertyAlleviated', figure: `${prefix}_poverty` },
    { field: 'noTargetGroup', figure: `${prefix}_none` },
  ],
});

/**
 * Every count of persons in a dispatch report. Workshops, jobs created,
 * brands, catalogue entries, cohorts, vacancies and training materials count
 * no persons and are not here. Loans are judged by their loans to persons: the loans to
 * organisations in the same figure are public record, so a reader can take
 * them out.
 */
const FAMILIES: Family[] = [
  byTargetGroup('traineesEnrolled', 'enrolled'),
  byTargetGroup('traineesCompleted', 'completed'),
  { object: 'subsidies', total: { field: 'claimsFiled', figure: 'subsidy_claims' }, parts: [], follows: { claimedAmount: 'claimsFiled' } },
  { object: 'subsidies', total: { field: 'claimsPaid', figure: 'subsidy_paid_claims' }, parts: [], follows: { paidAmount: 'claimsPaid' } },
  {
    object: 'certificatesIssued',
    total: { field: 'total', figure: 'certificates_total' },
    parts: [...SKILL_LEVEL_FIGURES.map(([alias]) => ({ field: camel(alias), figure: `certificates_${alias}` })), { field: 'specializedAbility', figure: 'certificates_specialized' }],
  },
  {
    object: 'talentTitlesAwarded',
    total: { field: 'total', figure: 'titles_total' },
    parts: TITLE_KIND_FIGURES.map(([alias]) => ({ field: camel(alias), figure: `titles_${alias}` })),
  },
  { object: 'startupLoans', total: { field: 'granted', figure: 'loans_to_persons' }, parts: [], follows: { amount: 'granted' } },
  // Job seeking: each figure counts persons on its own (none is the sum of others).
  { object: 'jobSeeking', total: { field: 'registered', figure: 'job_seekers_registered' }, parts: [] },
  { object: 'jobSeeking', total: { field: 'served', figure: 'job_seekers_served' }, parts: [] },
  { object: 'jobSeeking', total: { field: 'introductions', figure: 'introductions' }, parts: [] },
  { object: 'jobSeeking', total: { field: 'hires', figure: 'hires' }, parts: [] },
  // Services are judged, like loans, by those given to persons; guidance and consultation go with the figure they split.
  { object: 'startupServices', total: { field: 'given', figure: 'services_to_persons' }, parts: [], follows: { guidance: 'given', consultation: 'given' } },
  { object: 'bootCamps', total: { field: 'participants', figure: 'camp_participants' }, parts: [{ field: 'completed', figure: 'camp_completed' }] },
  {
    object: 'professionalTitlesObtained',
    total: { field: 'total', figure: 'professional_titles_total' },
    parts: PROFESSIONAL_LEVEL_FIGURES.map(([alias]) => ({ field: camel(alias), figure: `professional_titles_${alias}` })),
  },
  { object: 'talentProgrammeAwards', total: { field: 'awarded', figure: 'programme_awards' }, parts: [] },
  // A rights case names one worker: a small count of them in a county is a person's dispute.
  { object: 'rightsCases', total: { field: 'opened', figure: 'rights_cases_opened' }, parts: [] },
  { object: 'rightsCases', total: { field: 'closed', figure: 'rights_cases_closed' }, parts: [] },
];

/**
 * Small-cell protection of a dispatch report, in place. The table protected
 * is the whole province (every city, county and 本级 for the period), not
 * just the rows asked for, so the report of a city and the report of the
 * province hide the same cells and cannot be played against each other.
 */
export function suppressDispatchRows(regions: RegionDirectory, rootCode: string, rows: DispatchReportRow[], byCode: ReadonlyMap<string, Tally>, threshold: number): void {
  const tree = new RegionTree(regions, PROVINCE_CODE, byCode.keys());
  const nodeOfRow = (row: DispatchReportRow) => (row.kind === 'REGION' ? tree.nodeOf(row.region.code) : row.kind === 'DIRECT' ? tree.ownOf(rootCode) : tree.nodeOf(rootCode));
  for (const family of FAMILIES) {
    const categories = new DimTree();
    const parts = family.parts.map((p) => categories.node(p.figure));
    const rest = categories.node('rest');
    const leaves: Array<{ at: number[]; value: number }> = [];
    for (const [code, tally] of byCode) {
      const leaf = tree.leafOf(code);
      if (leaf === undefined) continue;
      const total = Number(tally[family.total.figure] ?? 0n);
      let counted = 0;
      family.parts.forEach((p, i) => {
        const value = Number(tally[p.figure] ?? 0n);
        counted += value;
        leaves.push({ at: [leaf, parts[i]], value });
      });
      // Whatever the categories leave out is a count of persons too, never printed.
      if (total < counted) throw new Error(`dispatch figures: ${family.total.figure} is less than its parts at ${code}`);
      leaves.push({ at: [leaf, rest], value: total - counted });
    }
    const dims = [tree.tree, categories];
    const protection = protect({ dims, leaves, isPublished: (at) => at[1] !== rest }, threshold);
    for (const row of rows) {
      const node = nodeOfRow(row);
      if (node === undefined) continue;
      const figures = row[family.object] as unknown as Record<string, unknown> & { suppressed: string[] };
      const hide = (field: string) => {
        figures[field] = null;
        figures.suppressed.push(field);
      };
      const hidden = new Set<string>();
      if (protection.isSuppressed([node, 0])) hidden.add(family.total.field);
      family.parts.forEach((p, i) => {
        if (protection.isSuppressed([node, parts[i]])) hidden.add(p.field);
      });
      for (const [field, count] of Object.entries(family.follows ?? {})) if (hidden.has(count)) hidden.add(field);
      for (const field of hidden) hide(field);
    }
  }
}
