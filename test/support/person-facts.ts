import type { TargetGroup } from '../../src/sources/hr/hr.enums';
import type { Builder } from './builders';

/** The HR rows statistics count, in the words of the figures they make: trainees, certificates, titles, loans. */
export class PersonFacts {
  private shared: Promise<{ entry: { id: number }; provider: { id: number } }> | null = null;

  constructor(private readonly b: Builder) {}

  /** A trainee or holder: born 1990-01-01, living in 历下 unless told otherwise. */
  person(regionCode = '370102'): Promise<{ id: number }> {
    return this.b.person({ regionCode, birthDate: '1990-01-01' });
  }

  /** A project-based cohort of the one programme and provider every cohort here shares. */
  async cohort(regionCode: string, startsOn = '2024-01-02'): Promise<number> {
    this.shared ??= (async () => ({
      provider: await this.b.trainingProvider({ name: '测试培训学校', regionCode: '370100', filedOn: '2020-01-01' }),
      entry: await this.b.trainingCatalogEntry({ title: '鲁绣技艺培训', regionCode: '370000', publishedOn: '2020-01-01' }),
    }))();
    const { entry, provider } = await this.shared;
    const cohort = await this.b.trainingCohort({ catalogEntry: entry, provider, regionCode, startsOn, endsOn: startsOn, projectBased: true, plannedSize: 40 });
    return cohort.id;
  }

  /** `count` persons enrolled in the cohort on the day, each with the given outcome. */
  async enroll(
    cohortId: number,
    count: number,
    o: { on?: string; targetGroup?: TargetGroup; status?: 'ENROLLED' | 'COMPLETED' | 'DROPPED'; passed?: boolean | null; claim?: string } = {},
  ): Promise<number[]> {
    const ids: number[] = [];
    const on = o.on ?? '2024-03-05';
    for (let i = 0; i < count; i++) {
      const completed = o.status === 'COMPLETED';
      const enrollment = await this.b.enrollment({
        cohortId,
        person: await this.person(),
        enrolledOn: on,
        status: o.status ?? 'ENROLLED',
        passed: completed ? (o.passed === undefined ? true : o.passed) : null,
        targetGroup: o.targetGroup ?? null,
      });
      if (o.claim) await this.b.subsidyClaim({ enrollment, amount: o.claim, status: 'FILED', claimedOn: on });
      ids.push(enrollment.id);
    }
    return ids;
  }

  async certificates(regionCode: string, count: number, o: { on?: string; level?: 'JUNIOR' | 'SENIOR' | null } = {}): Promise<void> {
    for (let i = 0; i < count; i++) {
      const kind = o.level === null ? 'SPECIALIZED_ABILITY' : 'SKILL_LEVEL';
      await this.b.skillCertificate({ person: await this.person(), kind, level: o.level ?? undefined, issuedOn: o.on ?? '2024-05-10', regionCode });
    }
  }

  async titles(regionCode: string, count: number, kind: 'SHANDONG_TECHNICAL_EXPERT' | 'QILU_CHIEF_TECHNICIAN' = 'SHANDONG_TECHNICAL_EXPERT', on = '2024-06-01'): Promise<void> {
    for (let i = 0; i < count; i++) await this.b.talentTitle({ person: await this.person(), kind, awardedOn: on, regionCode });
  }

  /** Loans to `count` new persons, or to an organisation when `uscc` is given. */
  async loans(regionCode: string, count: number, o: { amount?: string; on?: string; uscc?: string; termMonths?: number } = {}): Promise<void> {
    for (let i = 0; i < count; i++) {
      await this.b.startupLoan({
        borrowerPersonId: o.uscc ? null : (await this.person()).id,
        borrowerUscc: o.uscc ?? null,
        amount: o.amount ?? '100000.00',
        grantedOn: o.on ?? '2024-04-15',
        termMonths: o.termMonths ?? 24,
        regionCode,
      });
    }
  }
}
