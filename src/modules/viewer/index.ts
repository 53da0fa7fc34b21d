import { ViewerResolver } from './viewer.resolver';

export const viewerResolvers = [ViewerResolver];
