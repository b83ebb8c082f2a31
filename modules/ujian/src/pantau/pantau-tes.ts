import { sql } from '@simasn/db';
import { lingkup, syaratLingkup, type Konteks } from '@simasn/platform';
import { ambilTes } from '../tes/tes.ts';
import { LABEL_SINYAL } from '../ujian.types.ts';
import { tutupPercobaanKedaluwarsa } from '../percobaan/percobaan.ts';

type JenisSinyal = keyof typeof LABEL_SINYAL;

/**
 * The proctor's view of a test: every attempt in their reach with its state, answers saved, score,
 * how many devices and addresses it came from, and the signals recorded (page hidden, window left,
 * another device or address). Signals are shown, never acted on automatically.
 */
export async function pantauTes(ctx: Konteks, tesId: number) {
  const l = lingkup(ctx, 'ujian:awasi');
  const tes = await ambilTes(ctx.db, ctx.instansiId, tesId);
  await tutupPercobaanKedaluwarsa(ctx.db, ctx.instansiId, ctx.sekarang(), { tesId });
  const rows = await ctx.db.many<
    { id: number, nip: string, nama: string, unit: string | null, status: 'berjalan' | 'selesai', caraSelesai: 'peserta' | 'waktu_habis' | null, mulaiPada: Date,
      selesaiPada: Date | null, dijawab: number, total: number | null, lulus: boolean | null, perangkat: number, alamat: number,
      sinyal: { jenis: JenisSinyal, pada: string, rincian: string }[] | null }
  >(sql`
    select c.id, p.nip, p.nama, u.nama as unit, c.status, c.cara_selesai as "caraSelesai", c.mulai_pada as "mulaiPada", c.selesai_pada as "selesaiPada",
           (select count(*)::int from jawaban_ujian j where j.instansi_id = c.instansi_id and j.percobaan_id = c.id and cardinality(j.pilihan) > 0) as dijawab,
           c.total::float8 as total, c.lulus, cardinality(c.perangkat) as perangkat, cardinality(c.alamat_ip) as "alamat",
           (select jsonb_agg(jsonb_build_object('jenis', s.jenis, 'pada', s.pada, 'rincian', s.rincian) order by s.pada) from sinyal_ujian s
             where s.instansi_id = c.instansi_id and s.percobaan_id = c.id) as sinyal
      from percobaan_ujian c join pegawai p on p.instansi_id = c.instansi_id and p.id = c.pegawai_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
     where c.instansi_id = ${ctx.instansiId} and c.tes_id = ${tesId} and ${syaratLingkup(l)}
     order by p.nama, c.id`);
  return { tes: { id: tes.id, judul: tes.judul, ditutupPada: tes.ditutupPada },
    items: rows.map((r) => ({ ...r, sinyal: (r.sinyal ?? []).map((s) => ({ jenis: s.jenis, label: LABEL_SINYAL[s.jenis], pada: new Date(s.pada), rincian: s.rincian })) })) };
}
