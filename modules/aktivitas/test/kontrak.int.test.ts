import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fixturePerBerkas, NIP, PDF } from '@simasn/kepegawaian/uji';
import { ajukanAktivitas, aktivitasSaya, antrianAktivitas, belumIsiAktivitas, hapusAktivitas, putuskanAktivitas, simpanAktivitas, unggahBuktiAktivitas } from '../src/index.ts';
import { KONTRAK_AKTIVITAS } from '../src/kontrak.ts';

/** The aktivitas contract against what the actions return: every JSON answer encodes through its schema, nothing lost. */
const fx = fixturePerBerkas();
const JAM = new Date('2026-11-16T03:00:00Z');
const jam = async (nama: string) => ({ ...(await fx.ctx(nama)), sekarang: () => JAM });

function utuh<S extends z.ZodType>(skema: S | undefined, nilai: unknown) {
  const h = skema!.safeEncode(nilai as z.output<S>);
  if (!h.success) throw new Error(JSON.stringify(h.error.issues, null, 1));
  expect(JSON.parse(JSON.stringify(h.data))).toEqual(JSON.parse(JSON.stringify(nilai)));
}

describe('aktivitas contract', () => {
  it('record, evidence, submit, queue, decide, lists', async () => {
    const asn = await jam(NIP.a1);
    const atasan = await jam(NIP.a2);
    const isi = { tanggal: '2026-11-16', uraian: 'Menyusun laporan', kuantitas: 2.5, satuan: 'dokumen', jamMulai: '08:00', jamSelesai: '10:00' };
    const a = await simpanAktivitas(asn, isi);
    utuh(KONTRAK_AKTIVITAS.tambah.respons, a);
    utuh(KONTRAK_AKTIVITAS.ubah.respons, await simpanAktivitas(asn, { ...isi, uraian: 'Menyusun laporan bulanan', versi: a.versi }, a.id));
    utuh(KONTRAK_AKTIVITAS.unggahBukti.respons, await unggahBuktiAktivitas(asn, a.id, { namaBerkas: 'b.pdf', isi: PDF }));
    const b = await simpanAktivitas(asn, isi);
    utuh(KONTRAK_AKTIVITAS.hapus.respons, await hapusAktivitas(asn, b.id));
    utuh(KONTRAK_AKTIVITAS.ajukan.respons, await ajukanAktivitas(asn, { ids: [a.id] }));
    const q = await antrianAktivitas(atasan);
    expect(q.items).toHaveLength(1);
    utuh(KONTRAK_AKTIVITAS.antrian.respons, q);
    utuh(KONTRAK_AKTIVITAS.putuskan.respons, await putuskanAktivitas(atasan, { ids: [a.id, 999], keputusan: 'setujui' }));
    utuh(KONTRAK_AKTIVITAS.saya.respons, await aktivitasSaya(asn));
    utuh(KONTRAK_AKTIVITAS.belumIsi.respons, await belumIsiAktivitas(await jam('admin.bkpsdm'), { tanggal: '2026-11-16' }));
    utuh(KONTRAK_AKTIVITAS.belumIsi.respons, await belumIsiAktivitas(await jam('admin.bkpsdm'), { tanggal: '2026-11-15' }));
  });
});
