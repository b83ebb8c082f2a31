import { afterAll, describe, expect, it, vi } from 'vitest';
import { sql } from '@simasn/db';
import { konteksSistemInstansi } from '@simasn/platform';
import { formatAngka } from '@simasn/domain';
import { daftarBank, daftarButir, simpanButir, tambahBank, tambahTes, ubahStatusButir } from '@simasn/ujian';
import { foto, halamanMasuk, lingkunganBerkas, masuk } from './harness.ts';

/**
 * Done-when of issue 13 (CAT): an ASN on a phone-sized browser takes a timed test, loses the
 * connection and answers offline (queued in the page, "menunggu sinyal"), gets it back (resent,
 * "tersimpan"), closes the tab and resumes, and is auto-submitted at the deadline with every
 * answer counted. The server's clock is this test's (Date faked in this process, where the server
 * runs, and running on): it is set to a few seconds before the deadline (no long waits). The page
 * counts down on the server's time that each answer carries, so the browser keeps its own clock.
 */
vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
const env = lingkunganBerkas({ jumlahPegawai: 400 });
afterAll(() => {
  vi.useRealTimers();
});

describe('tes CAT di ponsel', () => {
  it('Bank Soal: a QTI item is imported after confirmation; an unsupported interaction is refused beside the upload, naming the item', async () => {
    const ctx = { ...(await konteksSistemInstansi(env.db, 1, 'e2e')), sekarang: env.sekarang };
    const bank = await tambahBank(ctx, { nama: 'Integritas (impor QTI e2e)', kelompok: 'manajerial', kompetensiKode: 'integritas' });
    const item = (interaksi: string) =>
      Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="integritas-e2e" title="Integritas" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>B</value></correctResponse></responseDeclaration>
  <itemBody><p>Rekan meminta Anda mengisi daftar hadir atas namanya &amp; pulang lebih awal.</p>${interaksi}</itemBody>
</assessmentItem>`);
    const page = await halamanMasuk(env, 'admin.bkd', { viewport: { width: 1280, height: 900 } });
    await page.goto('/ujian/bank');
    await page.getByLabel('Bank soal', { exact: true }).selectOption(String(bank.id));
    await expect.poll(() => page.locator('.ringkasan-hasil').innerText()).toBe('0 butir');
    expect(await page.getByRole('link', { name: 'Unduh paket QTI', exact: true }).getAttribute('href')).toBe(`/api/ujian/bank/${bank.id}/ekspor-qti.zip`);
    const berkas = page.getByLabel('Berkas impor butir (paket QTI .zip atau butir .xml)');
    await berkas.setInputFiles({ name: 'isian.xml', mimeType: 'application/xml', buffer: item('<textEntryInteraction responseIdentifier="RESPONSE"/>') });
    await page.getByRole('button', { name: 'Impor QTI', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Impor butir' }).click();
    const galat = page.locator('.pesan-galat', { hasText: 'Paket QTI tidak diimpor' });
    await expect.poll(() => galat.innerText()).toMatch(/isian\.xml \(integritas-e2e\): interaksi textEntryInteraction tidak didukung/i);
    expect((await daftarButir(ctx, { bankId: bank.id })).total).toBe(0);
    await berkas.setInputFiles({ name: 'integritas.xml', mimeType: 'application/xml', buffer: item(`<choiceInteraction responseIdentifier="RESPONSE" shuffle="true"
      maxChoices="1"><simpleChoice identifier="A">Mengisinya</simpleChoice><simpleChoice identifier="B">Menolak dengan sopan</simpleChoice></choiceInteraction>`) });
    await page.getByRole('button', { name: 'Impor QTI', exact: true }).click();
    // Cancelled: nothing sent.
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    expect((await daftarButir(ctx, { bankId: bank.id })).total).toBe(0);
    await page.getByRole('button', { name: 'Impor QTI', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Impor butir' }).click();
    await expect.poll(() => page.locator('.pesan-berhasil').innerText()).toBe('1 butir dari paket QTI diimpor sebagai draf.');
    await expect.poll(() => page.locator('.ringkasan-hasil').innerText()).toBe('1 butir');
    const baru = (await daftarButir(ctx, { bankId: bank.id, status: 'draf' })).items;
    expect(baru.map((b) => b.teks)).toEqual(['Rekan meminta Anda mengisi daftar hadir atas namanya & pulang lebih awal.']);
    // Chosen items get a package of their own.
    await page.getByRole('checkbox', { name: `Pilih butir integritas nomor ${baru[0]!.id}` }).check();
    expect(await page.getByRole('link', { name: 'Unduh paket QTI (1 butir terpilih)' }).getAttribute('href')).toBe(
      `/api/ujian/bank/${bank.id}/ekspor-qti.zip?butir=${baru[0]!.id}`,
    );
    await page.context().close();
  });

  it('offline, resume after closing the tab, auto-submit at expiry with every answer counted', async () => {
    const ctx = { ...(await konteksSistemInstansi(env.db, 1, 'e2e')), sekarang: env.sekarang };
    const bank = await tambahBank(ctx, { nama: 'SKD latihan e2e', kelompok: 'seleksi' });
    for (let i = 1; i <= 3; i++) {
      const b = await simpanButir(ctx, { bankId: bank.id, kategori: 'TWK', teks: `Pertanyaan wawasan kebangsaan nomor ${i}`, jenis: 'tunggal',
        opsi: [{ id: 'a', teks: `Jawaban tepat ${i}`, benar: true }, { id: 'b', teks: `Jawaban keliru ${i}` }, { id: 'c', teks: `Jawaban lain ${i}` }] });
      await ubahStatusButir(ctx, b.id, { status: 'ditinjau', versi: 1 });
      await ubahStatusButir(ctx, b.id, { status: 'aktif', versi: 1 });
    }
    const tes = await tambahTes(ctx, { judul: 'Latihan TWK', menit: 2, dibukaPada: new Date(env.sekarang().getTime() - 60_000),
      ditutupPada: new Date(env.sekarang().getTime() + 3600_000), sasaran: { jenis: 'semua' },
      kategori: [{ kode: 'TWK', nama: 'Tes Wawasan Kebangsaan', jumlahButir: 3, penilaian: { jenis: 'benar_salah', benar: 5, salah: 0, kosong: 0 }, ambangBatas: 10,
        bankId: bank.id }] });
    const nip = env.akun.find((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.some((p) => /atasan/i.test(p)))!.namaPengguna;
    const konteks = await env.konteks({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    let page = await konteks.newPage();
    await masuk(page, nip);
    await page.goto('/ujian');
    // The demo also has a competency test open for everyone: this journey takes its own.
    const kartu = (p: typeof page) => p.getByRole('listitem').filter({ hasText: 'Latihan TWK' });
    await kartu(page).getByRole('button', { name: 'Mulai tes' }).click();
    await page.waitForURL(/\/ujian\/tes\/\d+\/kerjakan$/);
    const status = page.getByTestId('status-simpan');
    const jawab = async (p: typeof page) => {
      const opsi = p.getByRole('group', { name: /^Pilihan jawaban soal/ }).getByRole('button').first();
      await opsi.click();
      await expect.poll(() => opsi.getAttribute('aria-pressed')).toBe('true');
    };
    await expect.poll(() => page.getByRole('timer').textContent()).toMatch(/^0[12]:\d\d$/);
    await jawab(page);
    await expect.poll(() => status.textContent()).toBe('Tersimpan');
    // The signal is lost: the answer waits in the page.
    await konteks.setOffline(true);
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await jawab(page);
    await expect.poll(() => status.textContent()).toMatch(/^Menunggu sinyal \(1 jawaban belum terkirim\)$/);
    await konteks.setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Tersimpan');
    // The tab is closed and opened again: the attempt resumes with its answers.
    await page.close();
    page = await konteks.newPage();
    await page.goto('/ujian');
    await kartu(page).getByRole('button', { name: 'Lanjutkan tes' }).click();
    await page.getByRole('button', { name: /^Peta soal 2\/3$/ }).click();
    await page.getByRole('button', { name: 'Soal 3, belum dijawab' }).click();
    // Bring the deadline to a few seconds from now on the server's clock; the next answer tells the page the server's time.
    const c = await env.db.one<{ id: number, batas: Date }>(sql`select id, batas_pada as batas from percobaan_ujian where tes_id = ${tes.id}`);
    vi.setSystemTime(c.batas.getTime() - 6000);
    await jawab(page);
    await expect.poll(() => page.getByTestId('status-simpan').textContent()).toBe('Tersimpan');
    await page.waitForURL(/\/ujian\/hasil\/\d+$/, { timeout: 20_000 });
    await expect.poll(() => page.locator('main').textContent()).toContain('3 dari 3 soal dijawab');
    await expect.poll(() => page.locator('main').textContent()).toContain('ditutup otomatis saat waktu habis');
    expect(await env.db.one(sql`select status, cara_selesai, (select count(*)::int from jawaban_ujian j where j.percobaan_id = c.id) as jawaban
      from percobaan_ujian c where c.id = ${c.id}`)).toEqual({ status: 'selesai', cara_selesai: 'waktu_habis', jawaban: 3 });
  });

  it('Bank Soal: the "perlu revisi" filter keeps the items the item analysis flags, on a phone too', async () => {
    const ctx = { ...(await konteksSistemInstansi(env.db, 1, 'e2e')), sekarang: env.sekarang };
    // The demo's finished attempts: the bank with the most flagged items, and how many the server's filter keeps.
    const banyak = await Promise.all(
      (await daftarBank(ctx)).items.map(async (b) => ({ b, semua: (await daftarButir(ctx, { bankId: b.id, limit: 1 })).total,
        revisi: (await daftarButir(ctx, { bankId: b.id, analisis: 'perlu_revisi', limit: 1 })).total })
      ),
    );
    const pilih = banyak.sort((x, y) => y.revisi - x.revisi)[0]!;
    expect(pilih.revisi).toBeGreaterThan(0);
    expect(pilih.revisi).toBeLessThan(pilih.semua);
    for (const lebar of [1280, 390]) {
      const page = await halamanMasuk(env, 'admin.bkd', { viewport: { width: lebar, height: 900 } });
      await page.goto('/ujian/bank');
      await page.getByLabel('Bank soal', { exact: true }).selectOption(String(pilih.b.id));
      await expect.poll(() => page.locator('.ringkasan-hasil').innerText()).toBe(`${formatAngka(pilih.semua)} butir`);
      await page.getByLabel('Hasil analisis butir').selectOption({ label: 'Perlu revisi' });
      await expect.poll(() => page.locator('.ringkasan-hasil').innerText()).toBe(`${formatAngka(pilih.revisi)} butir`);
      await foto(page, 'bank-soal-perlu-revisi');
      await page.context().close();
    }
  });
});
