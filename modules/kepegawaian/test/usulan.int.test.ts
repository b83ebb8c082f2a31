import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { GalatAplikasi } from '@simasn/platform';
import { ajukanUsulan, ambilBerkas, ambilPegawai, ambilUsulan, batalkanUsulan, daftarRiwayat, daftarUsulan, eksporUsulan, setujuiUsulan, tolakUsulan,
  unggahBerkas } from '../src/index.ts';
import { fixturePerBerkas, NIP, PDF } from '../src/uji.ts';

const fx = fixturePerBerkas();

const galat = async (p: Promise<unknown>) => {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof GalatAplikasi) return e;
    throw e;
  }
};

async function usulkan(nip: string, jenis: string, data: Record<string, unknown>, riwayatId?: number) {
  const asn = await fx.ctx(nip);
  const b = await unggahBerkas(asn, nip, { namaBerkas: 'bukti.pdf', isi: PDF });
  return ajukanUsulan(asn, { jenis, data, alasan: 'data saya keliru', berkasId: b.id, riwayatId });
}

describe('self-service change proposal (SIMAK)', () => {
  it('goes from the ASN to the verifier queue with a field-by-field comparison, and applies on approval', async () => {
    const u = await usulkan(NIP.a1, 'identitas', { tempatLahir: 'Lumajang', telepon: '081234567890' });
    const verif = await fx.ctx('verifikator');
    const antrian = await daftarUsulan(verif, {});
    expect(antrian.items.map((i) => i.id)).toContain(u.id);
    const d = await ambilUsulan(verif, u.id);
    expect(d.perbandingan).toEqual(expect.arrayContaining([
      expect.objectContaining({ isian: 'tempatLahir', label: 'Tempat lahir', lama: null, sekarang: null, baru: 'Lumajang', berubah: true }),
      expect.objectContaining({ isian: 'telepon', baru: '081234567890' }),
    ]));
    expect(d.berkas?.namaBerkas).toBe('bukti.pdf');
    const pdf = await ambilBerkas(verif, NIP.a1, d.berkas!.id);
    expect(pdf.isi.subarray(0, 5).toString()).toBe('%PDF-');

    await setujuiUsulan(verif, u.id, { catatan: 'sesuai KTP' });
    const p = await ambilPegawai(await fx.ctx(NIP.a1), NIP.a1);
    expect(p.tempatLahir).toBe('Lumajang');
    expect(p.telepon).toBe('081234567890');
    const milikSaya = await daftarUsulan(await fx.ctx(NIP.a1), { status: 'semua' });
    expect(milikSaya.items.find((i) => i.id === u.id)?.status).toBe('disetujui');
    const audit = await fx.db.many<{ aksi: string }>(sql`select aksi from audit_log where pegawai_id = (select id from pegawai where nip = ${NIP.a1}) order by id`);
    expect(audit.map((a) => a.aksi)).toEqual(expect.arrayContaining(['berkas.unggah', 'usulan.ajukan', 'pegawai.ubah_dari_usulan', 'usulan.setujui']));
  });

  it('tells the verifiers when a proposal arrives and the ASN when it is decided, without the values proposed', async () => {
    const pesan = async (akun: string) =>
      fx.db.many<{ judul: string, isi: string, tautan: string }>(sql`
        select n.judul, n.isi, n.tautan from notifikasi n join akun a on a.id = n.akun_id where a.nama_pengguna = ${akun} order by n.id`);
    const pada = (c: Awaited<ReturnType<typeof fx.ctx>>, iso: string) => ({ ...c, sekarang: () => new Date(iso) });
    const asn = pada(await fx.ctx(NIP.a1), '2026-05-16T18:30:00Z'); // 17 Mei 2026, 01.30 WIB
    const milikAsn = (await pesan(NIP.a1)).length;
    const b = await unggahBerkas(asn, NIP.a1, { namaBerkas: 'bukti.pdf', isi: PDF });
    const nikBaru = '3508011705900009';
    const u = await ajukanUsulan(asn, { jenis: 'identitas', data: { nik: nikBaru }, alasan: 'NIK salah ketik', berkasId: b.id });
    const masuk = (await pesan('verifikator')).at(-1)!;
    expect(masuk.judul).toMatch(/^Usulan perubahan data baru: /);
    expect(masuk.isi).toContain('Perubahan data pribadi');
    expect(masuk.isi).toContain('17 Mei 2026');
    expect(masuk.tautan).toBe(`/verifikasi/${u.id}`);
    expect(JSON.stringify(await pesan('verifikator'))).not.toContain(nikBaru);
    expect(await pesan(NIP.a1)).toHaveLength(milikAsn); // not told of their own action

    await tolakUsulan(pada(await fx.ctx('verifikator'), '2026-05-20T03:00:00Z'), u.id, { alasan: 'KTP tidak terbaca' });
    const putus = (await pesan(NIP.a1)).at(-1)!;
    expect(putus).toMatchObject({ judul: 'Usulan perubahan data ditolak', tautan: `/usulan-saya/${u.id}` });
    expect(putus.isi).toBe('Perubahan data pribadi yang Anda ajukan pada 17 Mei 2026 ditolak pada 20 Mei 2026. Alasan: KTP tidak terbaca');
    expect(putus.isi).not.toContain(nikBaru);

    const u2 = await usulkan(NIP.a1, 'identitas', { tempatLahir: 'Jember' });
    await setujuiUsulan(await fx.ctx('verifikator'), u2.id, { catatan: 'sesuai akta' });
    expect((await pesan(NIP.a1)).at(-1)).toMatchObject({ judul: 'Usulan perubahan data disetujui', tautan: `/usulan-saya/${u2.id}` });
    expect((await pesan(NIP.a1)).at(-1)!.isi).toMatch(/disetujui pada .*\. Data Anda sudah diperbarui\. Catatan verifikator: sesuai akta$/);
  });

  it('lets exactly one of two verifiers decide; the other gets a clear conflict', async () => {
    const u = await usulkan(NIP.a1, 'tambah_diklat', { jenis: 'teknis', nama: 'Bimtek SIASN', tanggalMulai: '2026-03-02', tanggalSelesai: '2026-03-05', jumlahJp: 30 });
    const [v1, v2] = [await fx.ctx('verifikator'), await fx.ctx('verifikator2')];
    const hasil = await Promise.allSettled([setujuiUsulan(v1, u.id), tolakUsulan(v2, u.id, { alasan: 'sertifikat tidak terbaca' })]);
    expect(hasil.filter((h) => h.status === 'fulfilled')).toHaveLength(1);
    const kalah = (hasil.find((h) => h.status === 'rejected') as PromiseRejectedResult).reason as GalatAplikasi;
    expect(kalah.status).toBe(409);
    expect(kalah.message).toMatch(/sudah (disetujui|ditolak) oleh verifikator/);
    const diklat = await daftarRiwayat(v1, NIP.a1, 'diklat');
    const final = (await ambilUsulan(v1, u.id)).status;
    expect(diklat.some((d) => d.data.nama === 'Bimtek SIASN')).toBe(final === 'disetujui');
    if (final === 'disetujui') expect(diklat.find((d) => d.data.nama === 'Bimtek SIASN')!.berkas).toHaveLength(1);
  });

  it('leaves everything as it was when applying fails midway', async () => {
    // The same SKP year twice: the second approval fails on the unique key after claiming the proposal.
    const admin = await fx.ctx('admin.bkd');
    const u1 = await usulkan(NIP.b1, 'tambah_skp', { tahun: 2025, predikat: 'baik' });
    const u2 = await usulkan(NIP.b1, 'tambah_skp', { tahun: 2025, predikat: 'sangat_baik' });
    const verif = await fx.ctx('verifikator');
    await setujuiUsulan(verif, u1.id);
    const auditSebelum = (await fx.db.one<{ n: number }>(sql`select count(*)::int as n from audit_log`)).n;
    await expect(setujuiUsulan(verif, u2.id)).rejects.toThrow();
    expect((await ambilUsulan(verif, u2.id)).status).toBe('diajukan');
    expect((await daftarRiwayat(admin, NIP.b1, 'skp')).map((r) => r.data.predikat)).toEqual(['baik']);
    expect((await fx.db.one<{ n: number }>(sql`select count(*)::int as n from audit_log`)).n).toBe(auditSebelum);
    await tolakUsulan(verif, u2.id, { alasan: 'SKP 2025 sudah tercatat' });
  });

  it('checks who may do what', async () => {
    const u = await usulkan(NIP.b1, 'identitas', { agama: 'Kristen' });
    expect((await galat(setujuiUsulan(await fx.ctx('admin.bkd'), u.id)))?.status).toBe(403);
    expect((await galat(setujuiUsulan(await fx.ctx(NIP.b1), u.id)))?.status).toBe(403);
    expect((await galat(ambilUsulan(await fx.ctx(NIP.a1), u.id)))?.status).toBe(404);
    expect((await galat(ambilUsulan(await fx.ctx('admin.bkpsdm'), u.id)))?.status).toBe(404);
    expect((await ambilUsulan(await fx.ctx('admin.dinkes'), u.id)).status).toBe('diajukan');
    expect((await galat(tolakUsulan(await fx.ctx('verifikator'), u.id, { alasan: 'x' })))?.status).toBe(422);
    await batalkanUsulan(await fx.ctx(NIP.b1), u.id);
    expect((await galat(setujuiUsulan(await fx.ctx('verifikator'), u.id)))?.status).toBe(409);
  });

  it('refuses proposals without a document, of fields the NIP fixes, and non-PDF files', async () => {
    const asn = await fx.ctx(NIP.a1);
    expect((await galat(ajukanUsulan(asn, { jenis: 'identitas', data: { agama: 'Islam' }, alasan: 'perbaikan' })))?.status).toBe(422);
    const b = await unggahBerkas(asn, NIP.a1, { namaBerkas: 'b.pdf', isi: PDF });
    const e = await galat(ajukanUsulan(asn, { jenis: 'identitas', data: { tanggalLahir: '1990-01-02' }, alasan: 'perbaikan', berkasId: b.id }));
    expect(e?.status).toBe(422);
    expect((await galat(ajukanUsulan(asn, { jenis: 'tambah_hukdis', data: {}, alasan: 'perbaikan', berkasId: b.id })))?.status).toBe(422);
    expect((await galat(unggahBerkas(asn, NIP.a1, { namaBerkas: 'x.pdf', isi: Buffer.from('GIF89a') })))?.message).toMatch(/Berkas ditolak/);
    expect((await galat(unggahBerkas(asn, NIP.b1, { namaBerkas: 'x.pdf', isi: PDF })))?.status).toBe(404);
  });
});

describe('the verification queue as a long list (issue 10 item 17)', () => {
  it('is searched, filtered by kind and unit, sorted, paged and exported like the other queues, within the reach', async () => {
    const tunggu = await usulkan(NIP.b1, 'tambah_diklat', { nama: 'Pelatihan Triase', jenis: 'teknis', tanggalMulai: '2024-03-01', tanggalSelesai: '2024-03-03', jp: 24 });
    const identitas = await usulkan(NIP.a2, 'identitas', { tempatLahir: 'Probolinggo' });
    const verif = await fx.ctx('verifikator');
    const id = (h: { items: { id: number }[] }) => h.items.map((i) => i.id);
    // The queue: pending, oldest first; paged.
    const semua = await daftarUsulan(verif, {});
    expect(semua.items.every((i) => i.status === 'diajukan')).toBe(true);
    expect(semua.items.map((i) => i.diajukanPada)).toEqual([...semua.items.map((i) => i.diajukanPada)].sort((a, b) => +new Date(a) - +new Date(b)));
    const h1 = await daftarUsulan(verif, { limit: 1, page: 1 });
    const h2 = await daftarUsulan(verif, { limit: 1, page: 2 });
    expect([h1.total, h1.page, h1.limit, h1.items.length]).toEqual([semua.total, 1, 1, 1]);
    expect(h2.items[0]!.id).not.toBe(h1.items[0]!.id);
    // Search by name, by NIP prefix, by the reason's words.
    expect(id(await daftarUsulan(verif, { q: 'citra' }))).toEqual([tunggu.id]);
    expect(id(await daftarUsulan(verif, { q: NIP.a2.slice(0, 10) }))).toEqual([identitas.id]);
    expect((await daftarUsulan(verif, { q: 'zzz-tidak-ada' })).total).toBe(0);
    // Filters: kind, unit (with the units below it).
    expect(id(await daftarUsulan(verif, { jenis: 'tambah_diklat' }))).toEqual([tunggu.id]);
    expect(id(await daftarUsulan(verif, { unitId: fx.unit.dinkes }))).toEqual([tunggu.id]);
    expect(id(await daftarUsulan(verif, { unitId: fx.unit.bkpsdm }))).not.toContain(tunggu.id);
    // Sorted by name both ways.
    const nama = (await daftarUsulan(verif, { urut: 'nama' })).items.map((i) => i.pegawai.nama);
    expect(nama).toEqual([...nama].sort((a, b) => a.localeCompare(b, 'id')));
    expect((await daftarUsulan(verif, { urut: 'nama', arah: 'turun' })).items.map((i) => i.pegawai.nama)).toEqual([...nama].reverse());
    // An admin OPD sees only its own unit's proposals, searching or not.
    expect(id(await daftarUsulan(await fx.ctx('admin.bkpsdm'), { q: 'citra' }))).toEqual([]);
    // The export: the same query, every page.
    const x = await eksporUsulan(verif, { jenis: 'tambah_diklat' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.isi as unknown as ArrayBuffer);
    const teks: string[] = [];
    wb.worksheets[0]!.eachRow((r) => teks.push((r.values as unknown[]).slice(1).map((v) => String(v ?? '')).join(' | ')));
    expect(teks.join('\n')).toContain('Citra Lestari');
    expect(teks.join('\n')).toContain('Penambahan riwayat diklat');
    expect(teks.join('\n')).not.toContain('Bambang');
  });
});
