import type { AturanPresensi, HariMinggu, JamKerja, PolaKerja } from '@simasn/domain';
import type { z } from '@simasn/kontrak';
import type { skemaAturanPresensi } from './kalender.types.ts';

const hariKe = (h: Partial<Record<HariMinggu, JamKerja>> | undefined) =>
  h ? ([0, 1, 2, 3, 4, 5, 6] as HariMinggu[]).map((d) => (h[d] ? { masuk: h[d].masuk, pulang: h[d].pulang, istirahatMenit: h[d].istirahatMenit } : null)) : null;

function polaTampil(p: PolaKerja) {
  if (p.jenis === 'mingguan') {
    return { id: p.id, nama: p.nama, jenis: p.jenis, ikutLibur: p.ikutLibur, hari: hariKe(p.hari), ramadan: hariKe(p.ramadan), shift: null, rotasi: null };
  }
  return { id: p.id, nama: p.nama, jenis: p.jenis, ikutLibur: p.ikutLibur, hari: null, ramadan: null,
    shift: Object.entries(p.shift).map(([kode, s]) => ({ kode, nama: s.nama, masuk: s.masuk, pulang: s.pulang })), rotasi: p.rotasi ?? null };
}

/** A rule set as the admin page shows it (the rules are data: every number shown comes from here). */
export function aturanTampil(a: AturanPresensi): z.output<typeof skemaAturanPresensi> {
  return { id: a.id, nama: a.nama, dasarHukum: a.dasarHukum, berlakuMulai: a.berlakuMulai, catatan: a.catatan ?? null, pola: Object.values(a.pola).map(polaTampil),
    polaBawaan: a.polaBawaan, ramadan: a.ramadan.map((r) => ({ dari: r.dari, sampai: r.sampai })), gantiWaktuMenit: a.gantiWaktu?.maksMenit ?? null,
    potonganTerlambat: [1, 2, 3, 4].map((t) => a.potonganTerlambat[t as 1 | 2 | 3 | 4]), potonganStatus: { ...a.potonganStatus }, batasPotonganPersen: a.batasPotonganPersen };
}
