import { sql } from '@simasn/db';
import { ANGKA_TPP, type AngkaTpp, aturanTpp, type HasilTpp, hitungTpp, labelBulan, penyesuaianTpp } from '@simasn/domain';
import { catatAudit, konflik, lingkup, tidakDitemukan, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { bacaDanSusun } from '../hitung/hitung-bulan.ts';
import { masukanTersimpan, teksAsalTpp } from '../hitung/susun-tpp.ts';
import { skemaBuatPenyesuaian } from '../tpp.types.ts';

type Angka = Record<AngkaTpp, number>;

/**
 * A correction of one ASN's locked month (a late attendance correction, a hukdis decided later...):
 * the month is recomputed for them from today's data under its own rule set, compared with what was
 * paid (the stored row plus earlier corrections of it), and the difference becomes an adjustment
 * line paid with a later month that is still open. The locked month itself is never touched.
 */
export async function buatPenyesuaianTpp(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaBuatPenyesuaian, masukan);
  lingkup(ctx, 'tpp:kelola');
  if (f.bulanDibayar <= f.bulanDikoreksi) {
    throw tidakValid('Bulan pembayaran belum benar.', [{ kolom: 'bulanDibayar', pesan: `koreksi ${labelBulan(f.bulanDikoreksi)} dibayar pada bulan sesudahnya` }]);
  }
  return ctx.db.transaction(async (tx) => {
    const [dikoreksi, dibayar] = [f.bulanDikoreksi, f.bulanDibayar].map((b) => `${b}-01`);
    const lama = await tx.maybeOne<{ aturan: string, status: string }>(
      sql`select aturan, status from tpp_bulan where instansi_id = ${ctx.instansiId} and bulan = ${dikoreksi}::date`,
    );
    if (!lama) throw tidakDitemukan(`TPP ${labelBulan(f.bulanDikoreksi)} belum dihitung.`);
    if (lama.status !== 'dikunci') throw konflik(`TPP ${labelBulan(f.bulanDikoreksi)} belum dikunci: hitung ulang bulan itu saja, tanpa penyesuaian.`);
    const bayar = await tx.maybeOne<{ status: string }>(sql`select status from tpp_bulan where instansi_id = ${ctx.instansiId} and bulan = ${dibayar}::date for update`);
    if (!bayar) throw tidakDitemukan(`TPP ${labelBulan(f.bulanDibayar)} belum dihitung; hitung dulu bulan pembayarannya.`);
    if (bayar.status !== 'draf') throw konflik(`TPP ${labelBulan(f.bulanDibayar)} sudah dikunci; pilih bulan yang masih terbuka.`);
    const r = await tx.maybeOne<Record<string, unknown>>(sql`
      select golongan, status_pegawai, besaran, capaian_kinerja::float8 as capaian_kinerja, potongan_disiplin::float8 as potongan_disiplin, hukdis, gaji_dan_tunjangan,
             kelas_jabatan, tpp_kinerja, tpp_disiplin, potongan_hukdis, bruto, iuran_bpjs_pegawai, iuran_bpjs_pemda, pph21, netto, masalah
        from tpp_pegawai where instansi_id = ${ctx.instansiId} and bulan = ${dikoreksi}::date and pegawai_id = ${f.pegawaiId}`);
    if (!r) throw tidakDitemukan(`Pegawai ini tidak ada pada TPP ${labelBulan(f.bulanDikoreksi)}.`);
    const a = aturanTpp(lama.aturan);
    if (!a.ok) throw konflik(a.alasan);
    // What was paid: the stored figures (0 when the row could not be computed) plus earlier corrections.
    const dibayarSebelumnya = Object.fromEntries(ANGKA_TPP.map((k) => [k, 0])) as Angka;
    const kolom: Record<AngkaTpp, string> = { tppKinerja: 'tpp_kinerja', tppDisiplin: 'tpp_disiplin', potonganHukdis: 'potongan_hukdis', bruto: 'bruto',
      iuranBpjsPegawai: 'iuran_bpjs_pegawai', iuranBpjsPemda: 'iuran_bpjs_pemda', pph21: 'pph21', netto: 'netto' };
    for (const k of ANGKA_TPP) dibayarSebelumnya[k] = Number(r[kolom[k]] ?? 0);
    const sebelumnya = await tx.many<{ selisih: Angka }>(sql`select selisih from tpp_penyesuaian where instansi_id = ${ctx.instansiId} and pegawai_id = ${f.pegawaiId}
      and bulan_dikoreksi = ${dikoreksi}::date`);
    for (const s of sebelumnya) for (const k of ANGKA_TPP) dibayarSebelumnya[k] += Number(s.selisih[k] ?? 0);
    const m = masukanTersimpan({ golongan: r.golongan as string | null, statusPegawai: String(r.status_pegawai), besaran: r.besaran === null ? null : Number(r.besaran),
      capaianKinerja: r.capaian_kinerja === null ? null : Number(r.capaian_kinerja), potonganDisiplin: r.potongan_disiplin === null ? null : Number(r.potongan_disiplin),
      hukdis: String(r.hukdis), gajiDanTunjangan: r.gaji_dan_tunjangan === null ? null : Number(r.gaji_dan_tunjangan),
      kelasJabatan: r.kelas_jabatan === null ? null : Number(r.kelas_jabatan) });
    const dasar = m ? hitungTpp(a.nilai, m) : null;
    const lamaHasil = { ...(dasar?.ok ? dasar.nilai : { aturan: a.nilai.id }), ...dibayarSebelumnya } as HasilTpp;
    const [baru] = await bacaDanSusun(tx, ctx.instansiId, ctx.zona, ctx.sekarang(), f.bulanDikoreksi, a.nilai, f.pegawaiId);
    if (!baru) throw tidakDitemukan('Pegawai ini tidak lagi aktif; koreksi tidak dapat dihitung.');
    if (!baru.hasil) throw tidakValid('TPP pegawai ini belum dapat dihitung ulang.', [{ kolom: 'pegawaiId', pesan: baru.masalah ?? 'data belum lengkap' }]);
    const p = penyesuaianTpp(lamaHasil, baru.hasil, { bulanDikoreksi: f.bulanDikoreksi, bulanDibayar: f.bulanDibayar, alasan: f.alasan });
    if (!p.ok) throw tidakValid('Penyesuaian belum benar.', [{ kolom: 'alasan', pesan: p.alasan }]);
    if (!p.nilai.rincian.length) {
      throw konflik(`Dihitung ulang dari data sekarang, TPP ${labelBulan(f.bulanDikoreksi)} pegawai ini sama dengan yang sudah dibayar: tidak ada penyesuaian.`);
    }
    const id = await tx.one<{ id: string | number }>(sql`
      insert into tpp_penyesuaian (instansi_id, pegawai_id, bulan_dikoreksi, bulan_dibayar, alasan, selisih, rincian, masukan_baru, dibuat_pada, dibuat_oleh)
      values (${ctx.instansiId}, ${f.pegawaiId}, ${dikoreksi}::date, ${dibayar}::date, ${p.nilai.alasan}, ${JSON.stringify(p.nilai.selisih)}::jsonb,
              ${JSON.stringify(p.nilai.rincian)}::jsonb, ${
      JSON.stringify({ asal: teksAsalTpp(a.nilai, f.bulanDikoreksi, baru.asal), capaianKinerja: baru.capaianKinerja, potonganDisiplin: baru.potonganDisiplin, hukdis: baru.hukdis,
        gajiDanTunjangan: baru.gajiDanTunjangan, besaran: baru.besaran })
    }::jsonb, ${ctx.sekarang()}, ${ctx.pemanggil?.akunId ?? null})
      returning id`);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'tpp.penyesuaian', entitas: 'tpp_penyesuaian', entitasId: Number(id.id), pegawaiId: f.pegawaiId,
      sesudah: { bulanDikoreksi: f.bulanDikoreksi, bulanDibayar: f.bulanDibayar, selisih: p.nilai.selisih }, keterangan: f.alasan });
    return { id: Number(id.id), bulanDikoreksi: f.bulanDikoreksi, bulanDibayar: f.bulanDibayar, alasan: p.nilai.alasan, netto: p.nilai.selisih.netto, rincian: p.nilai.rincian,
      dibuatPada: ctx.sekarang() };
  });
}
