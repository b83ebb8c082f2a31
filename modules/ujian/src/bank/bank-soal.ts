import { sql } from '@simasn/db';
import { KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL } from '@simasn/domain';
import { catatAudit, denganDb, konflik, lingkup, tidakDitemukan, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { LABEL_KELOMPOK_BANK } from '../label-ujian.ts';
import { skemaTambahBank } from '../ujian.types.ts';
import { namaKategori } from './aturan-butir.ts';

export interface BarisBank {
  id: number;
  nama: string;
  kelompok: 'seleksi' | 'manajerial' | 'sosial_kultural' | 'teknis';
  kompetensiKode: string | null;
}

/** The banks of the instansi with their item counts (ujian:kelola). */
export async function daftarBank(ctx: Konteks) {
  lingkup(ctx, 'ujian:kelola');
  const rows = await ctx.db.many<BarisBank & { jumlahButir: number, jumlahAktif: number, kategori: string[] | null }>(sql`
    select b.id, b.nama, b.kelompok, b.kompetensi_kode as "kompetensiKode",
           count(s.id)::int as "jumlahButir", count(s.id) filter (where s.status = 'aktif')::int as "jumlahAktif",
           array_agg(distinct s.kategori) filter (where s.id is not null) as kategori
      from bank_soal b left join butir_soal s on s.instansi_id = b.instansi_id and s.bank_id = b.id
     where b.instansi_id = ${ctx.instansiId}
     group by b.instansi_id, b.id order by b.nama`);
  return {
    items: rows.map((r) => ({ ...r, labelKelompok: LABEL_KELOMPOK_BANK[r.kelompok], namaKompetensi: r.kompetensiKode ? namaKategori(r.kompetensiKode) : null,
      kategori: (r.kategori ?? []).sort() })
    ),
  };
}

export async function ambilBank(ctx: Konteks, id: number): Promise<BarisBank> {
  const b = await ctx.db.maybeOne<BarisBank>(sql`select id, nama, kelompok, kompetensi_kode as "kompetensiKode" from bank_soal
    where instansi_id = ${ctx.instansiId} and id = ${id}`);
  if (!b) throw tidakDitemukan(`Bank soal nomor ${id} tidak ditemukan.`);
  return b;
}

/** A new bank: a selection bank (TWK/TIU/TKP) or one per competency (the code of PermenPAN-RB 38/2017, or a technical one). */
export async function tambahBank(ctx: Konteks, masukan: unknown) {
  lingkup(ctx, 'ujian:kelola');
  const f = uraikan(skemaTambahBank, masukan, 'Bank soal belum benar.');
  if (f.kelompok === 'manajerial' || f.kelompok === 'sosial_kultural') {
    const k = KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.find((x) => x.kode === f.kompetensiKode && x.kelompok === f.kelompok);
    if (!k) throw tidakValid('Bank soal belum benar.', [{ kolom: 'kompetensiKode', pesan: 'pilih kompetensi dari standar kompetensi' }]);
  }
  if (f.kelompok === 'teknis' && !f.kompetensiKode) throw tidakValid('Bank soal belum benar.', [{ kolom: 'kompetensiKode', pesan: 'tuliskan kompetensi teknisnya' }]);
  const kode = f.kelompok === 'seleksi' ? null : f.kompetensiKode;
  return ctx.db.transaction(async (tx) => {
    const ada = await tx.maybeOne(sql`select 1 from bank_soal where instansi_id = ${ctx.instansiId} and nama = ${f.nama}`);
    if (ada) throw konflik(`Bank soal "${f.nama}" sudah ada.`);
    const r = await tx.one<{ id: number }>(sql`insert into bank_soal (instansi_id, nama, kelompok, kompetensi_kode, dibuat_pada)
      values (${ctx.instansiId}, ${f.nama}, ${f.kelompok}, ${kode}, ${ctx.sekarang()}) returning id`);
    await catatAudit(denganDb(ctx, tx), { aksi: 'bank_soal.tambah', entitas: 'bank_soal', entitasId: r.id, sesudah: { nama: f.nama, kelompok: f.kelompok, kompetensi: kode } });
    return { id: r.id, nama: f.nama, kelompok: f.kelompok, labelKelompok: LABEL_KELOMPOK_BANK[f.kelompok], kompetensiKode: kode, namaKompetensi: kode ? namaKategori(kode) : null,
      jumlahButir: 0, jumlahAktif: 0, kategori: [] as string[] };
  });
}
