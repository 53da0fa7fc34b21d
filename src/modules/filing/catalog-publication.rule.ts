import { FilingRule } from './filing.rule';

export interface CatalogPublicationDraft {
  code: string | null;
  publishedOn: string | null;
}

interface EntryState {
  id: number;
  status: string;
  regionCode: string;
  items: number;
}

export type CatalogPublicationRow = { entryId: number; publishedOn: string };

/** 目录发布: a filed (DRAFT) catalogue entry is published, after which cohorts may run on it. */
export const catalogPublicationRule: FilingRule<CatalogPublicationDraft, Map<string, EntryState>, CatalogPublicationRow> = {
  source: 'hr',
  fields: { code: ['培训项目编号', '项目编号'], publishedOn: ['发布日期'] },

  check: (read) => ({
    code: read.text('code', { required: true, max: 32 })?.toUpperCase() ?? null,
    publishedOn: read.date('publishedOn', { required: true, notAfterToday: true }),
  }),

  async lookup(drafts, db) {
    const rows = await db.rowsIn<Record<string, unknown>>(
      'hr',
      'SELECT e.id, e.code, e.status, e.region_code, (SELECT COUNT(*) FROM training_catalog_item i WHERE i.entry_id = e.id) AS items FROM training_catalog_entry e',
      'e.code',
      drafts.map((d) => d.code).filter((c): c is string => !!c),
    );
    return new Map(rows.map((r) => [String(r.code), { id: Number(r.id), status: String(r.status), regionCode: String(r.region_code), items: Number(r.items) }]));
  },

  resolve(d, entries, read) {
    if (!d.code || !d.publishedOn) return null;
    const entry = entries.get(d.code);
    if (!entry) return read.error('code', 'NOT_FOUND', `No catalogue entry has the code ${d.code}`);
    if (!read.scope('code', entry.regionCode, `Catalogue entry ${d.code} is filed for`)) return null;
    if (entry.status !== 'DRAFT') return read.error('code', 'INVALID_STATE', `Catalogue entry ${d.code} is ${entry.status}; only a DRAFT entry can be published`);
    if (entry.items === 0) return read.error('code', 'INVALID_STATE', `Catalogue entry ${d.code} names no ICH item; the catalogue is built on the ICH lists`);
    return { entryId: entry.id, publishedOn: d.publishedOn };
  },

  async write(tx, rows) {
    for (const row of rows) {
      await tx.query(`UPDATE training_catalog_entry SET status = 'PUBLISHED', published_on = ? WHERE id = ? AND status = 'DRAFT'`, [row.publishedOn, row.entryId]);
    }
    return rows.map((r) => r.entryId);
  },
};

