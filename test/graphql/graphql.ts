/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a boot-camp participant’s enterprise is — 参营企业类型 */
export type BootCampEnterpriseKind =
  /** A Shandong Handmade small or micro enterprise — 小微企业 */
  | 'SMALL_MICRO'
  /** A Shandong Handmade start-up — 初创企业 */
  | 'STARTUP';

/** Which boot camps to list — 创业训练营筛选 */
export type BootCampFilter = {
  /** Name contains this text — 名称包含 */
  nameContains?: string | null | undefined;
  /** Held in this region or anywhere under it — 举办地区（含下级） */
  regionCode?: string | null | undefined;
  /** Opening on this day or later — 开营日期起 */
  startsFrom?: string | null | undefined;
  /** Opening on this day or earlier — 开营日期止 */
  startsTo?: string | null | undefined;
};

/** Where a participant stands in the camp — 参营状态 */
export type BootCampParticipantStatus =
  /** Completed the camp — 已结营 */
  | 'COMPLETED'
  /** Selected, the camp not yet finished — 已入选 */
  | 'SELECTED'
  /** Withdrew — 已退出 */
  | 'WITHDRAWN';

/** Who borrowed a start-up loan — 借款人类型 */
export type BorrowerKind =
  /** A small business or other organisation, by its USCC — 小微企业等组织 */
  | 'ORGANIZATION'
  /** A person starting a business — 个人 */
  | 'PERSON';

/** Class of a vocational skills contest, which decides what a placing is worth — 竞赛类别 */
export type ContestClass =
  /** Class-one contest — 一类竞赛 */
  | 'CLASS_ONE'
  /** Class-two contest — 二类竞赛 */
  | 'CLASS_TWO'
  /** Other contest — 其他竞赛 */
  | 'OTHER';

/** Which contests to list — 竞赛筛选 */
export type ContestFilter = {
  /** Only these classes — 竞赛类别 */
  classes?: Array<ContestClass> | null | undefined;
  /** Held on this day or later — 举办日期起 */
  heldFrom?: string | null | undefined;
  /** Held on this day or earlier — 举办日期止 */
  heldTo?: string | null | undefined;
  /** Only contests in these ICH items, by item key (any spelling of the number) — 非遗项目键 */
  itemKeys?: Array<string> | null | undefined;
  /** Name contains this text — 名称包含 */
  nameContains?: string | null | undefined;
  /** Organised in this region or anywhere under it — 举办地区（含下级） */
  regionCode?: string | null | undefined;
  /** Only contests of these years — 竞赛年度 */
  years?: Array<number> | null | undefined;
};

/** Order of a contest list — 竞赛排序 */
export type ContestOrder =
  /** Day held, oldest first — 举办日期（由远及近） */
  | 'HELD_ON'
  /** Day held, newest first — 举办日期（由近及远） */
  | 'HELD_ON_DESC'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Name, by code point — 竞赛名称 */
  | 'NAME';

/** What a dispatch report row covers — 调度表行类型 */
export type DispatchRowKind =
  /** Facts recorded at the report’s region itself rather than under one of its sub-regions; always present for a viewer without person:read, so that its presence says nothing — 本级 */
  | 'DIRECT'
  /** One region directly under the report’s region — 下级地区 */
  | 'REGION'
  /** The whole report region, every row together — 合计 */
  | 'TOTAL';

/** Which enrolments to list — 培训学员筛选 */
export type EnrollmentFilter = {
  /** Enrolled on this day or later — 报名日期起 */
  enrolledFrom?: string | null | undefined;
  /** Enrolled on this day or earlier — 报名日期止 */
  enrolledTo?: string | null | undefined;
  /** Only trainees who passed (true) or failed (false) the assessment — 考核是否合格 */
  passed?: boolean | null | undefined;
  /** The cohort is held in this region or anywhere under it — 培训班所在地区（含下级） */
  regionCode?: string | null | undefined;
  /** Only these states — 学员状态 */
  statuses?: Array<EnrollmentStatus> | null | undefined;
  /** Only subsidies resting on these target groups — 重点群体 */
  targetGroups?: Array<TargetGroup> | null | undefined;
};

/** Order of an enrolment list — 学员排序 */
export type EnrollmentOrder =
  /** Day of enrolment, earliest first — 报名日期 */
  | 'ENROLLED_ON'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID';

/** State of a trainee's place in a cohort — 学员状态 */
export type EnrollmentStatus =
  /** Completed the training — 结业 */
  | 'COMPLETED'
  /** Left before the end — 退学 */
  | 'DROPPED'
  /** Enrolled, training not finished — 在训 */
  | 'ENROLLED';

/** Who evaluated and issued a certificate; the first letter of its number — 评价机构类型 */
export type EvaluatorType =
  /** The employer, by enterprise self-evaluation (number starts with Y) — 用人单位自主评价（Y） */
  | 'EMPLOYER'
  /** A social training and evaluation organisation (number starts with S) — 社会培训评价组织（S） */
  | 'SOCIAL_ORGANIZATION';

/** Gender as recorded by HR — 性别 */
export type Gender =
  /** Female — 女 */
  | 'FEMALE'
  /** Male — 男 */
  | 'MALE';

/** The ten official ICH categories, Ⅰ–Ⅹ — 非遗十大门类 */
export type HeritageCategory =
  /** Ⅹ Folk customs — 民俗 */
  | 'FOLK_CUSTOM'
  /** Ⅰ Folk literature — 民间文学 */
  | 'FOLK_LITERATURE'
  /** Ⅴ Storytelling and ballad singing — 曲艺 */
  | 'QUYI'
  /** Ⅶ Traditional fine arts — 传统美术 */
  | 'TRADITIONAL_ART'
  /** Ⅷ Traditional craftsmanship — 传统技艺 */
  | 'TRADITIONAL_CRAFTSMANSHIP'
  /** Ⅲ Traditional dance — 传统舞蹈 */
  | 'TRADITIONAL_DANCE'
  /** Ⅸ Traditional medicine — 传统医药 */
  | 'TRADITIONAL_MEDICINE'
  /** Ⅱ Traditional music — 传统音乐 */
  | 'TRADITIONAL_MUSIC'
  /** Ⅵ Traditional sports, games and acrobatics — 传统体育、游艺与杂技 */
  | 'TRADITIONAL_SPORTS'
  /** Ⅳ Traditional theatre — 传统戏剧 */
  | 'TRADITIONAL_THEATRE';

/** Which heritage items to list — 非遗项目筛选 */
export type HeritageItemFilter = {
  /** Only these categories — 门类 */
  categories?: Array<HeritageCategory> | null | undefined;
  /** Only these item keys (any spelling of the number) — 项目键 */
  itemKeys?: Array<string> | null | undefined;
  /** Only these levels — 级别 */
  levels?: Array<IchLevel> | null | undefined;
  /** Name contains this text — 名称包含 */
  nameContains?: string | null | undefined;
  /** Declared in this region or anywhere under it — 申报地区（含下级） */
  regionCode?: string | null | undefined;
  /** Listed in this year or later — 入选年份起 */
  yearFrom?: number | null | undefined;
  /** Listed in this year or earlier — 入选年份止 */
  yearTo?: number | null | undefined;
};

/** Order of a heritage item list — 非遗项目排序 */
export type HeritageItemOrder =
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Item key — 项目键 */
  | 'ITEM_KEY'
  /** Name, by code point — 名称 */
  | 'NAME';

/** Level of an ICH list — 非遗名录级别 */
export type IchLevel =
  /** County-level list — 县级 */
  | 'COUNTY'
  /** Municipal (prefecture-level city) list — 市级 */
  | 'MUNICIPAL'
  /** National list, approved by the State Council — 国家级 */
  | 'NATIONAL'
  /** Provincial list — 省级 */
  | 'PROVINCIAL';

/** Which inheritors to list — 传承人筛选 */
export type InheritorFilter = {
  /** Only this person, by citizen ID number (15 or 18 digits, normalised) — 公民身份号码 */
  citizenId?: string | null | undefined;
  /** Only inheritors of the items these keys name (any listing key, any spelling) — 项目键 */
  itemKeys?: Array<string> | null | undefined;
  /** Only these levels — 级别 */
  levels?: Array<IchLevel> | null | undefined;
  /** Name contains this text — 姓名包含 */
  nameContains?: string | null | undefined;
  /** Living in this region or anywhere under it — 所在地区（含下级） */
  regionCode?: string | null | undefined;
  /** Recognised in this year or later — 认定年份起 */
  yearFrom?: number | null | undefined;
  /** Recognised in this year or earlier — 认定年份止 */
  yearTo?: number | null | undefined;
};

/** Order of an inheritor list — 传承人排序 */
export type InheritorOrder =
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Name, by code point — 姓名 */
  | 'NAME'
  /** Year recognised, earliest first — 认定年份 */
  | 'YEAR';

/** Which labour brands to list — 劳务品牌筛选 */
export type LaborBrandFilter = {
  /** Craft contains this text — 技艺包含 */
  craftContains?: string | null | undefined;
  /** Only brands established in these years — 创建年份 */
  establishedYears?: Array<number> | null | undefined;
  /** Only brands built on these ICH items (any spelling of the key) — 非遗项目键 */
  itemKeys?: Array<string> | null | undefined;
  /** Name contains this text — 名称包含 */
  nameContains?: string | null | undefined;
  /** Owned by this region or anywhere under it — 所属地区（含下级） */
  regionCode?: string | null | undefined;
};

/** Order of a labour brand list — 劳务品牌排序 */
export type LaborBrandOrder =
  /** Most recently established first — 创建年份（新到旧） */
  | 'ESTABLISHED_YEAR'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Name, by code point — 名称 */
  | 'NAME';

/** Which labour-brand building units to list — 建设单位筛选 */
export type LaborBrandUnitFilter = {
  /** Recognised on this day or later — 认定日期起 */
  recognizedFrom?: string | null | undefined;
  /** Recognised on this day or earlier — 认定日期止 */
  recognizedTo?: string | null | undefined;
  /** Only these kinds of unit — 建设单位类型 */
  unitKinds?: Array<LaborBrandUnitKind> | null | undefined;
};

/** Why a unit was recognised as building a labour brand — 劳务品牌建设单位类型 */
export type LaborBrandUnitKind =
  /** Shandong Handmade key enterprise — 重点企业 */
  | 'KEY_ENTERPRISE'
  /** Shandong Handmade key project — 重点项目 */
  | 'KEY_PROJECT'
  /** ICH workshop operator — 非遗工坊 */
  | 'WORKSHOP';

/** Order of a list of labour-brand building units — 建设单位排序 */
export type LaborBrandUnitOrder =
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Most recently recognised first — 认定日期（新到旧） */
  | 'RECOGNIZED_ON'
  /** Unified social credit code — 统一社会信用代码 */
  | 'USCC';

/** A calendar reporting period over business dates, in China Standard Time — 统计期间 */
export type PeriodInput = {
  /** Month, quarter or year — 周期类型 */
  kind: PeriodKind;
  /** Month (1–12) or quarter (1–4) within the year; left out for a year — 月份或季度序号 */
  number?: number | null | undefined;
  /** Calendar year, e.g. 2024 — 年份 */
  year: number;
};

/** Length of a reporting period — 统计周期 */
export type PeriodKind =
  /** A calendar month; number is the month, 1–12 — 月度 */
  | 'MONTH'
  /** A calendar quarter; number is the quarter, 1–4 — 季度 */
  | 'QUARTER'
  /** A calendar year; number is left out — 年度 */
  | 'YEAR';

/** Which persons to list — 人员筛选 */
export type PersonFilter = {
  /** Born on this day or later; without pii:read it must be a 1 January (whole years only) — 出生日期起 */
  birthDateFrom?: string | null | undefined;
  /** Born on this day or earlier; without pii:read it must be a 31 December (whole years only) — 出生日期止 */
  birthDateTo?: string | null | undefined;
  /** Born in this year or later — 出生年份起 */
  birthYearFrom?: number | null | undefined;
  /** Born in this year or earlier — 出生年份止 */
  birthYearTo?: number | null | undefined;
  /** Only these genders — 性别 */
  genders?: Array<Gender> | null | undefined;
  /** Exactly this citizen ID number (15 or 18 digits, any case of X; it is validated and normalised) — 公民身份号码 */
  idNumber?: string | null | undefined;
  /** Name contains this text — 姓名包含 */
  nameContains?: string | null | undefined;
  /** Living in this region or anywhere under it — 常住地区（含下级） */
  regionCode?: string | null | undefined;
  /** Day on which the status must apply; with no targetGroups, any target group — 重点群体身份认定日期 */
  targetGroupOn?: string | null | undefined;
  /** Holding a status in any of these target groups (on targetGroupOn when given, otherwise at any time) — 重点群体 */
  targetGroups?: Array<TargetGroup> | null | undefined;
};

/** Order of a person list — 人员排序 */
export type PersonOrder =
  /** Date of birth, oldest first; needs pii:read, since the order would give birth dates away — 出生日期 */
  | 'BIRTH_DATE'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Name, by code point — 姓名 */
  | 'NAME';

/** Which professional titles to list — 职称筛选 */
export type ProfessionalTitleFilter = {
  /** Only these levels — 职称层级 */
  levels?: Array<ProfessionalTitleLevel> | null | undefined;
  /** Obtained on this day or later — 取得日期起 */
  obtainedFrom?: string | null | undefined;
  /** Obtained on this day or earlier — 取得日期止 */
  obtainedTo?: string | null | undefined;
  /** Conferred in this region or anywhere under it — 评审（认定）地区（含下级） */
  regionCode?: string | null | undefined;
  /** Only titles obtained these ways — 取得方式 */
  routes?: Array<ProfessionalTitleRoute> | null | undefined;
  /** Only these series — 职称系列 */
  series?: Array<ProfessionalTitleSeries> | null | undefined;
  /** Only titles of these years — 年度 */
  years?: Array<number> | null | undefined;
};

/** Level of a professional title after the 2019 reform — 职称层级 */
export type ProfessionalTitleLevel =
  /** Junior, assistant grade, e.g. 助理工艺美术师 — 初级（助理级） */
  | 'ASSISTANT'
  /** Associate senior, e.g. 高级工艺美术师 — 副高级 */
  | 'ASSOCIATE_SENIOR'
  /** Full senior, e.g. 正高级工艺美术师 — 正高级 */
  | 'FULL_SENIOR'
  /** Intermediate, e.g. 工艺美术师 — 中级 */
  | 'INTERMEDIATE'
  /** Junior, staff grade, e.g. 工艺美术员 — 初级（员级） */
  | 'STAFF';

/** Order of a professional title list — 职称排序 */
export type ProfessionalTitleOrder =
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Day obtained, oldest first — 取得日期（由远及近） */
  | 'OBTAINED_ON'
  /** Day obtained, newest first — 取得日期（由近及远） */
  | 'OBTAINED_ON_DESC';

/** How a professional title was obtained — 取得方式 */
export type ProfessionalTitleRoute =
  /** Evaluated by a title committee — 评审 */
  | 'EVALUATION'
  /** Recognised directly, as high-skill talent and inheritors may be — 认定（含直接认定） */
  | 'RECOGNITION';

/** Series of professional titles — 职称系列 */
export type ProfessionalTitleSeries =
  /** Arts and crafts, where ICH craftspeople are evaluated — 工艺美术 */
  | 'ARTS_AND_CRAFTS'
  /** Engineering — 工程技术 */
  | 'ENGINEERING'
  /** Another series; the title is named in titleName — 其他系列 */
  | 'OTHER';

/** Level of a traditional crafts revitalisation catalogue — 传统工艺振兴目录级别 */
export type RevitalizationCatalogueLevel =
  /** National catalogue, issued by the Ministry of Culture and Tourism with MIIT — 国家级 */
  | 'NATIONAL'
  /** Shandong provincial catalogue — 省级 */
  | 'PROVINCIAL';

/** The twelve coded categories of the Shandong traditional crafts revitalisation catalogue — 山东省传统工艺振兴目录类别 */
export type RevitalizationCategory =
  /** Plaiting, weaving and tying — 编织扎制 */
  | 'BZZZ'
  /** Carving and modelling — 雕刻塑造 */
  | 'DKSZ'
  /** Spinning, dyeing, weaving and embroidery — 纺染织绣 */
  | 'FRZX'
  /** Metalworking — 金属加工 */
  | 'JSJG'
  /** Paper-cutting, engraving and painting — 剪纸刻绘 */
  | 'JZKH'
  /** Making of utensils and tools — 器具制作 */
  | 'QJZZ'
  /** Lacquerware and lacquer decoration — 漆器髹饰 */
  | 'QQXS'
  /** Food making — 食品制作 */
  | 'SPZZ'
  /** Ceramics firing — 陶瓷烧造 */
  | 'TCSZ'
  /** Making of the scholar's studio tools — 文房制作 */
  | 'WFZZ'
  /** Printing and mounting — 印刷装裱 */
  | 'YSZB'
  /** Processing of Chinese medicinal materials — 中药炮制 */
  | 'ZYPZ';

/** Which revitalisation catalogue entries to list — 传统工艺振兴目录筛选 */
export type RevitalizationEntryFilter = {
  /** Only these catalogues — 目录级别 */
  catalogueLevels?: Array<RevitalizationCatalogueLevel> | null | undefined;
  /** Only these category codes of the Shandong catalogue — 类别代码 */
  categoryCodes?: Array<RevitalizationCategory> | null | undefined;
  /** True: only entries matched to an ICH item; false: only entries with none — 是否对应非遗项目 */
  hasHeritageItem?: boolean | null | undefined;
  /** Only entries matched to the items these keys name (any listing key, any spelling) — 项目键 */
  itemKeys?: Array<string> | null | undefined;
  /** Name contains this text — 名称包含 */
  nameContains?: string | null | undefined;
  /** Declared in this region or anywhere under it — 申报地区（含下级） */
  regionCode?: string | null | undefined;
  /** Issued in this year or later — 公布年份起 */
  yearFrom?: number | null | undefined;
  /** Issued in this year or earlier — 公布年份止 */
  yearTo?: number | null | undefined;
};

/** Order of a revitalisation catalogue list — 传统工艺振兴目录排序 */
export type RevitalizationEntryOrder =
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Name, by code point — 项目名称 */
  | 'NAME'
  /** Year issued, earliest first — 公布年份 */
  | 'YEAR';

/** Which rights cases to list — 维权案件筛选 */
export type RightsCaseFilter = {
  /** True for closed cases only, false for open ones only — 是否办结 */
  closed?: boolean | null | undefined;
  /** Only these kinds — 维权事项 */
  kinds?: Array<RightsCaseKind> | null | undefined;
  /** Opened on this day or later — 受理日期起 */
  openedFrom?: string | null | undefined;
  /** Opened on this day or earlier — 受理日期止 */
  openedTo?: string | null | undefined;
  /** Only cases closed with these outcomes — 办结结果 */
  outcomes?: Array<RightsCaseOutcome> | null | undefined;
  /** Handled in this region or anywhere under it — 受理地区（含下级） */
  regionCode?: string | null | undefined;
};

/** What a rights-protection case is about — 维权事项类别 */
export type RightsCaseKind =
  /** A labour-contract dispute — 劳动合同争议 */
  | 'LABOR_CONTRACT'
  /** Anything else — 其他 */
  | 'OTHER'
  /** Social insurance — 社会保险 */
  | 'SOCIAL_INSURANCE'
  /** Unpaid wages — 欠薪 */
  | 'WAGE_ARREARS'
  /** A work injury — 工伤 */
  | 'WORK_INJURY';

/** Order of a rights case list — 维权案件排序 */
export type RightsCaseOrder =
  /** Case number — 案件编号 */
  | 'CASE_NUMBER'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Day opened, oldest first — 受理日期（由远及近） */
  | 'OPENED_ON'
  /** Day opened, newest first — 受理日期（由近及远） */
  | 'OPENED_ON_DESC';

/** How a closed rights-protection case ended — 维权办结结果 */
export type RightsCaseOutcome =
  /** Settled by mediation — 调解结案 */
  | 'MEDIATED'
  /** Referred to labour-dispute arbitration — 转劳动人事争议仲裁 */
  | 'REFERRED_TO_ARBITRATION'
  /** Referred to labour inspection — 转劳动保障监察 */
  | 'REFERRED_TO_INSPECTION'
  /** Resolved by the service centre — 协调解决 */
  | 'RESOLVED'
  /** Withdrawn by the worker — 当事人撤回 */
  | 'WITHDRAWN';

/** Which skill certificates to list — 技能证书筛选 */
export type SkillCertificateFilter = {
  /** Exactly this certificate number (spaces and case ignored) — 证书编号 */
  certificateNumber?: string | null | undefined;
  /** Only these evaluator types — 评价机构类型 */
  evaluatorTypes?: Array<EvaluatorType> | null | undefined;
  /** Issued on this day or later — 发证日期起 */
  issuedFrom?: string | null | undefined;
  /** Issued on this day or earlier — 发证日期止 */
  issuedTo?: string | null | undefined;
  /** Only these kinds — 证书类别 */
  kinds?: Array<SkillCertificateKind> | null | undefined;
  /** Only these levels (a specialised-ability certificate has none) — 职业技能等级 */
  levels?: Array<SkillLevel> | null | undefined;
  /** Issued in this region or anywhere under it — 发证地区（含下级） */
  regionCode?: string | null | undefined;
};

/** Kind of skill certificate — 技能证书类别 */
export type SkillCertificateKind =
  /** Vocational skill-level certificate — 职业技能等级证书 */
  | 'SKILL_LEVEL'
  /** Specialised vocational-ability certificate, for skills outside the occupation classification such as ICH crafts — 专项职业能力证书 */
  | 'SPECIALIZED_ABILITY';

/** Order of a skill certificate list — 技能证书排序 */
export type SkillCertificateOrder =
  /** Certificate number — 证书编号 */
  | 'CERTIFICATE_NUMBER'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Day of issue, oldest first — 发证日期（由远及近） */
  | 'ISSUED_ON'
  /** Day of issue, newest first — 发证日期（由近及远） */
  | 'ISSUED_ON_DESC';

/** Vocational skill level on the eight-grade ladder (人社部发〔2022〕14号) — 职业技能等级（新八级工） */
export type SkillLevel =
  /** Apprentice — 学徒工 */
  | 'APPRENTICE'
  /** Chief technician — 首席技师 */
  | 'CHIEF_TECHNICIAN'
  /** Intermediate worker, level 4 — 中级工（四级） */
  | 'INTERMEDIATE'
  /** Junior worker, level 5 — 初级工（五级） */
  | 'JUNIOR'
  /** Principal technician — 特级技师 */
  | 'PRINCIPAL_TECHNICIAN'
  /** Senior worker, level 3 — 高级工（三级） */
  | 'SENIOR'
  /** Senior technician, level 1 — 高级技师（一级） */
  | 'SENIOR_TECHNICIAN'
  /** Technician, level 2 — 技师（二级） */
  | 'TECHNICIAN';

/** Who a start-up service served — 服务对象类型 */
export type StartupClientKind =
  /** An enterprise alone, by its USCC — 企业 */
  | 'ENTERPRISE'
  /** A person, with or without an enterprise — 个人 */
  | 'PERSON';

/** Which start-up loans to list — 创业担保贷款筛选 */
export type StartupLoanFilter = {
  /** At most this amount, yuan — 金额上限（元） */
  amountMax?: string | null | undefined;
  /** At least this amount, yuan — 金额下限（元） */
  amountMin?: string | null | undefined;
  /** Only loans to these kinds of borrower — 借款人类型 */
  borrowerKinds?: Array<BorrowerKind> | null | undefined;
  /** Lent to the organisation with this unified social credit code — 借款单位统一社会信用代码 */
  borrowerUscc?: string | null | undefined;
  /** Granted on this day or later — 放款日期起 */
  grantedFrom?: string | null | undefined;
  /** Granted on this day or earlier — 放款日期止 */
  grantedTo?: string | null | undefined;
  /** Granted in this region or anywhere under it — 地区（含下级） */
  regionCode?: string | null | undefined;
};

/** Order of a start-up loan list — 创业担保贷款排序 */
export type StartupLoanOrder =
  /** Largest amount first — 贷款金额（大到小） */
  | 'AMOUNT'
  /** Most recently granted first — 放款日期（新到旧） */
  | 'GRANTED_ON'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID';

/** Which start-up services to list — 创业服务筛选 */
export type StartupServiceFilter = {
  /** Given by a centre whose name contains this text — 服务机构名称包含 */
  centreContains?: string | null | undefined;
  /** Only services to these kinds of client — 服务对象类型 */
  clientKinds?: Array<StartupClientKind> | null | undefined;
  /** Given to the enterprise with this unified social credit code — 服务企业统一社会信用代码 */
  clientUscc?: string | null | undefined;
  /** Only these kinds — 服务类别 */
  kinds?: Array<StartupServiceKind> | null | undefined;
  /** Given in this region or anywhere under it — 地区（含下级） */
  regionCode?: string | null | undefined;
  /** Given on this day or later — 服务日期起 */
  servedFrom?: string | null | undefined;
  /** Given on this day or earlier — 服务日期止 */
  servedTo?: string | null | undefined;
};

/** Kind of start-up service (notice §二(四)) — 创业服务类别 */
export type StartupServiceKind =
  /** Start-up consultation: policy, registration, finance questions answered — 创业咨询 */
  | 'CONSULTATION'
  /** Start-up guidance, such as a SIYB (GYB, SYB, IYB, EYB) session or a mentor’s visit — 创业指导 */
  | 'GUIDANCE';

/** Which training subsidy claims to list — 职业培训补贴筛选 */
export type SubsidyClaimFilter = {
  /** Filed on this day or later — 申领日期起 */
  claimedFrom?: string | null | undefined;
  /** Filed on this day or earlier — 申领日期止 */
  claimedTo?: string | null | undefined;
  /** Only these states — 申领状态 */
  statuses?: Array<SubsidyClaimStatus> | null | undefined;
};

/** Order of a subsidy claim list — 补贴申领排序 */
export type SubsidyClaimOrder =
  /** Day the claim was filed, earliest first — 申领日期 */
  | 'CLAIMED_ON'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID';

/** State of a training subsidy claim — 培训补贴申领状态 */
export type SubsidyClaimStatus =
  /** Approved, not yet paid — 已审核 */
  | 'APPROVED'
  /** Filed, awaiting review — 已申报 */
  | 'FILED'
  /** Paid out — 已拨付 */
  | 'PAID'
  /** Rejected — 未通过 */
  | 'REJECTED';

/** Which talent titles to list — 人才称号筛选 */
export type TalentTitleFilter = {
  /** Awarded on this day or later — 授予日期起 */
  awardedFrom?: string | null | undefined;
  /** Awarded on this day or earlier — 授予日期止 */
  awardedTo?: string | null | undefined;
  /** Only titles awarded by this day and still in their term on it — 当日在管理期内 */
  inTermOn?: string | null | undefined;
  /** Only these kinds — 称号类别 */
  kinds?: Array<TalentTitleKind> | null | undefined;
  /** Of this region or anywhere under it — 所属地区（含下级） */
  regionCode?: string | null | undefined;
  /** Only titles of these selection years — 评选年度 */
  years?: Array<number> | null | undefined;
};

/** Kind of talent title — 人才称号类别 */
export type TalentTitleKind =
  /** National Technical Expert — 全国技术能手 */
  | 'NATIONAL_TECHNICAL_EXPERT'
  /** Another title, named in titleName — 其他 */
  | 'OTHER'
  /** Qilu Chief Technician, selected yearly with a four-year management period — 齐鲁首席技师 */
  | 'QILU_CHIEF_TECHNICIAN'
  /** Shandong Technical Expert, e.g. the top three of a provincial class-one contest — 山东省技术能手 */
  | 'SHANDONG_TECHNICAL_EXPERT';

/** Order of a talent title list — 人才称号排序 */
export type TalentTitleOrder =
  /** Day awarded, oldest first — 授予日期（由远及近） */
  | 'AWARDED_ON'
  /** Day awarded, newest first — 授予日期（由近及远） */
  | 'AWARDED_ON_DESC'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID';

/** Target group that training subsidies and start-up loans are aimed at — 重点群体 */
export type TargetGroup =
  /** Lifted out of poverty and still receiving support policies — 脱贫享受政策人口 */
  | 'POVERTY_ALLEVIATED'
  /** Registered unemployed — 登记失业人员 */
  | 'REGISTERED_UNEMPLOYED'
  /** Rural labourer moving into non-farm work — 农村转移就业劳动者 */
  | 'RURAL_TRANSFER_LABORER';

/** Order of a training catalogue list — 培训项目目录排序 */
export type TrainingCatalogEntryOrder =
  /** Catalogue code — 项目编码 */
  | 'CODE'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Title, by code point — 项目名称 */
  | 'TITLE';

/** Which training catalogue programmes to list — 培训项目目录筛选 */
export type TrainingCatalogFilter = {
  /** Only programmes built on any of these ICH item keys (any spelling of the number) — 关联非遗项目键 */
  itemKeys?: Array<string> | null | undefined;
  /** Only this occupation code — 职业（工种）代码 */
  occupationCode?: string | null | undefined;
  /** Published on this day or later — 发布日期起 */
  publishedFrom?: string | null | undefined;
  /** Published on this day or earlier — 发布日期止 */
  publishedTo?: string | null | undefined;
  /** Published in this region or anywhere under it — 发布地区（含下级） */
  regionCode?: string | null | undefined;
  /** Only these publication states — 状态 */
  statuses?: Array<TrainingCatalogStatus> | null | undefined;
  /** Title contains this text — 名称包含 */
  titleContains?: string | null | undefined;
};

/** Publication state of a catalogue programme — 培训项目目录状态 */
export type TrainingCatalogStatus =
  /** Drafted, not yet published — 草稿 */
  | 'DRAFT'
  /** Published: cohorts may be run and subsidised on it — 已发布 */
  | 'PUBLISHED'
  /** Withdrawn from the catalogue — 已撤销 */
  | 'WITHDRAWN';

/** Which training cohorts to list — 培训班筛选 */
export type TrainingCohortFilter = {
  /** Only classes of this catalogue programme (global id of a TrainingCatalogEntry) — 培训项目 */
  catalogEntryId?: string | number | null | undefined;
  /** Only project-based classes (true) or only per-trainee ones (false) — 是否项目制 */
  projectBased?: boolean | null | undefined;
  /** Only classes run by the provider with this USCC — 培训机构统一社会信用代码 */
  providerUscc?: string | null | undefined;
  /** Held in this region or anywhere under it — 开班地区（含下级） */
  regionCode?: string | null | undefined;
  /** Starting on this day or later — 开班日期起 */
  startsFrom?: string | null | undefined;
  /** Starting on this day or earlier — 开班日期止 */
  startsTo?: string | null | undefined;
};

/** Order of a training cohort list — 培训班排序 */
export type TrainingCohortOrder =
  /** Class code — 班级编号 */
  | 'CODE'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** First day of training, earliest first — 开班日期 */
  | 'STARTS_ON';

/** Which training materials to list — 教材课程筛选 */
export type TrainingMaterialFilter = {
  /** Teaching any of these ICH items, by any listing’s key (an extension listing’s key names its item) — 关联非遗项目键 */
  itemKeys?: Array<string> | null | undefined;
  /** Only these kinds — 类别 */
  kinds?: Array<TrainingMaterialKind> | null | undefined;
  /** Publisher or developer contains — 出版（开发）单位包含 */
  publisherContains?: string | null | undefined;
  /** Filed in this region or anywhere under it — 备案地区（含下级） */
  regionCode?: string | null | undefined;
  /** Released on this day or later — 发布日期起 */
  releasedFrom?: string | null | undefined;
  /** Released on this day or earlier — 发布日期止 */
  releasedTo?: string | null | undefined;
  /** Title contains — 名称包含 */
  titleContains?: string | null | undefined;
  /** Only materials of these years — 年度 */
  years?: Array<number> | null | undefined;
};

/** Kind of training material — 教材课程类别 */
export type TrainingMaterialKind =
  /** A course taught in class — 培训课程 */
  | 'COURSE'
  /** A course given online — 线上课程 */
  | 'ONLINE_COURSE'
  /** A printed textbook — 培训教材 */
  | 'TEXTBOOK';

/** Order of a training material list — 教材课程排序 */
export type TrainingMaterialOrder =
  /** Filing number — 编号 */
  | 'CODE'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Title — 名称 */
  | 'TITLE'
  /** Year, newest first — 年度（由近及远） */
  | 'YEAR_DESC';

/** Credit rating the HR bureau gives a filed training provider — 培训机构信用等级 */
export type TrainingProviderCreditRating =
  /** Rating A, the best — A级 */
  | 'A'
  /** Rating B — B级 */
  | 'B'
  /** Rating C, the lowest — C级 */
  | 'C';

/** Which filed training providers to list — 备案培训机构筛选 */
export type TrainingProviderFilter = {
  /** Only these credit ratings (unrated providers never match) — 信用等级 */
  creditRatings?: Array<TrainingProviderCreditRating> | null | undefined;
  /** Name contains this text — 名称包含 */
  nameContains?: string | null | undefined;
  /** Filed in this region or anywhere under it — 所在地区（含下级） */
  regionCode?: string | null | undefined;
  /** Only the provider with this unified social credit code (spaces and case ignored) — 统一社会信用代码 */
  uscc?: string | null | undefined;
};

/** Order of a training provider list — 培训机构排序 */
export type TrainingProviderOrder =
  /** Day of filing, earliest first — 备案日期 */
  | 'FILED_ON'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Name, by code point — 机构名称 */
  | 'NAME'
  /** Unified social credit code — 统一社会信用代码 */
  | 'USCC';

/** Which vacancies to list — 招聘岗位筛选 */
export type VacancyFilter = {
  /** Craft contains this text — 技艺包含 */
  craftContains?: string | null | undefined;
  /** Posted by the employer with this unified social credit code — 用人单位统一社会信用代码 */
  employerUscc?: string | null | undefined;
  /** Only jobs in items of these ICH categories — 非遗门类 */
  ichCategories?: Array<HeritageCategory> | null | undefined;
  /** Only jobs in these ICH items (any spelling of the key) — 非遗项目键 */
  itemKeys?: Array<string> | null | undefined;
  /** Wanting at least this many people — 最少招聘人数 */
  minHeadcount?: number | null | undefined;
  /** Open on this day: posted by then and not closed before it — 在该日有效 */
  openOn?: string | null | undefined;
  /** Posted on this day or later — 发布日期起 */
  postedFrom?: string | null | undefined;
  /** Posted on this day or earlier — 发布日期止 */
  postedTo?: string | null | undefined;
  /** Place of work in this region or anywhere under it — 工作地区（含下级） */
  regionCode?: string | null | undefined;
  /** Only these statuses — 岗位状态 */
  statuses?: Array<VacancyStatus> | null | undefined;
  /** Title contains this text — 岗位名称包含 */
  titleContains?: string | null | undefined;
};

/** Order of a vacancy list — 招聘岗位排序 */
export type VacancyOrder =
  /** Most people wanted first — 招聘人数（多到少） */
  | 'HEADCOUNT'
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Highest top monthly pay first — 月薪上限（高到低） */
  | 'PAY_MAX'
  /** Most recently posted first — 发布日期（新到旧） */
  | 'POSTED_ON';

/** Whether a vacancy still takes applications — 岗位状态 */
export type VacancyStatus =
  /** Closed — 已结束 */
  | 'CLOSED'
  /** Open for applications — 招聘中 */
  | 'OPEN';

/** Which workshops to list — 非遗工坊筛选 */
export type WorkshopFilter = {
  /** True: only workshops run by a business; false: only production points with no operator — 是否有经营主体 */
  hasOperator?: boolean | null | undefined;
  /** Only workshops resting on the items these keys name (any listing key, any spelling) — 依托项目键 */
  itemKeys?: Array<string> | null | undefined;
  /** Created at least this many jobs — 带动就业人数不少于 */
  minJobs?: number | null | undefined;
  /** Name contains this text — 名称包含 */
  nameContains?: string | null | undefined;
  /** Run by the business with this USCC — 经营主体统一社会信用代码 */
  operatorUscc?: string | null | undefined;
  /** Only workshops recognised at any of these levels (in the recognised-year range, when one is given) — 认定级别 */
  recognitionLevels?: Array<WorkshopRecognitionLevel> | null | undefined;
  /** Only workshops with a recognition in this year or later (at one of recognitionLevels, when given) — 认定年份起 */
  recognizedYearFrom?: number | null | undefined;
  /** Only workshops with a recognition in this year or earlier (at one of recognitionLevels, when given) — 认定年份止 */
  recognizedYearTo?: number | null | undefined;
  /** In this region or anywhere under it — 所在地区（含下级） */
  regionCode?: string | null | undefined;
  /** Only these statuses — 状态 */
  statuses?: Array<WorkshopStatus> | null | undefined;
};

/** Order of a workshop list — 非遗工坊排序 */
export type WorkshopOrder =
  /** Order of registration in this layer — 登记顺序 */
  | 'ID'
  /** Most jobs created first — 带动就业人数从多到少 */
  | 'JOBS_CREATED_DESC'
  /** Name, by code point — 名称 */
  | 'NAME';

/** Level at which a workshop is recognised — 非遗工坊认定级别 */
export type WorkshopRecognitionLevel =
  /** Recognised at city level — 市级 */
  | 'CITY'
  /** Recognised by the county culture, HR and rural bureaus — 县级 */
  | 'COUNTY'
  /** Recognised at provincial level — 省级 */
  | 'PROVINCE';

/** Standing of a workshop's recognition — 非遗工坊状态 */
export type WorkshopStatus =
  /** Recognised and operating — 正常 */
  | 'ACTIVE'
  /** Recognition revoked — 撤销 */
  | 'REVOKED'
  /** Recognition suspended pending rectification — 暂停 */
  | 'SUSPENDED';

export type TrainingMaterialPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TrainingMaterialFilter | null | undefined;
  orderBy?: TrainingMaterialOrder | null | undefined;
}>;


export type TrainingMaterialPageQuery = { trainingMaterials: { totalCount: number, edges: Array<{ node: { id: string, code: string, title: string, kind: TrainingMaterialKind, publisher: string, year: number, releasedOn: string | null, classHours: number | null, isbn: string | null, regionCode: string, itemKeys: Array<string> } }> } | null };

export type ProfessionalTitlePageQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ProfessionalTitleFilter | null | undefined;
  orderBy?: ProfessionalTitleOrder | null | undefined;
}>;


export type ProfessionalTitlePageQuery = { professionalTitles: { totalCount: number, edges: Array<{ node: { id: string, series: ProfessionalTitleSeries, level: ProfessionalTitleLevel, titleName: string, route: ProfessionalTitleRoute, year: number, obtainedOn: string, regionCode: string, person: { id: string } } }> } | null };

export type RightsCasePageQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: RightsCaseFilter | null | undefined;
  orderBy?: RightsCaseOrder | null | undefined;
}>;


export type RightsCasePageQuery = { rightsCases: { totalCount: number, edges: Array<{ node: { id: string, caseNumber: string, kind: RightsCaseKind, openedOn: string, closedOn: string | null, outcome: RightsCaseOutcome | null, regionCode: string, worker: { id: string }, unit: { id: string } } }> } | null };

export type CareerRightsDispatchQueryVariables = Exact<{
  period: PeriodInput;
  regionCode?: string | null | undefined;
}>;


export type CareerRightsDispatchQuery = { dispatchReport: { minCell: number | null, rows: Array<{ kind: DispatchRowKind, region: { code: string }, trainingMaterials: { released: number, textbooks: number, courses: number }, professionalTitlesObtained: { total: number | null, staff: number | null, assistant: number | null, intermediate: number | null, associateSenior: number | null, fullSenior: number | null, suppressed: Array<string> }, talentProgrammeAwards: { awarded: number | null, suppressed: Array<string> }, rightsCases: { opened: number | null, closed: number | null, suppressed: Array<string> } }> } | null };

export type RevitalizationEntryPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: RevitalizationEntryFilter | null | undefined;
  orderBy?: RevitalizationEntryOrder | null | undefined;
}>;


export type RevitalizationEntryPageQuery = { revitalizationEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, catalogueLevel: RevitalizationCatalogueLevel, batch: number, year: number, categoryCode: RevitalizationCategory | null, name: string, regionCode: string } }> } | null };

export type InheritorPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: InheritorFilter | null | undefined;
  orderBy?: InheritorOrder | null | undefined;
}>;


export type InheritorPageQuery = { inheritors: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, idNumber: string, level: IchLevel, year: number, batch: number | null, regionCode: string } }> } | null };

export type WorkshopPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: WorkshopFilter | null | undefined;
  orderBy?: WorkshopOrder | null | undefined;
}>;


export type WorkshopPageQuery = { workshops: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, regionCode: string, operatorUscc: string | null, jobsCreated: number, status: WorkshopStatus, establishedOn: string | null } }> } | null };

export type StartupLoanPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: StartupLoanFilter | null | undefined;
  orderBy?: StartupLoanOrder | null | undefined;
}>;


export type StartupLoanPageQuery = { startupLoans: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, borrowerKind: BorrowerKind, borrowerUscc: string | null, amount: string, bank: string, guarantor: string | null, grantedOn: string, termMonths: number, regionCode: string } }> } | null };

export type VacancyPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: VacancyFilter | null | undefined;
  orderBy?: VacancyOrder | null | undefined;
}>;


export type VacancyPageQuery = { vacancies: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, employerUscc: string, title: string, craft: string | null, itemKey: string | null, headcount: number, payMin: string, payMax: string, regionCode: string, postedOn: string, closesOn: string | null, status: VacancyStatus } }> } | null };

export type HeritageItemPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: HeritageItemFilter | null | undefined;
  orderBy?: HeritageItemOrder | null | undefined;
}>;


export type HeritageItemPageQuery = { heritageItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, itemKey: string, name: string, level: IchLevel, category: HeritageCategory, regionCode: string, number: string, nationalNumber: string | null } }> } | null };

export type VacancyCandidatesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VacancyCandidatesQuery = { node:
    | { candidates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { jobSeeker: { id: string }, score: { total: number, craft: number, certificate: number, region: number, availability: number } } }> } }
    | Record<PropertyKey, never>
   | null };

export type JobSeekerMatchingVacanciesQueryVariables = Exact<{
  id: string | number;
}>;


export type JobSeekerMatchingVacanciesQuery = { node:
    | { matchingVacancies: { totalCount: number, edges: Array<{ node: { vacancy: { id: string }, score: { total: number, craft: number, certificate: number, region: number, availability: number } } }> } }
    | Record<PropertyKey, never>
   | null };

export type ManyVacancyCandidatesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ManyVacancyCandidatesQuery = { vacancies: { edges: Array<{ node: { id: string, candidates: { totalCount: number, edges: Array<{ node: { jobSeeker: { id: string, person: { name: string }, skills: Array<{ itemKey: string | null }> }, score: { total: number } } }> } } }> } | null };

export type LaborBrandPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: LaborBrandFilter | null | undefined;
  orderBy?: LaborBrandOrder | null | undefined;
}>;


export type LaborBrandPageQuery = { laborBrands: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, regionCode: string, craft: string, itemKey: string | null, establishedYear: number } }> } | null };

export type LaborBrandUnitPagesQueryVariables = Exact<{
  first?: number | null | undefined;
  unitFirst?: number | null | undefined;
  unitAfter?: string | null | undefined;
  unitFilter?: LaborBrandUnitFilter | null | undefined;
  unitOrder?: LaborBrandUnitOrder | null | undefined;
}>;


export type LaborBrandUnitPagesQuery = { laborBrands: { edges: Array<{ node: { id: string, name: string, units: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uscc: string, unitKind: LaborBrandUnitKind, recognizedOn: string, brand: { id: string, name: string } } }> } } }> } | null };

export type LaborBrandUnitWalkQueryVariables = Exact<{
  f?: LaborBrandFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type LaborBrandUnitWalkQuery = { laborBrands: { edges: Array<{ node: { id: string, name: string, units: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uscc: string, unitKind: LaborBrandUnitKind, recognizedOn: string, brand: { id: string, name: string } } }> } } }> } | null };

export type LaborBrandUnitsFilteredQueryVariables = Exact<{
  filter?: LaborBrandUnitFilter | null | undefined;
}>;


export type LaborBrandUnitsFilteredQuery = { laborBrands: { edges: Array<{ node: { units: { totalCount: number, edges: Array<{ node: { uscc: string } }> } } }> } | null };

export type PersonPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
  orderBy?: PersonOrder | null | undefined;
}>;


export type PersonPageQuery = { persons: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, idNumber: string, phone: string | null, gender: Gender, birthDate: string | null, birthYear: number, regionCode: string, region: { code: string } | null } }> } | null };

export type BootCampsWithParticipantsQueryVariables = Exact<{
  filter?: BootCampFilter | null | undefined;
}>;


export type BootCampsWithParticipantsQuery = { bootCamps: { totalCount: number, edges: Array<{ node: { code: string, name: string, organiser: string, regionCode: string, startsOn: string, endsOn: string, intake: number, region: { code: string } | null, participants: { totalCount: number, edges: Array<{ node: { enterpriseUscc: string, enterpriseKind: BootCampEnterpriseKind, status: BootCampParticipantStatus, bootCamp: { code: string }, organization: { uscc: string, name: string | null, inDirectory: { totalCount: number } | null } | null, operator: { name: string } | null, startupLoans: { edges: Array<{ node: { grantedOn: string, borrowerKind: BorrowerKind } }> } } }> } } }> } | null };

export type StartupServicesPageQueryVariables = Exact<{
  filter?: StartupServiceFilter | null | undefined;
}>;


export type StartupServicesPageQuery = { startupServices: { totalCount: number, edges: Array<{ node: { kind: StartupServiceKind, clientKind: StartupClientKind, clientUscc: string | null, centre: string, topic: string | null, servedOn: string, regionCode: string, person: { name: string } | null, organization: { uscc: string } | null } }> } | null };

export type PersonStartupSideQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonStartupSideQuery = { node:
    | { name: string, startupServices: { totalCount: number, edges: Array<{ node: { kind: StartupServiceKind } }> }, bootCampParticipations: { edges: Array<{ node: { bootCamp: { code: string } } }> } }
    | Record<PropertyKey, never>
   | null };

export type OrganizationStartupSideQueryVariables = Exact<{
  uscc: string;
}>;


export type OrganizationStartupSideQuery = { organization: { uscc: string, startupServices: { totalCount: number } | null, bootCampParticipations: { edges: Array<{ node: { bootCamp: { code: string }, operator: { name: string } | null } }> } | null } | null };

export type SkillCertificatePageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: SkillCertificateFilter | null | undefined;
  orderBy?: SkillCertificateOrder | null | undefined;
}>;


export type SkillCertificatePageQuery = { skillCertificates: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, certificateNumber: string, kind: SkillCertificateKind, level: SkillLevel | null, occupationCode: string | null, abilityTitle: string | null, evaluatorType: EvaluatorType, evaluatorUscc: string | null, issuedOn: string, regionCode: string, region: { code: string } | null } }> } | null };

export type TalentTitlePageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: TalentTitleFilter | null | undefined;
  orderBy?: TalentTitleOrder | null | undefined;
  on?: string | null | undefined;
}>;


export type TalentTitlePageQuery = { talentTitles: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, kind: TalentTitleKind, titleName: string | null, year: number, awardedOn: string, termEndsOn: string | null, regionCode: string, inTerm: boolean, region: { code: string } | null } }> } | null };

export type ContestPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ContestFilter | null | undefined;
  orderBy?: ContestOrder | null | undefined;
}>;


export type ContestPageQuery = { contests: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, contestClass: ContestClass, year: number, heldOn: string, regionCode: string, itemKey: string | null, region: { code: string } | null } }> } | null };

export type TrainingCatalogPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: TrainingCatalogFilter | null | undefined;
  orderBy?: TrainingCatalogEntryOrder | null | undefined;
}>;


export type TrainingCatalogPageQuery = { trainingCatalog: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, title: string, occupationCode: string | null, abilitySpec: string | null, classHours: number, subsidyPerHour: string, regionCode: string, status: TrainingCatalogStatus, publishedOn: string | null, region: { code: string } | null } }> } | null };

export type TrainingProviderPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TrainingProviderFilter | null | undefined;
  orderBy?: TrainingProviderOrder | null | undefined;
}>;


export type TrainingProviderPageQuery = { trainingProviders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, uscc: string, name: string, filingNumber: string, regionCode: string, filedOn: string, creditRating: TrainingProviderCreditRating | null, region: { code: string } | null } }> } | null };

export type HeritageItemsOfCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type HeritageItemsOfCatalogQuery = { trainingCatalog: { edges: Array<{ node: { code: string, itemKeys: Array<string>, heritageItems: Array<{ itemKey: string, name: string }> | null } }> } | null };

export type CohortsOfCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortsOfCatalogQuery = { trainingCatalog: { edges: Array<{ node: { code: string, cohorts: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { code: string, startsOn: string } }> } } }> } | null };

export type ProjectCohortsOfProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectCohortsOfProvidersQuery = { trainingProviders: { edges: Array<{ node: { uscc: string, cohorts: { totalCount: number, edges: Array<{ node: { code: string, projectBased: boolean } }> } } }> } | null };

export type TrainingCohortPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: TrainingCohortFilter | null | undefined;
  orderBy?: TrainingCohortOrder | null | undefined;
}>;


export type TrainingCohortPageQuery = { trainingCohorts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, regionCode: string, startsOn: string, endsOn: string, projectBased: boolean, plannedSize: number, region: { code: string } | null } }> } | null };

export type EnrolmentsOfCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnrolmentsOfCohortsQuery = { trainingCohorts: { edges: Array<{ node: { code: string, enrollments: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { enrolledOn: string, status: EnrollmentStatus } }> } } }> } | null };

export type EnrollmentPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: EnrollmentFilter | null | undefined;
  orderBy?: EnrollmentOrder | null | undefined;
}>;


export type EnrollmentPageQuery = { enrollments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, enrolledOn: string, status: EnrollmentStatus, completedOn: string | null, passed: boolean | null, targetGroup: TargetGroup | null } }> } | null };

export type SubsidyClaimPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: SubsidyClaimFilter | null | undefined;
  orderBy?: SubsidyClaimOrder | null | undefined;
}>;


export type SubsidyClaimPageQuery = { subsidyClaims: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, amount: string, status: SubsidyClaimStatus, claimedOn: string, paidOn: string | null } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const TrainingMaterialPageDocument = new TypedDocumentString(`
    query TrainingMaterialPage($first: Int, $after: String, $filter: TrainingMaterialFilter, $orderBy: TrainingMaterialOrder) {
  trainingMaterials(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      node {
        id
        code
        title
        kind
        publisher
        year
        releasedOn
        classHours
        isbn
        regionCode
        itemKeys
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingMaterialPageQuery, TrainingMaterialPageQueryVariables>;
export const ProfessionalTitlePageDocument = new TypedDocumentString(`
    query ProfessionalTitlePage($first: Int, $filter: ProfessionalTitleFilter, $orderBy: ProfessionalTitleOrder) {
  professionalTitles(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        series
        level
        titleName
        route
        year
        obtainedOn
        regionCode
        person {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfessionalTitlePageQuery, ProfessionalTitlePageQueryVariables>;
export const RightsCasePageDocument = new TypedDocumentString(`
    query RightsCasePage($first: Int, $filter: RightsCaseFilter, $orderBy: RightsCaseOrder) {
  rightsCases(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        caseNumber
        kind
        openedOn
        closedOn
        outcome
        regionCode
        worker {
          id
        }
        unit {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RightsCasePageQuery, RightsCasePageQueryVariables>;
export const CareerRightsDispatchDocument = new TypedDocumentString(`
    query CareerRightsDispatch($period: PeriodInput!, $regionCode: String) {
  dispatchReport(period: $period, regionCode: $regionCode) {
    minCell
    rows {
      kind
      region {
        code
      }
      trainingMaterials {
        released
        textbooks
        courses
      }
      professionalTitlesObtained {
        total
        staff
        assistant
        intermediate
        associateSenior
        fullSenior
        suppressed
      }
      talentProgrammeAwards {
        awarded
        suppressed
      }
      rightsCases {
        opened
        closed
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CareerRightsDispatchQuery, CareerRightsDispatchQueryVariables>;
export const RevitalizationEntryPageDocument = new TypedDocumentString(`
    query RevitalizationEntryPage($first: Int, $after: String, $last: Int, $before: String, $filter: RevitalizationEntryFilter, $orderBy: RevitalizationEntryOrder) {
  revitalizationEntries(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        catalogueLevel
        batch
        year
        categoryCode
        name
        regionCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RevitalizationEntryPageQuery, RevitalizationEntryPageQueryVariables>;
export const InheritorPageDocument = new TypedDocumentString(`
    query InheritorPage($first: Int, $after: String, $last: Int, $before: String, $filter: InheritorFilter, $orderBy: InheritorOrder) {
  inheritors(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        idNumber
        level
        year
        batch
        regionCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InheritorPageQuery, InheritorPageQueryVariables>;
export const WorkshopPageDocument = new TypedDocumentString(`
    query WorkshopPage($first: Int, $after: String, $last: Int, $before: String, $filter: WorkshopFilter, $orderBy: WorkshopOrder) {
  workshops(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        regionCode
        operatorUscc
        jobsCreated
        status
        establishedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopPageQuery, WorkshopPageQueryVariables>;
export const StartupLoanPageDocument = new TypedDocumentString(`
    query StartupLoanPage($first: Int, $after: String, $last: Int, $before: String, $filter: StartupLoanFilter, $orderBy: StartupLoanOrder) {
  startupLoans(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        borrowerKind
        borrowerUscc
        amount
        bank
        guarantor
        grantedOn
        termMonths
        regionCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StartupLoanPageQuery, StartupLoanPageQueryVariables>;
export const VacancyPageDocument = new TypedDocumentString(`
    query VacancyPage($first: Int, $after: String, $last: Int, $before: String, $filter: VacancyFilter, $orderBy: VacancyOrder) {
  vacancies(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        employerUscc
        title
        craft
        itemKey
        headcount
        payMin
        payMax
        regionCode
        postedOn
        closesOn
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VacancyPageQuery, VacancyPageQueryVariables>;
export const HeritageItemPageDocument = new TypedDocumentString(`
    query HeritageItemPage($first: Int, $after: String, $last: Int, $before: String, $filter: HeritageItemFilter, $orderBy: HeritageItemOrder) {
  heritageItems(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        itemKey
        name
        level
        category
        regionCode
        number
        nationalNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HeritageItemPageQuery, HeritageItemPageQueryVariables>;
export const VacancyCandidatesDocument = new TypedDocumentString(`
    query VacancyCandidates($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    ... on Vacancy {
      candidates(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            jobSeeker {
              id
            }
            score {
              total
              craft
              certificate
              region
              availability
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VacancyCandidatesQuery, VacancyCandidatesQueryVariables>;
export const JobSeekerMatchingVacanciesDocument = new TypedDocumentString(`
    query JobSeekerMatchingVacancies($id: ID!) {
  node(id: $id) {
    ... on JobSeeker {
      matchingVacancies(first: 10) {
        totalCount
        edges {
          node {
            vacancy {
              id
            }
            score {
              total
              craft
              certificate
              region
              availability
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JobSeekerMatchingVacanciesQuery, JobSeekerMatchingVacanciesQueryVariables>;
export const ManyVacancyCandidatesDocument = new TypedDocumentString(`
    query ManyVacancyCandidates($first: Int) {
  vacancies(first: $first, orderBy: ID) {
    edges {
      node {
        id
        candidates(first: 3) {
          totalCount
          edges {
            node {
              jobSeeker {
                id
                person {
                  name
                }
                skills {
                  itemKey
                }
              }
              score {
                total
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManyVacancyCandidatesQuery, ManyVacancyCandidatesQueryVariables>;
export const LaborBrandPageDocument = new TypedDocumentString(`
    query LaborBrandPage($first: Int, $after: String, $last: Int, $before: String, $filter: LaborBrandFilter, $orderBy: LaborBrandOrder) {
  laborBrands(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        regionCode
        craft
        itemKey
        establishedYear
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LaborBrandPageQuery, LaborBrandPageQueryVariables>;
export const LaborBrandUnitPagesDocument = new TypedDocumentString(`
    query LaborBrandUnitPages($first: Int, $unitFirst: Int, $unitAfter: String, $unitFilter: LaborBrandUnitFilter, $unitOrder: LaborBrandUnitOrder) {
  laborBrands(first: $first) {
    edges {
      node {
        id
        name
        units(
          first: $unitFirst
          after: $unitAfter
          filter: $unitFilter
          orderBy: $unitOrder
        ) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              uscc
              unitKind
              recognizedOn
              brand {
                id
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LaborBrandUnitPagesQuery, LaborBrandUnitPagesQueryVariables>;
export const LaborBrandUnitWalkDocument = new TypedDocumentString(`
    query LaborBrandUnitWalk($f: LaborBrandFilter, $after: String) {
  laborBrands(filter: $f) {
    edges {
      node {
        id
        name
        units(first: 2, after: $after, orderBy: USCC) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              uscc
              unitKind
              recognizedOn
              brand {
                id
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LaborBrandUnitWalkQuery, LaborBrandUnitWalkQueryVariables>;
export const LaborBrandUnitsFilteredDocument = new TypedDocumentString(`
    query LaborBrandUnitsFiltered($filter: LaborBrandUnitFilter) {
  laborBrands(first: 100) {
    edges {
      node {
        units(first: 100, filter: $filter) {
          totalCount
          edges {
            node {
              uscc
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LaborBrandUnitsFilteredQuery, LaborBrandUnitsFilteredQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($first: Int, $after: String, $last: Int, $before: String, $filter: PersonFilter, $orderBy: PersonOrder) {
  persons(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        idNumber
        phone
        gender
        birthDate
        birthYear
        regionCode
        region {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const BootCampsWithParticipantsDocument = new TypedDocumentString(`
    query BootCampsWithParticipants($filter: BootCampFilter) {
  bootCamps(first: 50, filter: $filter, orderBy: STARTS_ON) {
    totalCount
    edges {
      node {
        code
        name
        organiser
        regionCode
        region {
          code
        }
        startsOn
        endsOn
        intake
        participants(first: 50) {
          totalCount
          edges {
            node {
              enterpriseUscc
              enterpriseKind
              status
              bootCamp {
                code
              }
              organization {
                uscc
                name
                inDirectory: workshops(first: 1) {
                  totalCount
                }
              }
              operator {
                name
              }
              startupLoans(first: 10, orderBy: GRANTED_ON) {
                edges {
                  node {
                    grantedOn
                    borrowerKind
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BootCampsWithParticipantsQuery, BootCampsWithParticipantsQueryVariables>;
export const StartupServicesPageDocument = new TypedDocumentString(`
    query StartupServicesPage($filter: StartupServiceFilter) {
  startupServices(first: 50, filter: $filter, orderBy: SERVED_ON) {
    totalCount
    edges {
      node {
        kind
        clientKind
        clientUscc
        centre
        topic
        servedOn
        regionCode
        person {
          name
        }
        organization {
          uscc
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StartupServicesPageQuery, StartupServicesPageQueryVariables>;
export const PersonStartupSideDocument = new TypedDocumentString(`
    query PersonStartupSide($id: ID!) {
  node(id: $id) {
    ... on Person {
      name
      startupServices(first: 10) {
        totalCount
        edges {
          node {
            kind
          }
        }
      }
      bootCampParticipations(first: 10) {
        edges {
          node {
            bootCamp {
              code
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonStartupSideQuery, PersonStartupSideQueryVariables>;
export const OrganizationStartupSideDocument = new TypedDocumentString(`
    query OrganizationStartupSide($uscc: String!) {
  organization(uscc: $uscc) {
    uscc
    startupServices(first: 10) {
      totalCount
    }
    bootCampParticipations(first: 10) {
      edges {
        node {
          bootCamp {
            code
          }
          operator {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationStartupSideQuery, OrganizationStartupSideQueryVariables>;
export const SkillCertificatePageDocument = new TypedDocumentString(`
    query SkillCertificatePage($first: Int, $after: String, $last: Int, $before: String, $filter: SkillCertificateFilter, $orderBy: SkillCertificateOrder) {
  skillCertificates(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        certificateNumber
        kind
        level
        occupationCode
        abilityTitle
        evaluatorType
        evaluatorUscc
        issuedOn
        regionCode
        region {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SkillCertificatePageQuery, SkillCertificatePageQueryVariables>;
export const TalentTitlePageDocument = new TypedDocumentString(`
    query TalentTitlePage($first: Int, $after: String, $last: Int, $before: String, $filter: TalentTitleFilter, $orderBy: TalentTitleOrder, $on: Date) {
  talentTitles(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        kind
        titleName
        year
        awardedOn
        termEndsOn
        regionCode
        region {
          code
        }
        inTerm(on: $on)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TalentTitlePageQuery, TalentTitlePageQueryVariables>;
export const ContestPageDocument = new TypedDocumentString(`
    query ContestPage($first: Int, $after: String, $last: Int, $before: String, $filter: ContestFilter, $orderBy: ContestOrder) {
  contests(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        contestClass
        year
        heldOn
        regionCode
        region {
          code
        }
        itemKey
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContestPageQuery, ContestPageQueryVariables>;
export const TrainingCatalogPageDocument = new TypedDocumentString(`
    query TrainingCatalogPage($first: Int, $after: String, $last: Int, $before: String, $filter: TrainingCatalogFilter, $orderBy: TrainingCatalogEntryOrder) {
  trainingCatalog(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        code
        title
        occupationCode
        abilitySpec
        classHours
        subsidyPerHour
        regionCode
        status
        publishedOn
        region {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCatalogPageQuery, TrainingCatalogPageQueryVariables>;
export const TrainingProviderPageDocument = new TypedDocumentString(`
    query TrainingProviderPage($first: Int, $after: String, $filter: TrainingProviderFilter, $orderBy: TrainingProviderOrder) {
  trainingProviders(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        uscc
        name
        filingNumber
        regionCode
        filedOn
        creditRating
        region {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingProviderPageQuery, TrainingProviderPageQueryVariables>;
export const HeritageItemsOfCatalogDocument = new TypedDocumentString(`
    query HeritageItemsOfCatalog {
  trainingCatalog(first: 100) {
    edges {
      node {
        code
        itemKeys
        heritageItems {
          itemKey
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HeritageItemsOfCatalogQuery, HeritageItemsOfCatalogQueryVariables>;
export const CohortsOfCatalogDocument = new TypedDocumentString(`
    query CohortsOfCatalog {
  trainingCatalog(first: 100) {
    edges {
      node {
        code
        cohorts(first: 2, orderBy: STARTS_ON) {
          totalCount
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              code
              startsOn
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CohortsOfCatalogQuery, CohortsOfCatalogQueryVariables>;
export const ProjectCohortsOfProvidersDocument = new TypedDocumentString(`
    query ProjectCohortsOfProviders {
  trainingProviders(first: 100) {
    edges {
      node {
        uscc
        cohorts(first: 3, orderBy: CODE, filter: {projectBased: true}) {
          totalCount
          edges {
            node {
              code
              projectBased
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectCohortsOfProvidersQuery, ProjectCohortsOfProvidersQueryVariables>;
export const TrainingCohortPageDocument = new TypedDocumentString(`
    query TrainingCohortPage($first: Int, $after: String, $last: Int, $before: String, $filter: TrainingCohortFilter, $orderBy: TrainingCohortOrder) {
  trainingCohorts(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        code
        regionCode
        startsOn
        endsOn
        projectBased
        plannedSize
        region {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCohortPageQuery, TrainingCohortPageQueryVariables>;
export const EnrolmentsOfCohortsDocument = new TypedDocumentString(`
    query EnrolmentsOfCohorts {
  trainingCohorts(first: 40) {
    edges {
      node {
        code
        enrollments(
          first: 5
          orderBy: ENROLLED_ON
          filter: {statuses: [COMPLETED, ENROLLED]}
        ) {
          totalCount
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              enrolledOn
              status
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnrolmentsOfCohortsQuery, EnrolmentsOfCohortsQueryVariables>;
export const EnrollmentPageDocument = new TypedDocumentString(`
    query EnrollmentPage($first: Int, $after: String, $last: Int, $before: String, $filter: EnrollmentFilter, $orderBy: EnrollmentOrder) {
  enrollments(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        enrolledOn
        status
        completedOn
        passed
        targetGroup
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnrollmentPageQuery, EnrollmentPageQueryVariables>;
export const SubsidyClaimPageDocument = new TypedDocumentString(`
    query SubsidyClaimPage($first: Int, $after: String, $last: Int, $before: String, $filter: SubsidyClaimFilter, $orderBy: SubsidyClaimOrder) {
  subsidyClaims(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        amount
        status
        claimedOn
        paidOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidyClaimPageQuery, SubsidyClaimPageQueryVariables>;