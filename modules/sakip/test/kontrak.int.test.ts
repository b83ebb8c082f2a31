import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PelariPekerjaan, type Konteks } from '@simasn/platform';
import { fixturePerBerkas, PDF } from '@simasn/kepegawaian/uji';
import { ajukanPk, ambilNarasiLkjip, ambilPekerjaanLkjip, ambilPk, ambilRenstra, ambilSaranaPrasarana, buatPk, buatRenstra, daftarkanPekerjaanLkjip, daftarPekerjaanLkjip, daftarPk,
  daftarRenstra, hapusUnsurRenstra, hitungCapaianUnit, imporRenstra, isiRealisasiOtomatis, mintaLkjip, revisiPk, ringkasanAnggaranUnit, setujuiPk, simpanIndikator,
  simpanNarasiLkjip, simpanProgramKegiatan, simpanRealisasi, simpanRealisasiAnggaran, simpanSaranaPrasarana, simpanSasaran, simpanTujuan, susunLaporanLkjip, ubahPk, ubahRenstra,
  unggahBuktiRealisasi } from '../src/index.ts';
import { NIP_KEPALA, tambahKepala } from './bantu.ts';
import { KONTRAK_LKJIP, KONTRAK_SAKIP } from '../src/kontrak.ts';

/**
 * The response schemas of the SAKIP and LKjIP contract against what the actions really return:
 * every answer encodes (what Fastify does before sending) to exactly the action's JSON, so no
 * field a page reads is dropped on the way and no declared type is wrong.
 */
const fx = fixturePerBerkas();
let perencana: Konteks;
let pimpinan: Konteks;
let kepala: Konteks;
let jabatanKepala = 0;

/** The answer as it leaves the server equals the action's own JSON. */
function persis(t: { respons?: z.ZodType }, hasil: unknown) {
  const kawat = JSON.parse(JSON.stringify(z.encode(t.respons!, hasil as never)));
  expect(kawat).toEqual(JSON.parse(JSON.stringify(hasil)));
  return kawat;
}

beforeAll(async () => {
  jabatanKepala = await tambahKepala(fx, { pangkat: { golongan: 'IV/c', tmt: '2019-04-01' } });
  perencana = await fx.ctx('perencana');
  pimpinan = await fx.ctx('pimpinan');
  kepala = await fx.ctx(NIP_KEPALA);
});

describe('SAKIP and LKjIP answers through their response schemas', () => {
  it('Renstra, PK, realisasi, capaian, budget, LKjIP parts and jobs encode to exactly what the actions return', async () => {
    const S = KONTRAK_SAKIP;
    const L = KONTRAK_LKJIP;
    const unitId = fx.unit.bkpsdm;
    const r0 = persis(S.buatRenstra, await buatRenstra(perencana, { unitId, tahunAwal: 2023, tahunAkhir: 2026, nama: 'Renstra BKPSDM 2023-2026' }));
    const renstraId = r0.id as number;
    const tujuan = persis(S.simpanTujuan, await simpanTujuan(perencana, renstraId, { kode: 'T1', uraian: 'Optimalnya Reformasi Birokrasi' }));
    const sasaran = persis(S.simpanSasaran, await simpanSasaran(perencana, renstraId, { tujuanId: tujuan.id, kode: 'S1', uraian: 'Meningkatnya Profesionalitas ASN' }));
    const p1 = persis(S.simpanProgram, await simpanProgramKegiatan(perencana, renstraId, { tingkat: 'program', kode: '5.03.02', nama: 'Program Kepegawaian Daerah' }));
    const k1 = await simpanProgramKegiatan(perencana, renstraId, { tingkat: 'kegiatan', indukId: p1.id, kode: '5.03.02.2.01', nama: 'Pengadaan ASN' });
    const s1 = await simpanProgramKegiatan(perencana, renstraId, { tingkat: 'sub_kegiatan', indukId: k1.id, kode: '5.03.02.2.01.0001', nama: 'Rencana Kebutuhan ASN',
      pagu: [{ tahun: 2024, pagu: 8_100_000, paguPerubahan: 9_000_000 }] });
    const ipAsn = persis(S.simpanIndikator,
      await simpanIndikator(perencana, renstraId, { sasaranId: sasaran.id, kode: 'IK1', uraian: 'Indeks Profesionalitas ASN', satuan: 'indeks', polaritas: 'positif',
        agregasi: 'snapshot', baseline: 55.13, tahunBaseline: 2022, targetAkhir: 57.06, angkaNasional: 76.18, target: [{ tahun: 2023, target: 55 }, { tahun: 2024, target: 56.35 }],
        programIds: [p1.id] }));
    const sk = await simpanIndikator(perencana, renstraId, { sasaranId: sasaran.id, kode: 'IK2', uraian: 'Jumlah SK kenaikan pangkat', satuan: 'SK', polaritas: 'positif',
      agregasi: 'kumulatif', sumberOtomatis: 'jumlah_sk_pangkat', target: [{ tahun: 2024, target: 10 }] });
    await simpanIndikator(perencana, renstraId, { tujuanId: tujuan.id, kode: 'IT1', uraian: 'Indeks Sistem Merit', satuan: 'indeks', polaritas: 'positif', agregasi: 'snapshot' });
    const hapus = await simpanIndikator(perencana, renstraId, { programKegiatanId: s1.id, kode: 'IP9', uraian: 'Indikator yang dihapus', satuan: '%', polaritas: 'negatif',
      agregasi: 'rata_rata' });
    persis(S.hapusUnsur, await hapusUnsurRenstra(perencana, renstraId, { jenis: 'indikator', id: hapus.id, versi: hapus.versi }));
    const renstra = persis(S.renstra, await ambilRenstra(perencana, renstraId));
    expect(renstra.program[0].anak[0].anak[0].paguBerlaku).toEqual({ 2024: 9_000_000 });
    persis(S.ubahRenstra, await ubahRenstra(perencana, renstraId, { status: 'berlaku', versi: renstra.versi }));
    persis(S.daftarRenstra, await daftarRenstra(perencana, {}));

    let pk = persis(S.buatPk,
      await buatPk(perencana, { renstraId, tahun: 2024, jabatanId: jabatanKepala, tanggal: '2024-01-10', pihakKedua: { nama: 'H. Sukamto, S.H.', jabatan: 'Bupati Uji' },
        indikator: [{ indikatorId: ipAsn.id }], anggaran: [{ programKegiatanId: p1.id }] }));
    pk = persis(S.ubahPk, await ubahPk(perencana, pk.id, { indikator: [{ indikatorId: ipAsn.id, target: 56.5 }, { indikatorId: sk.id }], versi: pk.versi }));
    pk = persis(S.ajukanPk, await ajukanPk(kepala, pk.id, { versi: pk.versi }));
    pk = persis(S.setujuiPk, await setujuiPk(pimpinan, pk.id, { versi: pk.versi }));
    expect(pk.disetujuiPada).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    persis(S.pk, await ambilPk(perencana, pk.id));
    persis(S.revisiPk, await revisiPk(perencana, pk.id, { tanggal: '2024-07-01', alasanPerubahan: 'Perubahan APBD', versi: pk.versi }));
    persis(S.daftarPk, await daftarPk(perencana, { tahun: 2024 }));

    persis(S.simpanRealisasi, await simpanRealisasi(perencana, { indikatorId: ipAsn.id, tahun: 2024, tribulan: 1, na: true, catatan: 'belum dirilis' }));
    const tw2 = persis(S.simpanRealisasi, await simpanRealisasi(perencana, { indikatorId: ipAsn.id, tahun: 2024, tribulan: 2, nilai: 57.12 }));
    persis(S.unggahBukti, await unggahBuktiRealisasi(perencana, ipAsn.id, { tahun: 2024, tribulan: 2, versi: tw2.versi, namaBerkas: 'bkn.pdf', isi: PDF }));
    persis(S.realisasiOtomatis, await isiRealisasiOtomatis(perencana, { renstraId, tahun: 2024, tribulan: 2 }));
    persis(S.simpanRealisasiAnggaran, await simpanRealisasiAnggaran(perencana, { programKegiatanId: s1.id, tahun: 2024, tribulan: 2, nilai: 4_040_000 }));
    const capaian = persis(S.capaian, await hitungCapaianUnit(perencana, { unitId, tahun: 2024, tribulan: 2 }));
    expect(capaian.indikator.find((i: { kode: string }) => i.kode === 'IK1').tribulan[0].nilai).toBe('N/A');
    persis(S.anggaran, await ringkasanAnggaranUnit(perencana, { unitId, tahun: 2024, tribulan: 2 }));
    persis(S.imporRenstra, await imporRenstra(perencana, renstraId, { namaBerkas: 'bukan.xlsx', isi: Buffer.from('bukan xlsx') }));

    persis(L.narasi, await ambilNarasiLkjip(perencana, { unitId, tahun: 2024, periode: 0 }));
    persis(L.simpanNarasi, await simpanNarasiLkjip(perencana, { unitId, tahun: 2024, periode: 0, bagian: 'strategi', isi: 'Meningkatkan pembinaan.', versi: 0 }));
    persis(L.narasi, await ambilNarasiLkjip(perencana, { unitId, tahun: 2024, periode: 2 }));
    persis(L.simpanSarana,
      await simpanSaranaPrasarana(perencana, { unitId, tahun: 2023, baris: [{ uraian: 'Komputer', jumlah: 40, satuan: 'Unit', kondisi: 'Baik', keterangan: '' }], versi: 0 }));
    persis(L.sarana, await ambilSaranaPrasarana(perencana, { unitId, tahun: 2024 }));
    const l = await susunLaporanLkjip(perencana, { unitId, tahun: 2024, tribulan: 2 });
    persis(L.periksa, { unit: l.unit, tahun: l.tahun, tribulan: l.tribulan, jumlahIndikator: l.indikator.length, temuan: l.temuan });

    const pelari = new PelariPekerjaan(fx.db);
    daftarkanPekerjaanLkjip(pelari);
    const job = persis(L.minta, await mintaLkjip(perencana, pelari, { unitId, tahun: 2024, tribulan: 2, format: 'docx', kosongkan: true }));
    persis(L.pekerjaan, await ambilPekerjaanLkjip(perencana, job.id));
    await pelari.tutup();
    const selesai = persis(L.pekerjaan, await ambilPekerjaanLkjip(perencana, job.id));
    expect(selesai).toMatchObject({ status: 'selesai', parameter: { unitId, tahun: 2024, tribulan: 2, format: 'docx' } });
    persis(L.daftarPekerjaan, await daftarPekerjaanLkjip(perencana));
  });
});
