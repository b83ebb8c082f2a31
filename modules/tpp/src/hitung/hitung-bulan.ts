import { sql, type Db } from '@simasn/db';
import { ATURAN_TPP, ATURAN_TPP_BAWAAN, type AturanTpp, jumlahHari, labelBulan } from '@simasn/domain';
import { menitAktivitasDisetujui } from '@simasn/aktivitas';
import { daftarHukdisSampai, daftarPegawaiTpp } from '@simasn/kepegawaian';
import { gajiPokokPada } from '@simasn/layanan';
import { catatAudit, konflik, lingkup, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { rekapBulanTpp } from '@simasn/rekap';
import { skemaHitungTpp } from '../tpp.types.ts';
import { type BarisTpp, susunBulanTpp } from './susun-tpp.ts';

/** The rule set in force on the month's first day (the latest `berlakuMulai` on or before it). */
export function aturanBulan(bulan: string): AturanTpp {
  const awal = `${bulan}-01`;
  const semua = Object.values(ATURAN_TPP).filter((a) => a.berlakuMulai <= awal).sort((a, b) => b.berlakuMulai.localeCompare(a.berlakuMulai));
  return semua[0] ?? ATURAN_TPP[ATURAN_TPP_BAWAAN]!;
}

export const akhirBulan = (bulan: string) => `${bulan}-${String(jumlahHari(Number(bulan.slice(0, 4)), Number(bulan.slice(5, 7)))).padStart(2, '0')}`;

/** Reads every source of the month (through the owning modules) and computes it; one ASN with `pegawaiId`. */
export async function bacaDanSusun(db: Db, instansiId: number, zona: Konteks['zona'], sekarang: Date, bulan: string, aturan: AturanTpp, pegawaiId?: number) {
  const akhir = akhirBulan(bulan);
  const [pegawai, rekap, menitAktivitas, gaji, hukdis] = [
    await daftarPegawaiTpp(db, instansiId, pegawaiId),
    await rekapBulanTpp(db, instansiId, zona, sekarang, bulan, pegawaiId),
    await menitAktivitasDisetujui(db, instansiId, bulan, pegawaiId),
    await gajiPokokPada(db, instansiId, akhir, pegawaiId),
    await daftarHukdisSampai(db, instansiId, akhir, pegawaiId),
  ];
  return susunBulanTpp(aturan, bulan, { pegawai, rekap, menitAktivitas, gaji, hukdis });
}

/** Rows a statement inserts (the JSON parameter stays a few MB). */
const POTONGAN = 5000;

async function tulisBaris(db: Db, instansiId: number, bulan: string, baris: readonly BarisTpp[]) {
  for (let i = 0; i < baris.length; i += POTONGAN) {
    const isi = baris.slice(i, i + POTONGAN).map((b) => {
      const h = b.hasil;
      return { p: b.pegawai.pegawaiId, pd: b.pegawai.perangkatDaerahId, u: b.pegawai.unitId, ju: b.pegawai.jalurUnit, nip: b.pegawai.nip, n: b.pegawai.nama, j: b.pegawai.jabatan,
        g: b.pegawai.golongan, s: b.statusPegawai, k: b.pegawai.kelasJabatan, bs: b.besaran, ck: b.capaianKinerja, pd2: b.potonganDisiplin, hk: b.hukdis, gt: b.gajiDanTunjangan,
        a: h?.tppKinerja ?? null, d: h?.tppDisiplin ?? null, ph: h?.potonganHukdis ?? null, br: h?.bruto ?? null, bp: h?.iuranBpjsPegawai ?? null, bd: h?.iuranBpjsPemda ?? null,
        pp: h?.pph21 ?? null, nt: h?.netto ?? null, as: b.asal, m: b.masalah };
    });
    await db.run(sql`
      insert into tpp_pegawai (instansi_id, bulan, pegawai_id, perangkat_daerah_id, unit_id, jalur_unit, nip, nama, jabatan, golongan, status_pegawai, kelas_jabatan, besaran,
                               capaian_kinerja, sumber_capaian, potongan_disiplin, hukdis, gaji_dan_tunjangan, tpp_kinerja, tpp_disiplin, potongan_hukdis, bruto,
                               iuran_bpjs_pegawai, iuran_bpjs_pemda, pph21, netto, asal_masukan, masalah)
      select ${instansiId}, ${`${bulan}-01`}::date, x.p, x.pd, x.u, x.ju, x.nip, x.n, x.j, x.g, x.s, x.k, x.bs, x.ck, ${
      aturanBulan(bulan).capaianKinerja.sumber
    }, x.pd2, x.hk, x.gt,
             x.a, x.d, x.ph, x.br, x.bp, x.bd, x.pp, x.nt, x."as", x.m
        from jsonb_to_recordset(${JSON.stringify(isi)}::jsonb) as x(p bigint, pd bigint, u bigint, ju text, nip text, n text, j text, g text, s text, k smallint, bs bigint,
             ck numeric, pd2 numeric, hk text, gt bigint, a bigint, d bigint, ph bigint, br bigint, bp bigint, bd bigint, pp bigint, nt bigint, "as" jsonb, m text)`);
  }
}

/**
 * Computes (or recomputes, while draf) the month's TPP of every active ASN in one pass: the sources
 * read once for the whole instansi, each ASN computed by the rule set in force, the rows replaced in
 * bulk, the perangkat daerah reviews cleared (their figures may have changed). A locked month is
 * refused: its corrections are adjustment lines (`buatPenyesuaianTpp`).
 */
export async function hitungBulanTpp(ctx: Konteks, masukan: unknown) {
  const { bulan } = uraikan(skemaHitungTpp, masukan);
  lingkup(ctx, 'tpp:kelola');
  const t0 = performance.now();
  const aturan = aturanBulan(bulan);
  if (`${bulan}-01` < aturan.berlakuMulai) {
    throw tidakValid('Bulan belum diatur.', [{ kolom: 'bulan', pesan: `belum ada aturan TPP yang berlaku pada ${labelBulan(bulan)}` }]);
  }
  return ctx.db.transaction(async (tx) => {
    const ada = await tx.maybeOne<{ status: string }>(sql`select status from tpp_bulan where instansi_id = ${ctx.instansiId} and bulan = ${`${bulan}-01`}::date for update`);
    if (ada?.status === 'dikunci') {
      throw konflik(`TPP ${labelBulan(bulan)} sudah dikunci dan tidak dapat dihitung ulang; koreksi dibuat sebagai penyesuaian pada bulan berikutnya yang masih terbuka.`);
    }
    const baris = await bacaDanSusun(tx, ctx.instansiId, ctx.zona, ctx.sekarang(), bulan, aturan);
    const akun = ctx.pemanggil?.sistem ? null : (ctx.pemanggil?.akunId ?? null);
    await tx.run(sql`
      insert into tpp_bulan (instansi_id, bulan, aturan, status, dihitung_pada, dihitung_oleh) values (${ctx.instansiId}, ${`${bulan}-01`}::date, ${aturan.id}, 'draf', ${ctx.sekarang()}, ${akun})
      on conflict (instansi_id, bulan) do update set aturan = excluded.aturan, dihitung_pada = excluded.dihitung_pada, dihitung_oleh = excluded.dihitung_oleh,
        versi = tpp_bulan.versi + 1`);
    await tx.run(sql`delete from tpp_tinjau_opd where instansi_id = ${ctx.instansiId} and bulan = ${`${bulan}-01`}::date`);
    await tx.run(sql`delete from tpp_pegawai where instansi_id = ${ctx.instansiId} and bulan = ${`${bulan}-01`}::date`);
    await tulisBaris(tx, ctx.instansiId, bulan, baris);
    const masalah = baris.filter((b) => b.masalah).length;
    await catatAudit({ ...ctx, db: tx }, { aksi: 'tpp.hitung', entitas: 'tpp_bulan', entitasId: bulan,
      sesudah: { bulan, aturan: aturan.id, pegawai: baris.length, masalah, netto: baris.reduce((s, b) => s + (b.hasil?.netto ?? 0), 0) } });
    return { bulan, aturan: aturan.id, dihitung: baris.length - masalah, masalah, ms: Math.round(performance.now() - t0) };
  });
}
