import { sql, type Db } from '@simasn/db';
import { daftarKgbBulanan, konfirmasiKgb, suratKgb } from '@simasn/layanan';
import { konteksSistem, type Konteks } from '@simasn/platform';

/**
 * The monthly KGB run (E-Berkala; issue 5 goal: under 10 s at 100,000 ASN): the list for the
 * whole instansi (one set-based query, the rule applied per employee in memory), then the bulk
 * confirmation of everyone due and unblocked in one transaction (new riwayat gaji, numbered
 * letters, requests with their timeline, audit, notifications). Letters are not rendered in the
 * run: they are rendered on download from the stored data, timed here separately per letter.
 * The clock is the demo's (mid November 2026) and the month the next one, so the run confirms
 * letters not yet issued by the demo.
 */
export async function ukurKgb(db: Db, bulan = '2026-12', jam = new Date('2026-11-16T03:00:00Z')) {
  const akun = await db.one<{ id: number }>(sql`select id from akun where instansi_id = 1 and nama_pengguna = 'verifikator'`);
  const ctx: Konteks = { ...konteksSistem(db, 1, 'bench'), sekarang: () => jam,
    pemanggil: { akunId: akun.id, namaPengguna: 'verifikator', namaTampilan: 'Verifikator (bench)', instansiId: 1, pegawaiId: null, jalurUnitSendiri: null,
      peran: [{ peran: 'verifikator_bkd', unitId: null, jalurUnit: null }] } };
  const t0 = performance.now();
  const daftar = await daftarKgbBulanan(ctx, { bulan });
  const t1 = performance.now();
  const nip = daftar.items.filter((b) => b.status === 'jatuh_tempo').map((b) => b.nip);
  const h = nip.length ? await konfirmasiKgb(ctx, { bulan, nip }) : { jumlah: 0, terbit: [] };
  const t2 = performance.now();
  const rg = h.terbit[0] ? await db.one<{ id: number }>(sql`select id from riwayat_gaji where instansi_id = 1 and nomor_surat = ${h.terbit[0].nomorSurat}`) : null;
  const t3 = performance.now();
  if (rg) await suratKgb(ctx, { id: rg.id, format: 'pdf' });
  const t4 = performance.now();
  const detik = (ms: number) => +(ms / 1000).toFixed(2);
  return { bulan, barisDaftar: daftar.items.length, dataKurang: daftar.ringkasan.dataKurang, jatuhTempo: nip.length, terhambat: daftar.ringkasan.terhambat, terbit: h.jumlah,
    detikDaftar: detik(t1 - t0), detikKonfirmasi: detik(t2 - t1), detikTotal: detik(t2 - t0), msSuratPdf: rg ? Math.round(t4 - t3) : null, tanpaDokumen: true };
}
