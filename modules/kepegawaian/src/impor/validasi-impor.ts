import { sql } from '@simasn/db';
import { GOLONGAN_PPPK, parseNip } from '@simasn/domain';
import { lingkup, syaratLingkup, type Konteks } from '@simasn/platform';
import { indeksCariNik } from '../pegawai/data-pribadi.ts';
import { periksaSesuaiNip } from '../pegawai/identitas.ts';
import { DEKLARASI_RIWAYAT, JENIS_RIWAYAT } from '../riwayat/definisi-riwayat.ts';
import { SKEMA_RIWAYAT, type JenisRiwayat } from '../riwayat/jenis-riwayat.ts';
import type { TabelMentah } from '@simasn/platform';
import { DAFTAR_LEMBAR, jenisLembar, kenaliKolom, kenaliLembar, LEMBAR_IMPOR, type KolomImpor, type LembarImpor, type NilaiSel } from './lembar-impor.ts';

/** One problem in an import file, located the way the user sees it. */
export interface MasalahImpor {
  lembar: string;
  baris: number;
  kolom: string;
  nilai: string | null;
  pesan: string;
}

export interface BarisValid {
  baris: number;
  nilai: Record<string, unknown>;
}

export interface HasilValidasi {
  data: Partial<Record<LembarImpor, BarisValid[]>>;
  masalah: MasalahImpor[];
  /** Columns present in each sheet's header: an import only writes those. */
  kolomAda: Partial<Record<LembarImpor, string[]>>;
  /** NIPs already in the database (within reach) -> id and status. */
  pegawaiAda: Map<string, { id: number, status: string }>;
  jumlahBaris: number;
}

export type Progres = (p: { tahap: 'membaca' | 'validasi' | 'menulis', selesai: number, total: number }) => void;

const LEMBAR_DIABAIKAN = new Set(['petunjuk', 'referensi', 'keterangan']);
/** Per riwayat kind: column -> input field and back, to validate rows with the same schemas as the API. */
const ISIAN_DARI_KOLOM = Object.fromEntries(JENIS_RIWAYAT.map((j) => [j, Object.fromEntries(DEKLARASI_RIWAYAT[j].isian.map((m) => [m.kolom, m.nama]))])) as Record<JenisRiwayat,
  Record<string, string>>;
const KOLOM_DARI_ISIAN = Object.fromEntries(JENIS_RIWAYAT.map((j) => [j, Object.fromEntries(Object.entries(ISIAN_DARI_KOLOM[j]).map(([k, f]) => [f, k]))])) as Record<JenisRiwayat,
  Record<string, string>>;
const MAKS_MASALAH = 5000;

const tampil = (v: NilaiSel): string | null => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const kosong = (v: NilaiSel | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Validates a whole import before anything is written: every cell read by its column's rules,
 * every row checked against the NIP it carries and the same schemas the API uses, every NIP,
 * jabatan and unit looked up, and the caller's reach applied. Returns the parsed rows and every
 * problem found (row, column, value, reason in Indonesian).
 */
export async function validasiImpor(ctx: Konteks, tabel: TabelMentah[], progres?: Progres): Promise<HasilValidasi> {
  const masalah: MasalahImpor[] = [];
  const tambah = (m: MasalahImpor) => {
    if (masalah.length < MAKS_MASALAH) masalah.push(m);
  };
  const data: HasilValidasi['data'] = {};
  const kolomAda: HasilValidasi['kolomAda'] = {};
  const jumlahBaris = tabel.reduce((s, t) => s + t.baris.length, 0);
  let selesai = 0;

  // 1. Sheets, headers and cells.
  for (const t of tabel) {
    if (LEMBAR_DIABAIKAN.has(t.nama.trim().toLowerCase())) continue;
    const lembar = kenaliLembar(t.nama);
    if (!lembar) {
      tambah({ lembar: t.nama, baris: 1, kolom: '-', nilai: null, pesan: `lembar tidak dikenal; nama lembar yang diterima: ${DAFTAR_LEMBAR.join(', ')}` });
      continue;
    }
    if (data[lembar]) {
      tambah({ lembar: t.nama, baris: 1, kolom: '-', nilai: null, pesan: `lembar ${lembar} muncul lebih dari sekali` });
      continue;
    }
    const kolomDef = LEMBAR_IMPOR[lembar].kolom as readonly KolomImpor[];
    const peta: (KolomImpor | undefined)[] = t.header.map((h, i) => {
      if (!h) return undefined;
      const k = kenaliKolom(lembar, h);
      if (!k) {
        tambah({ lembar: t.nama, baris: 1, kolom: h, nilai: h, pesan: `kolom tidak dikenal di kolom ke-${i + 1}; kolom yang diterima: ${
          kolomDef.map((c) => c.kunci).join(', ')
        }` });
      }
      return k;
    });
    kolomAda[lembar] = peta.filter((k): k is KolomImpor => !!k).map((k) => k.kunci);
    for (const k of kolomDef.filter((c) => c.wajib && !peta.includes(c))) {
      tambah({ lembar: t.nama, baris: 1, kolom: k.kunci, nilai: null, pesan: 'kolom wajib tidak ada di baris judul' });
    }
    const baris: BarisValid[] = [];
    for (const b of t.baris) {
      const nilai: Record<string, unknown> = {};
      let sah = true;
      peta.forEach((k, i) => {
        if (!k) return;
        const v = b.sel[i] ?? null;
        if (kosong(v)) {
          nilai[k.kunci] = null;
          if (k.wajib) {
            sah = false;
            tambah({ lembar: t.nama, baris: b.nomor, kolom: k.kunci, nilai: null, pesan: 'wajib diisi' });
          }
          return;
        }
        const h = k.baca(v);
        if (h.ok) nilai[k.kunci] = h.nilai;
        else {
          sah = false;
          tambah({ lembar: t.nama, baris: b.nomor, kolom: k.kunci, nilai: tampil(v), pesan: h.alasan });
        }
      });
      for (const k of kolomDef) if (!(k.kunci in nilai)) nilai[k.kunci] = null;
      if (sah) baris.push({ baris: b.nomor, nilai });
      if (++selesai % 1000 === 0) progres?.({ tahap: 'validasi', selesai, total: jumlahBaris });
    }
    data[lembar] = baris;
  }

  // 2. What the database knows: NIPs (within the caller's import reach), jabatan and unit codes.
  const l = lingkup(ctx, 'pegawai:impor');
  const semuaNip = [...new Set(Object.values(data).flatMap((rows) => rows!.map((r) => r.nilai.nip as string)))];
  const adaRows = semuaNip.length ?
    await ctx.db.many<{ nip: string, id: number, status_kepegawaian: string, dalam: boolean }>(sql`
    select p.nip, p.id, p.status_kepegawaian, (${syaratLingkup(l)}) as dalam
      from pegawai p where p.instansi_id = ${ctx.instansiId} and p.nip = any(${semuaNip})`) :
    [];
  const diLuar = new Set(adaRows.filter((r) => !r.dalam).map((r) => r.nip));
  const pegawaiAda = new Map(adaRows.filter((r) => r.dalam).map((r) => [r.nip, { id: r.id, status: r.status_kepegawaian }]));

  // 3. The pegawai sheet: duplicates, agreement with the NIP, reach.
  const diLembarPegawai = new Map<string, { baris: number, status: string }>();
  const lembarPegawai = nama(tabel, 'pegawai');
  data.pegawai = (data.pegawai ?? []).filter((r) => {
    const v = r.nilai;
    const nip = v.nip as string;
    const pertama = diLembarPegawai.get(nip);
    if (pertama) {
      tambah({ lembar: lembarPegawai, baris: r.baris, kolom: 'nip', nilai: nip, pesan: `NIP ganda: sudah ada di baris ${pertama.baris}` });
      return false;
    }
    diLembarPegawai.set(nip, { baris: r.baris, status: v.status_kepegawaian as string });
    if (diLuar.has(nip)) {
      tambah({ lembar: lembarPegawai, baris: r.baris, kolom: 'nip', nilai: nip, pesan: 'NIP ini terdaftar di luar unit kewenangan Anda' });
      return false;
    }
    const n = parseNip(nip);
    if (n.ok && n.nilai.jenis === 'PNS' && !v.tmt_cpns && v.status_kepegawaian !== 'PPPK') v.tmt_cpns = n.nilai.tmt;
    const salah = periksaSesuaiNip(nip, { tanggalLahir: v.tanggal_lahir as string, jenisKelamin: v.jenis_kelamin as 'L' | 'P', statusKepegawaian: v.status_kepegawaian as 'PNS',
      tmtCpns: (v.tmt_cpns as string) ?? null });
    for (const m of salah) tambah({ lembar: lembarPegawai, baris: r.baris, kolom: m.kolom, nilai: m.nilai == null ? null : String(m.nilai), pesan: m.pesan });
    return salah.length === 0;
  });

  // 3b. One NIK, one person: not twice in the file, not already another employee's. NIK are stored
  // encrypted; the comparison with the database is by their blind index (every key in use).
  const nikDiLembar = new Map<string, { baris: number, nip: string }>();
  const indeksNik = new Map<string, string>();
  for (const r of data.pegawai) {
    const nik = r.nilai.nik as string | null | undefined;
    if (!nik) continue;
    for (const i of indeksCariNik(nik)) indeksNik.set(i, nik);
  }
  const nikTercatat = new Map<string, { nip: string, dalam: boolean }>();
  if (indeksNik.size) {
    const rows = await ctx.db.many<{ nip: string, nik_indeks: string, dalam: boolean }>(sql`
      select p.nip, p.nik_indeks, (${syaratLingkup(l)}) as dalam from pegawai p
       where p.instansi_id = ${ctx.instansiId} and p.nik_indeks = any(${[...indeksNik.keys()]})`);
    for (const x of rows) nikTercatat.set(indeksNik.get(x.nik_indeks)!, { nip: x.nip, dalam: x.dalam });
  }
  data.pegawai = data.pegawai.filter((r) => {
    const nik = r.nilai.nik as string | null | undefined;
    const nip = r.nilai.nip as string;
    if (!nik) return true;
    const pertama = nikDiLembar.get(nik);
    if (pertama && pertama.nip !== nip) {
      tambah({ lembar: lembarPegawai, baris: r.baris, kolom: 'nik', nilai: nik, pesan: `NIK ganda: sudah dipakai di baris ${pertama.baris} (NIP ${pertama.nip})` });
      return false;
    }
    nikDiLembar.set(nik, { baris: r.baris, nip });
    const lain = nikTercatat.get(nik);
    if (lain && lain.nip !== nip) {
      tambah({ lembar: lembarPegawai, baris: r.baris, kolom: 'nik', nilai: nik,
        pesan: lain.dalam ? `NIK ini sudah tercatat untuk pegawai lain (NIP ${lain.nip})` : 'NIK ini sudah tercatat untuk pegawai lain' });
      return false;
    }
    return true;
  });

  // 4. Riwayat sheets: known employee within reach, resolved codes, the API's own schemas.
  const kodeJabatan = [...new Set((data.riwayat_jabatan ?? []).map((r) => r.nilai.kode_jabatan as string))];
  const kodeUnit = [...new Set((data.riwayat_jabatan ?? []).map((r) => r.nilai.kode_unit as string))];
  const jabatan = new Map((kodeJabatan.length ?
    await ctx.db.many<{ kode: string, id: number }>(sql`
    select kode, id from jabatan where instansi_id = ${ctx.instansiId} and kode = any(${kodeJabatan})`) :
    []).map((j) => [j.kode, j.id]));
  const unit = new Map((kodeUnit.length ?
    await ctx.db.many<{ kode: string, id: number, jalur: string }>(sql`
    select kode, id, jalur from unit_organisasi where instansi_id = ${ctx.instansiId} and kode = any(${kodeUnit})`) :
    []).map((u) => [u.kode, u]));
  const ditempatkan = new Set<string>();

  for (const lembar of DAFTAR_LEMBAR) {
    const jenis = jenisLembar(lembar);
    if (!jenis || !data[lembar]) continue;
    const namaLembar = nama(tabel, lembar);
    const kunciTerlihat = new Map<string, number>();
    data[lembar] = data[lembar]!.filter((r) => {
      const v = r.nilai;
      const nip = v.nip as string;
      const laporkan = (kolom: string, pesan: string, nilai: unknown = v[kolom]) =>
        tambah({ lembar: namaLembar, baris: r.baris, kolom, nilai: nilai == null ? null : String(nilai), pesan });
      if (diLuar.has(nip)) {
        laporkan('nip', 'NIP ini terdaftar di luar unit kewenangan Anda');
        return false;
      }
      const status = diLembarPegawai.get(nip)?.status ?? pegawaiAda.get(nip)?.status;
      if (!status) {
        laporkan('nip', 'NIP tidak terdaftar dan tidak ada di lembar pegawai');
        return false;
      }
      if (jenis === 'jabatan') {
        const j = jabatan.get(v.kode_jabatan as string);
        const u = unit.get(v.kode_unit as string);
        if (!j) laporkan('kode_jabatan', 'kode jabatan tidak ditemukan');
        if (!u) laporkan('kode_unit', 'kode unit tidak ditemukan');
        else if (!l.semua && !l.jalur.some((p) => u.jalur.startsWith(p))) laporkan('kode_unit', 'unit ini di luar kewenangan Anda');
        if (!j || !u || (!l.semua && !l.jalur.some((p) => u.jalur.startsWith(p)))) return false;
        v.jabatan_id = j;
        v.unit_id = u.id;
        ditempatkan.add(nip);
      }
      if (jenis === 'pangkat') {
        const pppk = (GOLONGAN_PPPK as readonly string[]).includes(v.golongan as string);
        if (pppk !== (status === 'PPPK')) {
          laporkan('golongan', status === 'PPPK' ? 'PPPK memakai golongan I-XVII' : 'PNS/CPNS memakai golongan I/a-IV/e');
          return false;
        }
      }
      const masukan: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(v)) if (val !== null) masukan[ISIAN_DARI_KOLOM[jenis][k] ?? k] = val;
      const h = SKEMA_RIWAYAT[jenis].safeParse(masukan);
      if (!h.success) {
        for (const i of h.error.issues) {
          const f = String(i.path[0] ?? '');
          laporkan(KOLOM_DARI_ISIAN[jenis][f] ?? f, i.message);
        }
        return false;
      }
      const kunci = kunciAlami(jenis, nip, v);
      if (kunci) {
        const sebelumnya = kunciTerlihat.get(kunci);
        if (sebelumnya) {
          laporkan('nip', `baris ganda: data yang sama sudah ada di baris ${sebelumnya}`, nip);
          return false;
        }
        kunciTerlihat.set(kunci, r.baris);
      }
      r.nilai = { nip, ...(h.data as Record<string, unknown>) };
      return true;
    });
  }

  // 5. A new employee imported by an admin OPD must be placed in one of their units, or they
  //    would vanish from the admin's own reach the moment they are created.
  if (!l.semua) {
    for (const [nip, info] of diLembarPegawai) {
      if (!pegawaiAda.has(nip) && !diLuar.has(nip) && !ditempatkan.has(nip)) {
        tambah({ lembar: lembarPegawai, baris: info.baris, kolom: 'nip', nilai: nip, pesan: 'pegawai baru harus disertai baris riwayat_jabatan di unit Anda' });
      }
    }
  }

  progres?.({ tahap: 'validasi', selesai: jumlahBaris, total: jumlahBaris });
  masalah.sort((a, b) => a.lembar.localeCompare(b.lembar) || a.baris - b.baris);
  return { data, masalah, kolomAda, pegawaiAda, jumlahBaris };
}

function nama(tabel: TabelMentah[], lembar: LembarImpor): string {
  return tabel.find((t) => kenaliLembar(t.nama) === lembar)?.nama ?? lembar;
}

/** The natural key of an import row (its values are keyed by column), from the kind's declaration. */
function kunciAlami(jenis: JenisRiwayat, nip: string, v: Record<string, unknown>): string | null {
  const kunci = DEKLARASI_RIWAYAT[jenis].kunciAlami;
  return kunci ? [nip, ...kunci.map((f) => v[KOLOM_DARI_ISIAN[jenis][f]!])].join('|') : null;
}
