import { describe, expect, test } from 'vitest';
import { apiGet, halamanMasuk, lampirkanDanTeruskan, lingkunganBerkas, pdfSementara, tungguLangkah } from './harness.ts';

interface BarisKp {
  nip: string;
  nama: string;
  hasil: { memenuhiSyarat: boolean, golonganBaru: string };
  usulan: { id: number } | null;
}
interface DaftarKp {
  periode: string;
  memenuhi: BarisKp[];
  tidakMemenuhi: BarisKp[];
}
interface Usulan {
  id: number;
  langkah: string;
  status: string;
  data: { nomorSk?: string };
  dokumen: { kode: string, label: string, wajib: boolean, terlampir: unknown }[];
}

const env = lingkunganBerkas({ jumlahPegawai: 1500 });

describe('E-Pangkat: satu usulan dari OPD sampai disetujui BKD', () => {
  test('admin OPD memilih pegawai yang memenuhi syarat, melampirkan dokumen, BKD mengembalikan lalu menyetujui; SK dapat diunduh', async () => {
    const opd = await halamanMasuk(env, 'admin.dindik', { viewport: { width: 390, height: 844 } });
    await opd.goto('/e-pangkat');
    const periode = await opd.getByLabel('Periode').inputValue();
    const daftar = await apiGet<DaftarKp>(opd, `/api/kenaikan-pangkat?periode=${periode}`);
    const calon = daftar.memenuhi.find((r) => r.hasil.memenuhiSyarat && !r.usulan)!;
    expect(calon).toBeDefined();
    if (daftar.tidakMemenuhi.length) {
      await opd.getByLabel('Daftar').selectOption('tidak_memenuhi');
      await opd.getByLabel('Cari nama, NIP, unit atau jabatan').fill(daftar.tidakMemenuhi[0]!.nip);
      await expect.poll(() => opd.getByTestId('kp-tidak-memenuhi').innerText()).toContain(daftar.tidakMemenuhi[0]!.nama);
      await opd.getByLabel('Daftar').selectOption('');
    }
    // The list is paged on the server: find the employee by the search box.
    await opd.getByLabel('Cari nama, NIP, unit atau jabatan').fill(calon.nip);
    await expect.poll(() => opd.getByTestId('kp-memenuhi').locator('tbody tr').count(), { timeout: 30_000 }).toBe(1);
    // Someone already in a running usulan cannot be chosen: the checkbox is disabled with the reason beside it.
    const sudah = daftar.memenuhi.find((r) => r.usulan);
    if (sudah) {
      await opd.getByLabel('Cari nama, NIP, unit atau jabatan').fill(sudah.nip);
      await expect.poll(() => opd.getByLabel(`Pilih ${sudah.nama}`).isDisabled().catch(() => null), { timeout: 30_000 }).toBe(true);
      await opd.getByLabel('Cari nama, NIP, unit atau jabatan').fill(calon.nip);
      await expect.poll(() => opd.getByLabel(`Pilih ${calon.nama}`).isEnabled().catch(() => null), { timeout: 30_000 }).toBe(true);
    }
    await opd.getByLabel(`Pilih ${calon.nama}`).check();
    await opd.getByRole('button', { name: /Usulkan 1 pegawai/ }).click();
    await opd.getByRole('dialog').getByRole('button', { name: 'Usulkan 1 pegawai' }).click();
    await expect.poll(() => opd.getByText('1 usulan dibuat').count()).toBe(1);
    const baris = opd.getByTestId('kp-memenuhi').getByRole('row').filter({ hasText: calon.nama });
    await baris.getByRole('link', { name: /Nomor \d+/ }).click();
    const id = Number(new URL(opd.url()).searchParams.get('usulan'));
    await tungguLangkah(opd, /Pengajuan OPD/);

    await lampirkanDanTeruskan(opd, id);
    await tungguLangkah(opd, /Verifikasi BKD/);

    // BKD returns it with a reason; the OPD sends it again.
    const verif = await halamanMasuk(env, 'verifikator');
    await verif.goto(`/e-pangkat?periode=${periode}`);
    await verif.getByTestId('antrian-kenaikan_pangkat').first().getByRole('link', { name: String(id), exact: true }).click();
    await tungguLangkah(verif, /Verifikasi BKD/);
    await verif.getByLabel(/Alasan/).fill('SKP tahun lalu belum ditandatangani penilai');
    await verif.getByRole('button', { name: 'Kembalikan untuk perbaikan' }).click();
    await tungguLangkah(verif, /Dikembalikan/);

    await opd.reload();
    await tungguLangkah(opd, /Dikembalikan/);
    await expect.poll(() => opd.getByTestId('jejak-layanan').innerText()).toContain('SKP tahun lalu belum ditandatangani penilai');
    await opd.getByLabel('Unggah SKP dua tahun terakhir').setInputFiles(pdfSementara('skp-bertanda-tangan.pdf'));
    await expect.poll(() => opd.getByTestId('dokumen-skp').innerText(), { timeout: 10_000 }).toContain('skp-bertanda-tangan.pdf');
    await opd.getByRole('button', { name: 'Teruskan' }).click();
    await tungguLangkah(opd, /Verifikasi BKD/);

    // Approval: the SK draft is issued and opens as a PDF.
    await verif.reload();
    await verif.getByRole('button', { name: 'Setujui dan terbitkan SK' }).click();
    await tungguLangkah(verif, /SK ditetapkan/);
    const akhir = await apiGet<Usulan>(verif, `/api/layanan/usulan/${id}`);
    expect(akhir.data.nomorSk).toMatch(/^800\.1\.3\.3\/\d{4}\//);
    await expect.poll(() => verif.getByTestId('sk-kp').innerText()).toContain(akhir.data.nomorSk!);
    const pdf = await verif.request.get(`/api/kenaikan-pangkat/usulan/${id}/sk/pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
