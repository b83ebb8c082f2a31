import { beforeAll, describe, expect, it } from 'vitest';
import { tambahRiwayat } from '@simasn/kepegawaian';
import { z, type TitikApaSaja } from '@simasn/kontrak';
import type { Konteks } from '@simasn/platform';
import { fixturePerBerkas, NIP, PDF } from '@simasn/kepegawaian/uji';
import { ambilPenilaianMerit, ambilPenilaianNspk, bekukanNspk, bukaFormulirSurvei, bukaKembaliMerit, bukaPenilaianMerit, daftarHasilIndeks, daftarInstrumenMerit,
  daftarKekuranganIpAsn, daftarLayananSurvei, daftarPenilaianMerit, daftarPenilaianNspk, finalisasiMerit, hasilIkmLayanan, hitungIpAsn, kirimResponSurvei, rencanaPelatihan,
  ringkasanIkmInstansi, simpanHasilIpAsn, simpanInstrumenMerit, simpanPenilaianNspk, tambahLayananSurvei, ubahLayananSurvei, ubahSkorMerit, ubahTargetMerit, unggahBuktiMerit,
  type PenilaianMerit } from '../src/index.ts';
import { KONTRAK_INDEKS, KONTRAK_MERIT, KONTRAK_SURVEI } from '../src/kontrak.ts';

/**
 * The contract against the actions: every JSON answer of the indeks, merit and survey endpoints,
 * as the action returns it with real data, goes through its response schema the way Fastify
 * sends it (encoded: timestamps as ISO strings) and loses nothing: a field an action returns but
 * the schema does not declare would silently disappear from the page, and fails here.
 */
const fx = fixturePerBerkas();
let admin: Konteks;

function terkirimUtuh(t: TitikApaSaja, nilai: unknown) {
  const h = z.safeEncode(t.respons as z.ZodType, nilai);
  if (!h.success) throw new Error(`${t.method} ${t.url}: ${JSON.stringify(h.error.issues.slice(0, 3))}`);
  // JSON.stringify writes a Date as its ISO string, as zWaktu does: the wire must carry every field the action returned.
  expect(JSON.parse(JSON.stringify(h.data)), `${t.method} ${t.url}`).toEqual(JSON.parse(JSON.stringify(nilai)));
}

const BOBOT = [[5, 5], [2, 2, 2, 2, 2], [5, 5, 5, 5, 5, 2.5, 2.5], [5, 2.5, 2.5], [5, 5, 5, 2.5, 2.5], [2.5, 2.5, 2.5, 2.5], [2, 2], [2, 1, 1, 2]];
const sub = (p: PenilaianMerit, kode: string) => p.aspek.flatMap((a) => a.subAspek).find((s) => s.kode === kode)!;

beforeAll(async () => {
  admin = await fx.ctx('admin.bkd');
  const s = fx.sistem;
  await tambahRiwayat(s, NIP.a1, 'pendidikan', { tingkat: 'S1', namaSekolah: 'Universitas Jember', tahunLulus: 2013 });
  await tambahRiwayat(s, NIP.a1, 'skp', { tahun: 2025, predikat: 'baik' });
  await tambahRiwayat(s, NIP.a2, 'hukdis', { tingkat: 'ringan', jenis: 'teguran_tertulis', tmt: '2026-01-15' });
});

describe('the indeks contract carries what the actions return', () => {
  it('IP ASN: the index, the why per employee, the training plan, the frozen results', async () => {
    const acuan = { tanggal: '2026-06-30' };
    terkirimUtuh(KONTRAK_INDEKS.ipAsn, await hitungIpAsn(admin, acuan));
    terkirimUtuh(KONTRAK_INDEKS.pegawaiIpAsn, await daftarKekuranganIpAsn(admin, acuan));
    terkirimUtuh(KONTRAK_INDEKS.rencanaPelatihan, await rencanaPelatihan(admin, { ...acuan, anggaran: 1e8, biaya: { teknis: 3e6, seminar: 1e6 } }));
    terkirimUtuh(KONTRAK_INDEKS.simpanIpAsn, await simpanHasilIpAsn(admin, { tahun: 2025 }));
    const hasil = await daftarHasilIndeks(admin, { jenis: 'ip_asn' });
    expect(hasil).toHaveLength(1);
    terkirimUtuh(KONTRAK_INDEKS.hasil, hasil);
  });

  it('Sistem Merit: instruments, opening, scores, evidence, targets, finalising, reopening', async () => {
    const instrumen = { id: 'uji-kontrak-2025', nama: 'Instrumen uji kontrak', dasarHukum: 'PermenPAN-RB 40/2018', berlakuMulai: '2025-01-01', catatan: 'uji',
      aspek: BOBOT.map((b, i) => ({ nomor: i + 1, subAspek: b.map((x, j) => ({ kode: `${i + 1}.${j + 1}`, nama: `Uji ${i + 1}.${j + 1}`, bobot: x })) })) };
    terkirimUtuh(KONTRAK_MERIT.simpanInstrumen, await simpanInstrumenMerit(admin, instrumen));
    terkirimUtuh(KONTRAK_MERIT.daftarInstrumen, await daftarInstrumenMerit(admin));
    const buka = await bukaPenilaianMerit(admin, { tahun: 2025, instrumenId: instrumen.id, targetTotal: 250 });
    terkirimUtuh(KONTRAK_MERIT.buka, buka);
    let p: PenilaianMerit = buka;
    for (const kode of instrumen.aspek.flatMap((a) => a.subAspek.map((x) => x.kode))) {
      p = await ubahSkorMerit(admin, p.id, kode, { skor: 3, catatan: `catatan ${kode}`, versi: sub(p, kode).versi });
    }
    terkirimUtuh(KONTRAK_MERIT.ubahSkor, p);
    const bukti = await unggahBuktiMerit(admin, p.id, '1.1', { namaBerkas: 'bukti.pdf', isi: PDF, versi: sub(p, '1.1').versi });
    terkirimUtuh(KONTRAK_MERIT.unggahBukti, bukti);
    p = await ubahTargetMerit(admin, p.id, { targetTotal: 300, targetRenstra: 320, versi: bukti.penilaian.versi });
    terkirimUtuh(KONTRAK_MERIT.ubahTarget, p);
    p = await finalisasiMerit(admin, p.id, { versi: p.versi });
    expect(p.hasil).not.toBeNull();
    terkirimUtuh(KONTRAK_MERIT.finalisasi, p);
    p = await bukaKembaliMerit(admin, p.id, { alasan: 'koreksi bukti sub-aspek 1.1', versi: p.versi });
    expect(p.riwayat.map((r) => r.jenis)).toEqual(['final', 'buka_kembali']);
    terkirimUtuh(KONTRAK_MERIT.bukaKembali, p);
    terkirimUtuh(KONTRAK_MERIT.ambil, await ambilPenilaianMerit(admin, p.id));
    terkirimUtuh(KONTRAK_MERIT.daftar, await daftarPenilaianMerit(admin));
  });

  it('NSPK: an empty year, scores, freezing, the list', async () => {
    const kosong = await ambilPenilaianNspk(admin, 2024);
    terkirimUtuh(KONTRAK_MERIT.ambilNspk, kosong);
    const skor = Object.fromEntries(kosong.elemen.map((e, i) => [e.kode, 60 + i]));
    const n = await simpanPenilaianNspk(admin, 2024, { skor, catatan: 'uji', versi: 0 });
    terkirimUtuh(KONTRAK_MERIT.simpanNspk, n);
    terkirimUtuh(KONTRAK_MERIT.bekukanNspk, await bekukanNspk(admin, 2024, { versi: n.versi }));
    terkirimUtuh(KONTRAK_MERIT.daftarNspk, await daftarPenilaianNspk(admin));
  });

  it('survey: service units, the public form and response, the IKM overview and results', async () => {
    const l = await tambahLayananSurvei(admin, { kode: 'LOKET-K', nama: 'Loket uji kontrak', unitId: fx.unit.bkpsdm, populasi: 50 });
    terkirimUtuh(KONTRAK_SURVEI.tambahLayanan, l);
    const ubah = await ubahLayananSurvei(admin, l.id, { populasi: 60, versi: l.versi });
    terkirimUtuh(KONTRAK_SURVEI.ubahLayanan, ubah);
    terkirimUtuh(KONTRAK_SURVEI.daftarLayanan, await daftarLayananSurvei(admin, {}));
    // The route keeps the new device value for the cookie and sends the rest.
    // The test's own clock (a response's day and year are the instansi's local ones at this instant).
    const jam = new Date('2026-05-10T03:00:00Z');
    const sistem: Konteks = { ...fx.sistem, sekarang: () => jam };
    const { perangkatBaru, ...formulir } = await bukaFormulirSurvei(sistem, ubah.token);
    terkirimUtuh(KONTRAK_SURVEI.formulir, formulir);
    const kirim = await kirimResponSurvei(sistem, ubah.token, { tokenFormulir: formulir.tokenFormulir, jawaban: [4, 3, 4, 3, 4, 3, 4, 3, 2], umur: 30, jenisKelamin: 'P',
      saran: 'antrean lebih cepat' }, { perangkat: perangkatBaru });
    terkirimUtuh(KONTRAK_SURVEI.kirim, kirim);
    const tahun = 2026;
    const adminSaatItu: Konteks = { ...admin, sekarang: () => jam };
    terkirimUtuh(KONTRAK_SURVEI.ringkasanIkm, await ringkasanIkmInstansi(adminSaatItu, { tahun }));
    const hasil = await hasilIkmLayanan(adminSaatItu, l.id, { tahun });
    expect(hasil.responden).toBe(1);
    terkirimUtuh(KONTRAK_SURVEI.hasil, hasil);
  });
});
