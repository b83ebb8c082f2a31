import { sql } from '@simasn/db';
import { formatTanggal, hariIniIso, tambahHari } from '@simasn/domain';
import { catatAudit, denganDb, lingkup, syaratLingkup, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { ajukanUsulanLayanan, prosesUsulanLayanan } from '@simasn/platform/alur';
import { jumlahHariKalender } from './aturan/hari-kerja.ts';
import { aturanCuti } from './aturan/jenis-absen.ts';
import { skemaAjukanCuti } from './cuti.types.ts';
import { ambilCuti } from './daftar-cuti.ts';
import { kunciPegawaiCuti, periksaTanggalDanSaldo } from './periksa-cuti.ts';

export { skemaAjukanCuti } from './cuti.types.ts';

/**
 * The ASN requests leave (any kind of RULES.md section 8) for themselves. The kind's rule is
 * checked (service years, longest duration, how far back it may be dated, destination point,
 * dispensasi scope), then under a per-employee lock the dates against their other requests and
 * the cuti tahunan balance. The request goes on the workflow engine and, unless its kind needs a
 * document (attached next, then sent with `teruskan`), straight on to the atasan.
 */
export async function ajukanCuti(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaAjukanCuti, masukan, 'Usulan cuti belum benar.');
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'cuti:ajukan');
  const a = aturanCuti().jenis[f.jenis];
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const masalah: { kolom: string, pesan: string }[] = [];
  if (f.dari < tambahHari(hariIni, -a.bolehMundurHari)) {
    masalah.push({ kolom: 'dari', pesan: a.bolehMundurHari ?
      `paling jauh ${a.bolehMundurHari} hari ke belakang (${formatTanggal(tambahHari(hariIni, -a.bolehMundurHari))})` :
      'tidak boleh sebelum hari ini' });
  }
  const kalender = jumlahHariKalender(f.dari, f.sampai);
  if (a.maksHariKalender && kalender > a.maksHariKalender) masalah.push({ kolom: 'sampai', pesan: `${a.label} paling lama ${a.maksHariKalender} hari` });
  if (a.titikTujuan) {
    if (!f.tujuan) masalah.push({ kolom: 'tujuan', pesan: 'tuliskan tempat tujuan' });
    if (f.lat == null) masalah.push({ kolom: 'lat', pesan: 'isi lintang titik tujuan' });
    if (f.lon == null) masalah.push({ kolom: 'lon', pesan: 'isi bujur titik tujuan' });
  }
  if (f.jenis === 'dispensasi' && !f.lingkupDispensasi) masalah.push({ kolom: 'lingkupDispensasi', pesan: 'pilih lingkup dispensasi' });
  if (masalah.length) throw tidakValid('Usulan cuti belum benar.', masalah);

  const id = await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const peg = await tx.maybeOne<{ id: number, nip: string, tmtCpns: string | null }>(sql`
      select p.id, p.nip, p.tmt_cpns::text as "tmtCpns" from pegawai p where p.instansi_id = ${ctx.instansiId} and p.id = ${p.pegawaiId ?? 0} and ${syaratLingkup(l)}`);
    if (!peg) throw tidakDitemukan('Akun ini tidak terhubung dengan data pegawai.');
    if (a.minMasaKerjaTahun && (!peg.tmtCpns || f.dari < `${Number(peg.tmtCpns.slice(0, 4)) + a.minMasaKerjaTahun}${peg.tmtCpns.slice(4)}`)) {
      throw tidakValid('Masa kerja belum cukup.', [{ kolom: 'jenis', pesan: `${a.label} diberikan setelah ${a.minMasaKerjaTahun} tahun masa kerja` }]);
    }
    await kunciPegawaiCuti(c, peg.id);
    const { hariKerja } = await periksaTanggalDanSaldo(c, { pegawaiId: peg.id, jenis: f.jenis, dari: f.dari, sampai: f.sampai });
    if (a.maksHariKerja && hariKerja > a.maksHariKerja) {
      throw tidakValid('Usulan cuti belum benar.', [{ kolom: 'sampai', pesan: `${a.label} paling lama ${a.maksHariKerja} hari kerja` }]);
    }
    const u = await ajukanUsulanLayanan(c, { jenis: f.jenis, nip: peg.nip, data: { dari: f.dari, sampai: f.sampai, hariKerja } });
    const titik = a.titikTujuan;
    await tx.run(sql`
      insert into usulan_cuti (instansi_id, usulan_id, pegawai_id, jenis, dari, sampai, hari_kerja, alasan, alamat_selama, tujuan, lat, lon, radius_meter,
                               lingkup_dispensasi, dibuat_pada)
      values (${ctx.instansiId}, ${u.id}, ${peg.id}, ${f.jenis}, ${f.dari}, ${f.sampai}, ${hariKerja}, ${f.alasan}, ${f.alamatSelama}, ${f.tujuan},
              ${titik ? f.lat : null}, ${titik ? f.lon : null}, ${titik ? (f.radiusMeter ?? 100) : null},
              ${f.jenis === 'dispensasi' ? f.lingkupDispensasi : null}, ${ctx.sekarang()})`);
    await catatAudit(c, { aksi: 'cuti.ajukan', entitas: 'usulan_cuti', entitasId: u.id, pegawaiId: peg.id,
      sesudah: { jenis: f.jenis, dari: f.dari, sampai: f.sampai, hariKerja, alasan: f.alasan, tujuan: f.tujuan, lat: f.lat, lon: f.lon } });
    // Without a document to attach it goes on to the atasan at once.
    if (!a.dokumenWajib) await prosesUsulanLayanan(c, u.id, { aksi: 'teruskan', versi: u.versi });
    return u.id;
  });
  return ambilCuti(ctx, id);
}
