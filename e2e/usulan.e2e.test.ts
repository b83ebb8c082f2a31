import { describe, expect, test } from 'vitest';
import { apiGet, barisXlsx, bukaMenu, halamanMasuk, lingkunganBerkas, pdfSementara } from './harness.ts';

const env = lingkunganBerkas();

/** The demo's plain ASN account (a NIP, role asn only). */
function akunAsn(): string {
  const a = env.akun.find((x) => /^\d{18}$/.test(x.namaPengguna) && x.peran.some((p) => /asn/i.test(p)) && !x.peran.some((p) => /atasan/i.test(p)))
    ?? env.akun.find((x) => /^\d{18}$/.test(x.namaPengguna));
  if (!a) throw new Error(`akun ASN demo tidak ditemukan: ${JSON.stringify(env.akun)}`);
  return a.namaPengguna;
}

describe('usulan perubahan data oleh ASN dan verifikasinya', () => {
  test('ASN mengusulkan tempat lahir baru, verifikator menyetujui, verifikator kedua mendapat pesan konflik', async () => {
    const nip = akunAsn();
    const tempatBaru = 'Kota Uji Ujung';
    const pdf = pdfSementara();

    // 1. The ASN proposes the change from Data Saya.
    const asn = await halamanMasuk(env, nip);
    await bukaMenu(asn, 'Data Saya', '**/saya');
    const profil = await apiGet<{ tempatLahir: string | null }>(asn, `/api/pegawai/${nip}`);
    const tempatLama = profil.tempatLahir ?? '–';
    expect(tempatLama).not.toBe(tempatBaru);
    await asn.getByRole('button', { name: 'Usulkan perubahan' }).click();
    const form = asn.getByRole('form', { name: 'Usulkan perubahan' });
    await expect.poll(() => form.getByLabel('Tempat lahir', { exact: true }).inputValue()).toBe(profil.tempatLahir ?? '');
    await form.getByLabel('Tempat lahir', { exact: true }).fill(tempatBaru);
    await form.getByLabel(/Dokumen pendukung/).setInputFiles(pdf);
    await form.getByLabel(/Alasan perubahan/).fill('Menyesuaikan dengan KTP elektronik terbaru');
    await form.getByRole('button', { name: 'Kirim usulan' }).click();
    await asn.getByText('Usulan terkirim dan menunggu verifikasi BKD.').waitFor();

    await bukaMenu(asn, 'Usulan Saya', '**/usulan-saya');
    const kartu = asn.locator('li.kartu-usulan').filter({ hasText: 'Menyesuaikan dengan KTP elektronik terbaru' });
    await kartu.waitFor();
    await expect.poll(() => kartu.locator('.lencana').innerText()).toBe('Diajukan');
    const href = await kartu.getByRole('link', { name: 'Lihat rincian' }).getAttribute('href');
    const id = Number(href!.split('/').pop());
    expect(id).toBeGreaterThan(0);

    // 2. Verifier B (on a phone) opens the proposal and keeps the page open.
    const v2 = await halamanMasuk(env, 'verifikator2', { viewport: { width: 390, height: 844 } });
    await v2.goto(`/verifikasi/${id}`);
    await v2.getByRole('heading', { name: 'Perbandingan data' }).waitFor();
    await v2.getByRole('button', { name: 'Tolak' }).waitFor();

    // 3. Verifier A is told a proposal arrived (the bell, a link to it), finds it in the queue, compares, approves.
    const v1 = await halamanMasuk(env, 'verifikator');
    await v1.getByTestId('lonceng').click();
    const masuk = v1.getByRole('dialog', { name: 'Notifikasi' }).getByRole('listitem').filter({ hasText: 'Usulan perubahan data baru' }).first();
    await expect.poll(() => masuk.innerText()).toContain('Perubahan data pribadi');
    await masuk.getByRole('button').click();
    await v1.waitForURL(`**/verifikasi/${id}`);
    await bukaMenu(v1, 'Verifikasi', '**/verifikasi');
    await v1.getByTestId('antrian-usulan').waitFor();
    await v1.locator(`a[href="/verifikasi/${id}"]`).click();
    await v1.waitForURL(`**/verifikasi/${id}`);
    const baris = v1.getByTestId('perbandingan').locator('tbody tr').filter({ has: v1.getByRole('rowheader', { name: 'Tempat lahir' }) });
    await baris.waitFor();
    const sel = (await baris.locator('td').allInnerTexts()).map((s) => s.trim());
    expect(sel[0]).toBe(tempatLama);
    expect(sel[1]).toContain(tempatLama);
    expect(sel[2]).toBe(tempatBaru);
    expect(await baris.getAttribute('class')).toContain('berubah');
    const dokumen = v1.getByRole('link', { name: /Buka dokumen pendukung/ });
    expect(await dokumen.getAttribute('target')).toBe('_blank');
    const isiDokumen = await v1.request.get((await dokumen.getAttribute('href'))!);
    expect(isiDokumen.headers()['content-type']).toBe('application/pdf');
    await v1.getByLabel('Catatan persetujuan (opsional)').fill('Sesuai dokumen KTP');
    await v1.getByRole('button', { name: 'Setujui' }).click();
    await v1.getByText('Usulan disetujui dan perubahan sudah diterapkan.').waitFor();
    await expect.poll(() => v1.locator('.judul-halaman .lencana').innerText()).toBe('Disetujui');

    // 4. Verifier B, on the stale page, rejects: the conflict message is shown.
    await v2.getByLabel('Alasan penolakan').fill('Dokumen pendukung tidak terbaca');
    await v2.getByRole('button', { name: 'Tolak' }).click();
    const konflik = v2.getByTestId('pesan-konflik');
    await konflik.waitFor();
    expect(await konflik.innerText()).toMatch(/sudah disetujui oleh/);
    await expect.poll(() => konflik.isVisible()).toBe(true);
    await expect.poll(() => v2.getByRole('button', { name: 'Tolak' }).count()).toBe(0);
    expect(await v2.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await v2.evaluate('window.scrollTo(0, 0)');
    await v2.screenshot({ path: '/tmp/simasn-e2e-verifikasi-390.png', fullPage: true });

    // 5. The ASN is told of the decision (the bell, dated in Indonesian, linking to the proposal), and sees it and the new value.
    await asn.reload();
    await asn.getByTestId('lonceng').click();
    const putus = asn.getByRole('dialog', { name: 'Notifikasi' }).getByRole('listitem').filter({ hasText: 'Usulan perubahan data disetujui' }).first();
    await expect.poll(() => putus.innerText()).toMatch(/Perubahan data pribadi yang Anda ajukan pada \d{1,2} [A-Z][a-z]+ \d{4} disetujui/);
    await putus.getByRole('button').click();
    await asn.waitForURL(`**/usulan-saya/${id}`);
    await bukaMenu(asn, 'Usulan Saya', '**/usulan-saya');
    await expect.poll(() => kartu.locator('.lencana').innerText()).toBe('Disetujui');
    await expect.poll(() => kartu.innerText()).toContain('Sesuai dokumen KTP');
    await asn.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Data Saya' }).click();
    await expect.poll(() => asn.getByTestId('ttl').innerText()).toContain(tempatBaru);
  });
});

describe('the verification queue as a long list', () => {
  test('the SIMAK queue is searched and exported with the same query (issue 10 item 17)', async () => {
    const page = await halamanMasuk(env, 'verifikator');
    await page.goto('/verifikasi?status=semua');
    await page.getByLabel('Cari nama, NIP atau alasan').fill('zzz tidak ada');
    await expect.poll(() => page.url()).toContain('q=zzz');
    await page.getByText('Tidak ada usulan yang cocok.').waitFor();
    const ekspor = await page.getByRole('link', { name: 'Ekspor XLSX' }).getAttribute('href');
    expect(ekspor).toContain('q=zzz');
    expect((await barisXlsx(page, ekspor!)).filter((r) => typeof r[0] === 'number')).toEqual([]);
  });
});
