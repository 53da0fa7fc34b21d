/**
 * The words agencies' own forms and exports use for enumeration values
 * (性别 男/女, 认定级别 县级 …), read by imports as the value they stand
 * for. A word may stand for values of several enumerations (其他, 企业): the
 * field's own list picks. GraphQL enum inputs never meet these words.
 */
const WORDS: Record<string, readonly string[]> = {
  男: ['MALE'],
  女: ['FEMALE'],
  // 重点群体
  农村转移就业劳动者: ['RURAL_TRANSFER_LABORER'],
  农村转移劳动力: ['RURAL_TRANSFER_LABORER'],
  登记失业人员: ['REGISTERED_UNEMPLOYED'],
  城镇登记失业人员: ['REGISTERED_UNEMPLOYED'],
  脱贫享受政策人口: ['POVERTY_ALLEVIATED'],
  脱贫人口: ['POVERTY_ALLEVIATED'],
  脱贫劳动力: ['POVERTY_ALLEVIATED'],
  // 培训状态
  在训: ['ENROLLED'],
  已报名: ['ENROLLED'],
  结业: ['COMPLETED'],
  已结业: ['COMPLETED'],
  退学: ['DROPPED'],
  中途退出: ['DROPPED'],
  // 目录状态
  草稿: ['DRAFT'],
  已备案: ['DRAFT'],
  已发布: ['PUBLISHED'],
  发布: ['PUBLISHED'],
  已撤回: ['WITHDRAWN'],
  撤回: ['WITHDRAWN'],
  // 证书类型 and 职业技能等级 (the "new eight grades"; 五级 … 一级 as the certificates print them)
  职业技能等级证书: ['SKILL_LEVEL'],
  技能等级: ['SKILL_LEVEL'],
  专项职业能力证书: ['SPECIALIZED_ABILITY'],
  专项职业能力: ['SPECIALIZED_ABILITY'],
  学徒工: ['APPRENTICE'],
  初级工: ['JUNIOR'],
  五级: ['JUNIOR'],
  中级工: ['INTERMEDIATE'],
  四级: ['INTERMEDIATE'],
  高级工: ['SENIOR'],
  三级: ['SENIOR'],
  技师: ['TECHNICIAN'],
  二级: ['TECHNICIAN'],
  高级技师: ['SENIOR_TECHNICIAN'],
  一级: ['SENIOR_TECHNICIAN'],
  特级技师: ['PRINCIPAL_TECHNICIAN'],
  首席技师: ['CHIEF_TECHNICIAN'],
  // 评价机构类型
  用人单位: ['EMPLOYER'],
  社会培训评价组织: ['SOCIAL_ORGANIZATION'],
  // 人才称号
  山东省技术能手: ['SHANDONG_TECHNICAL_EXPERT'],
  齐鲁首席技师: ['QILU_CHIEF_TECHNICIAN'],
  全国技术能手: ['NATIONAL_TECHNICAL_EXPERT'],
  其他: ['OTHER'],
  // 岗位状态
  招聘中: ['OPEN'],
  已关闭: ['CLOSED'],
  已截止: ['CLOSED'],
  // 工坊状态 and 认定级别
  正常: ['ACTIVE'],
  运营中: ['ACTIVE'],
  暂停: ['SUSPENDED'],
  已撤销: ['REVOKED'],
  撤销: ['REVOKED'],
  县级: ['COUNTY'],
  市级: ['CITY'],
  省级: ['PROVINCE'],
  // 主体类型
  企业: ['ENTERPRISE', 'EMPLOYER'],
  个体工商户: ['INDIVIDUAL_BUSINESS'],
  农民专业合作社: ['FARMERS_COOPERATIVE'],
  事业单位: ['PUBLIC_INSTITUTION'],
  社会组织: ['SOCIAL_ORGANIZATION'],
  // 山东手造·优选100 领域
  美术绘制: ['PAINTING'],
  织造印染: ['WEAVING_DYEING'],
  雕刻工艺: ['CARVING'],
  编织扎制: ['PLAITING'],
  烧制锻造: ['FIRING_FORGING'],
  漆器绘制: ['LACQUER'],
  文房四宝: ['STUDY_TOOLS'],
  美食消费: ['FOOD'],
  // 创业服务类别, 参营企业类型, 参营状态
  创业指导: ['GUIDANCE'],
  创业咨询: ['CONSULTATION'],
  小微企业: ['SMALL_MICRO'],
  初创企业: ['STARTUP'],
  已入选: ['SELECTED'],
  入选: ['SELECTED'],
  已结营: ['COMPLETED'],
  结营: ['COMPLETED'],
  已退出: ['WITHDRAWN'],
  退出: ['WITHDRAWN'],
  // 特色认定类型
  一市一品牌: ['CITY_BRAND'],
  一县一项目: ['COUNTY_PROJECT'],
  // 教材课程类别
  培训教材: ['TEXTBOOK'],
  教材: ['TEXTBOOK'],
  培训课程: ['COURSE'],
  课程: ['COURSE'],
  线上课程: ['ONLINE_COURSE'],
  网络课程: ['ONLINE_COURSE'],
  // 职称系列、层级、取得方式
  工艺美术: ['ARTS_AND_CRAFTS'],
  工程技术: ['ENGINEERING'],
  员级: ['STAFF'],
  助理级: ['ASSISTANT'],
  中级: ['INTERMEDIATE'],
  副高级: ['ASSOCIATE_SENIOR'],
  正高级: ['FULL_SENIOR'],
  评审: ['EVALUATION'],
  认定: ['RECOGNITION'],
  // 维权事项与办结结果
  欠薪: ['WAGE_ARREARS'],
  拖欠工资: ['WAGE_ARREARS'],
  劳动合同争议: ['LABOR_CONTRACT'],
  社会保险: ['SOCIAL_INSURANCE'],
  工伤: ['WORK_INJURY'],
  协调解决: ['RESOLVED'],
  调解结案: ['MEDIATED'],
  转仲裁: ['REFERRED_TO_ARBITRATION'],
  转劳动人事争议仲裁: ['REFERRED_TO_ARBITRATION'],
  转劳动保障监察: ['REFERRED_TO_INSPECTION'],
  当事人撤回: ['WITHDRAWN'],
};

/** The value of `allowed` a form's word stands for, or undefined. */
export function enumValueForWord(word: string, allowed: readonly string[]): string | undefined {
  return WORDS[word.normalize('NFKC').replace(/\s+/g, '')]?.find((value) => allowed.includes(value));
}
