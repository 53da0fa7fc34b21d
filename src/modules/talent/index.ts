// The talent module: its resolvers, and its node types registered with registerNodeType.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const talentResolvers: Function[] = [];
