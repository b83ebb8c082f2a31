import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { labelBulan } from '@simasn/domain';
import { bacaPdf } from '@simasn/platform/dokumen/baca';
import { angka, halamanMasuk, lingkunganBerkas, periksaAxe } from './harness.ts';

/**
 * Issue 12 item 5 in the browser: the demo has TPP for its closed months of attendance (BKPSDM's),
 * the older locked, the latest open; BKD recomputes the open month, the admin OPD of BKPSDM reviews
 * their rows, BKD locks the month after confirming, BKAD downloads the daftar nominatif (XLSX and
 * PDF, opened and read against the stored figures), and an ASN of BKPSDM reads their own TPP with
 * its reasons on a phone. A few demo ASN have no bank account: the month warns of those the bank
 * file cannot pay, and the admin OPD records one from there on Rekening TPP.
 */
const env = lingkunganBerkas();
const FOTO = process.env.SIMASN_FOTO_TPP;

async function unduh(page: Page, href: string | null) {
  expect(href).toBeTruthy();
  const r = await page.request.get(href!);
  expect(r.status(), href!).toBe(200);
  return await r.body();
}
async function foto(page: Page, nama: string) {
  if (!FOTO) return;
  mkdirSync(FOTO, { recursive: true });
  await page.screenshot({ path: `${FOTO}/${nama}.png`, fullPage: true });
}

describe('TPP bulanan', () => {
  test('computed, reviewed, locked and exported; the ASN reads their own on a phone', async () => {
    // The demo's open month, and the perangkat daerah whose attendance runs (BKPSDM).
    const b = await env.db.one<{ bulan: string, pd: number, terkunci: string }>(sql`
      select to_char(m.bulan, 'YYYY-MM') as bulan, (select u.id::int from unit_organisasi u where u.kode = 'BKPSDM') as pd,
             (select to_char(max(k.bulan), 'YYYY-MM') from tpp_bulan k where k.status = 'dikunci') as terkunci
        from tpp_bulan m where m.status = 'draf' order by m.bulan desc limit 1`);
    const bulan = b.bulan;
    // BKAD before BKD locked the open month: the latest locked month is the one offered; the open one is not there to pay.
    const bkadHp = await halamanMasuk(env, 'bkad', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await bkadHp.goto('/tpp');
    await expect.poll(() => bkadHp.getByTestId('status-tpp').innerText()).toContain('dikunci');
    expect(await bkadHp.getByLabel('Bulan yang dikunci BKD').inputValue()).toBe(b.terkunci);
    expect(await bkadHp.getByLabel('Bulan yang dikunci BKD').locator(`option[value="${bulan}"]`).count()).toBe(0);
    // BKD computes the month.
    // From the menu (no month in the address) BKD lands on the open month, the one there is work on.
    const bkd = await halamanMasuk(env, 'admin.bkd');
    await bkd.goto('/tpp');
    await expect.poll(() => bkd.getByTestId('status-tpp').innerText()).toContain(`${labelBulan(bulan)}: draf`);
    await bkd.getByTestId('hitung-tpp').click();
    // The demo computed it already: BKD computes it again (reviews cleared).
    await bkd.getByRole('dialog').getByRole('button', { name: 'Hitung ulang', exact: true }).click();
    await expect.poll(() => bkd.getByText(/dihitung: [\d.]+ pegawai/).count()).toBe(1);
    await expect.poll(() => bkd.getByTestId('tpp-opd').locator('tbody tr').count()).toBeGreaterThan(1);
    await foto(bkd, 'tpp-bkd-1280');
    // Every other perangkat daerah has been reviewed by its admin (not this test's subject).
    await env.db.run(sql`insert into tpp_tinjau_opd (instansi_id, bulan, perangkat_daerah_id, ditinjau_pada)
      select distinct instansi_id, bulan, perangkat_daerah_id, now() from tpp_pegawai where bulan = ${`${bulan}-01`}::date and perangkat_daerah_id <> ${b.pd}
      on conflict do nothing`);
    // The admin OPD of BKPSDM sees only their perangkat daerah, each row with its reasons, and reviews it.
    const opd = await halamanMasuk(env, 'admin.bkpsdm');
    await opd.goto(`/tpp?bulan=${bulan}`);
    await expect.poll(() => opd.getByTestId('tpp-opd').locator('tbody tr').count()).toBe(1);
    await opd.getByTestId('tabel-tpp').getByRole('link', { name: 'Alasan' }).first().click();
    await expect.poll(async () => (await opd.getByTestId('tpp-asal').count()) + (await opd.getByText('Data belum lengkap').count())).toBeGreaterThan(0);
    await opd.goBack();
    await opd.getByTestId(`tinjau-${b.pd}`).click();
    await expect.poll(() => opd.getByText('Sudah ditinjau').count()).toBe(1);
    // BKD locks after confirming.
    await bkd.reload();
    await bkd.getByTestId('kunci-tpp').click();
    await bkd.getByRole('dialog').getByRole('button', { name: 'Kunci bulan' }).click();
    await expect.poll(() => bkd.getByTestId('status-tpp').innerText()).toContain('dikunci');
    expect(await bkd.getByTestId('hitung-tpp').count()).toBe(0);
    // BKAD: the nominatif of BKPSDM, XLSX and PDF, figures as stored.
    // BKAD opens TPP from the menu (no month in the address): the latest locked month, chosen among the locked ones.
    const bkad = await halamanMasuk(env, 'bkad');
    await bkad.goto('/tpp');
    await expect.poll(() => bkad.getByTestId('status-tpp').innerText()).toContain('dikunci');
    expect(await bkad.getByLabel('Bulan yang dikunci BKD').inputValue()).toBe(bulan);
    expect(await bkad.getByLabel('Bulan yang dikunci BKD').locator('option').count()).toBe(2);
    expect(await bkad.getByTestId('tpp-opd').getByRole('link', { name: 'Berkas bank' }).count()).toBeGreaterThan(0);
    expect(await bkad.getByTestId('hitung-tpp').count() + await bkad.getByTestId('kunci-tpp').count()).toBe(0);
    await bkadHp.reload();
    await expect.poll(() => bkadHp.getByTestId('status-tpp').innerText()).toContain('dikunci');
    // The rupiah figures fit their cards on the phone (no figure sticking out, no sideways scrolling).
    expect(await bkadHp.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(
      await bkadHp.locator('.nilai-angka').evaluateAll((xs) =>
        xs.filter((x) => x.scrollWidth > x.clientWidth + 1 || x.getBoundingClientRect().right > 390).map((x) => x.textContent)
      ),
    ).toEqual([]);
    await foto(bkadHp, 'tpp-bkad-390');
    const baris = bkad.getByTestId('tpp-opd').locator('tbody tr').filter({ has: bkad.getByTestId(`pdf-${b.pd}`) });
    const x = await unduh(bkad, await baris.getByRole('link', { name: 'XLSX' }).getAttribute('href'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const kepala = (ws.getRow(4).values as unknown[]).slice(1);
    const kolNetto = kepala.indexOf('Netto') + 1;
    const kolNip = kepala.indexOf('NIP') + 1;
    const tersimpan = await env.db.many<{ nip: string, netto: string }>(sql`select nip, netto::text from tpp_pegawai where bulan = ${`${bulan}-01`}::date
      and perangkat_daerah_id = ${b.pd} and netto is not null order by nama, pegawai_id`);
    expect(tersimpan.length).toBeGreaterThan(0);
    const dariXlsx: [string, number][] = [];
    for (let n = 5; n < 5 + tersimpan.length; n++) dariXlsx.push([String(ws.getRow(n).getCell(kolNip).value), Number(ws.getRow(n).getCell(kolNetto).value)]);
    expect(dariXlsx).toEqual(tersimpan.map((t) => [t.nip, Number(t.netto)]));
    expect(ws.getRow(5 + tersimpan.length).getCell(kolNetto).value).toBe(tersimpan.reduce((s, t) => s + Number(t.netto), 0));
    const pdf = await unduh(bkad, await bkad.getByTestId(`pdf-${b.pd}`).getAttribute('href'));
    const teks = (await bacaPdf(pdf)).halaman.join('\n');
    expect(teks).toContain('DAFTAR NOMINATIF PENERIMA TAMBAHAN PENGHASILAN PEGAWAI (TPP)');
    expect(teks).toContain('Diverifikasi oleh,');
    expect(teks).toContain('Mengetahui,');
    await foto(bkad, 'tpp-bkad-1280');
    // An ASN of BKPSDM with a computed row reads their own TPP on a phone.
    const asn = await env.db.one<{ nip: string, netto: string }>(sql`select nip, netto::text from tpp_pegawai where bulan = ${`${bulan}-01`}::date and perangkat_daerah_id = ${b.pd}
      and netto is not null and nip in (select nama_pengguna from akun) order by pegawai_id limit 1`);
    const hp = await halamanMasuk(env, asn.nip, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await hp.goto(`/tpp/saya?bulan=${bulan}`);
    await expect.poll(() => hp.getByTestId('tpp-rincian').locator('li').count()).toBe(9);
    expect(await hp.getByTestId('tpp-diterima').innerText()).toContain(Number(asn.netto).toLocaleString('id-ID'));
    expect(await hp.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await foto(hp, 'tpp-asn-390');
    const opdHp = await halamanMasuk(env, 'admin.bkpsdm', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await opdHp.goto(`/tpp?bulan=${bulan}`);
    await expect.poll(() => opdHp.getByTestId('status-tpp').count()).toBe(1);
    await expect.poll(() => opdHp.getByTestId('tabel-tpp').count()).toBe(1);
    expect(await opdHp.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await foto(opdHp, 'tpp-opd-390');
  });

  // Runs on the month the test above computed.
  test('the month warns of ASN without a bank account; the admin OPD records one on Rekening TPP and sees it listed', async () => {
    const b = await env.db.one<{ bulan: string, pd: number, nip: string }>(sql`
      select to_char(t.bulan, 'YYYY-MM') as bulan, t.perangkat_daerah_id::int as pd, t.nip from tpp_pegawai t
        join pegawai p on p.instansi_id = t.instansi_id and p.id = t.pegawai_id
       where t.netto > 0 and p.nomor_rekening is null and t.perangkat_daerah_id = (select u.perangkat_daerah_id from akun_peran ap join unit_organisasi u
         on u.instansi_id = ap.instansi_id and u.id = ap.unit_id join akun a on a.id = ap.akun_id where a.nama_pengguna = 'admin.bkpsdm' and ap.peran = 'admin_opd')
       order by t.bulan desc, t.nama limit 1`);
    const opd = await halamanMasuk(env, 'admin.bkpsdm');
    await opd.goto(`/tpp?bulan=${b.bulan}`);
    const peringatan = opd.getByTestId('tanpa-rekening');
    await expect.poll(() => peringatan.count()).toBe(1);
    const jumlah = async () => ((await peringatan.count()) ? angka((await peringatan.innerText()).split(' ')[0]!) : 0);
    const sebelum = await jumlah();
    expect(sebelum).toBeGreaterThan(0);
    await peringatan.getByRole('link', { name: 'Lengkapi di Rekening TPP' }).click();
    await expect.poll(() => opd.getByRole('heading', { name: 'Rekening TPP', level: 1 }).count()).toBe(1);
    await expect.poll(() => opd.getByTestId('tabel-rekening').getByText('Belum ada rekening').count()).toBeGreaterThan(0);
    await opd.getByLabel('Cari nama atau NIP').fill(b.nip);
    await expect.poll(() => opd.getByTestId('tabel-rekening').locator('tbody tr').count()).toBe(1);
    await opd.getByTestId('tabel-rekening').getByRole('button', { name: /^Ubah rekening / }).click();
    const form = opd.getByTestId('form-rekening');
    await form.locator('#rekening-bank').selectOption('BRI');
    await form.locator('#rekening-nomor').fill('1234-5678');
    await form.getByRole('button', { name: 'Simpan rekening' }).click();
    // The error beside its field, in Indonesian; nothing sent.
    await expect.poll(() => form.locator('#rekening-nomor-salah').innerText()).toContain('nomor rekening hanya angka');
    expect(await form.locator('#rekening-nomor').getAttribute('aria-invalid')).toBe('true');
    await periksaAxe(opd, { main: true });
    await form.locator('#rekening-nomor').fill('123456789012345');
    await form.getByRole('button', { name: 'Simpan rekening' }).click();
    await expect.poll(() => opd.getByText(/Rekening .* disimpan: BRI/).count()).toBe(1);
    // Listed with its account (the admin OPD may see the number of its own pegawai), no longer "belum".
    await opd.getByLabel('Rekening', { exact: true }).selectOption('');
    await expect.poll(() => opd.getByTestId('tabel-rekening').locator('tbody tr').innerText()).toContain('123456789012345');
    expect(await opd.getByTestId('tabel-rekening').locator('tbody tr').innerText()).toContain('BRI');
    await periksaAxe(opd, { main: true });
    // An import: another OPD's pegawai refuses the whole sheet (row, column, reason); a right sheet is checked first, then written.
    const lain = await env.db.one<{ nip: string }>(sql`select nip from pegawai where kedudukan = 'aktif' and perangkat_daerah_id <> ${b.pd} and nomor_rekening is null
      order by id limit 1`);
    // Another BKPSDM pegawai without an account (one with TPP to receive that month, if there is one, counts off the warning too).
    const kedua = await env.db.one<{ nip: string, dibayar: boolean }>(sql`select nip, id in (select pegawai_id from tpp_pegawai where bulan = ${`${b.bulan}-01`}::date
      and netto > 0) as dibayar from pegawai where kedudukan = 'aktif' and perangkat_daerah_id = ${b.pd} and nomor_rekening is null and nip <> ${b.nip} order by 2, id limit 1`);
    const lembar = async (baris: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Rekening').addRows([['nip', 'nama_bank', 'nomor_rekening'], ...baris]);
      return { name: 'rekening.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
    };
    await opd.locator('#rekening-berkas').setInputFiles(await lembar([[kedua.nip, 'Bank Jatim', '0011223344'], [lain.nip, 'BRI', '123456789012345']]));
    await opd.getByRole('button', { name: 'Periksa dulu' }).click();
    await expect.poll(() => opd.getByTestId('masalah-impor-rekening').count()).toBe(1);
    expect(await opd.getByTestId('masalah-impor-rekening').innerText()).toMatch(/3\s+nip\s+\d{18}\s+pegawai dengan NIP ini tidak ditemukan dalam kewenangan Anda/);
    await opd.locator('#rekening-berkas').setInputFiles(await lembar([[kedua.nip, 'Bank Jatim', '0011223344']]));
    await opd.getByRole('button', { name: 'Periksa dulu' }).click();
    await expect.poll(() => opd.getByText('Berkas benar: 1 baris, 1 rekening akan berubah.', { exact: false }).count()).toBe(1);
    expect(await env.db.many(sql`select 1 from pegawai where nip = ${kedua.nip} and nomor_rekening is not null`)).toEqual([]);
    await opd.getByRole('button', { name: 'Impor', exact: true }).click();
    await expect.poll(() => opd.getByText('Impor selesai: 1 baris diperiksa, 1 rekening berubah.').count()).toBe(1);
    expect(await env.db.many(sql`select 1 from pegawai where nip in (${kedua.nip}, ${lain.nip}) and nomor_rekening like 'enc:%'`)).toHaveLength(1);
    // The month's warning counts one fewer for each of them that month pays.
    await opd.goto(`/tpp?bulan=${b.bulan}`);
    await expect.poll(() => opd.getByTestId('status-tpp').count()).toBe(1);
    await expect.poll(jumlah).toBe(sebelum - 1 - (kedua.dibayar ? 1 : 0));
  });

  test("BKAD imports a month's daftar gaji: problems beside their rows, then checked, confirmed and listed in rupiah", async () => {
    // A month nobody has computed yet (after the demo's latest), and a demo ASN.
    const b = await env.db.one<{ bulan: string, nip: string, nama: string }>(sql`
      select to_char((select max(bulan) from tpp_bulan) + interval '1 month', 'YYYY-MM') as bulan, nip, nama from pegawai where kedudukan = 'aktif' order by id limit 1`);
    const page = await halamanMasuk(env, 'bkad');
    await page.goto(`/tpp/daftar-gaji?bulan=${b.bulan}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Daftar Gaji', level: 1 }).count()).toBe(1);
    await expect.poll(() => page.getByText(/Belum ada daftar gaji .* yang cocok/).count()).toBe(1);
    // The template: the import's columns.
    const t = new ExcelJS.Workbook();
    await t.xlsx.load(await unduh(page, await page.getByRole('link', { name: 'Unduh template' }).getAttribute('href')) as unknown as ArrayBuffer);
    const kepala = (t.getWorksheet('Daftar gaji')!.getRow(1).values as unknown[]).slice(1) as string[];
    expect(kepala).toEqual(['nip', 'nama', 'gaji_pokok', 'tunjangan_keluarga', 'tunjangan_jabatan', 'tunjangan_umum', 'tunjangan_beras', 'tunjangan_lain', 'jumlah_kotor']);
    const lembar = async (baris: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Daftar gaji').addRows([kepala, ...baris]);
      return { name: 'daftar-gaji.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
    };
    await page.locator('#gaji-berkas').setInputFiles(await lembar([[b.nip, b.nama, null, 100_000, 0, 185_000, 72_420, 0, null]]));
    await page.getByRole('button', { name: 'Periksa dulu' }).click();
    await expect.poll(() => page.getByTestId('masalah-impor-gaji').count()).toBe(1);
    expect(await page.getByTestId('masalah-impor-gaji').innerText()).toMatch(/2\s+gaji_pokok\s+\(kosong\)\s+gaji pokok wajib diisi/);
    // Right: "Impor" checks first and asks; only the confirmation writes.
    await page.locator('#gaji-berkas').setInputFiles(await lembar([[b.nip, b.nama, 1_000_000, 100_000, 0, 185_000, 72_420, 0, 1_357_420]]));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('1 pegawai (1 baru, 0 diganti), jumlah gaji dan tunjangan Rp 1.357.420,00');
    expect(await env.db.many(sql`select 1 from tpp_gaji_bulan where nip = ${b.nip}`)).toEqual([]);
    await dialog.getByRole('button', { name: 'Impor', exact: true }).click();
    await expect.poll(() => page.getByText(/Daftar gaji .* diimpor: 1 pegawai/).count()).toBe(1);
    await expect.poll(() => page.getByTestId('tabel-gaji').locator('tbody tr').count()).toBe(1);
    const baris = await page.getByTestId('tabel-gaji').locator('tbody tr').innerText();
    expect(baris.replace(/\s/g, '')).toContain(b.nip);
    for (const teks of ['Rp 1.000.000,00', 'Rp 185.000,00', 'Rp 1.357.420,00', 'daftar-gaji.xlsx']) expect(baris).toContain(teks);
    expect(await page.getByTestId('jumlah-gaji').innerText()).toContain('Rp 1.357.420,00');
    await periksaAxe(page, { main: true });
    expect(await env.db.many(sql`select jumlah_kotor::int as j from tpp_gaji_bulan where nip = ${b.nip}`)).toEqual([{ j: 1_357_420 }]);
  });
});
