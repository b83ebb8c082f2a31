/**
 * Hasil: the result of a rule that may refuse its input. A refusal carries a reason in
 * Indonesian, written for the person who typed the value (it ends up in import reports and forms).
 */
export type Hasil<T> = { ok: true, nilai: T } | { ok: false, alasan: string };

export const berhasil = <T>(nilai: T): Hasil<T> => ({ ok: true, nilai });
export const gagal = <T = never>(alasan: string): Hasil<T> => ({ ok: false, alasan });
