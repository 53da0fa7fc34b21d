import { DataSource } from 'typeorm';

type TargetGroup = 'RURAL_TRANSFER_LABORER' | 'REGISTERED_UNEMPLOYED' | 'POVERTY_ALLEVIATED' | null;

/** Small builders of the HR rows statistics count, written as plain SQL into empty (migrated) databases. */
export class PersonFacts {
  private seq = 0;
  private entry: number | null = null;
  private provider: number | null = null;

  constructor(private readonly hr: DataSource) {}

  private async insert(table: string, row: Record<string, unknown>): Promise<number> {
    const columns = Object.keys(row);
    await this.hr.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, Object.values(row));
    const [{ id }] = await this.hr.query(`SELECT MAX(id) AS id FROM ${table}`);
    return Number(id);
  }

  async person(regionCode = '370102'): Promise<number> {
    const n = ++this.seq;
    return this.insert('person', {
      citizen_id: `37010219900101${String(n).padStart(4, '0')}`,
      name: `测试${n}`,
      gender: n % 2 ? 'MALE' : 'FEMALE',
      birth_date: '1990-01-01',
      phone: null,
      region_code: regionCode,
    });
  }

  async cohort(regionCode: string, startsOn = '2024-01-02'): Promise<number> {
    this.provider ??= await this.insert('training_provider', {
      uscc: '91370100MA3C000001',
      name: '测试培训学校',
      filing_number: 'PX-0001',
      region_code: '370100',
      filed_on: '2020-01-01',
      credit_rating: null,
    });
    this.entry ??= await this.insert('training_catalog_entry', {
      code: 'SDSZ-T-0001',
      title: '鲁绣技艺培训',
      occupation_code: null,
      ability_spec: null,
      class_hours: 40,
      subsidy_per_hour: '10.00',
      region_code: '370000',
      status: 'PUBLISHED',
      published_on: '2020-01-01',
    });
    const n = ++this.seq;
    return this.insert('training_cohort', {
      code: `COHORT-${n}`,
      catalog_entry_id: this.entry,
      provider_id: this.provider,
      region_code: regionCode,
      starts_on: startsOn,
      ends_on: startsOn,
      project_based: 1,
      planned_size: 40,
    });
  }

  /** `count` persons enrolled in the cohort on the day, each with the given outcome. */
  async enroll(
    cohortId: number,
    count: number,
    o: { on?: string; targetGroup?: TargetGroup; status?: 'ENROLLED' | 'COMPLETED' | 'DROPPED'; passed?: boolean | null; claim?: string } = {},
  ): Promise<number[]> {
    const ids: number[] = [];
    const status = o.status ?? 'ENROLLED';
    for (let i = 0; i < count; i++) {
      const person = await this.person();
      const id = await this.insert('enrollment', {
        cohort_id: cohortId,
        person_id: person,
        enrolled_on: o.on ?? '2024-03-05',
        status,
        completed_on: status === 'COMPLETED' ? (o.on ?? '2024-03-05') : null,
        passed: status === 'COMPLETED' ? (o.passed === undefined ? 1 : o.passed === null ? null : o.passed ? 1 : 0) : null,
        target_group: o.targetGroup ?? null,
      });
      if (o.claim) await this.insert('subsidy_claim', { enrollment_id: id, amount: o.claim, status: 'FILED', claimed_on: o.on ?? '2024-03-05', paid_on: null });
      ids.push(id);
    }
    return ids;
  }

  async certificates(regionCode: string, count: number, o: { on?: string; level?: string | null } = {}): Promise<void> {
    for (let i = 0; i < count; i++) {
      const person = await this.person();
      const n = ++this.seq;
      await this.insert('skill_certificate', {
        certificate_number: `S${String(n).padStart(12, '0')}`,
        person_id: person,
        kind: o.level === null ? 'SPECIALIZED_ABILITY' : 'SKILL_LEVEL',
        level: o.level === undefined ? 'JUNIOR' : o.level,
        occupation_code: null,
        ability_title: o.level === null ? '面塑' : null,
        evaluator_type: 'EMPLOYER',
        evaluator_uscc: null,
        issued_on: o.on ?? '2024-05-10',
        region_code: regionCode,
      });
    }
  }

  async titles(regionCode: string, count: number, kind = 'SHANDONG_TECHNICAL_EXPERT', on = '2024-06-01'): Promise<void> {
    for (let i = 0; i < count; i++) {
      const person = await this.person();
      await this.insert('talent_title', { person_id: person, kind, title_name: null, year: Number(on.slice(0, 4)), awarded_on: on, term_ends_on: null, region_code: regionCode });
    }
  }

  /** Loans to `count` new persons, or to an organisation when `uscc` is given. */
  async loans(regionCode: string, count: number, o: { amount?: string; on?: string; uscc?: string; termMonths?: number } = {}): Promise<void> {
    for (let i = 0; i < count; i++) {
      const person = o.uscc ? null : await this.person();
      await this.insert('startup_loan', {
        borrower_person_id: person,
        borrower_uscc: o.uscc ?? null,
        amount: o.amount ?? '100000.00',
        bank: '测试银行',
        guarantor: null,
        granted_on: o.on ?? '2024-04-15',
        term_months: o.termMonths ?? 24,
        region_code: regionCode,
      });
    }
  }
}
