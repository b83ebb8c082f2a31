import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { hashSandi } from '@simasn/akun';
import type { Konteks } from '@simasn/platform';
import { ajukanCuti, cabutPengganti, daftarPengganti, persetujuanCuti, prosesCuti, tambahPengganti } from '@simasn/cuti';
import { fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import { tambahPegawai } from '@simasn/kepegawaian';
import { ajukanAktivitas, antrianAktivitas, putuskanAktivitas, simpanAktivitas } from '../src/index.ts';

/**
 * Who acts when the atasan is away: a plt named by admin OPD for a unit and a period, or a
 * delegate the atasan names. The acting employee sees the away atasan's queue of leave requests
 * and activities and decides them; the timeline and the audit log name both; outside the period
 * or once revoked, nothing. The clock is Monday 16 November 2026, 09.00 WIB.
 */
const fx = fixturePerBerkas();
const JAM = new Date('2026-11-16T02:00:00Z');
const NIP_C1 = '199203032016031004';
const jam = async (nama: string): Promise<Konteks> => ({ ...(await fx.ctx(nama)), sekarang: () => JAM });
let asn: Konteks;
let atasan: Konteks;
let plt: Konteks;
let opd: Konteks;

beforeAll(async () => {
  // A pelaksana of Bidang Mutasi, no atasan role of their own.
  await tambahPegawai(fx.sistem, { nip: NIP_C1, nama: 'Dedi Anggara', tanggalLahir: '1992-03-03', jenisKelamin: 'L', statusKepegawaian: 'PNS', tmtCpns: '2016-03-01',
    penempatan: { jabatanId: fx.jabatan.pelaksana, unitId: fx.unit.mutasi, tmt: '2016-03-01' }, pangkat: { golongan: 'III/b', tmt: '2016-03-01' } });
  const a = await fx.db.one<{ id: number }>(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
    values (1, ${NIP_C1}, 'Dedi Anggara', (select id from pegawai where nip = ${NIP_C1}), ${await hashSandi('rahasia-uji-1')}) returning id`);
  await fx.db.run(sql`insert into akun_peran (instansi_id, akun_id, peran) values (1, ${a.id}, 'asn')`);
  asn = await jam(NIP.a1);
  atasan = await jam(NIP.a2);
  plt = await jam(NIP_C1);
  opd = await jam('admin.bkpsdm');
});

describe('plt named by admin OPD', () => {
  let idPlt = 0;
  it('only admin OPD of the unit (or BKD) names a plt, within reach, not overlapping', async () => {
    const isi = { jenis: 'plt', unitId: fx.unit.mutasi, nipAtasan: NIP.a2, nipPengganti: NIP_C1, dari: '2026-11-16', sampai: '2026-11-20', alasan: 'Kabid diklat PIM' };
    expect((await galatAplikasi(tambahPengganti(asn, isi))).status).toBe(403);
    const lain = await galatAplikasi(tambahPengganti(await jam('admin.dinkes'), isi));
    expect(JSON.stringify(lain.rincian)).toContain('unit tidak ditemukan dalam lingkup Anda');
    const g = await tambahPengganti(opd, isi);
    idPlt = g.id;
    expect(g).toMatchObject({ jenis: 'plt', unit: 'Bidang Mutasi dan Promosi', atasan: { nama: 'Bambang Wijaya' }, pengganti: { nama: 'Dedi Anggara' }, keadaan: 'berlaku',
      bolehCabut: true });
    expect((await galatAplikasi(tambahPengganti(opd, { ...isi, dari: '2026-11-20', sampai: '2026-11-25' }))).status).toBe(409);
    expect((await daftarPengganti(plt)).bertindakSebagai.map((x) => x.id)).toEqual([g.id]);
    expect(await fx.db.many(sql`select aksi from audit_log where entitas = 'pengganti_atasan' and entitas_id = ${String(g.id)}`)).toEqual([{ aksi: 'pengganti.tambah' }]);
  });

  it("the plt sees and decides the away atasan's leave requests; the audit names both", async () => {
    const u = await ajukanCuti(asn, { jenis: 'izin', dari: '2026-11-17', sampai: '2026-11-17', alasan: 'Mengurus KTP anak' });
    const antri = await persetujuanCuti(plt);
    expect(antri.items.map((x) => x.id)).toEqual([u.id]);
    expect(antri.items[0]!.aksi).toEqual(['setujui', 'kembalikan', 'tolak']);
    const r = await prosesCuti(plt, u.id, { aksi: 'setujui', versi: antri.items[0]!.versi });
    expect(r.status).toBe('selesai');
    const jejak = await fx.db.one<{ nama: string }>(sql`select nama_pengguna as nama from jejak_usulan_layanan where usulan_id = ${u.id} and aksi = 'setujui'`);
    expect(jejak.nama).toBe('Dedi Anggara (Plt. atasan Bidang Mutasi dan Promosi (atas nama Bambang Wijaya))');
    const audit = await fx.db.one<{ nama: string, sesudah: { atasNama: string, sebagai: string }, keterangan: string }>(sql`
      select nama_pengguna as nama, sesudah, keterangan from audit_log where aksi = 'pengganti.putuskan' and entitas_id = ${String(u.id)}`);
    expect(audit).toMatchObject({ nama: NIP_C1, sesudah: { atasNama: 'Bambang Wijaya', sebagai: 'plt' } });
    expect(audit.keterangan).toContain('Disetujui oleh');
  });

  it('the plt never decides their own request', async () => {
    const u = await ajukanCuti(plt, { jenis: 'izin', dari: '2026-11-18', sampai: '2026-11-18', alasan: 'Keperluan keluarga' });
    expect((await persetujuanCuti(plt)).items.map((x) => x.id)).not.toContain(u.id);
    expect((await galatAplikasi(prosesCuti(plt, u.id, { aksi: 'setujui', versi: u.versi }))).status).toBe(403);
    await prosesCuti(plt, u.id, { aksi: 'batalkan', versi: u.versi });
  });

  it("the plt decides the team's activities in bulk; the audit names the atasan acted for", async () => {
    const a = await simpanAktivitas(asn, { tanggal: '2026-11-16', uraian: 'Menyusun draf SK mutasi', kuantitas: 1, satuan: 'dokumen', jamMulai: '08:00', jamSelesai: '09:00' });
    await ajukanAktivitas(asn, { ids: [a.id] });
    expect((await antrianAktivitas(plt)).items.map((x) => x.id)).toEqual([a.id]);
    expect(await putuskanAktivitas(plt, { ids: [a.id], keputusan: 'setujui' })).toMatchObject({ diputuskan: 1 });
    const audit = await fx.db.one<{ sesudah: { atasNama: string }, keterangan: string }>(sql`
      select sesudah, keterangan from audit_log where aksi = 'aktivitas.setujui' and entitas_id = ${String(a.id)}`);
    expect(audit.sesudah.atasNama).toBe('Bambang Wijaya');
    expect(audit.keterangan).toContain('sebagai Plt. atasan Bidang Mutasi dan Promosi');
  });

  it('revoked, the plt has no queue; the atasan may then delegate', async () => {
    const c = await cabutPengganti(opd, idPlt);
    expect(c.keadaan).toBe('dicabut');
    expect((await galatAplikasi(persetujuanCuti(plt))).status).toBe(403);
    const u = await ajukanCuti(asn, { jenis: 'izin', dari: '2026-11-19', sampai: '2026-11-19', alasan: 'Mengurus SIM' });
    // An atasan delegates for their own unit only; the delegate acts from the first day.
    const d = await tambahPengganti(atasan, { jenis: 'delegasi', nipPengganti: NIP_C1, dari: '2026-11-16', sampai: '2026-11-17', alasan: 'Dinas luar ke provinsi' });
    expect(d).toMatchObject({ jenis: 'delegasi', atasan: { nama: 'Bambang Wijaya' }, unit: 'Bidang Mutasi dan Promosi' });
    expect((await persetujuanCuti(plt)).items.map((x) => x.id)).toEqual([u.id]);
    // Outside the period: nothing.
    const nanti = { ...plt, sekarang: () => new Date('2026-11-18T02:00:00Z') };
    expect((await galatAplikasi(persetujuanCuti(nanti))).status).toBe(403);
    expect((await galatAplikasi(tambahPengganti(asn, { jenis: 'delegasi', nipPengganti: NIP_C1, dari: '2026-11-16', sampai: '2026-11-17', alasan: 'Tidak berhak' }))).status).toBe(
      403,
    );
  });
});
