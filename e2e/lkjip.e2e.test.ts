import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bacaDocx, bacaPdf } from '@simasn/platform/dokumen/baca';
import { apiGet, bukaMenu, halamanMasuk, lingkunganBerkas, pilihUnit } from './harness.ts';

interface Renstra {
  id: number;
  unitId: number;
  unitNama: string;
  tahunAwal: number;
  tahunAkhir: number;
}
interface Respons {
  status: string;
  progres: number;
}

const env = lingkunganBerkas();

describe('Laporan LKjIP: narasi, pemeriksaan, pembuatan di latar belakang, unduhan', () => {
  test('perencana menulis strategi, memeriksa konsistensi, membuat DOCX dan PDF sambil melihat progresnya, lalu mengunduh keduanya', async () => {
    const page = await halamanMasuk(env, 'perencana', { acceptDownloads: true });
    await bukaMenu(page, 'Laporan LKjIP', '**/lkjip');

    const [r] = await apiGet<Renstra[]>(page, '/api/sakip/renstra');
    expect(r).toBeTruthy();
    // The demo's complete year is last year (the Renstra's last year is still in progress).
    const tahun = r!.tahunAkhir - 1;
    await pilihUnit(page.getByLabel('Perangkat daerah'), r!.unitNama);
    await page.getByLabel('Tahun', { exact: true }).selectOption(String(tahun));
    await page.getByLabel('Periode').selectOption('0');

    // A narrative part written here is carried into the document.
    const strategi = page.getByTestId('narasi-strategi');
    await strategi.getByRole('textbox').fill('Strategi uji ujung ke ujung:\n- Memperluas pelatihan daring bagi pelaksana');
    await strategi.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => strategi.getByText('Tersimpan.').count(), { timeout: 10_000 }).toBe(1);

    // The consistency check on the app's own data finds nothing.
    await page.getByRole('button', { name: 'Periksa konsistensi' }).click();
    try {
      await expect.poll(() => page.getByText(/Tidak ada temuan/).count(), { timeout: 60_000 }).toBe(1);
    } catch (e) {
      // Seen once in three runs on an idle machine, not reproduced: what the page showed instead, for the next look.
      console.log(`Laporan LKjIP tanpa hasil pemeriksaan:\n${await page.locator('.laporan-lkjip').innerText().catch(() => '(tidak terbaca)')}`);
      throw e;
    }

    // What the page learns of each job, in order, as the server answered it: the request's answer
    // (the job as queued), then every poll of its progress. Only the answer is sure to come before
    // the job ends: a small report can be done before the page's first poll (which then reads
    // "selesai" at once), so that poll's status is not asserted.
    const jejak = new Map<number, Respons[]>();
    page.on('response', async (res) => {
      const { pathname } = new URL(res.url());
      const minta = pathname === '/api/sakip/lkjip' && res.request().method() === 'POST';
      const m = /\/api\/sakip\/lkjip\/pekerjaan\/(\d+)$/.exec(pathname);
      if (!(minta || m) || !res.ok()) return;
      const j = (await res.json()) as Respons & { id: number };
      const id = minta ? j.id : Number(m![1]);
      jejak.set(id, [...(jejak.get(id) ?? []), { status: j.status, progres: j.progres ?? 0 }]);
    });

    // With parts nobody wrote, the report is refused with their list (issue 10 item 15); the user chooses to leave them blank.
    await page.getByRole('button', { name: 'Buat DOCX' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'bagian belum diisi pada menu Laporan LKjIP' }).count(), { timeout: 10_000 }).toBe(1);
    await page.getByLabel(/Biarkan bagian yang belum diisi kosong/).check();

    for (const format of ['docx', 'pdf'] as const) {
      await page.getByRole('button', { name: `Buat ${format.toUpperCase()}` }).click();
      const kartu = page.getByTestId('pekerjaan-lkjip').filter({ hasText: format.toUpperCase() }).first();
      await expect.poll(() => kartu.getAttribute('data-status'), { timeout: 30_000 }).toBe('selesai');
      const unduh = kartu.getByTestId(`unduh-${format}`);
      const [berkas] = await Promise.all([page.waitForEvent('download'), unduh.click()]);
      expect(berkas.suggestedFilename()).toMatch(new RegExp(`^LKjIP-.+-${tahun}\\.${format}$`));
      const isi = readFileSync((await berkas.path())!);
      if (format === 'docx') {
        const d = await bacaDocx(isi);
        for (const t of [
          'IKHTISAR EKSEKUTIF',
          'BAB III AKUNTABILITAS KINERJA',
          'Tabel 3.1 Pengukuran Capaian Kinerja',
          'Tabel 3.8 Realisasi Anggaran',
          'Memperluas pelatihan daring bagi pelaksana',
          r!.unitNama,
        ]) expect(d.teks, t).toContain(t);
        expect(d.adaDaftarIsi).toBe(true);
        expect(d.gambar.length).toBeGreaterThanOrEqual(2);
        expect(d.teks).toMatch(/Rp \d{1,3}(\.\d{3})+,\d{2}/);
        // Last year is complete: the Perubahan PK after the P-APBD, and the final Sistem Merit (not a draft).
        expect(d.teks).toContain(`Perubahan APBD Tahun Anggaran ${tahun}`);
        expect(d.teks).toContain(`Penilaian mandiri Sistem Merit tahun ${tahun} menghasilkan indeks`);
        expect(d.teks).not.toContain('Bagian ini belum diisi');
      } else {
        const p = await bacaPdf(isi);
        const teks = p.halaman.join('\n');
        for (const t of ['DAFTAR ISI', 'BAB IV PENUTUP', 'Memperluas pelatihan daring bagi pelaksana', 'Tabel 3.5 Efisiensi']) expect(teks, t).toContain(t);
        expect(p.jumlahHalaman).toBeGreaterThan(10);
        expect(p.jumlahGambar).toBeGreaterThanOrEqual(2);
      }
    }
    // Each job: queued when asked for, then polled by the page until done at 100%, its status and
    // progress never going back.
    expect(jejak.size).toBe(2);
    const urutan = ['antri', 'berjalan', 'selesai'];
    for (const [, r2] of jejak) {
      expect(r2[0]).toEqual({ status: 'antri', progres: 0 });
      expect(r2.length).toBeGreaterThanOrEqual(2);
      expect(r2.at(-1)).toEqual({ status: 'selesai', progres: 100 });
      expect(r2.map((x) => urutan.indexOf(x.status))).toEqual([...r2.map((x) => urutan.indexOf(x.status))].sort((a, b) => a - b));
      expect(r2.map((x) => x.progres)).toEqual([...r2.map((x) => x.progres)].sort((a, b) => a - b));
    }

    // This year is in progress: its report up to Tribulan III (the last one entered) generates too.
    await page.getByLabel('Tahun', { exact: true }).selectOption(String(tahun + 1));
    await page.getByLabel('Periode').selectOption('3');
    await page.getByRole('button', { name: 'Buat PDF' }).click();
    const kartu = page.getByTestId('pekerjaan-lkjip').filter({ hasText: `Tribulan III ${tahun + 1}` }).first();
    await expect.poll(() => kartu.getAttribute('data-status'), { timeout: 30_000 }).toBe('selesai');
    const [berkas] = await Promise.all([page.waitForEvent('download'), kartu.getByTestId('unduh-pdf').click()]);
    expect(berkas.suggestedFilename()).toMatch(new RegExp(`^LKjIP-.+-${tahun + 1}-TW3\\.pdf$`));
    const teks = (await bacaPdf(readFileSync((await berkas.path())!))).halaman.join('\n');
    expect(teks).toContain(`Tribulan III Tahun ${tahun + 1}`);
    expect(teks).toContain(`per 30 September ${tahun + 1}`);
  });

  test('halaman tetap terbaca di ponsel', async () => {
    const page = await halamanMasuk(env, 'perencana', { viewport: { width: 390, height: 844 } });
    await page.goto('/lkjip');
    await expect.poll(() => page.getByRole('button', { name: 'Buat PDF' }).count(), { timeout: 10_000 }).toBe(1);
    const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(lebar).toBeLessThanOrEqual(392);
  });
});
