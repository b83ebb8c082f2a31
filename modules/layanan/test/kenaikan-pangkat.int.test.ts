import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from '@simasn/db';
import { periodeKpBerikutnya, tambahBulan } from '@simasn/domain';
import { sisipRiwayat, type PegawaiInti } from '@simasn/kepegawaian';
import { denganDb, type Konteks } from '@simasn/platform';
import { bacaDocx, bacaPdf } from '@simasn/platform/dokumen/baca';
import { fixturePerBerkas, NIP, PDF } from '@simasn/kepegawaian/uji';
import { puncakKueriDalamTransaksi } from './kueri-serentak.ts';
import { ajukanKenaikanPangkat, ambilUsulanLayanan, daftarKenaikanPangkat, daftarkanLayanan, daftarUsulanLayanan, eksporKenaikanPangkat, daftarRiwayatGaji, jalankanTmtLayanan,
  lampirkanDokumenUsulan, LAYANAN_KENAIKAN_PANGKAT, layananPegawai, prosesUsulanLayanan, tambahEfek, unduhSkKenaikanPangkat, type DataUsulanKp } from '../src/index.ts';

/**
 * E-Pangkat on the real database: the period list (eligible by type, blocked with reasons) in
 * each caller's reach, the OPD's usulan with documents, BKD's return for revision and approval
 * (SK draft), two approvals at once, a failure in the middle of an approval and of the TMT
 * write, and the TMT writing the new riwayat golongan through the personnel module.
 */
const PERIODE = '2026-04-01';
const pada = (ctx: Konteks, iso: string): Konteks => ({ ...ctx, sekarang: () => new Date(`${iso}T03:00:00Z`) });
const status = async (p: Promise<unknown>) => p.then(() => 200, (e: { status?: number }) => e.status ?? 500);

const fx = fixturePerBerkas();
let opd: Konteks;
let opdDinkes: Konteks;
let verif: Konteks;
let verif2: Konteks;
let bkd: Konteks;
let asn: Konteks;
let asnLain: Konteks;

async function pegawai(nip: string): Promise<PegawaiInti> {
  return fx.db.one<PegawaiInti>(sql`select id, nip, nama, jalur_unit as "jalurUnit", status_kepegawaian as "statusKepegawaian", versi from pegawai where nip = ${nip}`);
}
async function riwayat(nip: string, jenis: 'skp' | 'pendidikan' | 'hukdis', data: Record<string, unknown>) {
  await sisipRiwayat(fx.sistem, await pegawai(nip), jenis, data, 'manual');
}
const hitung = async (tabel: string) => (await fx.db.one<{ n: number }>(sql`select count(*)::int as n from ${sql([tabel] as unknown as TemplateStringsArray)}`)).n;

beforeAll(async () => {
  const jam = '2026-03-16';
  opd = pada(await fx.ctx('admin.bkpsdm'), jam);
  opdDinkes = pada(await fx.ctx('admin.dinkes'), jam);
  verif = pada(await fx.ctx('verifikator'), jam);
  verif2 = pada(await fx.ctx('verifikator2'), jam);
  bkd = pada(await fx.ctx('admin.bkd'), jam);
  asn = pada(await fx.ctx(NIP.a1), jam);
  asnLain = pada(await fx.ctx(NIP.b1), jam);
  // a1: III/a since 2015, S1, two SKP Baik: due and eligible (reguler).
  await riwayat(NIP.a1, 'pendidikan', { tingkat: 'S1', tahunLulus: 2013 });
  await riwayat(NIP.a1, 'skp', { tahun: 2024, predikat: 'baik' });
  await riwayat(NIP.a1, 'skp', { tahun: 2025, predikat: 'sangat_baik' });
  // a2: IV/a kepala bidang (eselon III.b, ceiling IV/a), S1, serving a hukuman disiplin sedang: due, blocked.
  await riwayat(NIP.a2, 'pendidikan', { tingkat: 'S1', tahunLulus: 1998 });
  await riwayat(NIP.a2, 'skp', { tahun: 2024, predikat: 'baik' });
  await riwayat(NIP.a2, 'skp', { tahun: 2025, predikat: 'baik' });
  await riwayat(NIP.a2, 'hukdis', { tingkat: 'sedang', jenis: 'potong_tukin_12', tmt: '2026-01-01', masaBulan: 12 });
  // b1: perawat ahli pertama III/a since 2012, S1, SKP Baik: eligible (pilihan fungsional needs the angka kredit; reguler fits).
  await riwayat(NIP.b1, 'pendidikan', { tingkat: 'S1', tahunLulus: 2010 });
  await riwayat(NIP.b1, 'skp', { tahun: 2024, predikat: 'baik' });
  await riwayat(NIP.b1, 'skp', { tahun: 2025, predikat: 'baik' });
});

describe('the KP list of a period', () => {
  it('lists eligible and blocked employees with reasons, within each reach', async () => {
    const l = await daftarKenaikanPangkat(opd, { periode: PERIODE });
    expect(l.aturanPeriode).toBe('kp-perbkn-4-2025');
    expect(l.memenuhi.map((r) => [r.nip, r.hasil.jenis, r.golongan, r.hasil.golonganBaru])).toEqual([[NIP.a1, 'reguler', 'III/a', 'III/b']]);
    expect(l.tidakMemenuhi.map((r) => [r.nip, r.hasil.jenis])).toEqual([[NIP.a2, 'pilihan_struktural']]);
    expect(l.tidakMemenuhi[0]!.hasil.alasan).toEqual([
      'golongan IV/a sudah mencapai batas IV/a jabatan eselon III.b',
      'sedang menjalani hukuman disiplin sedang (Pemotongan tunjangan kinerja 25% selama 12 bulan) sampai 1 Januari 2027',
    ]);
    expect((await daftarKenaikanPangkat(opdDinkes, { periode: PERIODE })).memenuhi.map((r) => r.nip)).toEqual([NIP.b1]);
    const semua = await daftarKenaikanPangkat(verif, { periode: PERIODE });
    expect(semua.memenuhi.map((r) => r.nip).sort()).toEqual([NIP.a1, NIP.b1].sort());
    expect((await daftarKenaikanPangkat(asn, { periode: PERIODE })).memenuhi.map((r) => r.nip)).toEqual([NIP.a1]);
  });
  it('is searched, filtered, sorted and paged on the server; the export holds the same rows', async () => {
    const h = await daftarKenaikanPangkat(verif, { periode: PERIODE, page: 1, limit: 1 });
    expect([h.total, h.page, h.limit, h.memenuhi.length, h.tidakMemenuhi]).toEqual([2, 1, 1, 1, []]);
    expect(h.ringkasan).toEqual({ memenuhi: 2, tidakMemenuhi: 1 });
    const naik = (await daftarKenaikanPangkat(verif, { periode: PERIODE, page: 1, urut: 'nama' })).memenuhi.map((r) => r.nama);
    expect((await daftarKenaikanPangkat(verif, { periode: PERIODE, page: 1, urut: 'nama', arah: 'turun' })).memenuhi.map((r) => r.nama)).toEqual([...naik].reverse());
    const cari = await daftarKenaikanPangkat(verif, { periode: PERIODE, page: 1, q: NIP.b1.slice(0, 10) });
    expect(cari.memenuhi.map((r) => r.nip)).toEqual([NIP.b1]);
    const tidak = await daftarKenaikanPangkat(verif, { periode: PERIODE, page: 1, bagian: 'tidak_memenuhi' });
    expect([tidak.memenuhi, tidak.tidakMemenuhi.map((r) => r.nip), tidak.total]).toEqual([[], [NIP.a2], 1]);
    expect((await daftarKenaikanPangkat(verif, { periode: PERIODE, page: 1, usulan: 'ada' })).total).toBe(0);
    const x = await eksporKenaikanPangkat(verif, { periode: PERIODE, q: NIP.b1.slice(0, 10) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.isi as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(5).getCell(1).value).toBe(NIP.b1);
    expect(wb.worksheets[0]!.rowCount).toBe(5);
  });

  it('runs on a transaction handle (as the demo does) one query at a time', async () => {
    const { hasil, puncak } = await puncakKueriDalamTransaksi(fx.db, (tx) => daftarKenaikanPangkat(denganDb(opd, tx), { periode: PERIODE }));
    expect(hasil.memenuhi.map((r) => r.nip)).toEqual([NIP.a1]);
    expect(puncak).toBe(1);
  });
  it('refuses a date that is not a period, naming the field', async () => {
    const e = await daftarKenaikanPangkat(opd, { periode: '2026-04-02' }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.rincian).toEqual([{ kolom: 'periode', pesan: '2026-04-02 bukan periode kenaikan pangkat; periode berikutnya 2026-05-01', nilai: '2026-04-02' }]);
  });
});

describe('usulan from the OPD to the TMT', () => {
  let id = 0;
  let idB1 = 0;

  it('submits all or nothing: a blocked employee names the row and stores nothing', async () => {
    const e = await ajukanKenaikanPangkat(opd, { periode: PERIODE, pegawai: [{ nip: NIP.a1 }, { nip: NIP.a2 }] }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.message).toContain('Baris 2');
    expect(e.rincian[0]).toMatchObject({ baris: 2, kolom: 'pegawai.1.nip', pesan: 'golongan IV/a sudah mencapai batas IV/a jabatan eselon III.b' });
    expect(await hitung('usulan_layanan')).toBe(0);
    expect(await status(ajukanKenaikanPangkat(opd, { periode: PERIODE, pegawai: [{ nip: NIP.b1 }] }))).toBe(404);
    expect(await status(ajukanKenaikanPangkat(opd, { periode: '2026-04-15', pegawai: [{ nip: NIP.a1 }] }))).toBe(422);
    const [u] = await ajukanKenaikanPangkat(opd, { periode: PERIODE, pegawai: [{ nip: NIP.a1 }] });
    id = u!.id;
    expect(u!.data).toMatchObject({ periode: PERIODE, jenisKp: 'reguler', golonganLama: 'III/a', golonganBaru: 'III/b', tmt: PERIODE });
    expect(await status(ajukanKenaikanPangkat(opd, { periode: PERIODE, pegawai: [{ nip: NIP.a1 }] }))).toBe(409);
    const list = await daftarKenaikanPangkat(opd, { periode: PERIODE });
    expect(list.memenuhi[0]!.usulan).toMatchObject({ id, status: 'diproses', langkah: 'pengajuan', periode: PERIODE });
    // A later period shows the same running usulan (one running KP usulan per pegawai), so it is not offered again.
    const berikut = periodeKpBerikutnya(tambahBulan(PERIODE, 1))!;
    const lanjut = await daftarKenaikanPangkat(opd, { periode: berikut });
    expect(lanjut.memenuhi.find((r) => r.nip === NIP.a1)?.usulan).toMatchObject({ id, status: 'diproses', periode: PERIODE });
  });

  it('needs the documents before it goes to BKD', async () => {
    const d = await ambilUsulanLayanan(opd, id);
    const e = await prosesUsulanLayanan(opd, id, { aksi: 'teruskan', versi: d.versi }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.rincian.map((m: { kolom: string }) => m.kolom)).toEqual(['dokumen.sk_pangkat_terakhir', 'dokumen.skp']);
    await lampirkanDokumenUsulan(opd, id, 'sk_pangkat_terakhir', { namaBerkas: 'sk-iii-a.pdf', isi: PDF });
    await lampirkanDokumenUsulan(opd, id, 'skp', { namaBerkas: 'skp.pdf', isi: PDF });
    const u = await prosesUsulanLayanan(opd, id, { aksi: 'teruskan', versi: (await ambilUsulanLayanan(opd, id)).versi });
    expect(u).toMatchObject({ langkah: 'verifikasi', status: 'diproses' });
  });

  it('goes back to the OPD with a reason and returns (round trip), visible to the ASN', async () => {
    let u = await ambilUsulanLayanan(verif, id);
    expect(await status(prosesUsulanLayanan(verif, id, { aksi: 'kembalikan', versi: u.versi }))).toBe(422);
    u = await prosesUsulanLayanan(verif, id, { aksi: 'kembalikan', versi: u.versi, alasan: 'SKP 2025 belum ditandatangani pejabat penilai' });
    expect(u).toMatchObject({ langkah: 'pengajuan', status: 'dikembalikan' });
    const saya = await layananPegawai(asn, {});
    const jejak = JSON.stringify(saya);
    expect(jejak).toContain('SKP 2025 belum ditandatangani pejabat penilai');
    await lampirkanDokumenUsulan(opd, id, 'skp', { namaBerkas: 'skp-bertanda-tangan.pdf', isi: PDF });
    u = await prosesUsulanLayanan(opd, id, { aksi: 'teruskan', versi: (await ambilUsulanLayanan(opd, id)).versi });
    expect(u).toMatchObject({ langkah: 'verifikasi', status: 'diproses' });
  });

  it("is flagged in the queue once stuck past its period: the SK must be out before the period's TMT (issue 10 item 17)", async () => {
    const antrian = async (hari: string, q: Record<string, string> = {}) =>
      (await daftarUsulanLayanan(pada(await fx.ctx('verifikator'), hari), { jenis: 'kenaikan_pangkat', ...q })).items.find((u) => u.id === id);
    expect(await antrian('2026-03-20')).toMatchObject({ terlambat: false, alasanTerlambat: null, batasAkhir: '2026-03-31' });
    expect(await antrian('2026-03-20', { terlambat: '1' })).toBeUndefined();
    // The last day (31 March) is still in time by the period; the step's own 14 days are not.
    expect((await antrian('2026-03-31'))!.alasanTerlambat).toMatch(/^melewati tenggat langkah/);
    // On the TMT (1 April) without an SK: stuck past its period.
    expect(await antrian('2026-04-01')).toMatchObject({ terlambat: true, alasanTerlambat: 'melewati periode kenaikan pangkat (batas 31 Maret 2026)' });
    expect(await antrian('2026-04-01', { terlambat: '1' })).toMatchObject({ id });
    // The period's list flags it on its row, by the same rule.
    const baris = async (hari: string) => (await daftarKenaikanPangkat(pada(opd, hari), { periode: PERIODE })).memenuhi.find((r) => r.nip === NIP.a1)!.usulan;
    expect(await baris('2026-03-31')).toMatchObject({ id, melewatiPeriode: false });
    expect(await baris('2026-04-01')).toMatchObject({ id, melewatiPeriode: true });
  });

  it('a failure in the middle of the approval leaves the request, documents, numbers and audit as they were', async () => {
    const sebelum = { u: await ambilUsulanLayanan(verif, id), berkas: await hitung('berkas'), nomor: await hitung('nomor_surat'), audit: await hitung('audit_log'),
      jejak: await hitung('jejak_usulan_layanan') };
    daftarkanLayanan(tambahEfek(LAYANAN_KENAIKAN_PANGKAT, { nama: 'kirim ke TTE', jalankan: async () => {
      throw new Error('layanan tanda tangan elektronik mati');
    } }));
    try {
      const e = await prosesUsulanLayanan(verif, id, { aksi: 'teruskan', versi: sebelum.u.versi }).catch((x) => x);
      expect(e.message).toContain('Langkah "kirim ke TTE" gagal');
      expect(e.rincian.dibatalkan).toEqual(['terbitkan SK']);
    } finally {
      daftarkanLayanan(LAYANAN_KENAIKAN_PANGKAT);
    }
    const u = await ambilUsulanLayanan(verif, id);
    expect([u.langkah, u.status, u.versi, u.data]).toEqual([sebelum.u.langkah, sebelum.u.status, sebelum.u.versi, sebelum.u.data]);
    expect([await hitung('berkas'), await hitung('nomor_surat'), await hitung('audit_log'), await hitung('jejak_usulan_layanan')]).toEqual([
      sebelum.berkas,
      sebelum.nomor,
      sebelum.audit,
      sebelum.jejak,
    ]);
  });

  it('two verifiers approving at once: one wins, the other gets 409; the SK draft is issued once', async () => {
    const v = (await ambilUsulanLayanan(verif, id)).versi;
    const hasil = await Promise.all([
      status(prosesUsulanLayanan(verif, id, { aksi: 'teruskan', versi: v })),
      status(prosesUsulanLayanan(verif2, id, { aksi: 'teruskan', versi: v })),
    ]);
    expect(hasil.sort()).toEqual([200, 409]);
    const u = await ambilUsulanLayanan(verif, id);
    const d = u.data as unknown as DataUsulanKp;
    expect(u.langkah).toBe('penetapan');
    // Recording the golongan on the TMT changes the record: not the verifier's (no pegawai:ubah).
    // The losing verifier above got 409 (stale versi), not 403, although they have no role here.
    expect(u.aksiTersedia).toEqual([]);
    expect(await status(prosesUsulanLayanan(verif, id, { aksi: 'setujui', versi: u.versi }))).toBe(403);
    expect(d.nomorSk).toBe('800.1.3.3/0001/UJI/2026');
    expect(d.tanggalSk).toBe('2026-03-16');
    // MKG at the new TMT: 0 at the CPNS TMT (March 2015) + 11 years 1 month.
    expect([d.mkTahun, d.mkBulan, d.gajiPokok, d.aturanGaji]).toEqual([11, 1, expect.any(Number), 'gapok-pp5-2024']);
  });

  it('the SK draft opens as PDF and DOCX for the BKD and the ASN, not for another ASN', async () => {
    const pdf = await bacaPdf((await unduhSkKenaikanPangkat(asn, id, 'pdf')).isi);
    const teks = pdf.halaman.join(' ');
    expect(teks).toContain('800.1.3.3/0001/UJI/2026');
    expect(teks).toContain('19900101 201503 1 001');
    expect(teks).toContain('Penata Muda Tingkat I (III/b)');
    expect(teks).toContain('1 April 2026');
    const docx = await bacaDocx((await unduhSkKenaikanPangkat(bkd, id, 'docx')).isi);
    expect(docx.teks).toContain('KEPUTUSAN BUPATI UJI');
    expect(await status(unduhSkKenaikanPangkat(asnLain, id, 'pdf'))).toBe(404);
    expect(await status(unduhSkKenaikanPangkat(bkd, id, 'xls'))).toBe(422);
  });

  it('the new golongan waits for the TMT; a failure in the TMT write leaves the riwayat unchanged', async () => {
    const u = await ambilUsulanLayanan(bkd, id);
    expect(await status(prosesUsulanLayanan(bkd, id, { aksi: 'setujui', versi: u.versi }))).toBe(422);
    expect((await jalankanTmtLayanan(pada(fx.sistem, '2026-03-31'))).diproses).toEqual([]);
    daftarkanLayanan(tambahEfek(LAYANAN_KENAIKAN_PANGKAT, { nama: 'sinkron SIASN', jalankan: async () => {
      throw new Error('SIASN tidak menjawab');
    } }));
    try {
      const r = await jalankanTmtLayanan(pada(fx.sistem, PERIODE));
      expect(r.gagal).toEqual([{ usulanId: id, jenis: 'kenaikan_pangkat', pesan: expect.stringContaining('SIASN tidak menjawab') }]);
    } finally {
      daftarkanLayanan(LAYANAN_KENAIKAN_PANGKAT);
    }
    const p = await fx.db.one<{ golongan_akhir: string, n: number }>(
      sql`select golongan_akhir, (select count(*)::int from riwayat_pangkat r where r.pegawai_id = p.id) as n from pegawai p where nip = ${NIP.a1}`,
    );
    expect(p).toEqual({ golongan_akhir: 'III/a', n: 1 });
    expect((await ambilUsulanLayanan(bkd, id)).versi).toBe(u.versi);
  });

  it('on the TMT the daily job writes the riwayat golongan and files the SK in the archive', async () => {
    const r = await jalankanTmtLayanan(pada(fx.sistem, PERIODE));
    expect(r.diproses).toEqual([{ usulanId: id, jenis: 'kenaikan_pangkat', nip: NIP.a1 }]);
    const p = await fx.db.one<Record<string, unknown>>(sql`select golongan_akhir, tmt_golongan_akhir, mk_golongan_tahun from pegawai where nip = ${NIP.a1}`);
    expect(p).toEqual({ golongan_akhir: 'III/b', tmt_golongan_akhir: PERIODE, mk_golongan_tahun: 11 });
    const u = await ambilUsulanLayanan(asn, id);
    const d = u.data as unknown as DataUsulanKp;
    expect(u.status).toBe('selesai');
    const rp = await fx.db.one<Record<string, unknown>>(sql`select golongan, jenis_kp, nomor_sk, sumber from riwayat_pangkat where id = ${d.riwayatPangkatId!}`);
    expect(rp).toEqual({ golongan: 'III/b', jenis_kp: 'reguler', nomor_sk: '800.1.3.3/0001/UJI/2026', sumber: 'usulan' });
    expect(await fx.db.one(sql`select riwayat_jenis, riwayat_id from berkas where id = ${d.skBerkasId!}`)).toEqual({ riwayat_jenis: 'pangkat', riwayat_id: d.riwayatPangkatId });
    expect(u.langkahDaftar.map((l) => l.keadaan)).toEqual(['selesai', 'selesai', 'selesai']);
    expect(u.jejak.map((j) => j.aksi)).toEqual(['ajukan', 'teruskan', 'kembalikan', 'teruskan', 'teruskan', 'setujui']);
    // The gaji pokok of the new golongan on the profile, with its SK for whoever may read the request.
    const gaji = await daftarRiwayatGaji(asn, NIP.a1);
    expect(gaji).toEqual([
      expect.objectContaining({ jenis: 'kenaikan_pangkat', golongan: 'III/b', tmt: PERIODE, nomorSurat: '800.1.3.3/0001/UJI/2026',
        surat: { jenis: 'sk_kenaikan_pangkat', usulanId: id } }),
    ]);
    expect((await unduhSkKenaikanPangkat(asn, id, 'pdf')).isi.subarray(0, 5).toString()).toBe('%PDF-');
    // The next period finds a1 no longer due (a new golongan since April 2026).
    expect((await daftarKenaikanPangkat(opd, { periode: '2026-05-01' })).memenuhi).toEqual([]);
  });

  it('a second OPD proposes for its own employee; a rejection closes it', async () => {
    const [u] = await ajukanKenaikanPangkat(opdDinkes, { periode: PERIODE, pegawai: [{ nip: NIP.b1 }] });
    idB1 = u!.id;
    await lampirkanDokumenUsulan(opdDinkes, idB1, 'sk_pangkat_terakhir', { namaBerkas: 'sk.pdf', isi: PDF });
    await lampirkanDokumenUsulan(opdDinkes, idB1, 'skp', { namaBerkas: 'skp.pdf', isi: PDF });
    let x = await prosesUsulanLayanan(opdDinkes, idB1, { aksi: 'teruskan', versi: (await ambilUsulanLayanan(opdDinkes, idB1)).versi });
    expect(await status(prosesUsulanLayanan(opd, idB1, { aksi: 'tolak', versi: x.versi, alasan: 'x' }))).toBe(404);
    x = await prosesUsulanLayanan(verif, idB1, { aksi: 'tolak', versi: x.versi, alasan: 'Diusulkan melalui KP pilihan fungsional dengan PAK' });
    expect(x.status).toBe('ditolak');
  });
});
