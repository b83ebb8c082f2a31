import { sql } from '@simasn/db';
import { pemilikDataPribadi, samarkanDataPribadi, type PemilikData } from '@simasn/domain';
import { lingkupUntuk, punyaIzin, syaratLingkup, type Lingkup } from './akses/lingkup.ts';
import type { Konteks } from './konteks.ts';

/**
 * The personal-data rule (domain `samarkanDataPribadi`) applied for the caller of `ctx`: personal
 * fields stay in clear only for the employees whose `pegawai:data_pribadi` the caller reaches
 * (their own record included, as an ASN); for everyone else they are masked. The system (CLI,
 * jobs) sees everything; no caller sees nothing in clear. Every exit of data runs through this:
 * the route encoder (apps/server rute), exports, documents. `nip`: whose data a value is when the
 * value itself does not say (a route's `:nip`).
 */
/** The caller sees every employee's personal data (the system, or `pegawai:data_pribadi` over the whole instansi): nothing to mask. */
export function lihatSemuaDataPribadi(ctx: Konteks): boolean {
  const p = ctx.pemanggil;
  if (!p) return false;
  return !!p.sistem || (punyaIzin(p, 'pegawai:data_pribadi') && lingkupUntuk(p, 'pegawai:data_pribadi').semua);
}

export async function samarkanUntuk<T>(ctx: Konteks, nilai: T, opsi: { nip?: string | null } = {}): Promise<T> {
  const p = ctx.pemanggil;
  if (p?.sistem) return nilai;
  let l: Lingkup | null = null;
  if (p && punyaIzin(p, 'pegawai:data_pribadi')) {
    l = lingkupUntuk(p, 'pegawai:data_pribadi');
    if (l.semua) return nilai;
  } else if (p?.pegawaiId != null) {
    // Without the permission a caller still sees their own record.
    l = { izin: 'pegawai:data_pribadi', semua: false, jalur: [], pegawaiId: [p.pegawaiId] };
  }
  const pemilik = pemilikDataPribadi(nilai);
  if (!pemilik.length) return nilai;
  const nipBawaan = opsi.nip ? opsi.nip.replace(/\D/g, '') : null;
  const lengkap = pemilik.map((x) => (x.nip === null && x.pegawaiId === null ? { nip: nipBawaan, pegawaiId: null } : x));
  const nip = [...new Set(lengkap.map((x) => x.nip).filter((x): x is string => !!x))];
  const id = [...new Set(lengkap.map((x) => x.pegawaiId).filter((x): x is number => x !== null))];
  const boleh = new Set<string>();
  if (l && (nip.length || id.length)) {
    const rows = await ctx.db.many<{ id: number, nip: string }>(sql`
      select p.id, p.nip from pegawai p
       where p.instansi_id = ${ctx.instansiId} and (p.nip = any(${nip}) or p.id = any(${id})) and ${syaratLingkup(l)}`);
    for (const r of rows) boleh.add(`n${r.nip}`).add(`i${Number(r.id)}`);
  }
  const terlihat = (x: PemilikData) => {
    const nipX = x.nip ?? (x.pegawaiId === null ? nipBawaan : null);
    return (nipX !== null && boleh.has(`n${nipX}`)) || (x.pegawaiId !== null && boleh.has(`i${x.pegawaiId}`));
  };
  return samarkanDataPribadi(nilai, terlihat);
}
