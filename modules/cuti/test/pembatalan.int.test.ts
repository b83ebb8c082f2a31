import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import type { Konteks } from '@simasn/platform';
import { fixturePerBerkas, galatAplikasi, NIP } from '@simasn/kepegawaian/uji';
import { ajukanCuti, ajukanPembatalanCuti, ambilCuti, cutiSaya, persetujuanCuti, prosesCuti, prosesPembatalanCuti, statusHariUsulan } from '../src/index.ts';

/**
 * Cancelling an APPROVED leave request: the ASN asks (before or during the leave) from the day
 * they are back at work, the atasan decides on the workflow engine, the unused working days
 * return to the cuti tahunan balance, the days' status reverts, and both steps are audited.
 */
const fx = fixturePerBerkas();
const pada = (iso: string) => async (nama: string): Promise<Konteks> => ({ ...(await fx.ctx(nama)), sekarang: () => new Date(iso) });
/** Monday 16 November 2026 09.00 WIB, and Wednesday 18 November 09.00 WIB. */
const senin = pada('2026-11-16T02:00:00Z');
const rabu = pada('2026-11-18T02:00:00Z');
let pegawaiA1 = 0;

async function disetujui(asn: Konteks, atasan: Konteks, dari: string, sampai: string) {
  const u = await ajukanCuti(asn, { jenis: 'cuti_tahunan', dari, sampai, alasan: 'Acara keluarga' });
  return prosesCuti(atasan, u.id, { aksi: 'setujui', versi: u.versi });
}
const sisa2026 = async (asn: Konteks) => (await cutiSaya(asn)).saldo.find((s) => s.tahun === 2026)!;

beforeAll(async () => {
  pegawaiA1 = (await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${NIP.a1}`)).id;
});

describe('cancelling an approved leave during the leave', () => {
  it('returns the days from the first day back at work, after the atasan approves', async () => {
    const asn = await senin(NIP.a1);
    const atasan = await senin(NIP.a2);
    const awal = (await sisa2026(asn)).sisa;
    const c = await disetujui(asn, atasan, '2026-11-16', '2026-11-20');
    expect(c).toMatchObject({ status: 'selesai', hariKerja: 5, bolehMintaBatal: false, pembatalan: null });
    expect(await ambilCuti(asn, c.id)).toMatchObject({ bolehMintaBatal: true });
    expect((await sisa2026(asn)).sisa).toBe(awal - 5);

    // On Wednesday the ASN is back: Monday and Tuesday stay leave, Wednesday to Friday return.
    const asnRabu = await rabu(NIP.a1);
    const atasanRabu = await rabu(NIP.a2);
    const lalu = await galatAplikasi(ajukanPembatalanCuti(asnRabu, c.id, { mulai: '2026-11-17', alasan: 'Urusan keluarga selesai lebih cepat' }));
    expect(lalu.status).toBe(422);
    expect(JSON.stringify(lalu.rincian)).toContain('tidak boleh sebelum hari ini (18 November 2026)');
    // Nobody else may ask for them (out of their own requests: 404).
    expect((await galatAplikasi(ajukanPembatalanCuti(atasanRabu, c.id, { mulai: '2026-11-18', alasan: 'Bukan miliknya' }))).status).toBe(404);

    const m = await ajukanPembatalanCuti(asnRabu, c.id, { mulai: '2026-11-18', alasan: 'Urusan keluarga selesai lebih cepat' });
    expect(m.pembatalan).toMatchObject({ mulai: '2026-11-18', hariKembali: 3, status: 'diproses', langkah: 'atasan', aksi: ['batalkan'] });
    expect(m.bolehMintaBatal).toBe(false);
    // Until the atasan decides the leave stands.
    expect((await statusHariUsulan(fx.db, 1, [pegawaiA1], '2026-11-16', '2026-11-20')).map((d) => d.tanggal)).toHaveLength(5);
    // The ASN cannot approve it themselves.
    expect((await galatAplikasi(prosesPembatalanCuti(asnRabu, c.id, { aksi: 'setujui', versi: m.pembatalan!.versi }))).status).toBe(403);

    const antri = await persetujuanCuti(atasanRabu);
    const item = antri.items.find((x) => x.id === c.id)!;
    expect(item.pembatalan?.aksi).toEqual(['setujui', 'tolak']);
    expect(item.aksi).toEqual([]);

    const hasil = await prosesPembatalanCuti(atasanRabu, c.id, { aksi: 'setujui', versi: item.pembatalan!.versi });
    expect(hasil).toMatchObject({ dari: '2026-11-16', sampai: '2026-11-17', sampaiSemula: '2026-11-20', hariKerja: 2 });
    expect(await ambilCuti(asnRabu, c.id)).toMatchObject({ bolehMintaBatal: false });
    expect(hasil.pembatalan).toMatchObject({ status: 'selesai', labelStatus: 'Disetujui', hariKembali: 3 });
    expect((await sisa2026(asnRabu)).sisa).toBe(awal - 2);
    const hari = await statusHariUsulan(fx.db, 1, [pegawaiA1], '2026-11-16', '2026-11-20');
    expect(hari.map((d) => d.tanggal)).toEqual(['2026-11-16', '2026-11-17']);
    // Out of the atasan's queue, and not cancellable twice.
    expect((await persetujuanCuti(atasanRabu)).items.map((x) => x.id)).not.toContain(c.id);
    expect((await galatAplikasi(ajukanPembatalanCuti(asnRabu, c.id, { mulai: '2026-11-19', alasan: 'Lagi' }))).status).toBe(409);

    const audit = await fx.db.many<{ aksi: string, sebelum: unknown, sesudah: { hariKembali?: number } }>(sql`
      select aksi, sebelum, sesudah from audit_log where entitas = 'usulan_cuti' and entitas_id = ${String(c.id)} and aksi like 'cuti.%' order by id`);
    expect(audit.map((a) => a.aksi)).toEqual(['cuti.ajukan', 'cuti.ajukan_batal', 'cuti.batal']);
    expect(audit[2]!.sebelum).toMatchObject({ sampai: '2026-11-20', hariKerja: 5 });
    expect(audit[2]!.sesudah).toMatchObject({ sampai: '2026-11-17', hariKerja: 2, hariKembali: 3 });
  });
});

describe('cancelling an approved leave before it starts', () => {
  it('a rejection keeps the leave; an approval frees every day for a new request', async () => {
    const asn = await senin(NIP.a1);
    const atasan = await senin(NIP.a2);
    const awal = (await sisa2026(asn)).sisa;
    const c = await disetujui(asn, atasan, '2026-12-01', '2026-12-02');
    expect((await sisa2026(asn)).sisa).toBe(awal - 2);
    const diluar = await galatAplikasi(ajukanPembatalanCuti(asn, c.id, { mulai: '2026-12-03', alasan: 'Tidak jadi berangkat' }));
    expect(JSON.stringify(diluar.rincian)).toContain('tidak boleh sesudah hari terakhir cuti (2 Desember 2026)');

    const m = await ajukanPembatalanCuti(asn, c.id, { mulai: '2026-12-01', alasan: 'Tidak jadi berangkat' });
    const tanpaAlasan = await galatAplikasi(prosesPembatalanCuti(atasan, c.id, { aksi: 'tolak', versi: m.pembatalan!.versi }));
    expect(tanpaAlasan.status).toBe(422);
    const ditolak = await prosesPembatalanCuti(atasan, c.id, { aksi: 'tolak', versi: m.pembatalan!.versi, alasan: 'Tugas sudah dialihkan' });
    expect(ditolak).toMatchObject({ sampai: '2026-12-02', sampaiSemula: null });
    expect(await ambilCuti(asn, c.id)).toMatchObject({ bolehMintaBatal: true });
    expect(ditolak.pembatalan).toMatchObject({ status: 'ditolak', alasanTerakhir: 'Tugas sudah dialihkan' });
    expect(await statusHariUsulan(fx.db, 1, [pegawaiA1], '2026-12-01', '2026-12-02')).toHaveLength(2);

    const lagi = await ajukanPembatalanCuti(asn, c.id, { mulai: '2026-12-01', alasan: 'Tidak jadi berangkat' });
    const ok = await prosesPembatalanCuti(atasan, c.id, { aksi: 'setujui', versi: lagi.pembatalan!.versi });
    expect(ok).toMatchObject({ hariKerja: 0, sampaiSemula: '2026-12-02' });
    expect(await statusHariUsulan(fx.db, 1, [pegawaiA1], '2026-12-01', '2026-12-02')).toEqual([]);
    expect((await sisa2026(asn)).sisa).toBe(awal);
    // The days are free again.
    const baru = await ajukanCuti(asn, { jenis: 'izin', dari: '2026-12-01', sampai: '2026-12-01', alasan: 'Mengurus KTP' });
    expect(baru.status).toBe('diproses');
  });

  it('an open request is withdrawn, not cancelled; the ASN may withdraw a cancellation request', async () => {
    const asn = await senin(NIP.a1);
    const atasan = await senin(NIP.a2);
    const u = await ajukanCuti(asn, { jenis: 'cuti_tahunan', dari: '2026-12-14', sampai: '2026-12-14', alasan: 'Keperluan pribadi' });
    expect((await galatAplikasi(ajukanPembatalanCuti(asn, u.id, { mulai: '2026-12-14', alasan: 'Tidak jadi' }))).status).toBe(409);
    const c = await prosesCuti(atasan, u.id, { aksi: 'setujui', versi: u.versi });
    const m = await ajukanPembatalanCuti(asn, c.id, { mulai: '2026-12-14', alasan: 'Tidak jadi' });
    const tarik = await prosesPembatalanCuti(asn, c.id, { aksi: 'batalkan', versi: m.pembatalan!.versi });
    expect(tarik).toMatchObject({ sampai: '2026-12-14', bolehMintaBatal: true });
    expect(tarik.pembatalan?.status).toBe('dibatalkan');
  });
});
