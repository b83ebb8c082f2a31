import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { sql } from '@simasn/db';
import { bacaXlsx } from '@simasn/platform';
import { bukuXlsx } from '@simasn/kepegawaian/uji';
import { apiGet, halamanMasuk, lingkunganBerkas, masuk, pilihUnit } from './harness.ts';
import { hariIniIso, ZONA_BAWAAN } from '@simasn/domain';

interface Pk {
  id: number;
  status: string;
  tanggal: string;
  indukId: number | null;
  versi: number;
  pihakPertama: { nip: string };
  pihakKedua: { nip: string | null };
  indikator: { kode: string, target: number }[];
  anggaran: { kode: string, anggaran: number }[];
}
interface Indikator {
  id: number;
  kode: string;
  uraian: string;
  versi: number;
  satuan: string;
  target: { tahun: number, target: number }[];
  programIds: number[];
}
interface Simpul {
  id: number;
  kode: string;
  nama: string;
  tingkat: string;
  pagu: { tahun: number, pagu: number, paguPerubahan: number | null }[];
  paguBerlaku: Record<string, number>;
  anak: Simpul[];
}
interface Renstra {
  id: number;
  nama: string;
  status: string;
  tahun: number[];
  tujuan: { id: number, kode: string, uraian: string, versi: number, indikator: Indikator[],
    sasaran: { id: number, kode: string, uraian: string, versi: number, indikator: Indikator[] }[] }[];
  program: Simpul[];
}

const env = lingkunganBerkas();

describe('Menyunting Renstra dan menyusun Perjanjian Kinerja di peramban', () => {
  test('Renstra: perencana membuat Renstra, menambah tujuan, sasaran, indikator dengan target dan program dengan pagu; salah isian dan versi basi dijelaskan (layar ponsel)', async () => {
    const page = await (await env.konteks({ viewport: { width: 390, height: 844 } })).newPage();
    page.on('dialog', (d) => void d.accept());
    await masuk(page, 'perencana');
    await page.goto('/sakip/renstra');
    await expect.poll(() => page.getByRole('heading', { name: /Tujuan T\.1/ }).count(), { timeout: 15_000 }).toBe(1);

    // A new Renstra for Bappeda: a bad period first (the server's reason appears under the field).
    const bappeda = await env.db.one<{ id: number, nama: string }>(sql`select id, nama from unit_organisasi where kode = 'BAPPEDA'`);
    await page.getByRole('button', { name: 'Renstra baru' }).click();
    const baru = page.getByRole('form', { name: 'Renstra baru' });
    await pilihUnit(baru.getByLabel('Perangkat daerah'), bappeda.nama);
    await baru.getByLabel('Tahun awal').fill('2025');
    await baru.getByLabel('Tahun akhir').fill('2033');
    await baru.getByLabel('Nama Renstra').fill('Renstra Bappeda 2025-2029');
    await baru.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => baru.locator('.salah').allInnerTexts(), { timeout: 10_000 }).toContain('periode Renstra paling lama 6 tahun dan tahun akhir tidak sebelum tahun awal');
    await baru.getByLabel('Tahun akhir').fill('2029');
    await baru.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts(), { timeout: 10_000 }).toContain('Renstra baru dibuat (draf).');
    const r0 = await env.db.one<{ id: number }>(sql`select id from renstra where unit_id = ${bappeda.id}`);
    await expect.poll(() => page.getByLabel('Renstra', { exact: true }).inputValue(), { timeout: 10_000 }).toBe(String(r0.id));

    // Tujuan, then a sasaran under it.
    await page.getByRole('button', { name: 'Tambah tujuan' }).click();
    const ft = page.getByRole('form', { name: 'Tambah tujuan' });
    await ft.getByLabel('Kode').fill('T.1');
    await ft.getByLabel('Uraian tujuan').fill('Meningkatnya kualitas perencanaan pembangunan daerah');
    await ft.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Tujuan T\.1: Meningkatnya kualitas perencanaan/ }).count(), { timeout: 10_000 }).toBe(1);
    const tujuan = page.getByTestId('tujuan-T.1');
    await tujuan.getByRole('button', { name: 'Tambah sasaran' }).click();
    const fs = page.getByRole('form', { name: 'Tambah sasaran' });
    await fs.getByLabel('Kode').fill('S.1.1');
    await fs.getByLabel('Uraian sasaran').fill('Meningkatnya konsistensi dokumen perencanaan');
    await fs.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Sasaran S\.1\.1/ }).count(), { timeout: 10_000 }).toBe(1);

    // Program > kegiatan > sub kegiatan with pagu.
    await page.getByRole('button', { name: 'Tambah program' }).click();
    let fp = page.getByRole('form', { name: 'Tambah program' });
    await fp.getByLabel('Kode').fill('5.01.01');
    await fp.getByLabel('Nama').fill('Program Perencanaan Pembangunan Daerah');
    await fp.getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('program-5.01.01').getByRole('button', { name: 'Tambah kegiatan' }).click();
    fp = page.getByRole('form', { name: 'Tambah kegiatan' });
    await fp.getByLabel('Kode').fill('5.01.01.2.01');
    await fp.getByLabel('Nama').fill('Penyusunan Dokumen Perencanaan');
    await fp.getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('program-5.01.01.2.01').getByRole('button', { name: 'Tambah sub kegiatan' }).click();
    fp = page.getByRole('form', { name: 'Tambah sub kegiatan' });
    await fp.getByLabel('Kode').fill('5.01.01.2.01.0001');
    await fp.getByLabel('Nama').fill('Penyusunan RKPD');
    await fp.getByLabel('Pagu 2026', { exact: true }).fill('1.250.000.000');
    await fp.getByLabel('Pagu perubahan 2026').fill('1.300.000.000,50');
    await fp.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByTestId('program-5.01.01').locator('> div').first().innerText(), { timeout: 10_000 }).toContain('Rp 1.300.000.000,50');

    // An indicator of the sasaran: a bad target is refused and named; then saved with targets and the program link.
    await page.getByTestId('sasaran-S.1.1').getByRole('button', { name: 'Tambah indikator' }).click();
    const fi = page.getByRole('form', { name: 'Tambah indikator' });
    await fi.getByLabel('Kode').fill('IKU.1');
    await fi.getByLabel('Uraian indikator').fill('Persentase program RKPD yang selaras dengan RPJMD');
    await fi.getByLabel('Satuan').fill('%');
    await fi.getByLabel('Polaritas').selectOption('positif');
    await fi.getByLabel('Aturan agregasi tribulan').selectOption('snapshot');
    await fi.getByLabel('Baseline (kondisi awal)').fill('80,5');
    await fi.getByLabel('Target 2025').fill('85');
    await fi.getByLabel('Target 2026').fill('delapan puluh');
    await fi.getByLabel(/Program 5\.01\.01 Program Perencanaan/).check();
    await fi.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => fi.locator('.salah').allInnerTexts(), { timeout: 10_000 }).toContain('harus angka');
    expect((await env.db.one<{ n: number }>(sql`select count(*)::int as n from indikator_kinerja where renstra_id = ${r0.id}`)).n).toBe(0);
    await fi.getByLabel('Target 2026').fill('87,25');
    await fi.getByLabel('Target akhir Renstra').fill('95');
    await fi.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByTestId('indikator-IKU.1').count(), { timeout: 10_000 }).toBe(1);
    let r = await apiGet<Renstra>(page, `/api/sakip/renstra/${r0.id}`);
    const ik = r.tujuan[0]!.sasaran[0]!.indikator[0]!;
    expect(ik).toMatchObject({ kode: 'IKU.1', satuan: '%', target: [{ tahun: 2025, target: 85 }, { tahun: 2026, target: 87.25 }], programIds: [r.program[0]!.id] });
    expect(r.program[0]!.anak[0]!.anak[0]!.pagu).toEqual([{ tahun: 2026, pagu: 1250000000, paguPerubahan: 1300000000.5 }]);

    // Someone else edits the indicator meanwhile: saving the stale form is refused with a clear message.
    await page.getByRole('button', { name: 'Ubah indikator IKU.1' }).click();
    const fu = page.getByRole('form', { name: 'Ubah indikator IKU.1' });
    expect(await fu.getByLabel('Target 2026').inputValue()).toBe('87,25');
    const lain = await apiPost(page, `/api/sakip/renstra/${r0.id}/indikator`, { ...ik, tujuanId: null, programKegiatanId: null, uraian: 'Diubah orang lain' });
    expect(lain.status()).toBe(200);
    await fu.getByLabel('Satuan').fill('persen');
    await fu.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => fu.getByRole('alert').innerText(), { timeout: 10_000 }).toContain('sudah diubah orang lain');
    expect(await fu.innerText()).toContain('buka lagi');
    r = await apiGet<Renstra>(page, `/api/sakip/renstra/${r0.id}`);
    expect(r.tujuan[0]!.sasaran[0]!.indikator[0]).toMatchObject({ uraian: 'Diubah orang lain', satuan: '%' });
    await fu.getByRole('button', { name: 'Batal' }).click();
    await page.getByRole('button', { name: 'Ubah indikator IKU.1' }).click();
    const fu2 = page.getByRole('form', { name: 'Ubah indikator IKU.1' });
    await fu2.getByLabel('Satuan').fill('persen');
    await fu2.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(async () => (await apiGet<Renstra>(page, `/api/sakip/renstra/${r0.id}`)).tujuan[0]!.sasaran[0]!.indikator[0]!.satuan, { timeout: 10_000 }).toBe('persen');

    // Deleting the sasaran removes its indicator too.
    await page.getByRole('button', { name: 'Hapus sasaran S.1.1' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Sasaran S\.1\.1/ }).count(), { timeout: 10_000 }).toBe(0);
    expect((await env.db.one<{ n: number }>(sql`select count(*)::int as n from indikator_kinerja where renstra_id = ${r0.id}`)).n).toBe(0);
    const audit = await env.db.many<{ aksi: string }>(sql`select aksi from audit_log where aksi like 'sasaran_renstra.%' and nama_pengguna = 'perencana' order by id`);
    expect(audit.map((a) => a.aksi)).toEqual(['sasaran_renstra.buat', 'sasaran_renstra.hapus']);

    // Perencana holds sakip:kelola over the whole instansi (HAK_AKSES): its Ubah works on a tujuan too.
    await page.getByRole('button', { name: 'Ubah tujuan T.1' }).click();
    const ut = page.getByRole('form', { name: 'Ubah tujuan T.1' });
    await ut.getByLabel('Uraian tujuan').fill('Meningkatnya mutu perencanaan pembangunan daerah');
    await ut.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Tujuan T\.1: Meningkatnya mutu perencanaan/ }).count(), { timeout: 10_000 }).toBe(1);

    // A reader of the same Renstra (pimpinan: sakip:baca only) is shown no editing action at all.
    const pembaca = await (await env.konteks({ viewport: { width: 390, height: 844 } })).newPage();
    await masuk(pembaca, 'pimpinan');
    await pembaca.goto('/sakip/renstra');
    await pembaca.getByLabel('Renstra', { exact: true }).selectOption(String(r0.id));
    await expect.poll(() => pembaca.getByRole('heading', { name: /Tujuan T\.1: Meningkatnya mutu perencanaan/ }).count(), { timeout: 15_000 }).toBe(1);
    expect(await pembaca.getByRole('button', { name: /^(Ubah|Hapus|Tambah|Renstra baru)/ }).count()).toBe(0);
    expect(await pembaca.locator('main button.bahaya').count()).toBe(0);
  });

  test('Perjanjian Kinerja: perencana menyusun PK berjenjang dari PK induk, mengubah baris draf, lalu membuat Perubahan PK dari PK yang disetujui', async () => {
    const tahun = Number(hariIniIso(env.sekarang(), ZONA_BAWAAN).slice(0, 4));
    // A sub bidang post of the BKPSDM with one holder and no PK this year; its parent is the bidang's PK.
    const j = await env.db.one<{ id: number, nama: string, unit_nama: string, nip: string, induk: number, nip_induk: string }>(sql`
      select j.id, j.nama, u.nama as unit_nama, p.nip, pi.id as induk, pp.nip as nip_induk
        from jabatan j
        join unit_organisasi u on u.instansi_id = j.instansi_id and u.id = j.unit_id
        join pegawai p on p.instansi_id = j.instansi_id and p.jabatan_id = j.id and p.kedudukan = 'aktif'
        join jabatan ji on ji.instansi_id = j.instansi_id and ji.unit_id = u.induk_id and ji.kode like 'JS.%'
        join perjanjian_kinerja pi on pi.instansi_id = j.instansi_id and pi.jabatan_id = ji.id and pi.tahun = ${tahun}
        join pegawai pp on pp.instansi_id = pi.instansi_id and pp.id = pi.pegawai_id
       where j.kode like 'JS.BKPSDM.%.%'
         and not exists (select 1 from perjanjian_kinerja x where x.instansi_id = j.instansi_id and x.jabatan_id = j.id and x.tahun = ${tahun})
         and (select count(*) from pegawai q where q.instansi_id = j.instansi_id and q.jabatan_id = j.id and q.kedudukan = 'aktif') = 1
       order by j.kode, pi.nomor_perubahan desc limit 1`);
    const induk = await env.db.many<{ kode: string, target: number }>(sql`
      select ik.kode, l.target from pk_indikator l join indikator_kinerja ik on ik.instansi_id = l.instansi_id and ik.id = l.indikator_id
       where l.pk_id = ${j.induk} order by l.urutan`);
    expect(induk.length).toBeGreaterThan(0);
    const renstra = (await env.db.one<{ id: number }>(sql`select r.id from renstra r join unit_organisasi u on u.id = r.unit_id where u.kode = 'BKPSDM'`)).id;
    const sub = await env.db.one<{ id: number, kode: string }>(
      sql`select id, kode from program_kegiatan where renstra_id = ${renstra} and tingkat = 'sub_kegiatan' order by kode limit 1`,
    );

    const page = await halamanMasuk(env, 'perencana');
    await page.goto(`/sakip/pk?renstra=${renstra}&tahun=${tahun}`);
    await page.getByRole('button', { name: 'Buat Perjanjian Kinerja' }).click();
    const f = page.getByRole('form', { name: 'Perjanjian Kinerja baru' });
    await pilihUnit(f.getByLabel('Unit kerja jabatan'), j.unit_nama);
    await f.getByLabel('Cari jabatan').fill(j.nama);
    await expect.poll(() => f.locator(`#pk-baru-jabatanId option[value="${j.id}"]`).count(), { timeout: 10_000 }).toBe(1);
    await f.locator('#pk-baru-jabatanId').selectOption(String(j.id));
    await f.getByLabel('PK induk (pihak kedua)').selectOption(String(j.induk));
    await f.getByLabel('Tanggal PK').fill(`${tahun}-02-03`);
    // The parent's indicators are offered; cascade them all, then lower one target.
    const tawaran = f.getByTestId('indikator-induk');
    await expect.poll(() => tawaran.innerText(), { timeout: 10_000 }).toContain(induk[0]!.kode);
    await tawaran.getByRole('button', { name: 'Turunkan semua' }).click();
    expect(await f.getByLabel(`Target ${induk[0]!.kode}`, { exact: true }).inputValue()).not.toBe('');
    await f.getByLabel(`Target ${induk[0]!.kode}`, { exact: true }).fill('12,5');
    await f.getByLabel('Tambah program / kegiatan / sub kegiatan').selectOption(String(sub.id));
    await f.getByRole('button', { name: 'Tambah' }).last().click();
    await f.getByLabel(`Anggaran ${sub.kode}`, { exact: true }).fill('-5');
    await f.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await expect.poll(() => f.getByRole('alert').innerText(), { timeout: 10_000 }).toMatch(/anggaran: tidak boleh negatif/);
    expect((await env.db.one<{ n: number }>(sql`select count(*)::int as n from perjanjian_kinerja where jabatan_id = ${j.id}`)).n).toBe(0);
    await f.getByLabel(`Anggaran ${sub.kode}`, { exact: true }).fill('150.000.000');
    await f.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await page.waitForURL(/\/sakip\/pk\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await expect.poll(() => page.getByTestId('status-pk').innerText(), { timeout: 10_000 }).toContain('Draf');
    let pk = await apiGet<Pk>(page, `/api/sakip/pk/${id}`);
    expect(pk).toMatchObject({ status: 'draf', tanggal: `${tahun}-02-03`, pihakPertama: { nip: j.nip }, pihakKedua: { nip: j.nip_induk }, indukId: j.induk });
    expect(pk.indikator.map((i) => i.kode)).toEqual(induk.map((i) => i.kode));
    expect(Number(pk.indikator[0]!.target)).toBe(12.5);
    expect(pk.anggaran.map((a) => [a.kode, Number(a.anggaran)])).toEqual([[sub.kode, 150000000]]);

    // The draft's lines are edited in place: drop the first indicator, change the budget.
    const fu = page.getByRole('form', { name: 'Ubah draf Perjanjian Kinerja' });
    await expect.poll(() => fu.getByLabel(`Anggaran ${sub.kode}`, { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await fu.getByRole('button', { name: `Hapus indikator ${induk[0]!.kode}` }).click();
    await fu.getByLabel(`Anggaran ${sub.kode}`, { exact: true }).fill('175000000');
    await fu.getByRole('button', { name: 'Simpan draf' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts(), { timeout: 10_000 }).toContain('Perubahan draf tersimpan.');
    pk = await apiGet<Pk>(page, `/api/sakip/pk/${id}`);
    expect(pk.indikator.map((i) => i.kode)).toEqual(induk.slice(1).map((i) => i.kode));
    expect(Number(pk.anggaran[0]!.anggaran)).toBe(175000000);

    // Edited elsewhere meanwhile (another tab): the stale save is refused, said plainly, and the form reloads.
    await expect.poll(() => fu.getByLabel(`Anggaran ${sub.kode}`, { exact: true }).inputValue(), { timeout: 10_000 }).toBe('175000000');
    const lain = await apiPatch(page, `/api/sakip/pk/${id}`, { anggaran: [{ programKegiatanId: sub.id, anggaran: 160000000 }], versi: pk.versi });
    expect(lain.status()).toBe(200);
    await fu.getByLabel(`Anggaran ${sub.kode}`, { exact: true }).fill('999');
    await fu.getByRole('button', { name: 'Simpan draf' }).click();
    await expect.poll(() => page.getByRole('alert').allInnerTexts(), { timeout: 10_000 }).toContainEqual(expect.stringContaining('sudah diubah orang lain'));
    await expect.poll(() => fu.getByLabel(`Anggaran ${sub.kode}`, { exact: true }).inputValue(), { timeout: 10_000 }).toBe('160000000');
    expect(Number((await apiGet<Pk>(page, `/api/sakip/pk/${id}`)).anggaran[0]!.anggaran)).toBe(160000000);

    // A Perubahan PK from an approved PK: date and reason; the approved version is kept and listed.
    const disetujui = await env.db.one<{ id: number, versi: number }>(sql`
      select pk.id, pk.versi from perjanjian_kinerja pk where pk.tahun = ${tahun} and pk.status = 'disetujui'
         and not exists (select 1 from perjanjian_kinerja x where x.seri_id = pk.seri_id and x.nomor_perubahan > pk.nomor_perubahan)
       order by pk.id desc limit 1`);
    await page.goto(`/sakip/pk/${disetujui.id}`);
    await page.getByLabel('Tanggal perubahan').fill(`${tahun}-10-01`);
    await page.getByLabel('Alasan (misalnya P-APBD)').fill('Penyesuaian target setelah P-APBD');
    await page.getByRole('button', { name: 'Buat Perubahan PK' }).click();
    await page.waitForURL((u) => u.pathname !== `/sakip/pk/${disetujui.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 10_000 }).toContain('Perubahan PK ke-');
    const versi = await page.getByTestId('versi-pk').innerText();
    expect(versi).toContain('Disetujui kedua pihak');
    expect(versi).toContain('Penyesuaian target setelah P-APBD');
    expect(await page.locator('.pesan-peringatan').innerText()).toContain('Versi sebelumnya tetap tersimpan');
    expect((await env.db.one<{ status: string }>(sql`select status from perjanjian_kinerja where id = ${disetujui.id}`)).status).toBe('disetujui');
  });

  test('Renstra XLSX: unduh Renstra, berkas salah ditolak utuh dengan lembar-baris-kolom-alasan, berkas benar diimpor', async () => {
    const page = await halamanMasuk(env, 'perencana', { acceptDownloads: true });
    const renstra = (await env.db.one<{ id: number }>(sql`select r.id from renstra r join unit_organisasi u on u.id = r.unit_id where u.kode = 'BKPSDM'`)).id;
    await page.goto(`/sakip/renstra?renstra=${renstra}`);
    const kotak = page.getByTestId('impor-renstra');
    const [unduhan] = await Promise.all([page.waitForEvent('download'), kotak.getByRole('button', { name: 'Unduh Renstra (XLSX)' }).click()]);
    expect(unduhan.suggestedFilename()).toMatch(/^ekspor-renstra-BKPSDM-\d{4}-\d{4}\.xlsx$/);
    const isi = readFileSync((await unduhan.path())!);
    const lembar = await bacaXlsx(isi);
    expect(lembar.find((l) => l.nama === 'Indikator')!.baris.map((b) => b.sel[0])).toContain('IKU.4');

    // A workbook with two mistakes: refused whole, each named.
    const sebelum = await env.db.one<{ n: number }>(sql`select count(*)::int as n from tujuan_renstra where renstra_id = ${renstra}`);
    const salah = await bukuXlsx({ Tujuan: [['kode', 'uraian'], ['T.9', 'Tujuan baru dari impor']],
      Sasaran: [['kode', 'kode_tujuan', 'uraian'], ['S.9.1', 'T.8', 'Sasaran dengan tujuan keliru']] });
    await kotak.getByLabel('Berkas Renstra (XLSX dari template)').setInputFiles({ name: 'salah.xlsx', mimeType: 'application/octet-stream', buffer: salah });
    await kotak.getByRole('button', { name: 'Impor' }).click();
    const tabel = kotak.getByTestId('masalah-impor-renstra');
    await expect.poll(() => tabel.count(), { timeout: 10_000 }).toBe(1);
    expect(await tabel.innerText()).toContain('tujuan T.8 tidak ada di lembar Tujuan maupun di Renstra');
    expect(await kotak.getByRole('alert').innerText()).toContain('tidak ada data yang disimpan');
    expect((await env.db.one<{ n: number }>(sql`select count(*)::int as n from tujuan_renstra where renstra_id = ${renstra}`)).n).toBe(sebelum.n);

    // Corrected: written, and the page shows the new tujuan.
    const benar = await bukuXlsx({ Tujuan: [['kode', 'uraian'], ['T.9', 'Tujuan baru dari impor']],
      Sasaran: [['kode', 'kode_tujuan', 'uraian'], ['S.9.1', 'T.9', 'Sasaran baru dari impor']] });
    await kotak.getByLabel('Berkas Renstra (XLSX dari template)').setInputFiles({ name: 'benar.xlsx', mimeType: 'application/octet-stream', buffer: benar });
    await kotak.getByRole('button', { name: 'Impor' }).click();
    await expect.poll(() => kotak.getByRole('status').innerText(), { timeout: 10_000 }).toContain('Impor selesai (2 baris)');
    await expect.poll(() => page.getByRole('heading', { name: /Sasaran S\.9\.1: Sasaran baru dari impor/ }).count(), { timeout: 10_000 }).toBe(1);
  });
});

/** A change through the API with the page's session (another tab of the same user, say), with its CSRF token. */
async function apiPost(page: Page, jalur: string, data: unknown, method: 'post' | 'patch' = 'post') {
  const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/sesi');
  return page.request[method](jalur, { headers: { 'x-csrf-token': csrfToken }, data });
}
const apiPatch = (page: Page, jalur: string, data: unknown) => apiPost(page, jalur, data, 'patch');
