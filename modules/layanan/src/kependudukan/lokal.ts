import { join, sql, type Db } from '@simasn/db';
import type { Penduduk } from '@simasn/domain';
import { aadKolom, dekripsiNilai, enkripsiNilai, indeksButa, indeksButaCari, type KolomTerenkripsi } from '@simasn/platform';
import type { AdapterKependudukan } from './adapter.ts';

/**
 * The local register holds NIK and family-card numbers: both encrypted at rest, each with a blind
 * index for the exact look-ups Dukcapil answers (by NIK, by family card). Rows loaded in clear
 * (by SQL, before encryption) are encrypted at the next start and found meanwhile by their clear
 * value.
 */
export const KOLOM_TERENKRIPSI_LAYANAN: readonly KolomTerenkripsi[] = [
  { tabel: 'kependudukan_lokal', kolom: 'nik', indeks: { kolom: 'nik_indeks', ranah: 'nik' } },
  { tabel: 'kependudukan_lokal', kolom: 'no_kk', indeks: { kolom: 'no_kk_indeks', ranah: 'no_kk' } },
];
const [K_NIK, K_KK] = KOLOM_TERENKRIPSI_LAYANAN as [KolomTerenkripsi, KolomTerenkripsi];

interface BarisPenduduk {
  nik: string;
  no_kk: string;
  nama: string;
  tanggal_lahir: string | null;
  jenis_kelamin: 'L' | 'P' | null;
  hubungan: Penduduk['hubungan'];
  meninggal: boolean;
}

const KOLOM = sql`nik, no_kk, nama, tanggal_lahir, jenis_kelamin, hubungan, meninggal`;

function kePenduduk(b: BarisPenduduk): Penduduk {
  return { nik: dekripsiNilai(b.nik, aadKolom(K_NIK))!, noKk: dekripsiNilai(b.no_kk, aadKolom(K_KK))!, nama: b.nama, tanggalLahir: b.tanggal_lahir, jenisKelamin: b.jenis_kelamin,
    hubungan: b.hubungan, meninggal: b.meninggal };
}

const URUTAN: Record<string, number> = { kepala_keluarga: 0, suami: 1, istri: 1, anak: 2 };

/** Adds people to the local register (the demo, tests, a loader), encrypted; a NIK already there is left as it is. */
export async function simpanPendudukLokal(db: Db, instansiId: number, orang: readonly Omit<Penduduk, 'meninggal'>[]): Promise<number> {
  if (!orang.length) return 0;
  return db.run(sql`
    insert into kependudukan_lokal (instansi_id, nik, nik_indeks, no_kk, no_kk_indeks, nama, tanggal_lahir, jenis_kelamin, hubungan)
    values ${
    join(orang.map((p) =>
      sql`(${instansiId}, ${enkripsiNilai(p.nik, aadKolom(K_NIK))}, ${indeksButa('nik', p.nik)}, ${enkripsiNilai(p.noKk, aadKolom(K_KK))}, ${
        indeksButa('no_kk', p.noKk)
      }, ${p.nama}, ${p.tanggalLahir}, ${p.jenisKelamin}, ${p.hubungan})`
    ))
  }
    on conflict (instansi_id, nik_indeks) do nothing`);
}

/** The local register (table kependudukan_lokal), answering like Dukcapil would. */
export class AdapterKependudukanLokal implements AdapterKependudukan {
  readonly sumber = 'lokal' as const;
  private readonly db: Db;
  private readonly instansiId: number;
  constructor(db: Db, instansiId: number) {
    this.db = db;
    this.instansiId = instansiId;
  }

  async cekNik(nik: string): Promise<Penduduk | null> {
    const b = await this.db.maybeOne<BarisPenduduk>(sql`
      select ${KOLOM} from kependudukan_lokal
       where instansi_id = ${this.instansiId} and (nik_indeks = any(${indeksButaCari('nik', nik)}) or (nik_indeks is null and nik = ${nik}))
       limit 1`);
    return b ? kePenduduk(b) : null;
  }

  async cekKeluarga(nik: string): Promise<Penduduk[]> {
    const orang = await this.cekNik(nik);
    if (!orang) return [];
    const rows = await this.db.many<BarisPenduduk>(sql`
      select ${KOLOM} from kependudukan_lokal
       where instansi_id = ${this.instansiId} and (no_kk_indeks = any(${indeksButaCari('no_kk', orang.noKk)}) or (no_kk_indeks is null and no_kk = ${orang.noKk}))`);
    return rows.map(kePenduduk).sort((a, b) =>
      (URUTAN[a.hubungan] ?? 3) - (URUTAN[b.hubungan] ?? 3) || (a.tanggalLahir ?? '9999').localeCompare(b.tanggalLahir ?? '9999') || a.nik.localeCompare(b.nik)
    );
  }
}
