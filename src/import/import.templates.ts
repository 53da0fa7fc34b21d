import type { FieldColumns } from '../modules/filing/filing.rule';
import { ImportType } from '../modules/filing/import-types';

/**
 * One example record per type, written as an agency's form would (Chinese
 * words for enumeration values, 是/否 for yes and no): valid field by field,
 * though the records it names (a cohort, an ICH item) must exist in the
 * databases it is imported into. Blank cells are optional fields a real file
 * often leaves empty.
 */
const EXAMPLES: Record<ImportType, Record<string, string>> = {
  persons: { idNumber: '370702199003150027', name: '王秀英', gender: '女', birthDate: '1990-03-15', phone: '13953600001', regionCode: '370702' },
  'training-catalog-entries': {
    code: 'SDSZ-2025-90001', title: '潍坊风筝扎制专项能力培训', occupationCode: '', abilitySpec: '风筝扎制', classHours: '48', subsidyPerHour: '10.00',
    regionCode: '370700', itemKeys: 'NATIONAL:Ⅷ-900:370700', status: '已发布', publishedOn: '2025-03-01',
  },
  'training-cohorts': {
    code: 'BJ2025WF0001', catalogEntryCode: 'SDSZ-2025-90001', providerUscc: '52370784MA0010LR7B', regionCode: '370784', startsOn: '2025-04-07', endsOn: '2025-05-30',
    projectBased: '是', plannedSize: '30',
  },
  enrollments: { cohortCode: 'BJ2025WF0001', idNumber: '370702199003150027', enrolledOn: '2025-04-01', targetGroup: '', status: '结业', completedOn: '2025-05-30', passed: '合格' },
  'skill-certificates': {
    certificateNumber: 'S000137070784250000901', idNumber: '370702199003150027', kind: '专项职业能力证书', level: '', occupationCode: '', abilityTitle: '风筝扎制',
    evaluatorType: '社会培训评价组织', evaluatorUscc: '', issuedOn: '2025-06-20', regionCode: '370784',
  },
  'talent-titles': { idNumber: '370702199003150027', kind: '山东省技术能手', titleName: '', year: '2025', awardedOn: '2025-09-20', termEndsOn: '', regionCode: '370700' },
  vacancies: {
    employerUscc: '91370702MA7WF0019D', title: '风筝扎制学徒', craft: '风筝扎制', itemKey: 'NATIONAL:Ⅷ-900:370700', headcount: '3', payMin: '3000', payMax: '4500',
    regionCode: '370702', postedOn: '2025-10-08', closesOn: '2025-12-31', status: '招聘中',
  },
  workshops: {
    name: '潍城区鸢都风筝非遗工坊', regionCode: '370702', operatorUscc: '91370702MA7WF0019D', jobsCreated: '25', status: '正常', establishedOn: '2024-05-01',
    itemKeys: 'NATIONAL:Ⅷ-900:370700', 'recognition.level': '县级', 'recognition.year': '2025', 'recognition.recognizedOn': '2025-06-18',
  },
  'training-materials': {
    code: 'SDJC-2025-0001', title: '潍坊风筝扎制技艺', kind: '培训教材', publisher: '山东人民出版社', year: '2025', releasedOn: '2025-03-01', classHours: '48',
    isbn: '978-7-209-00000-0', regionCode: '370700', itemKeys: 'NATIONAL:Ⅷ-900:370700', catalogEntryCodes: 'SDSZ-2025-90001',
  },
  'professional-titles': {
    idNumber: '370702199003150027', series: '工艺美术', level: '中级', titleName: '', route: '评审', year: '2024', obtainedOn: '2024-12-20', certificateNumber: '', regionCode: '370700',
  },
  'talent-programme-awards': { idNumber: '370702199003150027', programme: '鸢都乡村之星', programmeLevel: '市级', year: '2025', awardedOn: '2025-07-01', regionCode: '370700' },
  'rights-cases': {
    caseNumber: 'WQ-370702-2025-0001', idNumber: '370702199003150027', unitUscc: '91370702MA7WF0019D', brandId: '', kind: '欠薪', openedOn: '2025-08-04', closedOn: '2025-08-29', outcome: '协调解决', regionCode: '370702',
  },
  'directory-organizations': {
    uscc: '91370702MA7WF0019D', name: '潍坊鸢都风筝制作有限公司', orgType: '企业', regionCode: '370702', keyEnterprise: '是', keyProject: '否', listedYear: '2025', select100Field: '编织扎制',
  },
  'job-seekers': {
    idNumber: '370702199003150027', registeredOn: '2025-10-09', centerName: '潍坊市公共就业服务中心', regionCode: '370702', occupationCode: '6-09-03-01', wishedPayMin: '4000', availableFrom: '2025-10-15',
    status: 'ACTIVE', skills: '', itemKeys: 'NATIONAL:Ⅷ-900:370700', certificateLevel: 'JUNIOR', wishedRegionCodes: '370702;370700',
  },
  'employment-services': {
    idNumber: '370702199003150027', kind: 'INTRODUCTION', centerName: '潍坊市公共就业服务中心', regionCode: '370702', servedOn: '2025-10-10', vacancyId: 'VmFjYW5jeTox', eventId: '',
    outcome: 'REFERRED', hiredOn: '',
  },
  'employment-events': {
    name: '2025年潍坊市金秋招聘月山东手造专场招聘会', kind: 'GOLDEN_AUTUMN', regionCode: '370700', heldOn: '2025-09-20', endsOn: '2025-09-21', organiser: '潍坊市公共就业服务中心',
    handmadeArea: '是', handmadeAreaOperator: '', exhibitors: '', exhibitorUsccs: '91370702MA7WF0019D', vacancyIds: '',
  },
  'startup-services': {
    kind: '创业指导', idNumber: '370702199003150027', clientUscc: '91370702MA7WF0019D', centre: '潍城区公共就业服务中心', topic: 'SYB 创办你的企业', servedOn: '2025-09-12', regionCode: '370702',
  },
  'boot-camps': {
    code: 'CYXLY-2025-3707', name: '潍坊市“山东手造”创业训练营', organiser: '潍坊市公共就业和人才服务中心', regionCode: '370700', startsOn: '2025-10-20', endsOn: '2025-10-24', intake: '40',
  },
  'industry-pilots': {
    code: 'CXJH-2025-3707', name: '潍坊风筝产训结合建设试点', cluster: '潍坊风筝产业集群', regionCode: '370700', year: '2025',
    enterpriseUsccs: '91370702MA7WF0019D', providerUsccs: '52370702MJD123456X', catalogEntryCodes: 'SDSZ-2025-00012',
  },
  'featured-designations': { kind: '一县一项目', regionCode: '370702', year: '2025', laborBrandId: '', catalogEntryCode: 'SDSZ-2025-00012' },
  'boot-camp-participants': { campCode: 'CYXLY-2025-3707', idNumber: '370702199003150027', enterpriseUscc: '91370702MA7WF0019D', enterpriseKind: '小微企业', status: '已入选' },
};

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * `import --template T`: a header and one example row, UTF-8 with a byte-order
 * mark and CRLF (a spreadsheet opens it with Chinese intact). The header is
 * the first Chinese name of each column, or the field names when asked.
 */
export function templateCsv(type: ImportType, fields: FieldColumns, options: { fieldNames?: boolean } = {}): string {
  const names = Object.entries(fields).map(([field, columns]) => (options.fieldNames ? field : columns[0]));
  const example = Object.keys(fields).map((field) => EXAMPLES[type][field] ?? '');
  return `\uFEFF${names.map(csvCell).join(',')}\r\n${example.map(csvCell).join(',')}\r\n`;
}
