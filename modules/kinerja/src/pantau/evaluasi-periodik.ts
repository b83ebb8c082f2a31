import { sql } from '@simasn/db';
import { hariIniIso, LABEL_PREDIKAT, namaLengkap, PERIODE_PENILAIAN, type PredikatKinerja, type RatingEkspektasi } from '@simasn/domain';
import { terlarang, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { ATURAN_PENILAIAN_SKP, LABEL_STATUS_SKP, labelPeriode, periodePeriodik, periodeSampai, rentangPeriode, type StatusSkp } from '../aturan-kinerja.ts';
import { skemaEvaluasiPeriodik } from './pantau.types.ts';
import { tahunAtau } from './tahun.ts';

/**
 * The atasan's periodic evaluation screen (monthly or quarterly by rule data): every direct report
 * whose SKP names them as pejabat penilai, with the realisasi so far (RHK reported in the periods
 * up to this one, approved linked activities up to its end) and the period's rating, if any.
 */
export async function evaluasiPeriodik(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaEvaluasiPeriodik, masukan);
  const p = wajibMasuk(ctx);
  if (p.pegawaiId === null || !p.peran.some((r) => r.peran === 'atasan')) throw terlarang('Evaluasi periodik diisi oleh atasan langsung (pejabat penilai).');
  const tahun = tahunAtau(ctx, f.tahun);
  const kode = periodePeriodik();
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const berjalan = kode.filter((k) => rentangPeriode(tahun, k).mulai <= hariIni);
  const periode = f.periode ?? berjalan[berjalan.length - 1] ?? kode[0]!;
  if (!kode.includes(periode)) {
    throw tidakValid('Permintaan belum benar.', [{ kolom: 'periode',
      pesan: `penilaian periodik instansi ini ${PERIODE_PENILAIAN[ATURAN_PENILAIAN_SKP.periodik].label.toLowerCase()}: pilih ${kode.map(labelPeriode).join(', ')}` }]);
  }
  const sampai = periodeSampai(periode);
  const { selesai } = rentangPeriode(tahun, periode);
  const rows = await ctx.db.many<
    { pegawaiId: number, nip: string, nama: string, gelarDepan: string | null, gelarBelakang: string | null, jabatan: string | null, skpId: number, status: StatusSkp,
      jumlahRhk: number, rhkDenganRealisasi: number, aktivitasDisetujui: number, ratingHasil: RatingEkspektasi | null, ratingPerilaku: RatingEkspektasi | null,
      predikat: PredikatKinerja | null, statusNilai: 'draf' | 'final' | null }
  >(sql`
    select p.id as "pegawaiId", p.nip, p.nama, p.gelar_depan as "gelarDepan", p.gelar_belakang as "gelarBelakang", j.nama as jabatan, s.id as "skpId", s.status,
           (select count(*)::int from skp_rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id) as "jumlahRhk",
           (select count(*)::int from skp_rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id
               and exists (select 1 from skp_realisasi x where x.instansi_id = r.instansi_id and x.skp_seri_id = s.seri_id and x.rhk_akar_id = r.akar_id
                              and x.periode = any(${sampai}::text[]))) as "rhkDenganRealisasi",
           (select count(*)::int from skp_aktivitas t join aktivitas_harian a on a.instansi_id = t.instansi_id and a.id = t.aktivitas_id
             where t.instansi_id = s.instansi_id and t.skp_seri_id = s.seri_id and a.status = 'disetujui' and a.tanggal <= ${selesai}::date) as "aktivitasDisetujui",
           n.rating_hasil as "ratingHasil", n.rating_perilaku as "ratingPerilaku", n.predikat, n.status as "statusNilai"
      from skp s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
      left join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
      left join skp_penilaian n on n.instansi_id = s.instansi_id and n.skp_seri_id = s.seri_id and n.periode = ${periode}
     where s.instansi_id = ${ctx.instansiId} and s.tahun = ${tahun} and s.penilai_pegawai_id = ${p.pegawaiId} and s.status = 'disetujui'
     order by p.nama, p.id`);
  return { tahun, periode, labelPeriode: labelPeriode(periode), jenisPeriodik: PERIODE_PENILAIAN[ATURAN_PENILAIAN_SKP.periodik].label,
    periodePeriodik: kode.map((k) => ({ kode: k, label: labelPeriode(k), dimulai: berjalan.includes(k) })),
    items: rows.map((r) => ({ pegawaiId: r.pegawaiId, nip: r.nip, nama: namaLengkap(r), jabatan: r.jabatan ?? '', skpId: r.skpId, labelStatus: LABEL_STATUS_SKP[r.status],
      jumlahRhk: r.jumlahRhk, rhkDenganRealisasi: r.rhkDenganRealisasi, aktivitasDisetujui: r.aktivitasDisetujui,
      penilaian: r.ratingHasil && r.ratingPerilaku && r.predikat && r.statusNilai ?
        { ratingHasil: r.ratingHasil, ratingPerilaku: r.ratingPerilaku, labelPredikat: LABEL_PREDIKAT[r.predikat], status: r.statusNilai } :
        null })
    ) };
}
