import { sql } from '@simasn/db';
import { tidakValid, type Konteks, type MasalahIsian } from '@simasn/platform';
import { bacaPohonProgram, semuaSimpul } from '../renstra/pohon-program.ts';

export interface IsiBarisPk {
  indikator?: { indikatorId: number, target?: number | undefined }[] | undefined;
  anggaran?: { programKegiatanId: number, anggaran?: number | undefined }[] | undefined;
}

/**
 * Replaces the indicator and budget lines of a PK version (only the lists given). An indicator
 * must belong to the PK's Renstra; a missing target is the Renstra target of the year; a missing
 * budget is the pagu in force of the year (the sum below a program or kegiatan). Every problem is
 * named by list and line; nothing is written when there is one.
 */
export async function tulisBarisPk(c: Konteks, pk: { id: number, renstra_id: number, tahun: number }, isi: IsiBarisPk): Promise<void> {
  const i = c.instansiId;
  const masalah: MasalahIsian[] = [];
  const indikator: { id: number, target: number }[] = [];
  const anggaran: { id: number, anggaran: number }[] = [];
  if (isi.indikator) {
    const ada = new Map((await c.db.many<{ id: number, kode: string, target: number | null }>(sql`
      select ik.id, ik.kode, t.target from indikator_kinerja ik
        left join target_indikator t on t.instansi_id = ik.instansi_id and t.indikator_id = ik.id and t.tahun = ${pk.tahun}
       where ik.instansi_id = ${i} and ik.renstra_id = ${pk.renstra_id}`)).map((r) => [r.id, r]));
    const dilihat = new Set<number>();
    for (const [n, b] of isi.indikator.entries()) {
      const r = ada.get(b.indikatorId);
      if (!r) {
        masalah.push({ baris: n + 1, kolom: `indikator.${n}.indikatorId`, pesan: `indikator #${b.indikatorId} bukan bagian dari Renstra PK ini` });
        continue;
      }
      if (dilihat.has(r.id)) {
        masalah.push({ baris: n + 1, kolom: `indikator.${n}.indikatorId`, pesan: `indikator ${r.kode} tercantum dua kali` });
        continue;
      }
      dilihat.add(r.id);
      const target = b.target ?? (r.target === null ? null : Number(r.target));
      if (target === null) {
        masalah.push({ baris: n + 1, kolom: `indikator.${n}.target`, pesan: `indikator ${r.kode} belum mempunyai target tahun ${pk.tahun} di Renstra; isi targetnya` });
        continue;
      }
      indikator.push({ id: r.id, target });
    }
  }
  if (isi.anggaran) {
    const simpul = new Map(semuaSimpul(await bacaPohonProgram(c, pk.renstra_id)).map((s) => [s.id, s]));
    const dilihat = new Set<number>();
    for (const [n, b] of isi.anggaran.entries()) {
      const s = simpul.get(b.programKegiatanId);
      if (!s) {
        masalah.push({ baris: n + 1, kolom: `anggaran.${n}.programKegiatanId`, pesan: `program/kegiatan #${b.programKegiatanId} bukan bagian dari Renstra PK ini` });
        continue;
      }
      if (dilihat.has(s.id)) {
        masalah.push({ baris: n + 1, kolom: `anggaran.${n}.programKegiatanId`, pesan: `${s.kode} tercantum dua kali` });
        continue;
      }
      dilihat.add(s.id);
      anggaran.push({ id: s.id, anggaran: b.anggaran ?? s.paguBerlaku[pk.tahun] ?? 0 });
    }
  }
  if (masalah.length) throw tidakValid('Baris Perjanjian Kinerja belum benar.', masalah);
  if (isi.indikator) {
    await c.db.run(sql`delete from pk_indikator where instansi_id = ${i} and pk_id = ${pk.id}`);
    for (const [n, b] of indikator.entries()) {
      await c.db.run(sql`insert into pk_indikator (instansi_id, pk_id, indikator_id, target, urutan) values (${i}, ${pk.id}, ${b.id}, ${b.target}, ${n})`);
    }
  }
  if (isi.anggaran) {
    await c.db.run(sql`delete from pk_anggaran where instansi_id = ${i} and pk_id = ${pk.id}`);
    for (const [n, b] of anggaran.entries()) {
      await c.db.run(sql`insert into pk_anggaran (instansi_id, pk_id, program_kegiatan_id, anggaran, urutan) values (${i}, ${pk.id}, ${b.id}, ${b.anggaran}, ${n})`);
    }
  }
}
