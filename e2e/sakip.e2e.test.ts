import { describe, expect, test } from 'vitest';
import { sql } from '@simasn/db';
import { formatPersen, hariIniIso, ZONA_BAWAAN } from '@simasn/domain';
import { apiGet, bukaMenu, halamanMasuk, lingkunganBerkas, masuk } from './harness.ts';

interface Pk {
  id: number;
  status: string;
  pihakPertama: { nip: string };
  pihakKedua: { nip: string };
  ditandatanganiPada: string | null;
  disetujuiPada: string | null;
}
interface Capaian {
  indikator: { kode: string, target: number, tribulan: { nilai: number | 'N/A' | null, versi: number | null }[], capaian: number | 'N/A' | null }[];
}

const env = lingkunganBerkas();

describe('SAKIP di peramban', () => {
  test('Perjanjian Kinerja: pihak pertama menandatangani, pihak kedua menyetujui; pihak lain tidak diberi tombolnya', async () => {
    // The demo leaves the Kepala Sub Bidang's PK as a draft for this.
    const draf = await env.db.one<{ id: number, nip: string, nip_kedua: string }>(sql`
      select pk.id, p.nip, k.nip as nip_kedua from perjanjian_kinerja pk
        join pegawai p on p.instansi_id = pk.instansi_id and p.id = pk.pegawai_id
        join pegawai k on k.instansi_id = pk.instansi_id and k.id = pk.pihak_kedua_pegawai_id
       where pk.status = 'draf' order by pk.id limit 1`);
    // Each party in their own browser.
    const kedua = await (await env.konteks()).newPage();
    let page = kedua;

    // Pihak kedua cannot sign for the holder.
    await masuk(page, draf.nip_kedua);
    await page.goto(`/sakip/pk/${draf.id}`);
    await expect.poll(() => page.getByTestId('status-pk').innerText(), { timeout: 10_000 }).toContain('Draf');
    expect(await page.getByRole('button', { name: 'Tandatangani sebagai pihak pertama' }).count()).toBe(0);

    // Pihak pertama finds it in their list and signs.
    page = await halamanMasuk(env, draf.nip);
    await bukaMenu(page, 'Perjanjian Kinerja', '**/sakip/pk');
    await page.getByTestId('daftar-pk').getByRole('link').first().click();
    await page.waitForURL(`**/sakip/pk/${draf.id}`);
    expect(await page.getByTestId('indikator-pk').innerText()).toContain('IKK.4');
    await page.getByRole('button', { name: 'Tandatangani sebagai pihak pertama' }).click();
    await expect.poll(() => page.getByTestId('status-pk').innerText(), { timeout: 10_000 }).toContain('menunggu pihak kedua');
    expect(await page.getByRole('button', { name: 'Setujui sebagai pihak kedua' }).count()).toBe(0);
    const ditandatangani = await apiGet<Pk>(page, `/api/sakip/pk/${draf.id}`);
    expect(ditandatangani.status).toBe('diajukan');
    expect(ditandatangani.ditandatanganiPada).not.toBeNull();

    // Pihak kedua approves.
    page = kedua;
    await page.reload();
    await page.getByRole('button', { name: 'Setujui sebagai pihak kedua' }).click();
    await expect.poll(() => page.getByTestId('status-pk').innerText(), { timeout: 10_000 }).toContain('Disetujui kedua pihak');
    const disetujui = await apiGet<Pk>(page, `/api/sakip/pk/${draf.id}`);
    expect(disetujui).toMatchObject({ status: 'disetujui', pihakPertama: { nip: draf.nip }, pihakKedua: { nip: draf.nip_kedua } });
    const audit = await env.db.many<{ aksi: string, nama_pengguna: string }>(sql`
      select aksi, nama_pengguna from audit_log where entitas = 'perjanjian_kinerja' and entitas_id = ${String(draf.id)} and aksi in ('pk.ajukan', 'pk.setujui') order by id`);
    expect(audit).toEqual([{ aksi: 'pk.ajukan', nama_pengguna: draf.nip }, { aksi: 'pk.setujui', nama_pengguna: draf.nip_kedua }]);

    // Last year's cycle is complete: the Kepala's Perubahan PK after the P-APBD, the earlier version kept and listed.
    const lalu = Number(hariIniIso(env.sekarang(), ZONA_BAWAAN).slice(0, 4)) - 1;
    const rev = await env.db.one<{ id: number }>(sql`select id from perjanjian_kinerja where tahun = ${lalu} and nomor_perubahan = 1`);
    await page.goto(`/sakip/pk/${rev.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 10_000 }).toContain('Perubahan PK ke-1');
    const versi = await page.getByTestId('versi-pk').innerText();
    expect(versi).toContain(`PK awal · 31 Januari ${lalu} · Diganti Perubahan PK`);
    expect(versi).toContain(`Perubahan ke-1 · 25 September ${lalu} · Disetujui kedua pihak · Perubahan APBD Tahun Anggaran ${lalu} (P-APBD)`);
  });

  test('Realisasi: perencana mengisi tribulan, capaian tampil langsung lalu tersimpan; N/A bukan nol; di layar ponsel juga', async () => {
    const page = await halamanMasuk(env, 'perencana', { viewport: { width: 390, height: 844 } });
    await page.goto('/sakip/realisasi?tribulan=1');
    const baris = page.getByTestId('realisasi-IKU.4');
    await expect.poll(() => baris.count(), { timeout: 15_000 }).toBe(1);
    const unit = (await env.db.one<{ id: number }>(sql`select id from unit_organisasi where kode = 'BKPSDM'`)).id;
    const tahun = Number(hariIniIso(env.sekarang(), ZONA_BAWAAN).slice(0, 4));
    const awal = await apiGet<Capaian>(page, `/api/sakip/capaian?unitId=${unit}&tahun=${tahun}&tribulan=1`);
    const ik = awal.indikator.find((i) => i.kode === 'IKU.4')!;

    // Typing shows the capaian before saving (rata-rata of tribulan 1 = the value; against the PK target).
    await baris.getByLabel('Realisasi IKU.4 tribulan 1').fill('95,5');
    const harap = formatPersen(Math.round((95.5 / ik.target) * 10000) / 100);
    await expect.poll(() => page.getByTestId('capaian-IKU.4').innerText(), { timeout: 5_000 }).toContain(harap);
    await baris.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(
      async () => (await apiGet<Capaian>(page, `/api/sakip/capaian?unitId=${unit}&tahun=${tahun}&tribulan=1`)).indikator.find((i) => i.kode === 'IKU.4')!.tribulan[0]!.nilai,
      { timeout: 10_000 },
    ).toBe(95.5);
    await expect.poll(() => page.getByTestId('capaian-IKU.4').innerText(), { timeout: 10_000 }).toContain(harap);

    // N/A: declared not released, the capaian is N/A (not 0%).
    const b2 = page.getByTestId('realisasi-IKK.1');
    await b2.getByLabel('N/A').check();
    await expect.poll(() => page.getByTestId('capaian-IKK.1').innerText(), { timeout: 5_000 }).toContain('N/A');
    await b2.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(async () => (await apiGet<Capaian>(page, `/api/sakip/capaian?unitId=${unit}&tahun=${tahun}&tribulan=1`)).indikator.find((i) => i.kode === 'IKK.1')!.capaian, {
      timeout: 10_000,
    }).toBe('N/A');

    // An indicator measured by the platform has no entry box.
    expect(await page.getByTestId('realisasi-IT.1').locator('input:not([type=file])').count()).toBe(0);

    // Figures of 1.000 or more, measured or typed the way we print them, are read back (issue 10 item 14:
    // "1.000 bermakna ganda" stood against the page's own automatic values).
    await env.db.run(sql`
      insert into realisasi_indikator (instansi_id, indikator_id, tahun, tribulan, nilai, sumber)
      select i.instansi_id, i.id, ${tahun}, 1, 1234, 'otomatis' from indikator_kinerja i where i.kode = 'IT.1' and i.sumber_otomatis is not null
      on conflict (instansi_id, indikator_id, tahun, tribulan) do update set nilai = 1234, status = 'terisi'`);
    await page.reload();
    await expect.poll(() => page.getByTestId('realisasi-IT.1').innerText(), { timeout: 15_000 }).toContain('1.234');
    await page.getByLabel('Realisasi IKU.4 tribulan 1').fill('1.000');
    await expect.poll(() => page.getByTestId('capaian-IKU.4').innerText(), { timeout: 5_000 }).toContain(formatPersen(Math.round((1000 / ik.target) * 10000) / 100));
    expect(await page.getByRole('alert').filter({ hasText: 'bermakna ganda' }).count()).toBe(0);

    // The Renstra tree with its targets per year.
    await page.goto('/sakip/renstra');
    await expect.poll(() => page.getByRole('heading', { name: /Tujuan T\.1/ }).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByRole('heading', { name: /Sasaran S\.1\.2/ }).count()).toBe(1);
    expect(await page.locator('.pohon-program').first().innerText()).toContain('5.03.02 Program Kepegawaian Daerah');
  });
});
