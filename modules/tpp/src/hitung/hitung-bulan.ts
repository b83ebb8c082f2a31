import { raw, sql, type Db } from '@simasn/db';
import { type AturanTpp, aturanTppBulan, jumlahHari, labelBulan, periodeCapaianSkp } from '@simasn/domain';
import { menitAktivitasDisetujui } from '@simasn/aktivitas';
import { daftarHukdisSampai, daftarPegawaiTpp } from '@simasn/kepegawaian';
import { kodePeriode, realisasiSkpPeriode } from '@simasn/kinerja';
import { gajiPokokPada } from '@simasn/layanan';
import { catatAudit, konflik, lingkup, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { rekapBulanTpp } from '@simasn/rekap';
import { gajiBulanTpp } from '../gaji/daftar-gaji.ts';
import { skemaHitungTpp } from '../tpp.types.ts';
import { type BarisTpp, ringkasAsal, susunBulanTpp } from './susun-tpp.ts';

/** The rule set in force on the month's first day (the latest `berlakuMulai` on or before it). */
export const aturanBulan = (bulan: string): AturanTpp => aturanTppBulan(bulan);

export const akhirBulan = (bulan: string) => `${bulan}-${String(jumlahHari(Number(bulan.slice(0, 4)), Number(bulan.slice(5, 7)))).padStart(2, '0')}`;

const KOSONG = new Map<number, never>();

/**
 * Reads every source of the month (through the owning modules) and computes it; one ASN with
 * `pegawaiId`. The capaian kinerja's source is the rule set's: approved activity minutes, or the
 * agreed SKP with the realisasi of the month's period (one statement each for the whole instansi).
 */
export async function bacaDanSusun(db: Db, instansiId: number, zona: Konteks['zona'], sekarang: Date, bulan: string, aturan: AturanTpp, pegawaiId?: number) {
  const akhir = akhirBulan(bulan);
  const c = aturan.capaianKinerja;
  const periodeSkp = c.sumber === 'realisasi_skp' ? periodeCapaianSkp(c.skp, bulan) : null;
  if (periodeSkp && !periodeSkp.ok) throw tidakValid('Bulan belum benar.', [{ kolom: 'bulan', pesan: periodeSkp.alasan }]);
  const [pegawai, rekap, menitAktivitas, skp, gaji, daftarGaji, hukdis] = [
    await daftarPegawaiTpp(db, instansiId, pegawaiId),
    await rekapBulanTpp(db, instansiId, zona, sekarang, bulan, pegawaiId),
    c.sumber === 'aktivitas_disetujui' ? await menitAktivitasDisetujui(db, instansiId, bulan, pegawaiId) : KOSONG,
    periodeSkp?.ok ? await realisasiSkpPeriode(db, instansiId, periodeSkp.nilai.tahun, kodePeriode(periodeSkp.nilai.jenis)[periodeSkp.nilai.ke - 1]!, pegawaiId) : KOSONG,
    await gajiPokokPada(db, instansiId, akhir, pegawaiId),
    await gajiBulanTpp(db, instansiId, bulan, zona, pegawaiId),
    await daftarHukdisSampai(db, instansiId, akhir, pegawaiId),
  ];
  return susunBulanTpp(aturan, bulan, { pegawai, rekap, menitAktivitas, skp, gaji, daftarGaji, hukdis });
}

/** Rows a statement inserts (one array per column, a few MB of parameters). */
const POTONGAN = 20000;

/**
 * A column as a PostgreSQL array literal, built here: the driver's own array serialisation (a
 * recursive escape per element) took about 8 s for 100.000 JSON texts on a busy machine; this is
 * a join. Text is quoted with `"` and `\` escaped, null is NULL.
 */
export function larik(nilai: readonly (string | number | null)[]): string {
  let s = '{';
  for (let i = 0; i < nilai.length; i++) {
    const x = nilai[i];
    if (i) s += ',';
    s += x === null || x === undefined ? 'NULL' : typeof x === 'number' ? String(x) : `"${x.replace(/[\\"]/g, '\\$&')}"`;
  }
  return `${s}}`;
}

/**
 * The month's rows written set-based: one `insert ... select from unnest(array per column)` per 20.000 ASN.
 * The inputs' origin goes as a text array cast per element (`x."as"::jsonb`): a `jsonb[]` literal of
 * 20.000 values took PGlite about 540 ms to read, the same values as `text[]` cast one by one 90 ms.
 */
/** `ulang`: the month has rows already (a recomputation): only the rows that differ are rewritten; the first computation inserts plainly. */
async function tulisBaris(db: Db, instansiId: number, bulan: string, baris: readonly BarisTpp[], ulang: boolean) {
  const sumber = aturanBulan(bulan).capaianKinerja.sumber;
  for (let i = 0; i < baris.length; i += POTONGAN) {
    const bagian = baris.slice(i, i + POTONGAN);
    const kolom = (f: (b: BarisTpp) => string | number | null) => larik(bagian.map(f));
    const h = (f: (x: NonNullable<BarisTpp['hasil']>) => number) => larik(bagian.map((b) => (b.hasil ? f(b.hasil) : null)));
    await db.run(sql`
      insert into tpp_pegawai (instansi_id, bulan, pegawai_id, perangkat_daerah_id, unit_id, jalur_unit, nip, nama, jabatan, golongan, status_pegawai, kelas_jabatan, besaran,
                               capaian_kinerja, sumber_capaian, potongan_disiplin, hukdis, gaji_dan_tunjangan, tpp_kinerja, tpp_disiplin, potongan_hukdis, bruto,
                               iuran_bpjs_pegawai, iuran_bpjs_pemda, pph21, netto, asal_masukan, masalah)
      select ${instansiId}, ${`${bulan}-01`}::date, x.p, x.pd, x.u, x.ju, x.nip, x.n, x.j, x.g, x.s, x.k, x.bs, x.ck, ${sumber}, x.pd2, x.hk, x.gt,
             x.a, x.d, x.ph, x.br, x.bp, x.bd, x.pp, x.nt, x."as"::jsonb, x.m
        from unnest(${kolom((b) => b.pegawai.pegawaiId)}::bigint[], ${kolom((b) => b.pegawai.perangkatDaerahId)}::bigint[], ${kolom((b) => b.pegawai.unitId)}::bigint[],
                    ${kolom((b) => b.pegawai.jalurUnit)}::text[], ${kolom((b) => b.pegawai.nip)}::text[], ${kolom((b) => b.pegawai.nama)}::text[],
                    ${kolom((b) => b.pegawai.jabatan)}::text[], ${kolom((b) => b.pegawai.golongan)}::text[], ${kolom((b) => b.statusPegawai)}::text[],
                    ${kolom((b) => b.pegawai.kelasJabatan)}::smallint[], ${kolom((b) => b.besaran)}::bigint[], ${kolom((b) => b.capaianKinerja)}::numeric[],
                    ${kolom((b) => b.potonganDisiplin)}::numeric[], ${kolom((b) => b.hukdis)}::text[], ${kolom((b) => b.gajiDanTunjangan)}::bigint[],
                    ${h((x) => x.tppKinerja)}::bigint[], ${h((x) => x.tppDisiplin)}::bigint[], ${h((x) => x.potonganHukdis)}::bigint[], ${h((x) => x.bruto)}::bigint[],
                    ${h((x) => x.iuranBpjsPegawai)}::bigint[], ${h((x) => x.iuranBpjsPemda)}::bigint[], ${h((x) => x.pph21)}::bigint[], ${h((x) => x.netto)}::bigint[],
                    ${kolom((b) => JSON.stringify(ringkasAsal(b.asal)))}::text[], ${kolom((b) => b.masalah)}::text[])
             as x(p, pd, u, ju, nip, n, j, g, s, k, bs, ck, pd2, hk, gt, a, d, ph, br, bp, bd, pp, nt, "as", m)
      ${
      ulang
        ? sql`on conflict (instansi_id, bulan, pegawai_id) do update set ${raw(KOLOM_TULIS.map((k) => `${k} = excluded.${k}`).join(', '))}
       where (${raw(KOLOM_TULIS.map((k) => `tpp_pegawai.${k}`).join(', '))}) is distinct from (${raw(KOLOM_TULIS.map((k) => `excluded.${k}`).join(', '))})`
        : sql``
    }`);
  }
}

/** The columns a recomputation may change (a row whose figures and sources are the same is not rewritten). */
const KOLOM_TULIS = [
  'perangkat_daerah_id',
  'unit_id',
  'jalur_unit',
  'nip',
  'nama',
  'jabatan',
  'golongan',
  'status_pegawai',
  'kelas_jabatan',
  'besaran',
  'capaian_kinerja',
  'sumber_capaian',
  'potongan_disiplin',
  'hukdis',
  'gaji_dan_tunjangan',
  'tpp_kinerja',
  'tpp_disiplin',
  'potongan_hukdis',
  'bruto',
  'iuran_bpjs_pegawai',
  'iuran_bpjs_pemda',
  'pph21',
  'netto',
  'asal_masukan',
  'masalah',
];

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
    // A recomputation rewrites only the rows that changed and removes the ASN no longer in the month (not every row deleted and written again).
    // (The ASN to remove are found here: an anti-join against a 100.000-element array parameter is planned as a nested loop.)
    const baru = new Set(baris.map((b) => b.pegawai.pegawaiId));
    const lama = await tx.many<{ p: string | number }>(sql`select pegawai_id as p from tpp_pegawai where instansi_id = ${ctx.instansiId} and bulan = ${`${bulan}-01`}::date`);
    const keluar = lama.map((r) => Number(r.p)).filter((p) => !baru.has(p));
    if (keluar.length) {
      await tx.run(sql`delete from tpp_pegawai where instansi_id = ${ctx.instansiId} and bulan = ${`${bulan}-01`}::date and pegawai_id = any(${larik(keluar)}::bigint[])`);
    }
    await tulisBaris(tx, ctx.instansiId, bulan, baris, lama.length > 0);
    const masalah = baris.filter((b) => b.masalah).length;
    await catatAudit({ ...ctx, db: tx }, { aksi: 'tpp.hitung', entitas: 'tpp_bulan', entitasId: bulan,
      sesudah: { bulan, aturan: aturan.id, pegawai: baris.length, masalah, netto: baris.reduce((s, b) => s + (b.hasil?.netto ?? 0), 0) } });
    return { bulan, aturan: aturan.id, dihitung: baris.length - masalah, masalah, ms: Math.round(performance.now() - t0) };
  });
}
