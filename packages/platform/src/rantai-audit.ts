import { sql, type Db } from '@simasn/db';
import { lingkup, type Konteks } from './konteks.ts';
import type { HasilPeriksaRantai } from './daftar-audit.types.ts';
import { segelAudit } from './segel-audit.ts';

export type { HasilPeriksaRantai };

const PER_BATCH = 5000;

interface BarisRantai {
  id: number;
  urutan: number | null;
  waktu: Date;
  hash_sebelum: string | null;
  hash: string | null;
  hash_hitung: string;
}

/**
 * Walks the instansi's audit chain from its first entry (migration 0013): every entry's number
 * follows the one before, its `hash_sebelum` is that entry's hash, and its hash is the hash of what
 * is stored now; the chain's tail (audit_rantai) names the last entry. The first entry that fails
 * is named with what failed: an edited entry, a deleted one (a gap, or a missing last entry), one
 * written outside the chain (no number: inserted with the trigger switched off).
 */
export async function periksaRantaiAudit(ctx: Konteks): Promise<HasilPeriksaRantai> {
  lingkup(ctx, 'audit:baca');
  return periksaRantai(ctx.db, ctx.instansiId);
}

/**
 * The same check without a caller (the `simasn audit periksa` command). Entries waiting in the
 * audit queue (migration 0036, committed by a hot write path a moment ago) are sealed into the
 * chain first; what a concurrent transaction queues meanwhile is counted in `belumDisegel`.
 */
export async function periksaRantai(db: Db, instansiId: number): Promise<HasilPeriksaRantai> {
  await segelAudit(db, instansiId);
  const h = await periksaRantaiTersegel(db, instansiId);
  const sisa = (await db.one<{ n: number }>(sql`select count(*)::int as n from audit_antre where instansi_id = ${instansiId}`)).n;
  return sisa ? { ...h, belumDisegel: sisa } : h;
}

async function periksaRantaiTersegel(db: Db, instansiId: number): Promise<HasilPeriksaRantai> {
  const ekor = await db.maybeOne<{ urutan: number, hash: string }>(sql`select urutan, hash from audit_rantai where instansi_id = ${instansiId}`);
  const mode = await db.maybeOne<{ waktu_dari_aplikasi: boolean }>(sql`select waktu_dari_aplikasi from audit_pengaturan`);
  const catatan = mode?.waktu_dari_aplikasi ? 'Basis data ini dalam mode uji: waktu entri ditentukan aplikasi, bukan jam basis data.' : null;
  const rusak = (b: Pick<BarisRantai, 'id' | 'urutan' | 'waktu'> | null, masalah: string, jumlah: number): HasilPeriksaRantai => ({ utuh: false, jumlah,
    rusak: { id: b?.id ?? null, urutan: b?.urutan ?? null, waktu: b?.waktu ?? null, masalah }, catatan });

  // Entries outside the chain (no number) come first: the trigger never leaves one.
  const luar = await db.maybeOne<BarisRantai>(sql`
    select id, urutan, waktu, hash_sebelum, hash, '' as hash_hitung from audit_log
     where instansi_id = ${instansiId} and urutan is null order by waktu, id limit 1`);
  if (luar) return rusak(luar, 'entri ini tidak masuk rantai (tanpa nomor urut dan hash): ditulis di luar aplikasi dengan pemicu rantai dimatikan', 0);

  let urutanSebelum = 0;
  let hashSebelum = '';
  let jumlah = 0;
  let terakhir: BarisRantai | null = null;
  for (;;) {
    const baris = await db.many<BarisRantai>(sql`
      select a.id, a.urutan, a.waktu, a.hash_sebelum, a.hash, audit_log_hash(a) as hash_hitung
        from audit_log a
       where a.instansi_id = ${instansiId} and a.urutan > ${urutanSebelum}
       order by a.urutan limit ${PER_BATCH}`);
    for (const b of baris) {
      const urutan = Number(b.urutan);
      if (urutan !== urutanSebelum + 1) {
        const hilang = urutan - urutanSebelum - 1;
        return rusak(b, hilang === 1 ?
          `entri nomor ${urutanSebelum + 1} sebelum entri ini hilang (dihapus)` :
          `entri nomor ${urutanSebelum + 1} sampai ${urutan - 1} sebelum entri ini hilang (dihapus)`, jumlah);
      }
      if ((b.hash_sebelum ?? '') !== hashSebelum) {
        return rusak(b, 'tautan ke entri sebelumnya tidak cocok: entri sebelumnya diganti, atau entri ini disisipkan', jumlah);
      }
      if (b.hash !== b.hash_hitung) {
        return rusak(b, 'isi entri (waktu, pelaku, aksi, sasaran, sebelum/sesudah atau keterangan) tidak cocok dengan hash-nya: diubah setelah dicatat', jumlah);
      }
      urutanSebelum = urutan;
      hashSebelum = b.hash;
      jumlah++;
      terakhir = b;
    }
    if (baris.length < PER_BATCH) break;
  }
  const urutanEkor = ekor ? Number(ekor.urutan) : 0;
  if (urutanEkor !== urutanSebelum || (ekor?.hash ?? '') !== hashSebelum) {
    if (urutanEkor > urutanSebelum) {
      return rusak(terakhir, urutanEkor - urutanSebelum === 1 ?
        `entri terakhir (nomor ${urutanEkor}) hilang (dihapus)` :
        `entri nomor ${urutanSebelum + 1} sampai ${urutanEkor} di ujung rantai hilang (dihapus)`, jumlah);
    }
    return rusak(terakhir, 'ujung rantai tidak menunjuk entri terakhir: catatan ujung rantai diubah', jumlah);
  }
  return { utuh: true, jumlah, hashTerakhir: hashSebelum || null, waktuTerakhir: terakhir?.waktu ?? null, catatan };
}
