/**
 * The identifier of the report contract (model.ts). On its own so that the parser can stamp it
 * without loading zod and the schemas (start-up time of `gongkai report check`, decision 013).
 */
export const SCHEMA_ID = 'gongkai.annual-report.v1' as const;
