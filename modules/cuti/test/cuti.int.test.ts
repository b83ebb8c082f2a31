import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { LIBUR_NASIONAL_2026 } from '@simasn/domain';
import { pasangLiburBawaan } from '@simasn/kalender';
import { fixturePerBerkas, galatAplikasi, NIP, PDF } from '@simasn/kepegawaian/uji';
import { ajukanCuti, ambilDokumenCuti, cutiSaya, lampirkanDokumenCuti, persetujuanCuti, pratinjauCuti, prosesCuti, statusHariUsulan, titikPenugasan } from '../src/index.ts';

/**
 * Leave requests on the real database: balance and carry-over, overlapping dates refused, the
 * atasan deciding their team's requests only (never their own), one winner of two simultaneous
 * decisions, documents, BKD's step, withdrawal, and what an approved request does to its days.
 * The clock is Monday 16 November 2026, 09.00 WIB.
 */
const fx = fixturePerBerkas();
const JAM = new Date('2026-11-16T02:00:00Z');
let asn: Konteks;
let atasan: Konteks;
let asnLain: Konteks;
let verif: Konteks;
let idA1 = 0;
let idB1 = 0;
const jam = async (nama: string) => ({ ...(await fx.ctx(nama)), sekarang: () => JAM });
const pegawaiId = async (nip: string) => (await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${nip}`)).id;

beforeAll(async () => {
  asn = await jam(NIP.a1);
  atasan = await jam(NIP.a2);
  asnLain = await jam(NIP.b1);
  verif = await jam('verifikator');
});

describe('cuti tahunan: balance, overlap, approval', () => {
  it('counts working days only and shows the balance with its carry-over', async () => {
    const p = await pratinjauCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-11-20', sampai: '2026-11-24' });
    expect(p.hariKerja).toBe(3); // Fri, Mon, Tue: the weekend does not count
    expect(p.hariLibur.map((h) => h.alasan)).toEqual(['Hari Sabtu', 'Hari Minggu']);
    const s = await cutiSaya(asn);
    // 2025 is the first recorded year (12, nothing carried); 2025 unused: 12 + 6 carried = 18.
    expect(s.saldo.map((x) => [x.tahun, x.total, x.sisa])).toEqual([[2025, 12, 12], [2026, 18, 18]]);
    expect(s.saldoTahunIni?.penjelasan).toContain('paling banyak 18 hari');
  });

  it('the ASN requests; it goes to the atasan; the balance reserves it', async () => {
    const u = await ajukanCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-11-23', sampai: '2026-11-27', alasan: 'Acara keluarga di Malang', alamatSelama: 'Malang' });
    idA1 = u.id;
    expect(u).toMatchObject({ hariKerja: 5, langkah: 'atasan', status: 'diproses', labelJenis: 'Cuti tahunan' });
    expect(u.aksi).toEqual(['batalkan']);
    const s = await cutiSaya(asn);
    expect(s.saldoTahunIni).toMatchObject({ total: 18, diproses: 5, sisa: 13 });
  });

  it('refuses overlapping dates with a clear message, of any kind', async () => {
    const e = await galatAplikasi(ajukanCuti(asn, { jenis: 'izin', dari: '2026-11-25', sampai: '2026-11-25', alasan: 'Mengurus surat' }));
    expect(e.status).toBe(409);
    expect(e.message).toContain('bertabrakan dengan usulan Cuti tahunan 23 November 2026 s.d. 27 November 2026');
  });

  it('refuses more days than the balance holds', async () => {
    const e = await galatAplikasi(ajukanCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-12-01', sampai: '2026-12-31', alasan: 'Liburan panjang' }));
    expect(e.status).toBe(422);
    expect(JSON.stringify(e.rincian)).toContain('sisa 13 hari kerja');
  });

  it('the atasan sees their team only; another employee cannot decide; out of reach is 404', async () => {
    const b = await ajukanCuti(asnLain, { jenis: 'izin', dari: '2026-11-17', sampai: '2026-11-17', alasan: 'Mengantar anak berobat' });
    idB1 = b.id;
    const antri = await persetujuanCuti(atasan);
    expect(antri.items.map((x) => x.id)).toEqual([idA1]);
    expect(antri.items[0]!.aksi).toEqual(['setujui', 'kembalikan', 'tolak']);
    expect((await galatAplikasi(prosesCuti(atasan, idB1, { aksi: 'setujui', versi: b.versi }))).status).toBe(404);
    expect((await galatAplikasi(prosesCuti(asnLain, idA1, { aksi: 'setujui', versi: 2 }))).status).toBe(404);
    expect((await galatAplikasi(persetujuanCuti(asn))).status).toBe(403);
  });

  it('of two simultaneous decisions one wins; the approved days change status', async () => {
    const v = (await persetujuanCuti(atasan)).items[0]!.versi;
    const atasan2 = await jam(NIP.a2);
    const hasil = await Promise.allSettled([prosesCuti(atasan, idA1, { aksi: 'setujui', versi: v }), prosesCuti(atasan2, idA1, { aksi: 'setujui', versi: v })]);
    expect(hasil.filter((h) => h.status === 'fulfilled')).toHaveLength(1);
    const kalah = hasil.find((h) => h.status === 'rejected') as PromiseRejectedResult;
    expect(kalah.reason.status).toBe(409);
    const menang = (hasil.find((h) => h.status === 'fulfilled') as PromiseFulfilledResult<Awaited<ReturnType<typeof prosesCuti>>>).value;
    expect(menang.status).toBe('selesai');
    // One timeline line for the decision, not two.
    expect((await fx.db.one<{ n: number }>(sql`select count(*)::int as n from jejak_usulan_layanan where usulan_id = ${idA1} and aksi = 'setujui'`)).n).toBe(1);
    const hari = await statusHariUsulan(fx.db, 1, [await pegawaiId(NIP.a1)], '2026-11-22', '2026-11-30');
    expect(hari.map((h) => [h.tanggal, h.status, h.hariKerja])).toEqual([['2026-11-23', 'cuti', true], ['2026-11-24', 'cuti', true], ['2026-11-25', 'cuti', true], [
      '2026-11-26',
      'cuti',
      true,
    ], ['2026-11-27', 'cuti', true]]);
    expect(hari[0]).toMatchObject({ jenis: 'cuti_tahunan', bebasPresensi: true, bebasAktivitas: true });
    expect((await cutiSaya(asn)).saldoTahunIni).toMatchObject({ terpakai: 5, diproses: 0, sisa: 13 });
    // Waiting requests set nothing.
    expect(await statusHariUsulan(fx.db, 1, [await pegawaiId(NIP.b1)], '2026-11-17', '2026-11-17')).toEqual([]);
  });

  it('the atasan cannot decide their own request, and it is not in their inbox', async () => {
    const u = await ajukanCuti(atasan, { jenis: 'izin', dari: '2026-11-18', sampai: '2026-11-18', alasan: 'Keperluan keluarga' });
    expect((await persetujuanCuti(atasan)).items.map((x) => x.id)).not.toContain(u.id);
    expect(u.aksi).toEqual(['batalkan']);
    const e = await galatAplikasi(prosesCuti(atasan, u.id, { aksi: 'setujui', versi: u.versi }));
    expect(e.status).toBe(403);
    expect((await fx.db.one<{ status: string }>(sql`select status from usulan_layanan where id = ${u.id}`)).status).toBe('diproses');
  });

  it('the ASN withdraws an open request; its days are free again', async () => {
    const u = await ajukanCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-12-07', sampai: '2026-12-08', alasan: 'Keperluan pribadi' });
    const t = await prosesCuti(asn, u.id, { aksi: 'batalkan', versi: u.versi });
    expect(t.status).toBe('dibatalkan');
    const lagi = await ajukanCuti(asn, { jenis: 'izin', dari: '2026-12-07', sampai: '2026-12-07', alasan: 'Mengurus KTP' });
    expect(lagi.langkah).toBe('atasan');
    // Several requests of one kind may wait at once (keyed by their first day).
    const dua = await ajukanCuti(asn, { jenis: 'izin', dari: '2026-12-09', sampai: '2026-12-09', alasan: 'Mengurus SIM' });
    expect(dua.status).toBe('diproses');
  });
});

describe('the calendar (modules/kalender) decides the working days', () => {
  it('holidays and cuti bersama of the year list do not take cuti tahunan', async () => {
    const sebelum = await pratinjauCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-12-21', sampai: '2026-12-28' });
    expect(sebelum.hariKerja).toBe(6);
    await pasangLiburBawaan({ ...fx.sistem, sekarang: () => JAM }, 2026, LIBUR_NASIONAL_2026, 'SKB 2026');
    const p = await pratinjauCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-12-21', sampai: '2026-12-28' });
    // 24 December (cuti bersama) and 25 December (Natal) are not working days.
    expect(p.hariKerja).toBe(4);
    expect(p.hariLibur.map((h) => [h.tanggal, h.alasan])).toEqual([['2026-12-24', expect.stringContaining('Cuti bersama')], ['2026-12-25', expect.stringContaining('Kelahiran')], [
      '2026-12-26',
      'Hari Sabtu',
    ], ['2026-12-27', 'Hari Minggu']]);
    const u = await ajukanCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-12-21', sampai: '2026-12-28', alasan: 'Libur akhir tahun' });
    expect(u.hariKerja).toBe(4);
    await prosesCuti(atasan, u.id, { aksi: 'setujui', versi: u.versi });
    const hari = await statusHariUsulan(fx.db, 1, [await pegawaiId(NIP.a1)], '2026-12-23', '2026-12-25');
    expect(hari.map((h) => [h.tanggal, h.status, h.hariKerja])).toEqual([['2026-12-23', 'cuti', true], ['2026-12-24', 'cuti', false], ['2026-12-25', 'cuti', false]]);
    expect((await cutiSaya(asn)).saldoTahunIni).toMatchObject({ terpakai: 9 });
  });
});

describe('other kinds', () => {
  it('sick leave needs its document before it goes to the atasan', async () => {
    const u = await ajukanCuti(asnLain, { jenis: 'sakit', dari: '2026-11-16', sampai: '2026-11-16', alasan: 'Demam' });
    expect(u).toMatchObject({ langkah: 'pengajuan', dokumenKurang: [{ kode: 'surat_sakit' }] });
    expect(u.aksi).toEqual(['batalkan']);
    expect((await galatAplikasi(prosesCuti(asnLain, u.id, { aksi: 'teruskan', versi: u.versi }))).status).toBe(422);
    const d = await lampirkanDokumenCuti(asnLain, u.id, 'surat_sakit', { namaBerkas: 'surat-dokter.pdf', isi: PDF });
    expect(d.dokumenKurang).toEqual([]);
    expect(d.dokumenAda).toEqual([{ kode: 'surat_sakit', label: 'Surat keterangan sakit' }]);
    const t = await prosesCuti(asnLain, u.id, { aksi: 'teruskan', versi: d.versi });
    expect(t.langkah).toBe('atasan');
    // The note is opened by those who read the request, and only them.
    expect((await ambilDokumenCuti(await jam('admin.dinkes'), u.id, 'surat_sakit')).isi.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await galatAplikasi(ambilDokumenCuti(atasan, u.id, 'surat_sakit'))).status).toBe(404);
    expect((await galatAplikasi(ambilDokumenCuti(await jam('admin.bkpsdm'), u.id, 'surat_sakit'))).status).toBe(404);
  });

  it('dinas luar needs its point; once approved the point is a check-in point that day', async () => {
    const e = await galatAplikasi(ajukanCuti(asn, { jenis: 'dinas_luar', dari: '2026-12-02', sampai: '2026-12-03', alasan: 'Rapat koordinasi' }));
    expect(JSON.stringify(e.rincian)).toContain('tujuan');
    const u = await ajukanCuti(asn, { jenis: 'dinas_luar', dari: '2026-12-02', sampai: '2026-12-03', alasan: 'Rapat koordinasi', tujuan: 'Kantor BKD Provinsi', lat: -7.2575,
      lon: 112.7521, radiusMeter: 200 });
    await prosesCuti(atasan, u.id, { aksi: 'setujui', versi: u.versi });
    const t = await titikPenugasan(fx.db, 1, await pegawaiId(NIP.a1), '2026-12-03');
    expect(t).toEqual([{ lat: -7.2575, lon: 112.7521, radiusMeter: 200, jenis: 'dinas_luar', usulanId: u.id, tujuan: 'Kantor BKD Provinsi' }]);
    expect(await titikPenugasan(fx.db, 1, await pegawaiId(NIP.a1), '2026-12-04')).toEqual([]);
    expect((await statusHariUsulan(fx.db, 1, [await pegawaiId(NIP.a1)], '2026-12-02', '2026-12-02'))[0]).toMatchObject({ status: 'dinas_luar', bebasPresensi: false });
  });

  it('cuti besar goes from the atasan to BKD, which approves', async () => {
    const u = await ajukanCuti(asn, { jenis: 'cuti_besar', dari: '2027-01-04', sampai: '2027-02-26', alasan: 'Ibadah haji' });
    expect(u.langkah).toBe('atasan');
    const t = await prosesCuti(atasan, u.id, { aksi: 'teruskan', versi: u.versi });
    expect(t.langkah).toBe('bkd');
    expect((await persetujuanCuti(verif)).items.map((x) => x.id)).toEqual([u.id]);
    expect((await galatAplikasi(prosesCuti(atasan, u.id, { aksi: 'setujui', versi: t.versi }))).status).toBe(403);
    const s = await prosesCuti(verif, u.id, { aksi: 'setujui', versi: t.versi });
    expect(s).toMatchObject({ status: 'selesai', labelStatus: 'Disetujui' });
  });

  it('dispensasi from the activity log only sets no day status but excuses the log', async () => {
    const u = await ajukanCuti(asnLain, { jenis: 'dispensasi', dari: '2026-11-19', sampai: '2026-11-19', alasan: 'Pengurus Korpri', lingkupDispensasi: 'aktivitas' });
    await prosesCuti(atasan, u.id, { aksi: 'setujui', versi: u.versi }).catch(() => null); // b1 is outside a2's reach: 404
    await prosesCuti({ ...fx.sistem, sekarang: () => JAM }, u.id, { aksi: 'setujui', versi: u.versi });
    const h = await statusHariUsulan(fx.db, 1, [await pegawaiId(NIP.b1)], '2026-11-19', '2026-11-19');
    expect(h).toMatchObject([{ status: null, bebasPresensi: false, bebasAktivitas: true }]);
  });

  it('refuses dates further back than the kind allows and kinds needing more service', async () => {
    const e = await galatAplikasi(ajukanCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-11-10', sampai: '2026-11-10', alasan: 'Terlambat mengajukan' }));
    expect(JSON.stringify(e.rincian)).toContain('tidak boleh sebelum hari ini');
    await fx.db.run(sql`update pegawai set tmt_cpns = '2024-01-01' where nip = ${NIP.b1}`);
    const e2 = await galatAplikasi(ajukanCuti(asnLain, { jenis: 'cuti_besar', dari: '2026-12-14', sampai: '2026-12-18', alasan: 'Umrah' }));
    expect(JSON.stringify(e2.rincian)).toContain('setelah 5 tahun masa kerja');
  });
});
