import { sql } from '@simasn/db';
import type { Konteks } from '../konteks.ts';
import { KOLOM_PEKERJAAN, syaratPemilikPekerjaan, type StatusPekerjaan } from './ambil-pekerjaan.ts';

/** The caller's latest jobs of one kind (newest first, without the file bytes), for a page that was reloaded. */
export async function daftarPekerjaan(ctx: Konteks, jenis: string, batas = 10): Promise<StatusPekerjaan[]> {
  return ctx.db.many<StatusPekerjaan>(sql`
    select ${KOLOM_PEKERJAAN} from pekerjaan k
     where k.instansi_id = ${ctx.instansiId} and k.jenis = ${jenis} and ${syaratPemilikPekerjaan(ctx)}
     order by k.dibuat_pada desc, k.id desc limit ${Math.min(Math.max(1, batas), 50)}`);
}
