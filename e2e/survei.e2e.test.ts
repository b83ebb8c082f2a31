import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from '@simasn/db';
import { formatAngka, hariIniIso } from '@simasn/domain';
import { zonaInstansi } from '@simasn/platform';
import { angka, apiGet, bukaMenu, halamanMasuk, lingkunganBerkas, masuk, pilihUnit } from './harness.ts';

const env = lingkunganBerkas();

const PONSEL = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** The answer picked per question (1-4): the 4th choice is the best. */
const JAWABAN = [4, 3, 4, 4, 3, 4, 4, 3, 4];

describe('survei kepuasan masyarakat', () => {
  test('pengguna layanan mengisi dari ponsel tanpa masuk, isian kedua ditolak; admin BKD melihat hasilnya bertambah dan mengunduh XLSX', async () => {
    const layanan = await env.db.one<{ id: number, token: string, nama: string }>(sql`
      select id, token, nama from layanan_survei where kode = 'SKM-BKPSDM'`);
    const tahun = Number(hariIniIso(env.sekarang(), await zonaInstansi(env.db, 1)).slice(0, 4));
    const sebelum = (await env.db.one<{ n: number }>(sql`
      select count(*)::int as n from respon_survei
       where layanan_id = ${layanan.id} and tanggal between ${`${tahun}-01-01`}::date and ${`${tahun}-12-31`}::date`)).n;

    // 1. A respondent on a phone opens the public link twice (two tabs), without logging in.
    const hp = await env.konteks(PONSEL);
    const tab1 = await hp.newPage();
    const tab2 = await hp.newPage();
    for (const t of [tab1, tab2]) {
      await t.goto(`/survei/${layanan.token}`);
      await t.getByRole('heading', { name: layanan.nama }).waitFor();
      expect(new URL(t.url()).pathname).toBe(`/survei/${layanan.token}`);
    }
    expect(await tab1.getByRole('navigation', { name: 'Navigasi utama' }).count()).toBe(0);
    const isi = async (t: typeof tab1) => {
      for (const [i, v] of JAWABAN.entries()) {
        const soal = t.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) });
        await soal.locator('label').nth(v - 1).click();
        await expect.poll(() => soal.getByRole('radio').nth(v - 1).isChecked()).toBe(true);
      }
    };

    // 2. Sending with a question unanswered is stopped on the page; all nine answered, it goes through.
    await tab1.getByRole('group', { name: /^1\. / }).locator('label').nth(3).click();
    await tab1.getByRole('button', { name: 'Kirim penilaian' }).click();
    await expect.poll(() => tab1.getByRole('alert').innerText()).toMatch(/Masih ada 8 pertanyaan yang belum dijawab \(nomor 2, 3, 4, 5, 6, 7, 8, 9\)/);
    await isi(tab1);
    expect(await tab1.getByRole('alert').count()).toBe(0);
    await tab1.getByLabel('Umur (tahun)').fill('34');
    await tab1.getByLabel('Jenis kelamin').selectOption({ label: 'Perempuan' });
    await tab1.getByLabel('Pendidikan terakhir').selectOption({ label: 'D4 atau S1' });
    await tab1.getByLabel('Saran dan masukan').fill('Pelayanan cepat, mohon ruang tunggu ditambah kursi.');
    expect(await tab1.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await tab1.screenshot({ path: '/tmp/simasn-e2e-survei-390.png', fullPage: true });
    await tab1.getByRole('button', { name: 'Kirim penilaian' }).click();
    const terima = tab1.getByTestId('terima-kasih');
    await terima.waitFor();
    expect(await terima.innerText()).toMatch(/Terima kasih/);

    // 3. The same browser sends again (the second tab): refused with the reason.
    await isi(tab2);
    await tab2.getByRole('button', { name: 'Kirim penilaian' }).click();
    const tolak = tab2.getByRole('alert');
    await tolak.waitFor();
    expect(await tolak.innerText()).toBe(`Perangkat ini sudah mengisi survei untuk layanan ${layanan.nama} hari ini. Terima kasih; Anda dapat mengisi lagi besok.`);
    await tab2.reload();
    await tab2.getByTestId('sudah-mengisi').waitFor();
    expect(await tab2.getByRole('button', { name: 'Kirim penilaian' }).count()).toBe(0);

    // 4. The admin BKD opens the results: one respondent more, the IKM in Indonesian format, the chart.
    const admin = await halamanMasuk(env, 'admin.bkd');
    await bukaMenu(admin, 'Survei Kepuasan', '**/survei');
    const daftar = admin.getByTestId('daftar-layanan-survei');
    await daftar.waitFor();
    await daftar.getByRole('button', { name: layanan.nama }).click();
    const rincian = admin.getByTestId('rincian-layanan');
    await rincian.getByRole('heading', { name: layanan.nama }).waitFor();
    await expect.poll(async () => angka(await admin.getByTestId('jumlah-responden').innerText())).toBe(sebelum + 1);
    const hasil = await apiGet<{ responden: number, ikm: { nilai: number, mutu: { kode: string, label: string } }, unsur: unknown[] }>(admin,
      `/api/survei/${layanan.id}/hasil?tahun=${tahun}`);
    expect(hasil.responden).toBe(sebelum + 1);
    const ikmTeks = await admin.getByTestId('ikm-nilai').innerText();
    expect(ikmTeks).toMatch(/^\d{2,3},\d{2}$/);
    expect(ikmTeks).toBe(formatAngka(hasil.ikm.nilai, 2));
    await expect.poll(() => rincian.getByText(`${hasil.ikm.mutu.kode} (${hasil.ikm.mutu.label})`).count()).toBeGreaterThan(0);
    const grafik = admin.getByTestId('grafik-nrr');
    await grafik.waitFor();
    expect((await grafik.boundingBox())!.height).toBeGreaterThan(100);
    // A bar per unsur, as long as its NRR on the 1-4 axis.
    expect(await grafik.locator('.grafik-batang').count()).toBe(hasil.unsur.length);
    await expect.poll(() => rincian.getByText('Pelayanan cepat, mohon ruang tunggu ditambah kursi.').count()).toBe(1);
    // The public link and its QR code, for the desk to print.
    expect(await admin.getByTestId('tautan-survei').getAttribute('href')).toBe(`${env.url}/survei/${layanan.token}`);
    expect(await admin.getByTestId('qr-survei').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await admin.screenshot({ path: '/tmp/simasn-e2e-survei-hasil.png', fullPage: true });

    // 5. The XLSX: the IKM cell is the figure on the screen.
    const [unduhan] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('unduh-xlsx').click()]);
    expect(unduhan.suggestedFilename()).toMatch(/^ikm-SKM-BKPSDM-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await unduhan.path())!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hasil IKM', 'Responden']);
    let selIkm: unknown;
    wb.getWorksheet('Hasil IKM')!.eachRow((b) => {
      if (String(b.getCell(2).value ?? '').startsWith('IKM')) selIkm = b.getCell(5).value;
    });
    expect(selIkm).toBe(hasil.ikm.nilai);
    expect(wb.getWorksheet('Responden')!.rowCount).toBe(4 + sebelum + 1);

    // 6. A manager adds a service unit: it is picked, with no respondents yet and its QR code ready.
    await admin.getByRole('button', { name: 'Tambah layanan' }).click();
    const form = admin.getByRole('form', { name: 'Tambah layanan yang disurvei' });
    await form.getByLabel(/^Kode/).fill('SKM-UJI-E2E');
    await form.getByLabel(/^Nama layanan/).fill('Pelayanan Legalisir Dokumen Kepegawaian');
    const bkpsdm = await env.db.one<{ nama: string }>(sql`select nama from unit_organisasi where kode = 'BKPSDM'`);
    await pilihUnit(form.getByLabel(/^Unit penyelenggara/), bkpsdm.nama);
    await form.getByLabel('Perkiraan pengguna per periode').fill('500');
    await form.getByRole('button', { name: 'Simpan layanan' }).click();
    await admin.getByText('Layanan disimpan. Cetak kode QR-nya untuk loket pelayanan.').waitFor();
    await rincian.getByRole('heading', { name: 'Pelayanan Legalisir Dokumen Kepegawaian' }).waitFor();
    expect(await rincian.getByText('Belum ada responden pada periode ini.').count()).toBe(1);
    await admin.getByTestId('qr-survei').waitFor();
    const baru = await env.db.one<{ token: string, populasi: number }>(sql`select token, populasi from layanan_survei where kode = 'SKM-UJI-E2E'`);
    expect(baru.populasi).toBe(500);
    expect(await admin.getByTestId('tautan-survei').getAttribute('href')).toBe(`${env.url}/survei/${baru.token}`);
  });

  test('admin BKD mengubah dan menonaktifkan layanan dari halaman: 422 dengan nama isian, 409 bila diubah orang lain, tautan publik ditutup', async () => {
    const l = await env.db.one<{ id: number, token: string, nama: string, versi: number }>(sql`
      select id, token, nama, versi from layanan_survei where kode = 'SKM-DPMPTSP'`);
    const k = await env.konteks();
    const a = await k.newPage();
    await masuk(a, 'admin.bkd');
    const buka = async (p: typeof a) => {
      await p.goto(`/survei?layanan=${l.id}`);
      await p.getByTestId('rincian-layanan').getByRole('heading', { name: l.nama }).waitFor();
      await p.getByRole('button', { name: 'Ubah atau nonaktifkan layanan' }).click();
      return p.getByRole('form', { name: 'Ubah layanan yang disurvei' });
    };
    const formA = await buka(a);

    // A name too short: refused by the server, the field named in Indonesian, nothing changed.
    await formA.getByLabel(/^Nama layanan/).fill('ab');
    await formA.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect.poll(() => formA.getByRole('alert').innerText()).toMatch(/Nama layanan: minimal 3 huruf/);
    expect(await env.db.one(sql`select nama, versi from layanan_survei where id = ${l.id}`)).toEqual({ nama: l.nama, versi: l.versi });

    // Someone else (a second tab) changes the population first: this tab's save gets 409 and the form reloads their version.
    const b = await k.newPage();
    const formB = await buka(b);
    await formB.getByLabel('Perkiraan pengguna per periode').fill('3.500');
    await formB.getByRole('button', { name: 'Simpan perubahan' }).click();
    await b.getByText(/^Layanan .* disimpan\.$/).waitFor();
    await formA.getByLabel(/^Nama layanan/).fill('Pelayanan Perizinan Berusaha Terpadu');
    await formA.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect.poll(() => formA.getByRole('alert').innerText()).toMatch(/sudah diubah orang lain/);
    await expect.poll(() => formA.getByLabel('Perkiraan pengguna per periode').inputValue()).toBe('3.500');

    // Reapplied on the fresh version, and deactivated.
    await formA.getByLabel(/^Nama layanan/).fill('Pelayanan Perizinan Berusaha Terpadu');
    await formA.getByRole('checkbox', { name: /Aktif/ }).uncheck();
    await formA.getByRole('button', { name: 'Simpan perubahan' }).click();
    await a.getByText('Layanan Pelayanan Perizinan Berusaha Terpadu disimpan: tidak aktif, tautannya tidak menerima isian.').waitFor();
    expect(await env.db.one(sql`select nama, populasi, aktif, versi from layanan_survei where id = ${l.id}`)).toEqual({ nama: 'Pelayanan Perizinan Berusaha Terpadu',
      populasi: 3500, aktif: false, versi: l.versi + 2 });
    await a.getByText('Layanan ini tidak aktif: tautannya tidak menerima isian.').waitFor();
    await expect.poll(() => a.getByTestId('daftar-layanan-survei').getByText(/tidak aktif/).count()).toBe(1);
    expect(await env.db.one(sql`select count(*)::int n from audit_log where aksi = 'survei.layanan_ubah' and entitas_id = ${String(l.id)}`)).toEqual({ n: 2 });

    // The public link no longer takes answers.
    const hp = await (await env.konteks(PONSEL)).newPage();
    await hp.goto(`/survei/${l.token}`);
    await expect.poll(() => hp.getByText(/tidak ditemukan atau sudah ditutup/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});
