import { sql } from '@simasn/db';
import { aturanTpp, hariIniIso } from '@simasn/domain';
import { halamanSql, punyaIzin, uraikan, type Konteks } from '@simasn/platform';
import { aksesTpp, ambilBulan, syaratBaris, TABEL_BARIS, wajibBulan } from '../akses.ts';
import { skemaBarisTpp, skemaBulanTpp, type URUT_TPP } from '../tpp.types.ts';

const n = (x: unknown) => (x === null || x === undefined ? null : Number(x));

/** A stored row as the pages and exports read it. */
export interface BarisMentahTpp {
  pegawai_id: string | number;
  perangkat_daerah_id: string | number | null;
  nip: string;
  nama: string;
  jabatan: string | null;
  golongan: string | null;
  status_pegawai: string;
  kelas_jabatan: number | null;
  besaran: string | number | null;
  capaian_kinerja: string | number | null;
  potongan_disiplin: string | number | null;
  hukdis: string;
  gaji_dan_tunjangan: string | number | null;
  tpp_kinerja: string | number | null;
  tpp_disiplin: string | number | null;
  potongan_hukdis: string | number | null;
  bruto: string | number | null;
  iuran_bpjs_pegawai: string | number | null;
  iuran_bpjs_pemda: string | number | null;
  pph21: string | number | null;
  netto: string | number | null;
  penyesuaian_netto: string | number;
  masalah: string | null;
}

export const KOLOM_BARIS = sql`t.pegawai_id, t.perangkat_daerah_id, t.nip, t.nama, t.jabatan, t.golongan, t.status_pegawai, t.kelas_jabatan, t.besaran,
  t.capaian_kinerja::float8 as capaian_kinerja, t.potongan_disiplin::float8 as potongan_disiplin, t.hukdis, t.gaji_dan_tunjangan, t.tpp_kinerja, t.tpp_disiplin,
  t.potongan_hukdis, t.bruto, t.iuran_bpjs_pegawai, t.iuran_bpjs_pemda, t.pph21, t.netto, t.masalah,
  coalesce((select sum((s.selisih->>'netto')::bigint) from tpp_penyesuaian s where s.instansi_id = t.instansi_id and s.bulan_dibayar = t.bulan
    and s.pegawai_id = t.pegawai_id), 0) as penyesuaian_netto`;

export function keItem(r: BarisMentahTpp) {
  return { pegawaiId: Number(r.pegawai_id), nip: r.nip, nama: r.nama, jabatan: r.jabatan, golongan: r.golongan, statusPegawai: r.status_pegawai, kelasJabatan: n(r.kelas_jabatan),
    besaran: n(r.besaran), capaianKinerja: n(r.capaian_kinerja), potonganDisiplin: n(r.potongan_disiplin), hukdis: r.hukdis, tppKinerja: n(r.tpp_kinerja),
    tppDisiplin: n(r.tpp_disiplin), potonganHukdis: n(r.potongan_hukdis), bruto: n(r.bruto), iuranBpjsPegawai: n(r.iuran_bpjs_pegawai), iuranBpjsPemda: n(r.iuran_bpjs_pemda),
    pph21: n(r.pph21), netto: n(r.netto), penyesuaianNetto: Number(r.penyesuaian_netto), masalah: r.masalah };
}

/**
 * The month's state (draf / locked, rule set, when) and its summary per perangkat daerah within
 * the caller's reach: ASN, problems, totals, adjustments paid with it, reviewed or not. Also the
 * latest months there are (for the month picker; only the locked ones for BKAD) and what the caller may do.
 */
export async function bulanTpp(ctx: Konteks, masukan: unknown = {}) {
  const f = uraikan(skemaBulanTpp, masukan);
  const { l, hanyaTerkunci } = aksesTpp(ctx);
  const bulanTerakhir = await ctx.db.many<{ bulan: string, status: 'draf' | 'dikunci' }>(sql`
    select to_char(bulan, 'YYYY-MM') as bulan, status from tpp_bulan where instansi_id = ${ctx.instansiId} ${hanyaTerkunci ? sql`and status = 'dikunci'` : sql``}
     order by bulan desc limit 24`);
  // No month asked: for a reader of locked months only (BKAD), the latest month BKD locked, the one
  // there is to pay. For BKD and admin OPD the month there is work on: the latest draft (computed,
  // to review and lock); with none, the month after the latest locked one (the next to compute)
  // unless that is still to come; else this month.
  const bulanIni = hariIniIso(ctx.sekarang(), ctx.zona).slice(0, 7);
  const bulanKerja = () => {
    const draf = bulanTerakhir.find((x) => x.status === 'draf')?.bulan;
    if (draf) return draf;
    const terkunci = bulanTerakhir[0]?.bulan;
    if (!terkunci) return bulanIni;
    const [t, m] = terkunci.split('-').map(Number) as [number, number];
    const berikut = m === 12 ? `${t + 1}-01` : `${t}-${String(m + 1).padStart(2, '0')}`;
    // (Months as 'YYYY-MM' text: the later of two is the greater string.)
    if (berikut > bulanIni) return bulanIni;
    return berikut;
  };
  const bulan = f.bulan ?? (hanyaTerkunci ? bulanTerakhir[0]?.bulan : bulanKerja()) ?? bulanIni;
  const b = await ambilBulan(ctx, bulan, hanyaTerkunci);
  const p = ctx.pemanggil!;
  const nol = { pegawai: 0, masalah: 0, bruto: 0, netto: 0, pph21: 0, iuranBpjsPegawai: 0, iuranBpjsPemda: 0, penyesuaianNetto: 0, tanpaRekening: 0 };
  const boleh = { bolehHitung: punyaIzin(p, 'tpp:kelola') && b?.status !== 'dikunci', bolehKunci: punyaIzin(p, 'tpp:kelola') && b?.status === 'draf',
    bolehTinjau: punyaIzin(p, 'tpp:tinjau') && b?.status === 'draf', bolehBank: punyaIzin(p, 'tpp:bayar'), hanyaTerkunci };
  if (!b) return { bulan, ada: false, status: null, aturan: null, namaAturan: null, dihitungPada: null, dikunciPada: null, ...boleh, jumlah: nol, opd: [], bulanTerakhir };
  // Summed per perangkat daerah first, then named (unit, review): the 7.000 rows are not sorted by
  // name or joined wide; the adjustments paid with the month are summed once, not per row.
  const opd = await ctx.db.many<Record<string, string | number | null | Date>>(sql`
    with jumlah as (
      select t.perangkat_daerah_id, count(*)::int as pegawai, count(*) filter (where t.masalah is not null)::int as masalah,
             coalesce(sum(t.bruto), 0)::bigint as bruto, coalesce(sum(t.netto), 0)::bigint as netto, coalesce(sum(t.pph21), 0)::bigint as pph21,
             coalesce(sum(t.iuran_bpjs_pegawai), 0)::bigint as bpjs_pegawai, coalesce(sum(t.iuran_bpjs_pemda), 0)::bigint as bpjs_pemda,
             coalesce(sum(s.penyesuaian), 0)::bigint as penyesuaian,
             count(*) filter (where t.netto is not null and t.netto + coalesce(s.penyesuaian, 0) > 0 and coalesce(p.tanpa_rekening, true))::int as tanpa_rekening
        from ${TABEL_BARIS} t
        left join (select pegawai_id, sum((selisih->>'netto')::bigint) as penyesuaian from tpp_penyesuaian
                    where instansi_id = ${ctx.instansiId} and bulan_dibayar = ${`${bulan}-01`}::date group by pegawai_id) s on s.pegawai_id = t.pegawai_id
        left join (select instansi_id, id, nomor_rekening is null as tanpa_rekening from pegawai) p on p.instansi_id = t.instansi_id and p.id = t.pegawai_id
       where t.instansi_id = ${ctx.instansiId} and t.bulan = ${`${bulan}-01`}::date and ${syaratBaris(l)}
       group by t.perangkat_daerah_id)
    select j.*, coalesce(u.nama, 'Tanpa perangkat daerah') as nama, r.ditinjau_pada, r.catatan
      from jumlah j
      left join unit_organisasi u on u.instansi_id = ${ctx.instansiId} and u.id = j.perangkat_daerah_id
      left join tpp_tinjau_opd r on r.instansi_id = ${ctx.instansiId} and r.bulan = ${`${bulan}-01`}::date and r.perangkat_daerah_id = j.perangkat_daerah_id
     order by u.nama nulls last, j.perangkat_daerah_id`);
  const daftar = opd.map((o) => ({ perangkatDaerahId: n(o.perangkat_daerah_id), nama: String(o.nama), pegawai: Number(o.pegawai), masalah: Number(o.masalah),
    bruto: Number(o.bruto), netto: Number(o.netto), pph21: Number(o.pph21), iuranBpjsPegawai: Number(o.bpjs_pegawai), iuranBpjsPemda: Number(o.bpjs_pemda),
    penyesuaianNetto: Number(o.penyesuaian), ditinjau: o.ditinjau_pada !== null, ditinjauPada: (o.ditinjau_pada as Date | string | null) ?? null,
    catatan: (o.catatan as string | null) ?? null, tanpaRekening: Number(o.tanpa_rekening) })
  );
  const jumlah = { ...nol };
  for (const o of daftar) for (const k of Object.keys(nol) as (keyof typeof nol)[]) jumlah[k] += o[k];
  const a = aturanTpp(b.aturan);
  return { bulan, ada: true, status: b.status, aturan: b.aturan, namaAturan: a.ok ? a.nilai.nama : b.aturan, dihitungPada: b.dihitungPada, dikunciPada: b.dikunciPada, ...boleh,
    jumlah, opd: daftar, bulanTerakhir };
}

/** The month's rows within the reach: searched (name, NIP), filtered (perangkat daerah, problems, hukdis, adjustments), sorted and paged in the query. */
export async function barisTpp(ctx: Konteks, masukan: unknown, semua = false) {
  const f = uraikan(skemaBarisTpp, masukan);
  const { l, hanyaTerkunci } = aksesTpp(ctx);
  await wajibBulan(ctx, f.bulan, hanyaTerkunci);
  const q = f.q?.trim();
  const syarat = sql`t.instansi_id = ${ctx.instansiId} and t.bulan = ${`${f.bulan}-01`}::date and ${syaratBaris(l)}
    ${f.perangkatDaerahId ? sql`and t.perangkat_daerah_id = ${f.perangkatDaerahId}` : sql``}
    ${q ? sql`and (t.nama ilike ${`%${q}%`} or t.nip like ${`${q.replace(/\s/g, '')}%`})` : sql``}
    ${
    f.saring === 'masalah'
      ? sql`and t.masalah is not null`
      : f.saring === 'hukdis'
      ? sql`and t.hukdis <> 'tidak_ada'`
      : f.saring === 'penyesuaian'
      ? sql`and exists (select 1 from tpp_penyesuaian s where s.instansi_id = t.instansi_id and s.bulan_dibayar = t.bulan and s.pegawai_id = t.pegawai_id)`
      : sql``
  }`;
  const h = await halamanSql<BarisMentahTpp, (typeof URUT_TPP)[number]>(ctx, semua ? { ...f, page: undefined } : { ...f, page: f.page ?? 1 }, { kolom: KOLOM_BARIS,
    dari: sql`from ${TABEL_BARIS} t`, syarat, urut: { nama: sql`t.nama`, nip: sql`t.nip`, kelas: sql`t.kelas_jabatan`, netto: sql`t.netto` }, bawaan: 'nama',
    pemutus: sql`t.pegawai_id` });
  return { ...h, items: h.items.map(keItem), mentah: h.items };
}
