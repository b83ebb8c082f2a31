import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { hashSandi } from '@simasn/akun';
import { ajukanCuti, prosesCuti } from '@simasn/cuti';
import { tambahPegawai } from '@simasn/kepegawaian';
import { fixturePerBerkas, galatAplikasi, NIP, PDF } from '@simasn/kepegawaian/uji';
import { ajukanAktivitas, aktivitasSaya, ambilBuktiAktivitas, antrianAktivitas, belumIsiAktivitas, eksporBelumIsi, hapusAktivitas, putuskanAktivitas, simpanAktivitas,
  unggahBuktiAktivitas } from '../src/index.ts';

/**
 * Aktivitas harian on the real database: the entry window, drafts and submission, evidence, the
 * atasan's bulk decision (their team only, one winner under concurrency), the deadline escalation
 * to the atasan above and the plt rule when the atasan langsung is on leave, and the "who has not
 * filled in" list. Clock: Monday 16 November 2026, 10.00 WIB.
 */
const fx = fixturePerBerkas();
let JAM = new Date('2026-11-16T03:00:00Z');
const NIP_KEPALA = '197001011995031001';
let asn: Konteks;
let atasan: Konteks;
let asnLain: Konteks;
let kepala: Konteks;
let opd: Konteks;
const jam = async (nama: string) => ({ ...(await fx.ctx(nama)), sekarang: () => JAM });
const isi = (tanggal: string, uraian: string) => ({ tanggal, uraian, kuantitas: 1, satuan: 'dokumen', jamMulai: '08:00', jamSelesai: '09:30' });

beforeAll(async () => {
  // The head of BKPSDM, atasan of the Kepala Bidang (one level up the unit tree).
  await tambahPegawai(fx.sistem, { nip: NIP_KEPALA, nama: 'Kepala Badan', tanggalLahir: '1970-01-01', jenisKelamin: 'L', statusKepegawaian: 'PNS', tmtCpns: '1995-03-01',
    penempatan: { jabatanId: fx.jabatan.kabid, unitId: fx.unit.bkpsdm, tmt: '2020-01-01' }, pangkat: { golongan: 'IV/c', tmt: '2020-01-01' } });
  const a = await fx.db.one<{ id: number }>(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
    values (1, ${NIP_KEPALA}, 'Kepala Badan', (select id from pegawai where nip = ${NIP_KEPALA}), ${await hashSandi('rahasia-uji-1')}) returning id`);
  await fx.db.run(sql`insert into akun_peran (instansi_id, akun_id, peran) values (1, ${a.id}, 'asn'), (1, ${a.id}, 'atasan')`);
  asn = await jam(NIP.a1);
  atasan = await jam(NIP.a2);
  asnLain = await jam(NIP.b1);
  kepala = await jam(NIP_KEPALA);
  opd = await jam('admin.bkpsdm');
});

describe('aktivitas harian', () => {
  const ids: number[] = [];

  it('records drafts within the entry window only', async () => {
    for (const u of ['Menyusun draf SK mutasi', 'Verifikasi berkas usulan pindah', 'Rapat koordinasi bidang']) ids.push((await simpanAktivitas(asn, isi('2026-11-16', u))).id);
    expect((await galatAplikasi(simpanAktivitas(asn, isi('2026-11-12', 'Terlambat diisi')))).rincian).toEqual([
      expect.objectContaining({ kolom: 'tanggal', pesan: 'batas pengisian sudah lewat: paling jauh 13 November 2026' }),
    ]);
    expect((await galatAplikasi(simpanAktivitas(asn, isi('2026-11-17', 'Besok')))).status).toBe(422);
    expect((await galatAplikasi(simpanAktivitas(asn, { ...isi('2026-11-16', 'Jam terbalik'), jamSelesai: '07:00' }))).status).toBe(422);
    const s = await aktivitasSaya(asn);
    expect(s.items.map((x) => [x.status, x.bolehUbah])).toEqual([['konsep', true], ['konsep', true], ['konsep', true]]);
  });

  it('evidence: PDF or a photo, checked by content', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    const a = await unggahBuktiAktivitas(asn, ids[0]!, { namaBerkas: 'foto', isi: jpeg });
    expect(a.namaBukti).toBe('foto.jpg');
    expect((await ambilBuktiAktivitas(atasan, ids[0]!)).jenisMime).toBe('image/jpeg');
    expect((await galatAplikasi(ambilBuktiAktivitas(asnLain, ids[0]!))).status).toBe(404);
    expect((await galatAplikasi(unggahBuktiAktivitas(asn, ids[1]!, { namaBerkas: 'x.exe', isi: Buffer.from('MZ....') }))).status).toBe(422);
    await unggahBuktiAktivitas(asn, ids[1]!, { namaBerkas: 'notulen.pdf', isi: PDF });
  });

  it('submits drafts; someone else cannot submit or delete them', async () => {
    expect((await galatAplikasi(ajukanAktivitas(asnLain, { ids }))).status).toBe(422);
    expect((await galatAplikasi(hapusAktivitas(asnLain, ids[2]!))).status).toBe(404);
    expect(await ajukanAktivitas(asn, { ids })).toEqual({ diajukan: 3 });
    expect((await galatAplikasi(simpanAktivitas(asn, isi('2026-11-16', 'Ubah setelah diajukan'), ids[0]))).status).toBe(409);
  });

  it('the atasan langsung sees their team; the atasan above waits until the deadline', async () => {
    const b = await simpanAktivitas(asnLain, isi('2026-11-16', 'Pelayanan pasien rawat jalan'));
    await ajukanAktivitas(asnLain, { ids: [b.id] });
    expect((await antrianAktivitas(atasan)).items.map((x) => x.id)).toEqual(ids);
    expect((await antrianAktivitas(kepala)).items).toEqual([]);
    const r = await putuskanAktivitas(kepala, { ids: [ids[0]!], keputusan: 'setujui' });
    expect(r).toEqual({ diputuskan: 0, dilewati: [{ id: ids[0], alasan: 'tidak menunggu keputusan Anda' }] });
    // Another unit's employee is not the atasan's.
    const lain = await putuskanAktivitas(atasan, { ids: [b.id], keputusan: 'setujui' });
    expect(lain.diputuskan).toBe(0);
  });

  it('bulk approval: one winner under concurrency; rejection needs a reason', async () => {
    expect((await galatAplikasi(putuskanAktivitas(atasan, { ids: [ids[2]!], keputusan: 'tolak' }))).status).toBe(422);
    const atasan2 = await jam(NIP.a2);
    const [x, y] = await Promise.all([
      putuskanAktivitas(atasan, { ids: [ids[0]!, ids[1]!], keputusan: 'setujui' }),
      putuskanAktivitas(atasan2, { ids: [ids[0]!, ids[1]!], keputusan: 'setujui' }),
    ]);
    expect(x.diputuskan + y.diputuskan).toBe(2);
    expect([...x.dilewati, ...y.dilewati].map((d) => d.alasan)).toEqual(['sudah disetujui sebelumnya', 'sudah disetujui sebelumnya']);
    await putuskanAktivitas(atasan, { ids: [ids[2]!], keputusan: 'tolak', alasan: 'Uraian terlalu umum' });
    const s = await aktivitasSaya(asn);
    expect(s.items.find((i) => i.id === ids[2])).toMatchObject({ status: 'ditolak', alasanTolak: 'Uraian terlalu umum', bolehUbah: true });
    const audit = await fx.db.one<{ n: number }>(sql`select count(*)::int as n from audit_log where aksi in ('aktivitas.setujui', 'aktivitas.tolak')`);
    expect(audit.n).toBe(3);
  });

  it('after the deadline, or while the atasan langsung is on leave, the atasan above decides', async () => {
    const c = await simpanAktivitas(asn, isi('2026-11-16', 'Menyiapkan bahan rapat'));
    await ajukanAktivitas(asn, { ids: [c.id] });
    expect((await antrianAktivitas(kepala)).items).toEqual([]);
    // The Kepala Bidang takes leave today, approved by the Kepala Badan: the Kepala Badan acts as plt.
    const cuti = await ajukanCuti(atasan, { jenis: 'cuti_tahunan', dari: '2026-11-16', sampai: '2026-11-16', alasan: 'Keperluan keluarga' });
    await prosesCuti(kepala, cuti.id, { aksi: 'setujui', versi: cuti.versi });
    expect((await antrianAktivitas(kepala)).items.map((i) => [i.id, i.dieskalasi])).toEqual([[c.id, false]]);
    // Six days later (leave over): escalated by the deadline.
    JAM = new Date('2026-11-23T03:00:00Z');
    const k = await jam(NIP_KEPALA);
    expect((await antrianAktivitas(k)).items.map((i) => [i.id, i.dieskalasi])).toEqual([[c.id, true]]);
    expect((await putuskanAktivitas(k, { ids: [c.id], keputusan: 'setujui' })).diputuskan).toBe(1);
    JAM = new Date('2026-11-16T03:00:00Z');
  });

  it('who has not filled in: submitted and excused employees are not listed; exported as XLSX', async () => {
    const d = await belumIsiAktivitas(opd, { tanggal: '2026-11-16' });
    // a1 submitted; a2 is on approved leave; the Kepala Badan submitted nothing.
    expect(d.items.map((x) => x.nip)).toEqual([NIP_KEPALA]);
    expect(d.keterangan).toBe('1 pegawai belum mengajukan aktivitas 16 November 2026.');
    const dinkes = await belumIsiAktivitas(await jam('admin.dinkes'), { tanggal: '2026-11-17' });
    expect(dinkes.items.map((x) => x.nip)).toEqual([NIP.b1]);
    expect((await belumIsiAktivitas(opd, { tanggal: '2026-11-21' })).keterangan).toBe('21 November 2026 bukan hari kerja (Hari Sabtu).');
    expect((await belumIsiAktivitas(opd, { tanggal: '2026-11-17', q: 'andi' })).items.map((x) => x.nip)).toEqual([NIP.a1]);
    const x = await eksporBelumIsi(opd, { tanggal: '2026-11-17' });
    expect(x.isi.subarray(0, 2).toString()).toBe('PK');
    expect(x.namaBerkas).toBe('belum-isi-aktivitas-2026-11-17.xlsx');
  });
});
