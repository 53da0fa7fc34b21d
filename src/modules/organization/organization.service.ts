import { RequestContext } from '../../context';
import { requireUscc } from '../../shared/filters/arguments';
import { normalizeUscc } from '../../shared/identifiers';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { requireRegionCode } from '../region/region.service';
import { organizationFromDirectoryRow, organizationsByUscc } from './organization.loader';
import { OrganizationFilter, OrganizationOrderEnum } from './organization.inputs';

const ORDERINGS: Record<keyof typeof OrganizationOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  NAME: { key: 'NAME', columns: [{ column: 't.name', property: 'name', direction: 'ASC' }] },
  USCC: { key: 'USCC', columns: [{ column: 't.uscc', property: 'uscc', direction: 'ASC' }] },
};


export class OrganizationService {
  constructor(private readonly ctx: RequestContext) {}

  byUscc(uscc: string) {
    return organizationsByUscc(this.ctx).load(requireUscc('uscc', normalizeUscc(uscc)));
  }

  /** USCCs of one HR table, for the cross-agency flags: one HR statement each. */
  private async hrUsccs(table: 'labor_brand_unit' | 'training_provider'): Promise<string[]> {
    const rows: Array<{ uscc: string }> = await this.ctx.sources.hr.query(`SELECT DISTINCT uscc FROM ${table}`);
    return rows.map((r) => r.uscc);
  }

  private async filterSql(filter: OrganizationFilter | null | undefined): Promise<SqlFilter> {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.regionCode) {
      requireRegionCode(this.ctx.regions, 'filter.regionCode', filter.regionCode);
      sql.in('t.region_code', this.ctx.regions.subtreeCodes(filter.regionCode));
    }
    if (filter.orgTypes?.length) sql.in('t.org_type', filter.orgTypes);
    if (filter.keyEnterprise != null) sql.add('t.key_enterprise = ?', filter.keyEnterprise ? 1 : 0);
    if (filter.keyProject != null) sql.add('t.key_project = ?', filter.keyProject ? 1 : 0);
    if (filter.listedYears?.length) sql.in('t.listed_year', filter.listedYears);
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, 'filter.nameContains');
    if (filter.operatesWorkshop != null) {
      sql.add(`${filter.operatesWorkshop ? '' : 'NOT '}EXISTS (SELECT 1 FROM workshop w WHERE w.operator_uscc = t.uscc)`);
    }
    for (const [flag, table] of [
      [filter.laborBrandUnit, 'labor_brand_unit'],
      [filter.trainingProvider, 'training_provider'],
    ] as const) {
      if (flag == null) continue;
      const usccs = await this.hrUsccs(table);
      if (flag) sql.in('t.uscc', usccs);
      else if (usccs.length > 0) sql.add(`t.uscc NOT IN (${usccs.map(() => '?').join(', ')})`, ...usccs);
    }
    return sql;
  }

  async list(filter: OrganizationFilter | null | undefined, orderBy: keyof typeof OrganizationOrderEnum, paging: PagingArgs) {
    return pageOf(
      this.ctx.sources.culture,
      { hydrator: { table: 'organization', hydrate: organizationFromDirectoryRow }, filter: await this.filterSql(filter), ordering: ORDERINGS[orderBy] },
      paging,
    );
  }
}
