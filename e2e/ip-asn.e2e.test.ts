import { describe, expect, test } from 'vitest';
import { formatAngka, hariIniIso, ZONA_BAWAAN } from '@simasn/domain';
import { angka, apiGet, barisXlsx, bukaMenu, halamanMasuk, lingkunganBerkas } from './harness.ts';

interface Nilai {
  total: number;
  kualifikasi: number;
}
interface HasilIpAsn {
  jumlahPegawai: number;
  rataRata: Nilai;
  kategori: string;
  kekurangan: { kode: string, uraian: string, pegawai: number }[];
  perUnit: { unitId: number }[];
}

const env = lingkunganBerkas();

const tahun = Number(hariIniIso(env.sekarang(), ZONA_BAWAAN).slice(0, 4));

describe('IP ASN: nilai, mengapa, dan perencana pelatihan', () => {
  test('perencana melihat nilai dan grafik, membuka siapa kekurangan apa, lalu menyusun rencana pelatihan', async () => {
    const page = await halamanMasuk(env, 'perencana');
    await bukaMenu(page, 'IP ASN', '**/indeks/ip-asn');
    const api = await apiGet<HasilIpAsn>(page, `/api/indeks/ip-asn?tahun=${tahun}`);
    expect(api.jumlahPegawai).toBeGreaterThan(100);

    // The figure, in Indonesian format, and its category, as the API computes them.
    await expect.poll(() => page.getByTestId('nilai-ip-asn').innerText(), { timeout: 10_000 }).toBe(formatAngka(api.rataRata.total, 2));
    expect(await page.getByTestId('kategori-ip-asn').innerText()).toBe(api.kategori);
    await expect.poll(() => page.getByRole('img', { name: /Grafik nilai dimensi IP ASN/ }).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId('tabel-unit-ip').locator('tbody tr').count()).toBe(api.perUnit.length);

    // Why: pick the item that costs most; the list shows exactly the PNS who lack it.
    const terbesar = api.kekurangan.find((k) => k.kode === 'seminar')!;
    await page.getByTestId('tabel-kekurangan').getByRole('button', { name: terbesar.uraian }).click();
    await page.getByRole('heading', { name: `PNS dengan kekurangan: ${terbesar.uraian}` }).waitFor();
    await expect.poll(async () => angka((await page.getByTestId('jumlah-pegawai-ip').innerText()).split(' ')[0]!), { timeout: 10_000 }).toBe(terbesar.pegawai);
    const sel = await page.getByTestId('tabel-pegawai-ip').locator('td[data-label="Mengapa"]').allInnerTexts();
    expect(sel.length).toBeGreaterThan(0);
    for (const t of sel) expect(t).toMatch(/seminar/);

    // The planner: a budget for seminars only raises the index, and says by how much.
    await page.getByLabel('Anggaran (Rp)').fill('20.000.000');
    await page.getByLabel('Biaya diklat teknis per peserta (Rp)').fill('');
    await page.getByLabel('Biaya seminar/workshop per peserta (Rp)').fill('1.000.000');
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    const hasil = page.getByTestId('hasil-rencana');
    await hasil.waitFor();
    const sesudah = Number((await page.getByTestId('ip-sesudah').innerText()).replace(/\./g, '').replace(',', '.'));
    expect(sesudah).toBeGreaterThan(api.rataRata.total);
    expect(await hasil.locator('tbody tr').count()).toBe(20);
    await expect.poll(() => hasil.innerText(), { timeout: 10_000 }).toMatch(/Rp 20\.000\.000,00 terpakai/);
  });

  test('admin OPD hanya melihat perangkat daerahnya; ASN melihat nilainya sendiri', async () => {
    const page = await halamanMasuk(env, 'admin.dinkes');
    await page.goto('/indeks/ip-asn');
    const opd = await apiGet<HasilIpAsn>(page, `/api/indeks/ip-asn?tahun=${tahun}`);
    expect(opd.perUnit.length).toBe(1);
    await expect.poll(() => page.getByTestId('nilai-ip-asn').innerText(), { timeout: 10_000 }).toBe(formatAngka(opd.rataRata.total, 2));
    expect(await page.getByTestId('tabel-unit-ip').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Perencana pelatihan' }).count()).toBe(0);

    const asn = env.akun.find((a) => a.peran.length === 1 && a.peran[0] === 'asn')!;
    const p2 = await halamanMasuk(env, asn.namaPengguna);
    await p2.goto('/indeks/ip-asn');
    const diri = await apiGet<HasilIpAsn>(p2, `/api/indeks/ip-asn?tahun=${tahun}`);
    expect(diri.jumlahPegawai).toBe(1);
    await expect.poll(async () => p2.getByTestId('tabel-pegawai-ip').locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
  });
});

describe('IP ASN per pegawai as XLSX', () => {
  test('the per-employee export holds every ASN of the instansi with the dimension scores (issue 10 item 19)', async () => {
    const bkd = await halamanMasuk(env, 'admin.bkd');
    await bkd.goto('/indeks/ip-asn');
    const href = await bkd.getByTestId('ekspor-pegawai-xlsx').getAttribute('href');
    const api = await apiGet<{ jumlahPegawai: number }>(bkd, '/api/indeks/ip-asn');
    const baris = (await barisXlsx(bkd, href!)).filter((r) => typeof r[0] === 'number');
    expect(baris.length).toBe(api.jumlahPegawai);
    expect(baris[0]!.slice(5, 10).every((x) => typeof x === 'number')).toBe(true);
  });
});
