/**
 * The longest suggestion a respondent may write on the public survey form: pure (no schema), so the
 * public form (a phone at a service desk) shows the limit without loading the contract's schemas.
 * survei.types.ts enforces it.
 */
export const BATAS_SARAN_SURVEI = 1000;
