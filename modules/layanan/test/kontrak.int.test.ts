import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Konteks } from '@simasn/platform';
import { fixturePerBerkas, NIP, PDF } from '@simasn/kepegawaian/uji';
import { ajukanUsulanLayanan, ambilUsulanLayanan, daftarKenaikanPangkat, daftarKgbBulanan, daftarNotifikasi, daftarPensiun, daftarRiwayatGaji, daftarUsulanLayanan,
  daftarkanLayanan, dataLangkah, jalankanTmtLayanan, lampirkanDokumenUsulan, layananPegawai, periksaKeluarga, prosesUsulanLayanan, tandaiNotifikasiDibaca } from '../src/index.ts';
import { KONTRAK_KENAIKAN_PANGKAT, KONTRAK_LAYANAN, KONTRAK_PENSIUN } from '../src/kontrak.ts';

/**
 * The layanan contract against what the actions really return: every JSON answer must encode
 * through its endpoint's response schema (the server refuses to send one that does not, and a
 * field the schema lacks never reaches the web).
 */
const fx = fixturePerBerkas();
let opd: Konteks;
let verif: Konteks;
let bkd: Konteks;
let asn: Konteks;

function terkirim<S extends z.ZodType>(skema: S | undefined, nilai: unknown) {
  const h = skema!.safeEncode(nilai as z.output<S>);
  if (!h.success) throw new Error(JSON.stringify(h.error.issues, null, 1));
  return h.data as unknown;
}

beforeAll(async () => {
  opd = await fx.ctx('admin.bkpsdm');
  verif = await fx.ctx('verifikator');
  bkd = await fx.ctx('admin.bkd');
  asn = await fx.ctx(NIP.a1);
  daftarkanLayanan({ jenis: 'uji_kontrak', label: 'Layanan Uji Kontrak', langkah: [
    { kode: 'pengajuan', label: 'Pengajuan OPD', peran: ['admin_opd', 'admin_bkd'], aksi: ['teruskan', 'batalkan'], tenggatHari: 14 },
    { kode: 'verifikasi', label: 'Verifikasi BKD', peran: ['verifikator_bkd'], aksi: ['setujui', 'kembalikan', 'tolak'],
      ...dataLangkah([{ kunci: 'nomorSk', label: 'Nomor SK', jenis: 'teks' }, { kunci: 'tanggalSk', label: 'Tanggal SK', jenis: 'tanggal', wajib: false }]) },
  ], dokumen: [{ kode: 'skp', label: 'SKP', wajib: true }, { kode: 'sk_pangkat', label: 'SK pangkat', wajib: false, arsip: { riwayatJenis: 'pangkat' } }] });
});

describe('layanan contract: answers encode through their response schemas', () => {
  it("workflow requests: submit, attach, move, read, list, the employee's own", async () => {
    const u = await ajukanUsulanLayanan(opd, { jenis: 'uji_kontrak', nip: NIP.a1, catatan: 'uji' });
    const dikirim = terkirim(KONTRAK_LAYANAN.ajukanUsulan.respons, u) as { diajukanPada: unknown };
    expect(typeof dikirim.diajukanPada).toBe('string');
    terkirim(KONTRAK_LAYANAN.lampirkanDokumen.respons, await lampirkanDokumenUsulan(opd, u.id, 'skp', { namaBerkas: 'skp.pdf', isi: PDF }));
    const r1 = await ambilUsulanLayanan(opd, u.id);
    terkirim(KONTRAK_LAYANAN.prosesUsulan.respons, await prosesUsulanLayanan(opd, u.id, { aksi: 'teruskan', versi: r1.versi }));
    const r2 = await ambilUsulanLayanan(verif, u.id);
    const rinci = terkirim(KONTRAK_LAYANAN.usulan.respons, r2) as { isianLangkah: unknown[], jejak: { waktu: unknown }[], dokumen: { terlampir: unknown }[] };
    expect(rinci.isianLangkah).toHaveLength(2);
    expect(typeof rinci.jejak[0]!.waktu).toBe('string');
    expect(rinci.dokumen.some((d) => d.terlampir)).toBe(true);
    terkirim(KONTRAK_LAYANAN.prosesUsulan.respons,
      await prosesUsulanLayanan(verif, u.id, { aksi: 'setujui', versi: r2.versi, data: { nomorSk: '800/1', tanggalSk: '2026-01-05' } }));
    const daftar = terkirim(KONTRAK_LAYANAN.daftarUsulan.respons, await daftarUsulanLayanan(bkd, { jenis: 'uji_kontrak' })) as { items: { unit: unknown }[] };
    expect(daftar.items[0]).toHaveProperty('unit');
    terkirim(KONTRAK_LAYANAN.layananSaya.respons, await layananPegawai(asn, {}));
  });

  it('KGB, riwayat gaji, notifications', async () => {
    terkirim(KONTRAK_LAYANAN.kgb.respons, await daftarKgbBulanan(bkd, {}));
    terkirim(KONTRAK_LAYANAN.riwayatGaji.respons, await daftarRiwayatGaji(bkd, NIP.a1));
    const n = terkirim(KONTRAK_LAYANAN.notifikasi.respons, await daftarNotifikasi(asn, {})) as { items: { dibuatPada: unknown }[] };
    expect(n.items.length).toBeGreaterThan(0);
    expect(typeof n.items[0]!.dibuatPada).toBe('string');
    terkirim(KONTRAK_LAYANAN.tandaiDibaca.respons, await tandaiNotifikasiDibaca(asn, {}));
  });

  it('E-Pangkat, TMT job, pensiun list, family check', async () => {
    terkirim(KONTRAK_KENAIKAN_PANGKAT.daftar.respons, await daftarKenaikanPangkat(bkd, { periode: '2026-04-01' }));
    terkirim(KONTRAK_KENAIKAN_PANGKAT.jalankanTmt.respons, await jalankanTmtLayanan(bkd));
    terkirim(KONTRAK_PENSIUN.daftar.respons, await daftarPensiun(bkd, { bulan: 60 }));
    terkirim(KONTRAK_PENSIUN.kependudukan.respons, await periksaKeluarga(bkd, NIP.a1));
  });
});
