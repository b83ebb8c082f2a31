import { sql } from '@simasn/db';
import { hitungIkm } from '@simasn/domain';
import { uraikan, type Konteks } from '@simasn/platform';
import { agregatRespon, aturanLayanan, ikmSemuaAturan, periksaSampel } from './agregat.ts';
import { GABUNG_LAYANAN, KOLOM_LAYANAN, syaratLayanan, type LayananInti } from './lingkup-layanan.ts';
import { tentukanPeriode } from './periode.ts';
import { skemaRingkasanIkm } from './survei.types.ts';

export { skemaRingkasanIkm };

/**
 * The instansi overview: every service unit in the caller's reach with its respondents, IKM and
 * mutu for the period (lowest IKM first, so the units needing attention lead), and the combined
 * IKM of all of them (every response counted once, as one survey).
 */
export async function ringkasanIkmInstansi(ctx: Konteks, masukan: unknown = {}) {
  const periode = tentukanPeriode(ctx, uraikan(skemaRingkasanIkm, masukan));
  const syarat = syaratLayanan(ctx, 'survei:baca');
  const layanan = await ctx.db.many<LayananInti>(sql`
    select ${KOLOM_LAYANAN} from layanan_survei l ${GABUNG_LAYANAN}
     where l.instansi_id = ${ctx.instansiId} and ${syarat}
     order by u.jalur, l.nama, l.id`);
  const agregat = new Map((await agregatRespon(ctx, syarat, periode)).map((a) => [a.layananId, a]));
  const gabungan = new Array<number>(9).fill(0);
  let semua = 0;
  const items = layanan.map((l) => {
    const a = agregat.get(l.id);
    const n = a?.responden ?? 0;
    if (a) {
      semua += n;
      a.total.forEach((t, i) => {
        gabungan[i]! += t;
      });
    }
    const perAturan = a ? ikmSemuaAturan(n, a.total, l.aturanId) : null;
    return { ...l, responden: n, ikm: perAturan?.[0]?.ikm ?? null, mutu: perAturan?.[0]?.mutu ?? null, perAturan, sampel: periksaSampel(l.populasi, n) };
  });
  items.sort((x, y) => (x.ikm ?? 101) - (y.ikm ?? 101) || x.nama.localeCompare(y.nama, 'id'));
  const h = semua ? hitungIkm({ responden: semua, totalUnsur: gabungan }, aturanLayanan('')) : null;
  return { periode, jumlahLayanan: layanan.length, responden: semua, ikm: h?.ok ? h.nilai.ikm : null, mutu: h?.ok ? { kode: h.nilai.mutu.kode, label: h.nilai.mutu.label } : null,
    unsurTerlemah: h?.ok ? h.nilai.unsurTerlemah : null, items };
}
