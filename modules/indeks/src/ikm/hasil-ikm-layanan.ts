import { sql } from '@simasn/db';
import { bulatkan, hitungIkm } from '@simasn/domain';
import { uraikan, type Konteks } from '@simasn/platform';
import { agregatRespon, aturanLayanan, ikmSemuaAturan, periksaSampel } from './agregat.ts';
import { LABEL_JENIS_KELAMIN_RESPONDEN, LABEL_PEKERJAAN_RESPONDEN, LABEL_PENDIDIKAN_RESPONDEN, PEKERJAAN_RESPONDEN, PENDIDIKAN_RESPONDEN, PERTANYAAN_IKM } from './kuesioner.ts';
import { layananDalamLingkup } from './lingkup-layanan.ts';
import { tentukanPeriode } from './periode.ts';
import { skemaHasilIkm } from './survei.types.ts';

export { skemaHasilIkm };

/**
 * The results of one service unit for a period: respondents, per unsur the total, NRR, weighted
 * NRR and how the answers spread over 1-4; the IKM and mutu under the unit's rule set with the
 * other rule set beside it; the weakest unsur; the required sample against respondents gathered;
 * the respondents' profile; and the free-text suggestions, newest first.
 */
export async function hasilIkmLayanan(ctx: Konteks, id: number, masukan: unknown = {}) {
  const f = uraikan(skemaHasilIkm, masukan);
  const periode = tentukanPeriode(ctx, f);
  const layanan = await layananDalamLingkup(ctx, id, 'survei:baca');
  const [a] = await agregatRespon(ctx, sql`l.id = ${id}`, periode, { sebaran: true });
  const n = a?.responden ?? 0;
  const aturan = aturanLayanan(layanan.aturanId);
  const h = a ? hitungIkm({ responden: n, totalUnsur: a.total }, aturan) : null;
  const hasil = h?.ok ? h.nilai : null;
  const bobot = (nrr: number) => (aturan.bobotUnsur === 'sama' ? nrr / aturan.unsur.length : nrr * aturan.bobotUnsur);

  const profil = await ctx.db.many<{ isian: string, kode: string | null, jumlah: number }>(sql`
    select 'jenisKelamin' as isian, jenis_kelamin as kode, count(*)::int as jumlah from respon_survei
     where instansi_id = ${ctx.instansiId} and layanan_id = ${id} and tanggal between ${periode.dari}::date and ${periode.sampai}::date group by 2
    union all
    select 'pendidikan', pendidikan, count(*)::int from respon_survei
     where instansi_id = ${ctx.instansiId} and layanan_id = ${id} and tanggal between ${periode.dari}::date and ${periode.sampai}::date group by 2
    union all
    select 'pekerjaan', pekerjaan, count(*)::int from respon_survei
     where instansi_id = ${ctx.instansiId} and layanan_id = ${id} and tanggal between ${periode.dari}::date and ${periode.sampai}::date group by 2`);
  const umur = await ctx.db.one<{ rata: number | null, muda: number | null, tua: number | null, diisi: number }>(sql`
    select avg(umur)::float8 as rata, min(umur)::int as muda, max(umur)::int as tua, count(umur)::int as diisi from respon_survei
     where instansi_id = ${ctx.instansiId} and layanan_id = ${id} and tanggal between ${periode.dari}::date and ${periode.sampai}::date`);
  const hitungProfil = <K extends string>(isian: string, kode: readonly K[], label: Record<K, string>) => [
    ...kode.map((k) => ({ kode: k as string, label: label[k], jumlah: profil.find((p) => p.isian === isian && p.kode === k)?.jumlah ?? 0 })),
    { kode: '', label: 'Tidak diisi', jumlah: profil.find((p) => p.isian === isian && p.kode === null)?.jumlah ?? 0 },
  ];

  const saran = await ctx.db.many<{ id: number, diisiPada: Date, tanggal: string, teks: string }>(sql`
    select id, diisi_pada as "diisiPada", tanggal, saran as teks from respon_survei
     where instansi_id = ${ctx.instansiId} and layanan_id = ${id} and tanggal between ${periode.dari}::date and ${periode.sampai}::date
       and saran is not null
     order by diisi_pada desc, id desc limit ${f.batasSaran}`);
  const jumlahSaran = await ctx.db.one<{ n: number }>(sql`
    select count(*)::int as n from respon_survei
     where instansi_id = ${ctx.instansiId} and layanan_id = ${id} and tanggal between ${periode.dari}::date and ${periode.sampai}::date and saran is not null`);

  return { layanan, periode, responden: n, aturan: { id: aturan.id, nama: aturan.nama, dasarHukum: aturan.dasarHukum },
    ikm: hasil ? { nilai: hasil.ikm, mutu: { kode: hasil.mutu.kode, label: hasil.mutu.label } } : null, perAturan: a ? ikmSemuaAturan(n, a.total, layanan.aturanId) : null,
    unsurTerlemah: hasil?.unsurTerlemah ?? null,
    unsur: PERTANYAAN_IKM.map((p, i) => ({ nomor: p.nomor, nama: p.unsur, pertanyaan: p.pertanyaan, pilihan: p.pilihan, total: a?.total[i] ?? 0, nrr: hasil ? hasil.nrr[i]! : null,
      nrrTertimbang: hasil ? bulatkan(bobot(hasil.nrrTepat[i]!), 3) : null, sebaran: a?.sebaran?.[i] ?? [0, 0, 0, 0] })
    ), sampel: periksaSampel(layanan.populasi, n),
    profil: { jenisKelamin: hitungProfil('jenisKelamin', ['L', 'P'] as const, LABEL_JENIS_KELAMIN_RESPONDEN),
      pendidikan: hitungProfil('pendidikan', PENDIDIKAN_RESPONDEN, LABEL_PENDIDIKAN_RESPONDEN),
      pekerjaan: hitungProfil('pekerjaan', PEKERJAAN_RESPONDEN, LABEL_PEKERJAAN_RESPONDEN),
      umur: { rataRata: umur.rata === null ? null : bulatkan(umur.rata, 1), termuda: umur.muda, tertua: umur.tua, diisi: umur.diisi } },
    saran: { jumlah: jumlahSaran.n, items: saran } };
}
