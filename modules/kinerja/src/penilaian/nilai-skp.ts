import { sql } from '@simasn/db';
import { formatTanggal, hariIniIso, labelGolongan, namaLengkap, PERIODE_PENILAIAN, predikatKinerja } from '@simasn/domain';
import { catatAudit, denganDb, konflik, terlarang, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { ATURAN_PENILAIAN_SKP, labelPeriode, periodePeriodik, rentangPeriode } from '../aturan-kinerja.ts';
import { usulanPimpinan } from './usulan-pimpinan.ts';
import { penilaiSkp, skpDalamLingkup, sudahDiubah } from '../skp/skp.ts';
import { KOLOM_PENILAIAN, periksaDistribusi, tampilPenilaian, type BarisPenilaian } from './penilaian.ts';
import { skemaNilaiSkp } from './penilaian.types.ts';

export { skemaNilaiSkp };

/**
 * The pejabat penilai rates an agreed SKP for a period: hasil kerja and perilaku kerja, each with
 * its written reason; the predikat follows the 2022 matrix. Kept as a draft (changed freely at
 * the version seen) until made final; answered with the distribution warnings of the unit.
 * The penilai's NIP, name, jabatan, golongan and unit are kept as rated (SIASN skp22).
 */
export async function nilaiSkp(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaNilaiSkp, masukan, 'Penilaian belum benar.');
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await skpDalamLingkup(c, skpId, 'kinerja:nilai', true);
    if (!penilaiSkp(c, s)) throw terlarang('SKP ini dinilai oleh pejabat penilainya.');
    if (s.status !== 'disetujui') throw konflik('Penilaian diberikan pada SKP yang sedang berlaku (sudah disepakati).');
    if (f.periode !== 'tahunan' && !periodePeriodik().includes(f.periode)) {
      const jenis = PERIODE_PENILAIAN[ATURAN_PENILAIAN_SKP.periodik].label.toLowerCase();
      throw tidakValid('Penilaian belum benar.', [{ kolom: 'periode',
        pesan: `penilaian periodik instansi ini ${jenis}: pilih ${periodePeriodik().map(labelPeriode).join(', ')} atau Tahunan` }]);
    }
    const mulai = rentangPeriode(s.tahun, f.periode).mulai;
    if (mulai > hariIniIso(ctx.sekarang(), ctx.zona)) {
      throw tidakValid('Penilaian belum benar.', [{ kolom: 'periode', pesan: `${labelPeriode(f.periode)} ${s.tahun} baru dimulai ${formatTanggal(mulai)}` }]);
    }
    // A unit head's hasil kerja is proposed from the unit's capaian: rating otherwise needs a written reason.
    const u = await usulanPimpinan(c, s, f.periode);
    const usulan = u && 'usulan' in u ? u.usulan : null;
    if (usulan && usulan.rating !== f.ratingHasil && (!f.alasanBedaUsulan || f.alasanBedaUsulan.length < 10)) {
      throw tidakValid('Penilaian belum benar.', [{ kolom: 'alasanBedaUsulan',
        pesan: `rating hasil kerja berbeda dari usulan capaian unit (${usulan.labelRating}, ${usulan.capaianUnit}): tuliskan alasannya (paling sedikit 10 huruf)` }]);
    }
    const alasanBeda = usulan && usulan.rating !== f.ratingHasil ? f.alasanBedaUsulan : null;
    const lama = await tx.maybeOne<BarisPenilaian>(sql`select ${KOLOM_PENILAIAN} from skp_penilaian
      where instansi_id = ${ctx.instansiId} and skp_seri_id = ${s.seriId} and periode = ${f.periode} for update`);
    if (lama?.status === 'final') throw konflik('Penilaian periode ini sudah final.');
    if (lama && f.versi !== undefined && lama.versi !== f.versi) throw sudahDiubah(lama.versi, f.versi);
    const predikat = predikatKinerja(f.ratingHasil, f.ratingPerilaku);
    const p = s.penilaiPegawaiId === null ?
      null :
      await tx.one<{ nip: string, nama: string, gelarDepan: string | null, gelarBelakang: string | null, jabatan: string | null, golongan: string | null, unor: string | null }>(
        sql`
      select p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", j.nama as jabatan, p.golongan_akhir as golongan, u.nama as unor
        from pegawai p left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
       where p.instansi_id = ${ctx.instansiId} and p.id = ${s.penilaiPegawaiId}`,
      );
    const penilai = p ?
      { nip: p.nip, nama: namaLengkap(p), jabatan: p.jabatan ?? '', golongan: p.golongan ? labelGolongan(p.golongan) : null, unor: p.unor } :
      { nip: null, nama: s.penilaiNama ?? 'Kepala Daerah', jabatan: s.penilaiJabatan ?? 'Kepala Daerah', golongan: null, unor: null };
    const akun = c.pemanggil!.sistem ? null : c.pemanggil!.akunId;
    const r = await tx.one<BarisPenilaian>(sql`
      insert into skp_penilaian (instansi_id, skp_seri_id, periode, rating_hasil, alasan_hasil, rating_perilaku, alasan_perilaku, predikat, penilai_nip, penilai_nama,
                                 penilai_jabatan, penilai_golongan, penilai_unor, dinilai_oleh_akun, dibuat_pada, diubah_pada, catatan, usulan_hasil,
                                 usulan_rincian, alasan_beda_usulan)
      values (${ctx.instansiId}, ${s.seriId}, ${f.periode}, ${f.ratingHasil}, ${f.alasanHasil}, ${f.ratingPerilaku}, ${f.alasanPerilaku}, ${predikat}, ${penilai.nip},
              ${penilai.nama}, ${penilai.jabatan}, ${penilai.golongan}, ${penilai.unor}, ${akun}, ${ctx.sekarang()}, ${ctx.sekarang()}, ${f.catatan ?? null},
              ${usulan?.rating ?? null}, ${usulan ? JSON.stringify(usulan) : null}::jsonb, ${alasanBeda})
      on conflict (instansi_id, skp_seri_id, periode) do update set rating_hasil = excluded.rating_hasil, alasan_hasil = excluded.alasan_hasil,
        rating_perilaku = excluded.rating_perilaku, alasan_perilaku = excluded.alasan_perilaku, predikat = excluded.predikat, penilai_nip = excluded.penilai_nip,
        penilai_nama = excluded.penilai_nama, penilai_jabatan = excluded.penilai_jabatan, penilai_golongan = excluded.penilai_golongan,
        penilai_unor = excluded.penilai_unor, dinilai_oleh_akun = excluded.dinilai_oleh_akun, versi = skp_penilaian.versi + 1, diubah_pada = excluded.diubah_pada,
        catatan = excluded.catatan, usulan_hasil = excluded.usulan_hasil, usulan_rincian = excluded.usulan_rincian, alasan_beda_usulan = excluded.alasan_beda_usulan
      returning ${KOLOM_PENILAIAN}`);
    await catatAudit(c, { aksi: 'skp.nilai', entitas: 'skp_penilaian', entitasId: r.id, pegawaiId: s.pegawaiId,
      sebelum: lama ? { ratingHasil: lama.ratingHasil, ratingPerilaku: lama.ratingPerilaku, predikat: lama.predikat } : null,
      sesudah: { periode: f.periode, ratingHasil: f.ratingHasil, alasanHasil: f.alasanHasil, ratingPerilaku: f.ratingPerilaku, alasanPerilaku: f.alasanPerilaku, predikat,
        catatan: f.catatan ?? null, usulan: usulan ? { rating: usulan.rating, capaianUnit: usulan.capaianUnit } : null, alasanBedaUsulan: alasanBeda } });
    const d = await periksaDistribusi(c, s, f.periode, predikat, 'baik');
    return { penilaian: tampilPenilaian(r), ...d };
  });
}
