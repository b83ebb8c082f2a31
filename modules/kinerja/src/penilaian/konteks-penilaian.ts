import { sql } from '@simasn/db';
import { LABEL_PREDIKAT, LABEL_RATING, PERIODE_PENILAIAN, usulRatingTahunan, type PredikatKinerja, type RatingEkspektasi } from '@simasn/domain';
import { terlarang, uraikan, type Konteks } from '@simasn/platform';
import { ATURAN_PENILAIAN_SKP, labelPeriode, periodePeriodik, periodeSampai, rentangPeriode } from '../aturan-kinerja.ts';
import { aktivitasPerRhk, ringkasAktivitas } from '../pelaksanaan/aktivitas-rhk.ts';
import { penilaiSkp, skpDalamLingkup, type BarisSkp } from '../skp/skp.ts';
import { skemaKonteksPenilaian } from './penilaian.types.ts';
import { usulanPimpinan } from './usulan-pimpinan.ts';

export { skemaKonteksPenilaian };

/** Realisasi so far per RHK of an SKP version at the end of a period: the latest report, and the approved linked activities. */
export async function realisasiSampai(ctx: Konteks, s: BarisSkp, periode: string) {
  const sampai = periodeSampai(periode);
  const [rhk, real, akt] = await Promise.all([
    ctx.db.many<{ akarId: number, uraian: string }>(sql`select akar_id as "akarId", uraian from skp_rhk where instansi_id = ${ctx.instansiId} and skp_id = ${s.id}
      order by (jenis = 'tambahan'), urutan, id`),
    ctx.db.many<{ rhkAkarId: number, periode: string, realisasi: string }>(sql`select rhk_akar_id as "rhkAkarId", periode, realisasi from skp_realisasi
      where instansi_id = ${ctx.instansiId} and skp_seri_id = ${s.seriId} and periode = any(${sampai}::text[])`),
    aktivitasPerRhk(ctx, s),
  ]);
  const urut = (p: string) => sampai.indexOf(p as never);
  const selesai = rentangPeriode(s.tahun, periode).selesai;
  return rhk.map((r) => {
    // The latest report: the period ending last, a quarter over its last month, the year over all.
    const milik = real.filter((x) => x.rhkAkarId === r.akarId).sort((a, b) => urut(b.periode) - urut(a.periode));
    const terakhir = milik.find((x) => x.periode === periode) ?? milik[0] ?? null;
    return { rhkAkarId: r.akarId, uraian: r.uraian, realisasi: terakhir?.realisasi ?? null, labelPeriodeRealisasi: terakhir ? labelPeriode(terakhir.periode) : null,
      aktivitas: ringkasAktivitas(akt.get(r.akarId) ?? [], selesai) };
  });
}

/**
 * What the pejabat penilai rates a period against: the instansi's periodic evaluation periods
 * (rule data), the realisasi so far, for a unit head the hasil kerja proposed from the unit's
 * capaian, and for the annual rating the periodic ratings with the annual proposal they roll up to.
 */
export async function konteksPenilaian(ctx: Konteks, skpId: number, masukan: unknown) {
  const f = uraikan(skemaKonteksPenilaian, masukan);
  const s = await skpDalamLingkup(ctx, skpId, 'kinerja:nilai');
  if (!penilaiSkp(ctx, s)) throw terlarang('SKP ini dinilai oleh pejabat penilainya.');
  const aturan = ATURAN_PENILAIAN_SKP;
  const kode = periodePeriodik(aturan);
  const [usulan, periodik, realisasi] = await Promise.all([
    usulanPimpinan(ctx, s, f.periode),
    ctx.db.many<{ periode: string, ratingHasil: RatingEkspektasi, ratingPerilaku: RatingEkspektasi, predikat: PredikatKinerja, status: 'draf' | 'final' }>(sql`
      select periode, rating_hasil as "ratingHasil", rating_perilaku as "ratingPerilaku", predikat, status from skp_penilaian
       where instansi_id = ${ctx.instansiId} and skp_seri_id = ${s.seriId} and periode = any(${kode}::text[])`),
    realisasiSampai(ctx, s, f.periode),
  ]);
  const urut = periodik.sort((a, b) => kode.indexOf(a.periode as never) - kode.indexOf(b.periode as never));
  const final = urut.filter((x) => x.status === 'final');
  let usulanTahunan = null;
  if (f.periode === 'tahunan') {
    const h = usulRatingTahunan(kode.map((k) => final.find((x) => x.periode === k)?.ratingHasil ?? null), aturan.rollup);
    const p = usulRatingTahunan(kode.map((k) => final.find((x) => x.periode === k)?.ratingPerilaku ?? null), aturan.rollup);
    if (h && p) {
      usulanTahunan = { ratingHasil: h, ratingPerilaku: p,
        keterangan: `Dari ${final.length} penilaian ${PERIODE_PENILAIAN[aturan.periodik].label.toLowerCase()} yang final (${
          aturan.rollup === 'terakhir' ? 'yang terakhir' : 'rating yang paling sering'
        }): hasil kerja ${LABEL_RATING[h]}, perilaku kerja ${LABEL_RATING[p]}.` };
    }
  }
  return { periode: f.periode, labelPeriode: labelPeriode(f.periode), jenisPeriodik: PERIODE_PENILAIAN[aturan.periodik].label,
    periodePeriodik: kode.map((k) => ({ kode: k, label: labelPeriode(k) })), usulanPimpinan: usulan && 'usulan' in usulan ? usulan.usulan : null,
    usulanGagal: usulan && 'gagal' in usulan ? usulan.gagal : null,
    periodik: urut.map((x) => ({ periode: x.periode, labelPeriode: labelPeriode(x.periode), ratingHasil: x.ratingHasil, ratingPerilaku: x.ratingPerilaku,
      labelPredikat: LABEL_PREDIKAT[x.predikat], status: x.status })
    ), usulanTahunan, realisasi };
}
