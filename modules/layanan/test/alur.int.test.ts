import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '@simasn/db';
import { z, type Konteks } from '@simasn/platform';
import { fixturePerBerkas, NIP, PDF } from '@simasn/kepegawaian/uji';
import { ajukanUsulanLayanan, ambilUsulanLayanan, dataLangkah, daftarUsulanLayanan, daftarkanLayanan, jalankanLangkah, lampirkanDokumenUsulan, layananPegawai, prosesUsulanLayanan,
  type LangkahSaga, type Transisi } from '../src/index.ts';

/**
 * The workflow engine on the real database, with a small service defined here: submit at the
 * OPD, verify at BKD (return with a reason, reject), approve with effects run as a saga.
 */
const fx = fixturePerBerkas();
let opd: Konteks;
let opdLain: Konteks;
let verif: Konteks;
let verif2: Konteks;
let asn: Konteks;
const status = async (p: Promise<unknown>) => p.then(() => 200, (e: { status?: number }) => e.status ?? 500);
let gagalkan: string | null = null;
const dibatalkan: string[] = [];

const langkahEfek: LangkahSaga<Transisi>[] = [
  { nama: 'tulis catatan',
    jalankan: (_h, t) =>
      t.ctx.db.run(
        sql`insert into notifikasi (instansi_id, akun_id, judul, isi, usulan_id) select 1, id, 'efek', 'efek', ${t.usulan.id} from akun where nama_pengguna = 'admin.bkd'`,
      ) },
  { nama: 'berkas luar', jalankan: async () => 'ok', pulihkan: async () => {
    dibatalkan.push('berkas luar');
  } },
  { nama: 'langkah rawan', jalankan: async () => {
    if (gagalkan) throw new Error(gagalkan);
  } },
];

beforeAll(async () => {
  opd = await fx.ctx('admin.bkpsdm');
  opdLain = await fx.ctx('admin.dinkes');
  verif = await fx.ctx('verifikator');
  verif2 = await fx.ctx('verifikator2');
  asn = await fx.ctx(NIP.a1);
  daftarkanLayanan({ jenis: 'uji_alur', label: 'Layanan Uji', langkah: [
    { kode: 'pengajuan', label: 'Pengajuan OPD', peran: ['admin_opd', 'admin_bkd'], aksi: ['teruskan', 'batalkan'], periksaDokumen: true, tenggatHari: 14 },
    { kode: 'verifikasi', label: 'Verifikasi BKD', peran: ['verifikator_bkd'], aksi: ['setujui', 'kembalikan', 'tolak'], tenggatHari: 5, efek: { setujui: langkahEfek },
      ...dataLangkah([{ kunci: 'nomorSk', label: 'Nomor SK', jenis: 'teks' }, { kunci: 'tanggalSk', label: 'Tanggal SK', jenis: 'tanggal', wajib: false }, { kunci: 'biaya',
        label: 'Biaya', jenis: 'angka', wajib: false }]) },
  ], dokumen: [
    { kode: 'sk_pangkat', label: 'SK pangkat terakhir', wajib: true, arsip: { riwayatJenis: 'pangkat' } },
    { kode: 'skp', label: 'SKP 2 tahun terakhir', wajib: true },
    { kode: 'lain', label: 'Lain-lain', wajib: false },
  ] });
});

describe('workflow engine', () => {
  let id = 0;

  it('submits within reach only; one open request per employee; archive documents reused', async () => {
    const pg = await fx.db.one<{ id: number }>(sql`select id from pegawai where nip = ${NIP.a1}`);
    const rp = await fx.db.one<{ id: number }>(sql`select id from riwayat_pangkat where pegawai_id = ${pg.id}`);
    await fx.db.run(sql`insert into berkas (instansi_id, pegawai_id, riwayat_jenis, riwayat_id, nama_berkas, jenis_mime, ukuran, sha256)
                     values (1, ${pg.id}, 'pangkat', ${rp.id}, 'sk-cpns.pdf', 'application/pdf', 10, 'x')`);
    expect(await status(ajukanUsulanLayanan(opdLain, { jenis: 'uji_alur', nip: NIP.a1 }))).toBe(404);
    expect(await status(ajukanUsulanLayanan(verif, { jenis: 'uji_alur', nip: NIP.a1 }))).toBe(403);
    expect(await status(ajukanUsulanLayanan(opd, { jenis: 'tidak_ada', nip: NIP.a1 }))).toBe(422);
    const u = await ajukanUsulanLayanan(opd, { jenis: 'uji_alur', nip: NIP.a1, catatan: 'usulan bulan ini' });
    id = u.id;
    expect(u).toMatchObject({ langkah: 'pengajuan', status: 'diproses', versi: 1 });
    expect(u.tenggat).not.toBeNull();
    expect(await status(ajukanUsulanLayanan(opd, { jenis: 'uji_alur', nip: NIP.a1 }))).toBe(409);
    const d = await ambilUsulanLayanan(opd, id);
    expect(d.dokumen.find((x) => x.kode === 'sk_pangkat')?.terlampir).toMatchObject({ sumber: 'arsip', namaBerkas: 'sk-cpns.pdf' });
    expect(d.aksiTersedia).toEqual(['teruskan', 'batalkan']);
    expect((await ambilUsulanLayanan(verif, id)).aksiTersedia).toEqual([]);
  });

  it('refuses to move forward without required documents, naming them; accepts an upload', async () => {
    const e = await prosesUsulanLayanan(opd, id, { aksi: 'teruskan', versi: 1 }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.rincian).toEqual([{ kolom: 'dokumen.skp', pesan: 'SKP 2 tahun terakhir belum dilampirkan' }]);
    expect(await status(lampirkanDokumenUsulan(opd, id, 'skp', { namaBerkas: 'x.pdf', isi: Buffer.from('bukan pdf') }))).toBe(422);
    expect(await status(lampirkanDokumenUsulan(verif, id, 'skp', { namaBerkas: 'skp.pdf', isi: PDF }))).toBe(403);
    const cek = await lampirkanDokumenUsulan(opd, id, 'skp', { namaBerkas: 'skp.pdf', isi: PDF });
    expect(cek.find((x) => x.kode === 'skp')?.terlampir?.sumber).toBe('unggah');
    const u = await ambilUsulanLayanan(opd, id);
    expect(await status(prosesUsulanLayanan(opd, id, { aksi: 'teruskan', versi: u.versi - 1 }))).toBe(409);
    const t = await prosesUsulanLayanan(opd, id, { aksi: 'teruskan', versi: u.versi });
    expect(t).toMatchObject({ langkah: 'verifikasi', status: 'diproses' });
  });

  it('describes the data a step asks for with the request, and names the field by its label on 422', async () => {
    const u = await ambilUsulanLayanan(verif, id);
    expect(u.isianLangkah).toEqual([
      { kunci: 'nomorSk', label: 'Nomor SK', jenis: 'teks', wajib: true },
      { kunci: 'tanggalSk', label: 'Tanggal SK', jenis: 'tanggal', wajib: false },
      { kunci: 'biaya', label: 'Biaya', jenis: 'angka', wajib: false },
    ]);
    expect(u.langkahDaftar.map((l) => l.isian.length)).toEqual([0, 3]);
    expect((await ambilUsulanLayanan(opd, id)).isianLangkah).toHaveLength(3);
    const e = await prosesUsulanLayanan(verif, id, { aksi: 'setujui', versi: u.versi, data: { nomorSk: ' ', tanggalSk: '2026-02-30', biaya: 'dua' } }).catch((x) => x);
    expect([e.status, e.rincian]).toEqual([422, [
      { kolom: 'nomorSk', pesan: 'Nomor SK wajib diisi' },
      { kolom: 'tanggalSk', pesan: 'tanggal harus berformat YYYY-MM-DD dan ada di kalender' },
      { kolom: 'biaya', pesan: 'Biaya: "dua" bukan angka' },
    ]]);
    expect((await ambilUsulanLayanan(verif, id)).versi).toBe(u.versi);
  });

  it('refuses to register a step whose data is not described, or described differently', () => {
    const dasar = { jenis: 'uji_salah', label: 'Salah', dokumen: [] };
    const langkah = { kode: 'a', label: 'A', peran: ['admin_bkd'] as const, aksi: ['setujui'] as const };
    expect(() => daftarkanLayanan({ ...dasar, langkah: [{ ...langkah, skemaData: z.object({ x: z.string() }) }] })).toThrow(/skemaData tanpa isian/);
    const d = dataLangkah([{ kunci: 'x', label: 'X', jenis: 'teks' }]);
    expect(() => daftarkanLayanan({ ...dasar, langkah: [{ ...langkah, skemaData: z.object({ y: z.string() }), isian: d.isian }] })).toThrow(/tidak sama/);
  });

  it('returns for revision only with a reason, and the ASN sees the reason on the timeline', async () => {
    let u = await ambilUsulanLayanan(verif, id);
    expect(u.aksiTersedia).toEqual(['setujui', 'kembalikan', 'tolak']);
    expect(await status(prosesUsulanLayanan(opd, id, { aksi: 'setujui', versi: u.versi }))).toBe(403);
    expect(await status(prosesUsulanLayanan(verif, id, { aksi: 'teruskan', versi: u.versi }))).toBe(422);
    const e = await prosesUsulanLayanan(verif, id, { aksi: 'kembalikan', versi: u.versi }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.rincian[0].kolom).toBe('alasan');
    await prosesUsulanLayanan(verif, id, { aksi: 'kembalikan', versi: u.versi, alasan: 'SKP 2024 belum ditandatangani' });
    const saya = await layananPegawai(asn);
    const j = saya.usulan.find((x) => x.id === id)!;
    expect(j.status).toBe('dikembalikan');
    expect(j.jejak.map((x) => x.aksi)).toEqual(['ajukan', 'teruskan', 'kembalikan']);
    expect(j.jejak[2]).toMatchObject({ alasan: 'SKP 2024 belum ditandatangani', peran: 'verifikator_bkd', dariLangkah: 'verifikasi', keLangkah: 'pengajuan' });
    const notif = await fx.db.many<{ judul: string, isi: string }>(sql`select n.judul, n.isi from notifikasi n join akun a on a.instansi_id = n.instansi_id and a.id = n.akun_id
      where a.nama_pengguna = ${NIP.a1} order by n.id`);
    expect(notif.at(-1)!.isi).toContain('SKP 2024 belum ditandatangani');
    // The OPD (who must act now) was told; the other OPD was not.
    const ke = await fx.db.many<{ nama: string }>(sql`select distinct a.nama_pengguna as nama from notifikasi n join akun a on a.instansi_id = n.instansi_id and a.id = n.akun_id
      where n.usulan_id = ${id} and n.judul like 'Menunggu tindakan%'`);
    expect(ke.map((x) => x.nama)).toContain('admin.bkpsdm');
    expect(ke.map((x) => x.nama)).not.toContain('admin.dinkes');
    u = await ambilUsulanLayanan(opd, id);
    await prosesUsulanLayanan(opd, id, { aksi: 'teruskan', versi: u.versi });
  });

  it('two verifiers at once: one wins, the other gets 409', async () => {
    const u = await ambilUsulanLayanan(verif, id);
    const hasil = await Promise.all([
      status(prosesUsulanLayanan(verif, id, { aksi: 'tolak', versi: u.versi, alasan: 'A' })),
      status(prosesUsulanLayanan(verif2, id, { aksi: 'kembalikan', versi: u.versi, alasan: 'B' })),
    ]);
    expect(hasil.sort()).toEqual([200, 409]);
    const v = await ambilUsulanLayanan(verif, id);
    if (v.status === 'ditolak') {
      expect(await status(prosesUsulanLayanan(verif, id, { aksi: 'setujui', versi: v.versi, data: { nomorSk: '800/1' } }))).toBe(409);
    }
  });

  it('a failure injected in the middle of an approval leaves every record as it was', async () => {
    const u0 = await ajukanUsulanLayanan(opd, { jenis: 'uji_alur', nip: NIP.a2 }).catch(async () => null);
    const u = u0 ?? (await daftarUsulanLayanan(opd, { jenis: 'uji_alur', status: 'diproses' })).items[0]!;
    await lampirkanDokumenUsulan(opd, u.id, 'sk_pangkat', { namaBerkas: 'sk.pdf', isi: PDF });
    await lampirkanDokumenUsulan(opd, u.id, 'skp', { namaBerkas: 'skp.pdf', isi: PDF });
    let v = await ambilUsulanLayanan(opd, u.id);
    await prosesUsulanLayanan(opd, u.id, { aksi: 'teruskan', versi: v.versi });
    v = await ambilUsulanLayanan(verif, u.id);
    expect(await status(prosesUsulanLayanan(verif, u.id, { aksi: 'setujui', versi: v.versi, data: {} }))).toBe(422);

    const foto = async () => ({ usulan: await fx.db.many(sql`select * from usulan_layanan order by id`),
      jejak: await fx.db.many(sql`select * from jejak_usulan_layanan order by id`), notifikasi: await fx.db.many(sql`select * from notifikasi order by id`),
      audit: await fx.db.one(sql`select count(*)::int as n from audit_log`), berkas: await fx.db.one(sql`select count(*)::int as n from berkas`) });
    const sebelum = await foto();
    gagalkan = 'layanan BKN tidak menjawab';
    const e = await prosesUsulanLayanan(verif, u.id, { aksi: 'setujui', versi: v.versi, data: { nomorSk: '800/12' } }).catch((x) => x);
    expect(e.status).toBe(500);
    expect(e.message).toContain('langkah rawan');
    expect(e.message).toContain('layanan BKN tidak menjawab');
    expect(dibatalkan).toEqual(['berkas luar']);
    expect(await foto()).toEqual(sebelum);

    gagalkan = null;
    const ok = await prosesUsulanLayanan(verif, u.id, { aksi: 'setujui', versi: v.versi, data: { nomorSk: ' 800/12 ', tanggalSk: '', biaya: '1.250.000,50' } });
    expect(ok).toMatchObject({ status: 'selesai', data: { nomorSk: '800/12', tanggalSk: null, biaya: 1250000.5 } });
    expect(ok.langkahDaftar[1]!.isian.map((x) => [x.label, x.nilai])).toEqual([['Nomor SK', '800/12'], ['Tanggal SK', null], ['Biaya', 1250000.5]]);
    const audit = await fx.db.many<{ aksi: string }>(sql`select aksi from audit_log where entitas = 'usulan_layanan' and entitas_id = ${String(u.id)} order by id`);
    expect(audit.map((a) => a.aksi)).toEqual(['layanan.ajukan', 'layanan.lampirkan_dokumen', 'layanan.lampirkan_dokumen', 'layanan.teruskan', 'layanan.setujui']);
  });

  it('lists the queue in reach: the verifier sees what waits for them; the other OPD sees nothing', async () => {
    expect((await daftarUsulanLayanan(opdLain, { jenis: 'uji_alur' })).total).toBe(0);
    const semua = await daftarUsulanLayanan(verif, { jenis: 'uji_alur' });
    expect(semua.total).toBe(2);
    expect(await status(layananPegawai(opdLain, { nip: NIP.a1 }))).toBe(404);
  });

  it('a stale or closed request answers 409 before asking the role; out of reach stays 404', async () => {
    const bkd = await fx.ctx('admin.bkd');
    const u = await ajukanUsulanLayanan(opdLain, { jenis: 'uji_alur', nip: NIP.b1 });
    for (const kode of ['sk_pangkat', 'skp']) await lampirkanDokumenUsulan(opdLain, u.id, kode, { namaBerkas: `${kode}.pdf`, isi: PDF });
    const v = (await ambilUsulanLayanan(bkd, u.id)).versi;
    // Both admin_opd and admin_bkd may act at "Pengajuan OPD" and both saw versi v. The OPD forwards
    // first; the BKD's cancel arrives second, when the request waits at the verifier's step.
    await prosesUsulanLayanan(opdLain, u.id, { aksi: 'teruskan', versi: v });
    const kalah = await prosesUsulanLayanan(bkd, u.id, { aksi: 'batalkan', versi: v }).catch((x) => x);
    expect([kalah.status, kalah.message]).toEqual([409, expect.stringContaining('sudah diproses orang lain')]);
    // At the current versi the role decides.
    expect(await status(prosesUsulanLayanan(bkd, u.id, { aksi: 'batalkan', versi: v + 1 }))).toBe(403);
    await prosesUsulanLayanan(verif, u.id, { aksi: 'tolak', versi: v + 1, alasan: 'uji' });
    const tutup = await prosesUsulanLayanan(opdLain, u.id, { aksi: 'batalkan', versi: v + 2 }).catch((x) => x);
    expect([tutup.status, tutup.message]).toEqual([409, expect.stringContaining('sudah ditolak')]);
    // An OPD admin outside the employee's unit learns nothing, whatever versi they send.
    expect(await status(prosesUsulanLayanan(opd, u.id, { aksi: 'batalkan', versi: v }))).toBe(404);
    expect(await status(prosesUsulanLayanan(opd, u.id, { aksi: 'batalkan', versi: v + 2 }))).toBe(404);
  });
});

describe('saga runner', () => {
  it('compensates done steps in reverse order, attempts every compensation, keeps the original status', async () => {
    const urut: string[] = [];
    const e = await jalankanLangkah([
      { nama: 'a', jalankan: async () => urut.push('a'), pulihkan: async () => {
        urut.push('-a');
      } },
      { nama: 'b', jalankan: async () => urut.push('b'), pulihkan: async () => {
        urut.push('-b');
        throw new Error('tidak bisa');
      } },
      { nama: 'c', jalankan: async () => urut.push('c'), pulihkan: async () => {
        urut.push('-c');
      } },
      { nama: 'd', jalankan: async () => {
        throw Object.assign(new Error('bentrok'), {});
      } },
      { nama: 'e', jalankan: async () => urut.push('e') },
    ]).catch((x) => x);
    expect(urut).toEqual(['a', 'b', 'c', '-c', '-b', '-a']);
    expect(e.langkahGagal).toBe('d');
    expect(e.dibatalkan).toEqual(['c', 'a']);
    expect(e.gagalBatal).toEqual([{ nama: 'b', pesan: 'tidak bisa' }]);
    const h = await jalankanLangkah([{ nama: 'x', jalankan: async () => 1 }, { nama: 'y', jalankan: async (r) => (r.x as number) + 1 }]);
    expect(h).toEqual({ x: 1, y: 2 });
  });
});
