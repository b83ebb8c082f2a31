import { PERILAKU_BERAKHLAK } from '@simasn/domain';

/** The 7 BerAKHLAK values as the SKP shows them: packages/domain's data, the standard behaviours as `uraian`. */
export const PERILAKU: readonly { kode: string, label: string, uraian: readonly string[] }[] = PERILAKU_BERAKHLAK.map((p) => ({ kode: p.kode, label: p.label,
  uraian: p.perilaku })
);
