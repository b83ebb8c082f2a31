import { describe, it } from 'vitest';
import { konteksSistemInstansi } from '@simasn/platform';
import { ambilPercobaan, mulaiPercobaan, simpanButir, simpanJawaban, tambahBank, tambahTes, ubahStatusButir } from '@simasn/ujian';
import { sql } from '@simasn/db';
import { lingkunganBerkas, masuk } from './harness.ts';

const env = lingkunganBerkas({ jumlahPegawai: 400 });
const F = '/work/wt/_shots/k13ujian';

describe('foto', () => {
  it('ujian pages', async () => {
    const ctx = await konteksSistemInstansi(env.db, 1, 'e2e');
    const bank = await tambahBank(ctx, { nama: 'SKD latihan 2026', kelompok: 'seleksi' });
    for (let i = 1; i <= 6; i++) {
      const k = i <= 4 ? 'TWK' : 'TKP';
      const b = await simpanButir(ctx, { bankId: bank.id, kategori: k, teks: `Pertanyaan ${k} nomor ${i}: Pancasila sebagai dasar negara dirumuskan dalam sidang yang mana?`,
        jenis: 'tunggal', opsi: k === 'TKP' ?
          [1, 2, 3, 4, 5].map((x, j) => ({ id: 'abcde'[j]!, teks: `Sikap ${x}`, bobot: x })) :
          [{ id: 'a', teks: 'Sidang BPUPKI pertama', benar: true }, { id: 'b', teks: 'Sidang PPKI kedua' }, { id: 'c', teks: 'Konferensi Meja Bundar' }, { id: 'd',
            teks: 'Kongres Pemuda II' }], pembahasan: 'Dirumuskan pada 29 Mei-1 Juni 1945.' });
      if (i < 6) {
        await ubahStatusButir(ctx, b.id, { status: 'ditinjau', versi: 1 });
        await ubahStatusButir(ctx, b.id, { status: 'aktif', versi: 1 });
      }
    }
    const tes = await tambahTes(ctx, { judul: 'Latihan SKD Triwulan IV', menit: 30, dibukaPada: new Date(Date.now() - 60_000), ditutupPada: new Date(Date.now() + 3600_000),
      sasaran: { jenis: 'semua' },
      kategori: [{ kode: 'TWK', nama: 'Tes Wawasan Kebangsaan', jumlahButir: 3, penilaian: { jenis: 'benar_salah', benar: 5, salah: 0, kosong: 0 }, ambangBatas: 10,
        bankId: bank.id }, { kode: 'TKP', nama: 'Tes Karakteristik Pribadi', jumlahButir: 1, penilaian: { jenis: 'bobot_opsi', bobotMin: 1, bobotMaks: 5, kosong: 0 },
        ambangBatas: 3, bankId: bank.id }] });
    const asn = env.akun.filter((a) => /^\d{18}$/.test(a.namaPengguna) && !a.peran.some((p) => /atasan/i.test(p)));
    // A few attempts finished for the proctor's page.
    for (const a of asn.slice(1, 5)) {
      const akun = await env.db.one<{ id: number, pegawaiId: number, jalur: string }>(sql`select a.id, a.pegawai_id as "pegawaiId", p.jalur_unit as jalur from akun a
        join pegawai p on p.id = a.pegawai_id where a.nama_pengguna = ${a.namaPengguna}`);
      const c = { ...ctx,
        pemanggil: { akunId: akun.id, namaPengguna: a.namaPengguna, namaTampilan: a.namaPengguna, instansiId: 1, pegawaiId: akun.pegawaiId, jalurUnitSendiri: akun.jalur,
          peran: [{ peran: 'asn' as const, unitId: null, jalurUnit: null }] } };
      const p = await mulaiPercobaan(c, tes.id, { perangkat: `foto-${a.namaPengguna}` });
      for (const b of p.butir) await simpanJawaban(c, p.id, { urutan: b.urutan, pilihan: [b.opsi[(b.urutan + akun.id) % b.opsi.length]!.id], nomor: 1 });
      await ambilPercobaan(c, p.id);
      await env.db.run(sql`update percobaan_ujian set batas_pada = now() - interval '1 second' where id = ${p.id}`);
    }
    for (const lebar of [1280, 390]) {
      const k = await env.konteks({ viewport: { width: lebar, height: lebar === 390 ? 844 : 900 }, isMobile: lebar === 390, hasTouch: lebar === 390 });
      const page = await k.newPage();
      await masuk(page, 'admin.bkd');
      await page.goto('/ujian/bank');
      await page.getByTestId('tabel-butir').waitFor();
      await page.screenshot({ path: `${F}/bank-${lebar}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Tulis butir baru' }).click();
      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${F}/butir-baru-${lebar}.png`, fullPage: true });
      await page.goto('/ujian/kelola');
      await page.getByTestId('tabel-tes').waitFor();
      await page.screenshot({ path: `${F}/tes-${lebar}.png`, fullPage: true });
      await page.goto(`/ujian/kelola/${tes.id}`);
      await page.getByTestId('tabel-analisis').waitFor();
      await page.screenshot({ path: `${F}/pantau-${lebar}.png`, fullPage: true });
      await k.clearCookies();
      await masuk(page, asn[lebar === 390 ? 0 : 5]!.namaPengguna);
      await page.goto('/ujian');
      await page.getByRole('button', { name: 'Mulai tes' }).waitFor();
      await page.screenshot({ path: `${F}/saya-${lebar}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Mulai tes' }).click();
      await page.getByRole('group').waitFor();
      await page.getByRole('group').getByRole('button').nth(1).click();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${F}/kerjakan-${lebar}.png` });
      await page.getByRole('button', { name: /Peta soal/ }).click();
      await page.screenshot({ path: `${F}/peta-${lebar}.png` });
      await page.getByRole('button', { name: 'Akhiri tes' }).click();
      await page.getByRole('button', { name: 'Ya, akhiri' }).click();
      await page.waitForURL(/hasil/);
      await page.getByText('Nilai per kategori').waitFor({ state: 'attached' });
      await page.screenshot({ path: `${F}/hasil-${lebar}.png`, fullPage: true });
      await k.close();
    }
  });
});
