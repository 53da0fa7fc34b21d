import { registerNodeTypeByKey } from '../../records/node-registry';
import { organizationsByUscc } from './organization.loader';
import { OrganizationResolver } from './organization.resolver';

registerNodeTypeByKey('Organization', (ctx, usccs) => organizationsByUscc(ctx).loadMany(usccs) as Promise<Array<object | null>>);

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const organizationResolvers: Function[] = [OrganizationResolver];
