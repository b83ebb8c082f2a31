import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { tambahPegawai } from '@simasn/kepegawaian';
import { fixturePerBerkas, galatAplikasi, NIP, PDF } from '@simasn/kepegawaian/uji';
import type { Konteks } from '@simasn/platform';
import { hitungIpAsn } from '@simasn/indeks';
import type { z } from 'zod';
import { KONTRAK_KINERJA } from '../src/kontrak.ts';
import { NIP_KEPALA, siapkanPkKepala } from './bkpsdm-pk.ts';
import { finalkanPenilaian, nilaiSkp, ajukanSkp, ambilBuktiRealisasiSkp, tentukanPenilai, ambilRhkDariPk, ambilSkp, buatSkp, daftarTim, hapusRhk, kinerjaSaya, pilihanRhk,
  pohonKinerja, progresUnit, revisiSkp, setujuiSkp, simpanEkspektasi, simpanRealisasiSkp, simpanRhk, tambahDialog, tambahUmpanBalik,
  unggahBuktiRealisasiSkp } from '../src/index.ts';

/**
 * The SKP of a small BKPSDM: the Kepala Badan (PK agreed with the Bupati) takes his RHK from his
 * PK; the Kepala Bidang Mutasi intervenes the Kepala's RHK; the pelaksana intervenes the Kabid's.
 * Agreement by both parties, a revision, realisasi with evidence, feedback, a dialog, the team
 * view, the cascade tree and progress, with every refusal a real caller would meet.
 */
const fx = fixturePerBerkas();
const NIP_STAF2 = '199505052020122001';
const JAM = new Date('2026-05-04T03:00:00Z');
const sebagai = async (nama: string): Promise<Konteks> => ({ ...(await fx.ctx(nama)), sekarang: () => JAM });
let kepala: Konteks;
let kabid: Konteks;
let staf: Konteks;
let pimpinan: Konteks;
let pkKepala = 0;
let indikatorPk: number[] = [];

const indikatorDasar = [{ aspek: 'kuantitas', uraian: 'Jumlah usulan mutasi yang diproses', pendekatan: 'kuantitatif', targetMin: 120, targetMaks: 150, satuan: 'usulan' }, {
  aspek: 'kualitas',
  uraian: 'Usulan lengkap dan sesuai ketentuan',
  pendekatan: 'kualitatif',
  targetTeks: 'Tanpa pengembalian dari BKN',
}, { aspek: 'waktu', uraian: 'Waktu penyelesaian', pendekatan: 'kuantitatif', targetMin: 12, satuan: 'bulan' }];

beforeAll(async () => {
  const siap = await siapkanPkKepala(fx, sebagai);
  await tambahPegawai(fx.sistem, { nip: NIP_STAF2, nama: 'Dewi Anggraini', tanggalLahir: '1995-05-05', jenisKelamin: 'P', statusKepegawaian: 'PNS', tmtCpns: '2020-12-01',
    penempatan: { jabatanId: fx.jabatan.pelaksana, unitId: fx.unit.mutasi, tmt: '2020-12-01' }, pangkat: { golongan: 'II/c', tmt: '2020-12-01', jenisKp: 'cpns' } });
  ({ indikatorPk, kepala, pimpinan } = siap);
  kabid = await sebagai(NIP.a2);
  staf = await sebagai(NIP.a1);
  pkKepala = siap.pkId;
});

describe('SKP planning', () => {
  it('takes the pejabat penilai from the structure: the kabid for staff, the kepala for the kabid, the kepala daerah for the kepala', async () => {
    const saya = await kinerjaSaya(staf, {});
    expect(saya).toMatchObject({ tahun: 2026, skp: null, penilai: { nip: NIP.a2, nama: 'Bambang Wijaya' } });
    expect((await kinerjaSaya(kabid, { tahun: 2026 })).penilai).toMatchObject({ nip: NIP_KEPALA });
    expect((await kinerjaSaya(kepala, { tahun: 2026 })).penilai).toMatchObject({ pegawaiId: null, nama: 'H. Suyono', jabatan: 'Bupati Uji' });
    expect((await galatAplikasi(buatSkp(await sebagai('admin.bkpsdm'), { tahun: 2026 }))).status).toBe(403);
    expect((await galatAplikasi(buatSkp(staf, { tahun: 1999 }))).status).toBe(422);
  });

  it("offers a head's RHK from his PK in one click, and the kepala daerah agrees through the pimpinan account", async () => {
    const s = await buatSkp(kepala, { tahun: 2026 });
    expect(s).toMatchObject({ nomorVersi: 1, status: 'draf', penilai: { pegawaiId: null, nama: 'H. Suyono' }, boleh: { ubah: true, ajukan: false } });
    expect((await galatAplikasi(buatSkp(kepala, { tahun: 2026 }))).status).toBe(409);
    const pilihan = await pilihanRhk(kepala, s.id);
    expect(pilihan.rhkAtasan).toEqual([]);
    expect(pilihan.pk).toMatchObject({ pkId: pkKepala, status: 'disetujui', indikator: [{ kode: 'IK1', target: 72, sudahDiambil: false }, { kode: 'IK2' }] });
    const isi = await ambilRhkDariPk(kepala, s.id, { versi: s.versi, pkId: pkKepala, indikatorIds: indikatorPk });
    expect(isi.rhk.map((r) => [r.jenis, r.uraian, r.dariPk?.kode, r.indikator[0]!.target])).toEqual([
      ['utama', 'Meningkatnya kualitas manajemen ASN', 'IK1', '72 indeks'],
      ['utama', 'Meningkatnya kualitas manajemen ASN', 'IK2', '95%'],
    ]);
    expect((await galatAplikasi(ambilRhkDariPk(kepala, s.id, { versi: isi.versi, pkId: pkKepala, indikatorIds: [indikatorPk[0]!] }))).status).toBe(409);
    expect((await pilihanRhk(kepala, s.id)).pk!.indikator.every((i) => i.sudahDiambil)).toBe(true);
    // Someone else's PK is not offered.
    expect((await galatAplikasi(ambilRhkDariPk(staf, s.id, { versi: isi.versi, pkId: pkKepala, indikatorIds: indikatorPk }))).status).toBe(404);
    const diajukan = await ajukanSkp(kepala, s.id, { versi: isi.versi });
    expect(diajukan.status).toBe('diajukan');
    expect((await galatAplikasi(setujuiSkp(kabid, s.id, { versi: diajukan.versi, setuju: true }))).status).toBe(404);
    const ok = await setujuiSkp(pimpinan, s.id, { versi: diajukan.versi, setuju: true });
    expect(ok).toMatchObject({ status: 'disetujui', labelStatus: 'Disepakati' });
  });

  it('lets the kabid intervene the kepala RHK, with indicators per aspect, and refuses an RHK from elsewhere', async () => {
    const s = await buatSkp(kabid, { tahun: 2026 });
    const pilihan = await pilihanRhk(kabid, s.id);
    expect(pilihan.pk).toBeNull();
    expect(pilihan.rhkAtasan.map((r) => r.uraian)).toHaveLength(2);
    const akar = pilihan.rhkAtasan[1]!.akarId;
    const salah = await galatAplikasi(
      simpanRhk(kabid, s.id, { versi: s.versi, jenis: 'utama', uraian: 'Terlaksananya layanan mutasi', rhkAtasanAkarId: 999999, indikator: indikatorDasar }),
    );
    expect(salah.rincian).toEqual([{ kolom: 'rhkAtasanAkarId', pesan: 'pilih RHK dari SKP pejabat penilai Anda tahun yang sama' }]);
    const kosong = await galatAplikasi(
      simpanRhk(kabid, s.id, { versi: s.versi, jenis: 'utama', uraian: 'Terlaksananya layanan mutasi',
        indikator: [{ aspek: 'kuantitas', uraian: 'Jumlah usulan', pendekatan: 'kuantitatif' }] }),
    );
    expect(kosong.rincian).toEqual([{ kolom: 'indikator.0.targetMin', pesan: 'isi target (angka)' }, { kolom: 'indikator.0.satuan',
      pesan: 'isi satuan target (mis. dokumen, %, hari)' }]);
    const a = await simpanRhk(kabid, s.id, { versi: s.versi, jenis: 'utama', uraian: 'Terlaksananya layanan mutasi tepat waktu', rhkAtasanAkarId: akar,
      indikator: indikatorDasar });
    expect(a.rhk[0]).toMatchObject({ rhkAtasan: 'Meningkatnya kualitas manajemen ASN',
      indikator: [{ aspek: 'kuantitas', target: '120-150 usulan' }, { aspek: 'kualitas', target: 'Tanpa pengembalian dari BKN' }, { aspek: 'waktu', target: '12 bulan' }] });
    // A stale version is refused; the kepala cannot edit the kabid's SKP.
    expect((await galatAplikasi(simpanRhk(kabid, s.id, { versi: s.versi, jenis: 'tambahan', uraian: 'Tugas tambahan', indikator: indikatorDasar }))).status).toBe(409);
    expect((await galatAplikasi(simpanRhk(kepala, s.id, { versi: a.versi, jenis: 'tambahan', uraian: 'Tugas tambahan', indikator: indikatorDasar }))).status).toBe(404);
    const b = await simpanRhk(kabid, s.id, { versi: a.versi, jenis: 'utama', uraian: 'Tersusunnya peta jabatan', indikator: indikatorDasar });
    // An RHK utama that intervenes nothing stops the signing.
    const lepas = await galatAplikasi(ajukanSkp(kabid, s.id, { versi: b.versi }));
    expect(lepas.status).toBe(409);
    expect(lepas.message).toContain('"Tersusunnya peta jabatan"');
    const c = await hapusRhk(kabid, s.id, b.rhk[1]!.id, { versi: b.versi });
    expect(c.rhk).toHaveLength(1);
    // The kepala (pejabat penilai) sets the ekspektasi khusus; the kabid cannot.
    expect((await galatAplikasi(simpanEkspektasi(kabid, s.id, { versi: c.versi, perilaku: [] }))).status).toBe(404);
    const e = await simpanEkspektasi(kepala, s.id, { versi: c.versi, perilaku: [{ kode: 'akuntabel', ekspektasiKhusus: 'Setiap SK mutasi diperiksa dua kali' }] });
    expect(e.perilaku).toHaveLength(7);
    expect(e.perilaku.find((x) => x.kode === 'akuntabel')!.ekspektasiKhusus).toBe('Setiap SK mutasi diperiksa dua kali');
    const d = await ajukanSkp(kabid, s.id, { versi: e.versi });
    const kembali = await setujuiSkp(kepala, s.id, { versi: d.versi, setuju: false, catatan: 'Tambahkan target biaya' });
    expect(kembali).toMatchObject({ status: 'draf', catatanKembali: 'Tambahkan target biaya' });
    expect((await galatAplikasi(setujuiSkp(kepala, s.id, { versi: kembali.versi, setuju: false }))).status).toBe(422);
    const d2 = await ajukanSkp(kabid, s.id, { versi: kembali.versi });
    const ok = await setujuiSkp(kepala, s.id, { versi: d2.versi, setuju: true });
    expect(ok.status).toBe('disetujui');
    expect(await fx.db.many(sql`select aksi from audit_log where entitas = 'skp' and entitas_id = ${String(s.id)} order by id`)).toEqual(
      ['skp.buat', 'skp.ubah', 'skp.ubah', 'skp.ubah', 'skp.ekspektasi', 'skp.ajukan', 'skp.kembalikan', 'skp.ajukan', 'skp.setujui'].map((aksi) => ({ aksi })),
    );
  });

  it('a revision is a new version; the agreed one stays in force until the revision is agreed, then is kept', async () => {
    const s = (await kinerjaSaya(kabid, { tahun: 2026 })).skp!;
    expect((await galatAplikasi(revisiSkp(kabid, s.id, { versi: s.versi, alasan: 'x' }))).status).toBe(422);
    const r = await revisiSkp(kabid, s.id, { versi: s.versi, alasan: 'Perubahan target setelah P-APBD' });
    expect(r).toMatchObject({ nomorVersi: 2, status: 'draf', seriId: s.seriId, alasanRevisi: 'Perubahan target setelah P-APBD' });
    expect(r.rhk.map((x) => x.akarId)).toEqual(s.rhk.map((x) => x.akarId));
    expect(r.perilaku.find((x) => x.kode === 'akuntabel')!.ekspektasiKhusus).toBe('Setiap SK mutasi diperiksa dua kali');
    expect((await galatAplikasi(revisiSkp(kabid, s.id, { versi: (await ambilSkp(kabid, s.id)).versi, alasan: 'Revisi kedua sekaligus' }))).status).toBe(409);
    const u = await simpanRhk(kabid, r.id, { versi: r.versi, jenis: 'utama', uraian: 'Terlaksananya layanan mutasi tepat waktu dan akurat',
      rhkAtasanAkarId: r.rhk[0]!.rhkAtasanAkarId, indikator: indikatorDasar.slice(0, 1) }, r.rhk[0]!.id);
    expect(u.rhk.map((x) => [x.akarId, x.indikator.length])).toEqual([[s.rhk[0]!.akarId, 1]]);
    expect((await ambilSkp(kabid, s.id)).status).toBe('disetujui');
    const a = await ajukanSkp(kabid, r.id, { versi: u.versi });
    const ok = await setujuiSkp(kepala, r.id, { versi: a.versi, setuju: true });
    expect(ok.versiLain.map((v) => [v.nomorVersi, v.status])).toEqual([[1, 'diganti'], [2, 'disetujui']]);
    expect((await ambilSkp(kabid, s.id)).rhk[0]!.uraian).toBe('Terlaksananya layanan mutasi tepat waktu');
  });
});

describe('through the year', () => {
  let skpStaf = 0;
  it('staff intervene the kabid RHK; realisasi with evidence, feedback and a dialog', async () => {
    const s = await buatSkp(staf, { tahun: 2026 });
    skpStaf = s.id;
    const akar = (await pilihanRhk(staf, s.id)).rhkAtasan[0]!.akarId;
    const a = await simpanRhk(staf, s.id, { versi: s.versi, jenis: 'utama', uraian: 'Tersusunnya berkas usulan mutasi', rhkAtasanAkarId: akar,
      indikator: indikatorDasar.slice(0, 2) });
    // The kabid's RHK is intervened now: it cannot be removed from his next revision.
    expect((await galatAplikasi(simpanRealisasiSkp(staf, s.id, { rhkAkarId: a.rhk[0]!.akarId, periode: 'tw1', realisasi: 'Belum disepakati' }))).status).toBe(409);
    const d = await ajukanSkp(staf, s.id, { versi: a.versi });
    const ok = await setujuiSkp(kabid, s.id, { versi: d.versi, setuju: true });
    const rh = ok.rhk[0]!.akarId;
    expect((await galatAplikasi(simpanRealisasiSkp(staf, s.id, { rhkAkarId: rh, periode: 'tw9', realisasi: 'x' }))).status).toBe(422);
    const r1 = await simpanRealisasiSkp(staf, s.id, { rhkAkarId: rh, periode: 'tw1', realisasi: '34 usulan mutasi diproses', nilai: 34 });
    expect(r1.rhk[0]!.realisasi).toMatchObject([{ periode: 'tw1', labelPeriode: 'Triwulan I', realisasi: '34 usulan mutasi diproses', nilai: 34, buktiId: null }]);
    const r2 = await simpanRealisasiSkp(staf, s.id, { rhkAkarId: rh, periode: 'tw1', realisasi: '36 usulan mutasi diproses', nilai: 36, versi: r1.rhk[0]!.realisasi[0]!.versi });
    expect(r2.rhk[0]!.realisasi).toHaveLength(1);
    const idReal = r2.rhk[0]!.realisasi[0]!.id;
    expect((await galatAplikasi(unggahBuktiRealisasiSkp(staf, idReal, { namaBerkas: 'x.exe', isi: Buffer.from('MZ bukan pdf') }))).status).toBe(422);
    expect((await galatAplikasi(unggahBuktiRealisasiSkp(kabid, idReal, { namaBerkas: 'b.pdf', isi: PDF }))).status).toBe(404);
    const b = await unggahBuktiRealisasiSkp(staf, idReal, { namaBerkas: 'rekap tw1', isi: PDF });
    expect(b.rhk[0]!.realisasi[0]!.namaBukti).toBe('rekap tw1.pdf');
    expect((await ambilBuktiRealisasiSkp(kabid, idReal)).namaBerkas).toBe('rekap tw1.pdf');
    expect((await galatAplikasi(ambilBuktiRealisasiSkp(await sebagai(NIP.b1), idReal))).status).toBe(404);
    expect((await galatAplikasi(ambilBuktiRealisasiSkp(await sebagai('admin.dinkes'), idReal))).status).toBe(404);
    expect((await ambilBuktiRealisasiSkp(await sebagai('admin.bkpsdm'), idReal)).isi.length).toBe(PDF.length);
    // Feedback and dialog: only the pejabat penilai (the kepala above him is not).
    expect((await galatAplikasi(tambahUmpanBalik(kepala, s.id, { isi: 'Bagus' }))).status).toBe(404);
    expect((await galatAplikasi(tambahUmpanBalik(staf, s.id, { isi: 'Bagus' }))).status).toBe(403);
    const u = await tambahUmpanBalik(kabid, s.id, { rhkAkarId: rh, periode: 'tw1', isi: 'Pertahankan kecepatan, periksa kelengkapan berkas' });
    expect(u.umpanBalik[0]).toMatchObject({ rhkAkarId: rh, labelPeriode: 'Triwulan I', oleh: 'Bambang Wijaya' });
    expect((await galatAplikasi(tambahUmpanBalik(kabid, s.id, { perilakuKode: 'jujur', isi: 'Bagus' }))).status).toBe(422);
    expect((await galatAplikasi(tambahDialog(kabid, s.id, { tanggal: '2025-04-10', catatan: 'Evaluasi', tindakLanjut: 'Lanjut' }))).status).toBe(409);
    const dg = await tambahDialog(kabid, s.id, { tanggal: '2026-04-10', catatan: 'Evaluasi triwulan I: beberapa berkas kurang lengkap',
      tindakLanjut: 'Daftar periksa berkas dipakai mulai Mei' });
    expect(dg.dialog[0]).toMatchObject({ tanggal: '2026-04-10', tindakLanjut: 'Daftar periksa berkas dipakai mulai Mei' });
    // The staff sees it all in Kinerja Saya.
    const saya = await kinerjaSaya(staf, { tahun: 2026 });
    expect(saya.skp).toMatchObject({ id: s.id, umpanBalik: [{ isi: 'Pertahankan kecepatan, periksa kelengkapan berkas' }], dialog: [{ tanggal: '2026-04-10' }],
      boleh: { realisasi: true, ubah: false } });
  });

  it('the kabid cannot remove an RHK his staff intervene', async () => {
    const s = (await kinerjaSaya(kabid, { tahun: 2026 })).skp!;
    const r = await revisiSkp(kabid, s.id, { versi: s.versi, alasan: 'Menata ulang RHK' });
    const h = await galatAplikasi(hapusRhk(kabid, r.id, r.rhk[0]!.id, { versi: r.versi }));
    expect(h.status).toBe(409);
    expect(h.message).toContain('1 bawahan');
  });

  it('team view: direct reports only, who waits and who is behind', async () => {
    const tim = await daftarTim(kabid, { tahun: 2026 });
    expect(tim.labelPeriode).toBe('Triwulan I');
    expect(tim.items.map((x) => [x.nip, x.status, x.tertinggal, x.keterangan])).toEqual([
      [NIP.a1, 'disetujui', false, 'Sesuai rencana'],
      [NIP_STAF2, null, true, 'Belum menyusun SKP'],
    ]);
    expect((await daftarTim(kepala, { tahun: 2026 })).items.map((x) => x.nip)).toEqual([NIP.a2]);
    expect((await galatAplikasi(daftarTim(staf, {}))).status).toBe(403);
    // An atasan reads his direct report's SKP, not the one below that.
    expect((await galatAplikasi(ambilSkp(kepala, skpStaf))).status).toBe(404);
    expect((await ambilSkp(kabid, skpStaf)).pegawai.nip).toBe(NIP.a1);
  });

  it('cascade tree: from the PK to every staff, RHK nobody carries and staff without SKP', async () => {
    const p = await pohonKinerja(await sebagai('admin.bkpsdm'), { tahun: 2026, unitId: fx.unit.bkpsdm });
    expect(p.unit).toEqual({ id: fx.unit.bkpsdm, nama: 'Badan Kepegawaian dan Pengembangan SDM' });
    const pk = p.simpul.filter((s) => s.jenis === 'pk');
    expect(pk.map((s) => [s.uraian, s.target, s.tanpaPemikul])).toEqual([['Nilai IP ASN', '72 indeks', false], ['Persentase layanan mutasi tepat waktu', '95 %', false]]);
    const kep = p.simpul.filter((s) => s.pemegang === 'Hendra Gunawan' && s.jenis === 'rhk');
    expect(kep.map((s) => [s.indukId?.startsWith('pk-'), s.tanpaPemikul])).toEqual([[true, true], [true, false]]);
    const kab = p.simpul.find((s) => s.pemegang === 'Bambang Wijaya')!;
    expect(kab.indukId).toBe(kep[1]!.id);
    const st = p.simpul.find((s) => s.pemegang === 'Andi Saputra')!;
    expect(st.indukId).toBe(kab.id);
    expect(p.tanpaSkp.map((x) => [x.nama, x.atasan])).toEqual([['Dewi Anggraini', 'Bambang Wijaya']]);
    expect(p.jumlah).toEqual({ pegawai: 4, punyaSkp: 3, rhkTanpaPemikul: 1 });
    // Another OPD's admin sees nobody of BKPSDM; the kabid sees himself and his direct reports.
    expect((await pohonKinerja(await sebagai('admin.dinkes'), { tahun: 2026, unitId: fx.unit.bkpsdm })).jumlah.pegawai).toBe(0);
    expect((await pohonKinerja(kabid, { tahun: 2026 })).jumlah).toMatchObject({ pegawai: 3 });
  });

  it('progress per unit within reach', async () => {
    const bkd = await progresUnit(await sebagai('admin.bkd'), { tahun: 2026 });
    expect(bkd.items.map((x) => [x.unit, x.pegawai, x.belum, x.disetujui, x.adaRealisasi, x.persenDisepakati])).toEqual([
      ['Badan Kepegawaian dan Pengembangan SDM', 4, 1, 3, 1, '75,00%'],
      ['Dinas Kesehatan', 1, 1, 0, 0, '0,00%'],
    ]);
    const opd = await progresUnit(await sebagai('admin.dinkes'), { tahun: 2026 });
    expect(opd.items.map((x) => x.unit)).toEqual(['Dinas Kesehatan']);
    const rinci = await progresUnit(await sebagai('admin.bkpsdm'), { tahun: 2026, unitId: fx.unit.bkpsdm });
    expect(rinci.items.map((x) => [x.unit, x.pegawai])).toEqual([['Badan Kepegawaian dan Pengembangan SDM', 1], ['Bidang Mutasi dan Promosi', 3]]);
    expect((await galatAplikasi(progresUnit(await sebagai('verifikator'), {}))).status).toBe(403);
  });

  it('the progress is kept until an SKP or a realisasi changes, whoever writes it (SQL by hand too)', async () => {
    const bkd = await sebagai('admin.bkd');
    const bkpsdm = async () => (await progresUnit(bkd, { tahun: 2026 })).items.map((x) => [x.pegawai, x.disetujui, x.adaRealisasi, x.persenDisepakati])[0];
    expect(await bkpsdm()).toEqual([4, 3, 1, '75,00%']);
    const disetujui = Number((await fx.db.one<{ id: number }>(sql`
      select s.id from skp s where s.tahun = 2026 and s.status = 'disetujui'
         and not exists (select 1 from skp_realisasi r where r.skp_seri_id = s.seri_id) order by s.id limit 1`)).id);
    await fx.db.run(sql`update skp set status = 'diajukan' where id = ${disetujui}`);
    expect(await bkpsdm()).toEqual([4, 2, 1, '50,00%']);
    await fx.db.run(sql`update skp set status = 'disetujui' where id = ${disetujui}`);
    expect(await bkpsdm()).toEqual([4, 3, 1, '75,00%']);
    await fx.db.run(sql`delete from skp_realisasi`);
    expect(await bkpsdm()).toEqual([4, 3, 0, '75,00%']);
  });
});

function utuh<S extends z.ZodType>(skema: S | undefined, nilai: unknown) {
  const h = skema!.safeEncode(nilai as z.output<S>);
  if (!h.success) throw new Error(JSON.stringify(h.error.issues, null, 1));
  expect(JSON.parse(JSON.stringify(h.data))).toEqual(JSON.parse(JSON.stringify(nilai)));
}

describe('kinerja contract', () => {
  it('every JSON answer, as the actions return it on this data, encodes through its schema with nothing lost', async () => {
    const k = KONTRAK_KINERJA;
    const saya = await kinerjaSaya(staf, { tahun: 2026 });
    utuh(k.saya.respons, saya);
    utuh(k.saya.respons, await kinerjaSaya(await sebagai(NIP.b1), { tahun: 2026 }));
    utuh(k.ambil.respons, await ambilSkp(kabid, saya.skp!.id));
    utuh(k.pilihanRhk.respons, await pilihanRhk(staf, saya.skp!.id));
    utuh(k.pilihanRhk.respons, await pilihanRhk(kepala, (await kinerjaSaya(kepala, { tahun: 2026 })).skp!.id));
    utuh(k.tim.respons, await daftarTim(kabid, { tahun: 2026 }));
    utuh(k.pohon.respons, await pohonKinerja(await sebagai('admin.bkd'), { tahun: 2026, unitId: fx.unit.bkpsdm }));
    utuh(k.progres.respons, await progresUnit(await sebagai('admin.bkd'), { tahun: 2026 }));
  });
});

describe('atasan langsung', () => {
  it('is the nearest struktural holder who acts as atasan in the application, else the nearest holder', async () => {
    const sub = (await fx.db.one<{ id: number }>(sql`insert into unit_organisasi (instansi_id, induk_id, kode, nama, jenis)
      values (1, ${fx.unit.mutasi}, 'BKPSDM.02.01', 'Sub Bidang Mutasi', 'sub_bidang') returning id`)).id;
    const jab = (await fx.db.one<{ id: number }>(sql`insert into jabatan (instansi_id, kode, nama, jenis, tingkat_struktural, eselon, kelas_jabatan, unit_id)
      values (1, 'ST-SUBMUT', 'Kepala Sub Bidang Mutasi', 'struktural', 'pengawas', 'IV.a', 9, ${sub}) returning id`)).id;
    const baru = async (nip: string, nama: string, jabatanId: number) => {
      await tambahPegawai(fx.sistem, { nip, nama, tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`, jenisKelamin: 'L', statusKepegawaian: 'PNS',
        tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`, penempatan: { jabatanId, unitId: sub, tmt: '2020-01-02' },
        pangkat: { golongan: 'III/a', tmt: `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`, jenisKp: 'cpns' } });
      return (await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${nip}`)).id;
    };
    const kasub = await baru('198601012010011001', 'Kasub Tanpa Akun', jab);
    const staf2 = await baru('199201012015011001', 'Staf Sub Bidang', fx.jabatan.pelaksana);
    const kabidId = (await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${NIP.a2}`)).id;
    // The Kepala Sub Bidang has no account acting as atasan: the Kepala Bidang (who has) rates.
    expect((await tentukanPenilai(fx.sistem, staf2, 2027)).atasan).toBe(kabidId);
    expect((await tentukanPenilai(fx.sistem, kasub, 2027)).atasan).toBe(kabidId);
    await fx.db.run(sql`insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi)
      values (1, '198601012010011001', 'Kasub', ${kasub}, (select hash_sandi from akun where nama_pengguna = 'perencana'))`);
    await fx.db.run(sql`insert into akun_peran (instansi_id, akun_id, peran) select 1, id, 'atasan' from akun where nama_pengguna = '198601012010011001'`);
    expect((await tentukanPenilai(fx.sistem, staf2, 2027)).atasan).toBe(kasub);
    // With nobody acting as atasan above, the nearest holder.
    await fx.db.run(sql`update akun set aktif = false where pegawai_id in (${kasub}, ${kabidId})`);
    await fx.db.run(sql`update akun set aktif = false where nama_pengguna = ${NIP_KEPALA}`);
    expect((await tentukanPenilai(fx.sistem, staf2, 2027)).atasan).toBe(kasub);
    await fx.db.run(sql`update akun set aktif = true where pegawai_id in (${kasub}, ${kabidId}) or nama_pengguna = ${NIP_KEPALA}`);
  });
});

describe('rating', () => {
  it('the penilai rates with reasons, sees the distribution warning with its numbers before finalising, and the final predikat reaches the riwayat and IP ASN', async () => {
    const s = (await kinerjaSaya(staf, { tahun: 2026 })).skp!;
    const ipSebelum = (await hitungIpAsn(staf, { tanggal: '2026-12-31' })).rataRata;
    expect((await galatAplikasi(nilaiSkp(kepala, s.id, { ratingHasil: 'di_atas', alasanHasil: 'Bagus sekali', ratingPerilaku: 'sesuai', alasanPerilaku: 'Sesuai' }))).status).toBe(
      404,
    );
    const kurang = await galatAplikasi(nilaiSkp(kabid, s.id, { ratingHasil: 'di_atas', ratingPerilaku: 'sesuai' }));
    expect(kurang.rincian).toEqual([{ kolom: 'alasanHasil', pesan: 'tuliskan alasan rating hasil kerja' }, { kolom: 'alasanPerilaku',
      pesan: 'tuliskan alasan rating perilaku kerja' }]);
    const n = await nilaiSkp(kabid, s.id, { ratingHasil: 'di_bawah', alasanHasil: 'Dua dari empat target triwulan tidak tercapai', ratingPerilaku: 'sesuai',
      alasanPerilaku: 'Perilaku sesuai ekspektasi' });
    expect(n.penilaian).toMatchObject({ periode: 'tahunan', predikat: 'butuh_perbaikan', labelPredikat: 'Butuh Perbaikan', status: 'draf',
      penilai: { nip: NIP.a2, nama: 'Bambang Wijaya', jabatan: 'Kepala Bidang Mutasi dan Promosi', golongan: 'Pembina (IV/a)', unor: 'Bidang Mutasi dan Promosi' } });
    const ulang = await nilaiSkp(kabid, s.id, { ratingHasil: 'di_atas', alasanHasil: 'Seluruh target tercapai lebih cepat', ratingPerilaku: 'sesuai',
      alasanPerilaku: 'Perilaku sesuai ekspektasi', versi: n.penilaian.versi });
    expect(ulang.penilaian).toMatchObject({ predikat: 'baik', versi: 2 });
    expect(ulang.hitungan).toEqual({ baik: 1 });
    // The ASN does not see a draft rating; one Baik of one in an organisation rated Baik is above the 70% share.
    expect((await kinerjaSaya(staf, { tahun: 2026 })).skp!.penilaian).toEqual([]);
    const peringatan = await galatAplikasi(finalkanPenilaian(kabid, s.id, { versi: 2 }));
    expect(peringatan.status).toBe(409);
    expect(peringatan.message).toContain('pegawai berpredikat Baik paling banyak 70%, tetapi ada 1 dari 1 pegawai (100%)');
    expect(peringatan.rincian).toHaveLength(2);
    expect(await fx.db.many(sql`select 1 from riwayat_skp r join pegawai p on p.id = r.pegawai_id where p.nip = ${NIP.a1} and r.tahun = 2026`)).toEqual([]);
    const f = await finalkanPenilaian(kabid, s.id, { versi: 2, lanjutkan: true });
    expect(f.penilaian).toMatchObject({ status: 'final', predikat: 'baik' });
    utuh(KONTRAK_KINERJA.nilai.respons, ulang);
    utuh(KONTRAK_KINERJA.finalkan.respons, f);
    utuh(KONTRAK_KINERJA.ambil.respons, await ambilSkp(kabid, s.id));
    expect(await fx.db.one(sql`select r.predikat, r.pejabat_penilai, r.sumber from riwayat_skp r join pegawai p on p.id = r.pegawai_id
      where p.nip = ${NIP.a1} and r.tahun = 2026`)).toEqual({ predikat: 'baik', pejabat_penilai: 'Bambang Wijaya', sumber: 'skp' });
    expect((await galatAplikasi(nilaiSkp(kabid, s.id, { ratingHasil: 'sesuai', alasanHasil: 'Ubah', ratingPerilaku: 'sesuai', alasanPerilaku: 'Ubah' }))).status).toBe(409);
    expect((await kinerjaSaya(staf, { tahun: 2026 })).skp!.penilaian.map((x) => [x.labelPeriode, x.labelPredikat])).toEqual([['Tahunan', 'Baik']]);
    const ipSesudah = (await hitungIpAsn(staf, { tanggal: '2026-12-31' })).rataRata;
    expect(ipSesudah.kinerja).toBeGreaterThan(ipSebelum.kinerja);
    expect(ipSesudah.total).toBeGreaterThan(ipSebelum.total);
  });
});
