import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf, pagesByParent } from '../../shared/sql/page-query';
import { normalizeCertificateNumber } from './certificate-number';
import { SkillCertificateFilter, SkillCertificateOrderEnum } from './skill-certificate.inputs';
import { dateRangeSql, regionSubtreeSql } from './talent.filters';
import { skillCertificateHydrator } from './talent.record';

export const SKILL_CERTIFICATE_ORDERINGS: Record<keyof typeof SkillCertificateOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  ISSUED_ON: { key: 'ISSUED_ON', columns: [{ column: 't.issued_on', property: 'issuedOn', direction: 'ASC' }] },
  ISSUED_ON_DESC: { key: 'ISSUED_ON_DESC', columns: [{ column: 't.issued_on', property: 'issuedOn', direction: 'DESC' }] },
  CERTIFICATE_NUMBER: { key: 'CERTIFICATE_NUMBER', columns: [{ column: 't.certificate_number', property: 'certificateNumber', direction: 'ASC' }] },
};

export class SkillCertificateService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: SkillCertificateFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.levels?.length) sql.in('t.level', filter.levels);
    if (filter.kinds?.length) sql.in('t.kind', filter.kinds);
    if (filter.evaluatorTypes?.length) sql.in('t.evaluator_type', filter.evaluatorTypes);
    regionSubtreeSql(this.ctx, sql, `${argument}.regionCode`, 't.region_code', filter.regionCode);
    dateRangeSql(sql, argument, 't.issued_on', ['issuedFrom', 'issuedTo'], filter.issuedFrom, filter.issuedTo);
    if (filter.certificateNumber != null) {
      const parsed = normalizeCertificateNumber(filter.certificateNumber);
      if (!parsed.ok) throw badInput(`${argument}.certificateNumber`, parsed.message);
      sql.add('t.certificate_number = ?', parsed.value);
    }
    return sql;
  }

  list(filter: SkillCertificateFilter | null | undefined, orderBy: keyof typeof SkillCertificateOrderEnum, paging: PagingArgs) {
    const query = { hydrator: skillCertificateHydrator(this.ctx), filter: this.filterSql(filter), ordering: SKILL_CERTIFICATE_ORDERINGS[orderBy] };
    return pageOf(this.ctx.sources.hr, query, paging);
  }

  /** One page per person, all in one statement. */
  pagesByPerson(personIds: readonly number[], filter: SqlFilter, orderBy: keyof typeof SkillCertificateOrderEnum, paging: PagingArgs) {
    const query = { hydrator: skillCertificateHydrator(this.ctx), filter, ordering: SKILL_CERTIFICATE_ORDERINGS[orderBy], parentColumn: 't.person_id' };
    return pagesByParent(this.ctx.sources.hr, query, personIds, paging);
  }
}
