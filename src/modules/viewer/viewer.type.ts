import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { API_ROLES } from '../../shared/auth/roles';
import type { RegionRecord } from '../region/region.service';
import { Region } from '../region/region.type';

export const ViewerRoleEnum = graphqlEnum('ViewerRole', 'What a caller may read and file — 调用方角色', API_ROLES, {
  PUBLIC: 'No credentials: the published directory and aggregate figures — 公众（无凭据）',
  ANALYST: 'Reads everything, personal data always masked — 分析人员',
  PARTNER: 'A partner agency limited to its region: reads and files both sources there — 合作机构（限本地区）',
  CULTURE_AGENCY: 'The culture and tourism bureau: reads everything, files culture records — 文旅部门',
  HR_AGENCY: 'The HR and social-security bureau: reads everything, files HR records — 人社部门',
  ADMIN: 'Everything, everywhere — 管理员',
});

export const CredentialKindEnum = graphqlEnum('CredentialKind', 'How the caller identified itself — 凭据类型', {
  NONE: 'No credentials were sent — 未提供凭据',
  API_KEY: 'An API key (Authorization: ApiKey … or X-API-Key) — API 密钥',
  BEARER_TOKEN: 'A JWT bearer token (Authorization: Bearer …) — JWT 令牌',
});

@ObjectType('Viewer', { description: 'Who is asking, as this server sees the credentials of the request; no secrets — 当前调用方' })
export class ViewerInfo {
  @Field(() => ViewerRoleEnum, { description: 'Role — 角色' })
  role: keyof typeof ViewerRoleEnum;

  @Field(() => CredentialKindEnum, { description: 'The kind of credential the request carried — 凭据类型' })
  credential: keyof typeof CredentialKindEnum;

  @Field(() => String, { nullable: true, description: 'Name of the API client, or the subject of the bearer token; null without credentials — 客户端名称' })
  clientName: string | null;

  @Field(() => String, { nullable: true, description: 'GB/T 2260 code of the region the viewer is limited to; null for the whole province — 限定地区代码' })
  regionCode: string | null;

  @Field(() => Region, { nullable: true, description: 'The region the viewer is limited to; null for the whole province — 限定地区' })
  region: RegionRecord | null;

  @Field(() => [String], { description: 'Extra scopes of the credential, such as pii:read — 附加权限范围' })
  scopes: string[];

  @Field(() => [String], { description: 'Permissions the role grants (person:read, culture:write, hr:write) — 角色授予的权限' })
  permissions: string[];

  @Field({ description: 'Whether ID numbers and phones are shown unmasked to this viewer (each such read is audited) — 是否可见未脱敏个人信息' })
  personalDataUnmasked: boolean;
}
