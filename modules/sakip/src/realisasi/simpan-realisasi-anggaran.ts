import { sql } from '@simasn/db';
import { formatRupiah } from '@simasn/domain';
import { catatAudit, denganDb, tidakDitemukan, tidakValid, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { syaratUnitIzin } from '../lingkup.ts';
import { sudahDiubah } from '../renstra/renstra.ts';
import { skemaSimpanRealisasiAnggaran } from './realisasi.types.ts';

export { skemaSimpanRealisasiAnggaran };

/**
 * Records the budget spent on a sub kegiatan within a tribulan. A realisasi above the pagu in
 * force for the year (summed over the tribulan) is refused, naming both figures.
 */
export async function simpanRealisasiAnggaran(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaSimpanRealisasiAnggaran, masukan);
  const p = wajibMasuk(ctx);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const s = await tx.maybeOne<{ kode: string, tingkat: string, tahun_awal: number, tahun_akhir: number, pagu: number | null, lain: number }>(sql`
      select pk.kode, pk.tingkat, r.tahun_awal, r.tahun_akhir, coalesce(pa.pagu_perubahan, pa.pagu) as pagu,
             (select coalesce(sum(ra.nilai), 0) from realisasi_anggaran ra where ra.instansi_id = pk.instansi_id and ra.program_kegiatan_id = pk.id
                 and ra.tahun = ${f.tahun} and ra.tribulan <> ${f.tribulan}) as lain
        from program_kegiatan pk
        join renstra r on r.instansi_id = pk.instansi_id and r.id = pk.renstra_id
        join unit_organisasi u on u.instansi_id = r.instansi_id and u.id = r.unit_id
        left join pagu_anggaran pa on pa.instansi_id = pk.instansi_id and pa.program_kegiatan_id = pk.id and pa.tahun = ${f.tahun}
       where pk.instansi_id = ${ctx.instansiId} and pk.id = ${f.programKegiatanId} and ${syaratUnitIzin(c, 'sakip:kelola', 'u')}
       for update of pk`);
    if (!s) throw tidakDitemukan('Sub kegiatan tidak ditemukan.');
    if (s.tingkat !== 'sub_kegiatan') {
      throw tidakValid('Realisasi anggaran dicatat per sub kegiatan.', [{ kolom: 'programKegiatanId', pesan: `${s.kode} adalah ${s.tingkat}, bukan sub kegiatan` }]);
    }
    if (s.pagu === null) throw tidakValid('Pagu belum ditetapkan.', [{ kolom: 'tahun', pesan: `${s.kode} belum mempunyai pagu tahun ${f.tahun}` }]);
    const total = Math.round((Number(s.lain) + f.nilai) * 100) / 100;
    if (total > Number(s.pagu)) {
      throw tidakValid('Realisasi melebihi pagu.', [{ kolom: 'nilai',
        pesan: `realisasi ${s.kode} tahun ${f.tahun} menjadi ${formatRupiah(total)} sedangkan pagunya ${formatRupiah(Number(s.pagu))}` }]);
    }
    const lama = await tx.maybeOne<{ nilai: number, versi: number }>(sql`
      select nilai, versi from realisasi_anggaran where instansi_id = ${ctx.instansiId} and program_kegiatan_id = ${f.programKegiatanId}
         and tahun = ${f.tahun} and tribulan = ${f.tribulan}`);
    const apa = `Realisasi anggaran ${s.kode} tribulan ${f.tribulan}`;
    if ((lama?.versi) !== f.versi) throw sudahDiubah(apa, lama?.versi, f.versi);
    const oleh = p.sistem ? null : p.akunId;
    const r = lama
      ? await tx.one<{ versi: number }>(sql`
          update realisasi_anggaran set nilai = ${f.nilai}, versi = versi + 1, diubah_oleh = ${oleh}, diubah_pada = ${ctx.sekarang()}
           where instansi_id = ${ctx.instansiId} and program_kegiatan_id = ${f.programKegiatanId} and tahun = ${f.tahun} and tribulan = ${f.tribulan}
          returning versi`)
      : await tx.one<{ versi: number }>(sql`
          insert into realisasi_anggaran (instansi_id, program_kegiatan_id, tahun, tribulan, nilai, diubah_oleh, diubah_pada)
          values (${ctx.instansiId}, ${f.programKegiatanId}, ${f.tahun}, ${f.tribulan}, ${f.nilai}, ${oleh}, ${ctx.sekarang()}) returning versi`);
    await catatAudit(c, { aksi: 'realisasi_anggaran.simpan', entitas: 'program_kegiatan', entitasId: f.programKegiatanId,
      sebelum: lama ? { tahun: f.tahun, tribulan: f.tribulan, nilai: lama.nilai } : undefined, sesudah: { tahun: f.tahun, tribulan: f.tribulan, nilai: f.nilai } });
    return { programKegiatanId: f.programKegiatanId, tahun: f.tahun, tribulan: f.tribulan, nilai: f.nilai, versi: r.versi };
  });
}
