import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fixturePerBerkas, NIP, PDF } from '@simasn/kepegawaian/uji';
import { ajukanCuti, ambilCuti, cutiSaya, lampirkanDokumenCuti, persetujuanCuti, pratinjauCuti, prosesCuti } from '../src/index.ts';
import { KONTRAK_CUTI } from '../src/kontrak.ts';

/**
 * The cuti contract against what the actions really return: every JSON answer encodes through
 * its endpoint's response schema and nothing the action returned is dropped on the way.
 */
const fx = fixturePerBerkas();
const JAM = new Date('2026-11-16T02:00:00Z');
const jam = async (nama: string) => ({ ...(await fx.ctx(nama)), sekarang: () => JAM });

function utuh<S extends z.ZodType>(skema: S | undefined, nilai: unknown) {
  const h = skema!.safeEncode(nilai as z.output<S>);
  if (!h.success) throw new Error(JSON.stringify(h.error.issues, null, 1));
  expect(JSON.parse(JSON.stringify(h.data))).toEqual(JSON.parse(JSON.stringify(nilai)));
}

describe('cuti contract: answers encode through their response schemas, nothing lost', () => {
  it('request, preview, documents, decisions, lists', async () => {
    const asn = await jam(NIP.a1);
    const atasan = await jam(NIP.a2);
    utuh(KONTRAK_CUTI.pratinjau.respons, await pratinjauCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-11-20', sampai: '2026-11-24' }));
    const u = await ajukanCuti(asn, { jenis: 'dinas_luar', dari: '2026-11-18', sampai: '2026-11-18', alasan: 'Rapat', tujuan: 'Provinsi', lat: -7.25, lon: 112.75 });
    utuh(KONTRAK_CUTI.ajukan.respons, u);
    const s = await ajukanCuti(asn, { jenis: 'sakit', dari: '2026-11-16', sampai: '2026-11-16', alasan: 'Demam' });
    utuh(KONTRAK_CUTI.lampirkanDokumen.respons, await lampirkanDokumenCuti(asn, s.id, 'surat_sakit', { namaBerkas: 's.pdf', isi: PDF }));
    utuh(KONTRAK_CUTI.persetujuan.respons, await persetujuanCuti(atasan));
    utuh(KONTRAK_CUTI.proses.respons, await prosesCuti(atasan, u.id, { aksi: 'setujui', versi: u.versi }));
    utuh(KONTRAK_CUTI.ambil.respons, await ambilCuti(asn, u.id));
    const saya = await cutiSaya(asn);
    expect(saya.usulan).toHaveLength(2);
    utuh(KONTRAK_CUTI.saya.respons, saya);
  });
});
