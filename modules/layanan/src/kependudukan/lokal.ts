import { sql, type Db } from '@simasn/db';
import type { Penduduk } from '@simasn/domain';
import type { AdapterKependudukan } from './adapter.ts';

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
  return { nik: b.nik, noKk: b.no_kk, nama: b.nama, tanggalLahir: b.tanggal_lahir, jenisKelamin: b.jenis_kelamin, hubungan: b.hubungan, meninggal: b.meninggal };
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
    const b = await this.db.maybeOne<BarisPenduduk>(sql`select ${KOLOM} from kependudukan_lokal where instansi_id = ${this.instansiId} and nik = ${nik}`);
    return b ? kePenduduk(b) : null;
  }

  async cekKeluarga(nik: string): Promise<Penduduk[]> {
    const rows = await this.db.many<BarisPenduduk>(sql`
      select ${KOLOM} from kependudukan_lokal
       where instansi_id = ${this.instansiId}
         and no_kk = (select no_kk from kependudukan_lokal where instansi_id = ${this.instansiId} and nik = ${nik})
       order by case hubungan when 'kepala_keluarga' then 0 when 'suami' then 1 when 'istri' then 1 when 'anak' then 2 else 3 end, tanggal_lahir, nik`);
    return rows.map(kePenduduk);
  }
}
