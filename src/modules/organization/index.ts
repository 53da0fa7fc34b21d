import { registerNodeTypeByKey } from '../../records';
import { organizationsByUscc } from './organization.lookups';
import { OrganizationResolver } from './organization.resolver';

// An Organization is a node by USCC, wherever either agency knows it; not by directory row.
registerNodeTypeByKey('Organization', (ctx, usccs) => organizationsByUscc(ctx).loadMany(usccs) as Promise<Array<object | null>>);

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const organizationResolvers: Function[] = [OrganizationResolver];

export * from './organization.record';
export { organizationsByUscc } from './organization.lookups';
export { OrganizationService } from './organization.service';
