import { raw, sql, type Db } from '@simasn/db';
import { catatAudit, catatAuditBanyak, type Konteks } from '@simasn/platform';
import { bukaBaris, kolomTerenkripsi, sandikanBaris } from '../pegawai/data-pribadi.ts';
import { perbaruiDataTerkini } from '../riwayat/data-terkini.ts';
import { JENIS_RIWAYAT_IMPOR, kolomSql } from '../riwayat/definisi-riwayat.ts';
import { DEFINISI_RIWAYAT, JENIS_RIWAYAT, type JenisRiwayat } from '../riwayat/jenis-riwayat.ts';
import { keKolom } from '../riwayat/kolom-riwayat.ts';
import type { LembarImpor } from './lembar-impor.ts';
import type { HasilValidasi, Progres } from './validasi-impor.ts';

/** SQL types of the columns the import writes (json_to_recordset needs them): pegawai's here, the riwayat's from their declaration. */
const TIPE: Record<string, string> = { nip: 'text', nik: 'text', gelar_depan: 'text', nama: 'text', gelar_belakang: 'text', tempat_lahir: 'text', tanggal_lahir: 'date',
  jenis_kelamin: 'text', agama: 'text', status_perkawinan: 'text', status_kepegawaian: 'text', tmt_cpns: 'date', tmt_pns: 'date', alamat: 'text', email: 'text', telepon: 'text',
  nik_indeks: 'text' };
const TIPE_RIWAYAT = Object.fromEntries(JENIS_RIWAYAT.map((j) => [j, Object.fromEntries(kolomSql(j))])) as Record<JenisRiwayat, Record<string, string>>;
const KOLOM_PEGAWAI = [
  'nik',
  'gelar_depan',
  'nama',
  'gelar_belakang',
  'tempat_lahir',
  'tanggal_lahir',
  'jenis_kelamin',
  'agama',
  'status_perkawinan',
  'status_kepegawaian',
  'tmt_cpns',
  'tmt_pns',
  'alamat',
  'email',
  'telepon',
];
const RIWAYAT = JENIS_RIWAYAT_IMPOR.map((j) => [`riwayat_${j}` as LembarImpor, j] as const);
const POTONGAN = 2000;

export interface HasilTulis {
  pegawaiBaru: number;
  pegawaiDiubah: number;
  riwayat: Partial<Record<JenisRiwayat, { baru: number, diubah: number }>>;
}

function* potong<T>(a: T[], n: number) {
  for (let i = 0; i < a.length; i += n) yield a.slice(i, i + n);
}

const rekaman = (kolom: string[], tipe: Record<string, string> = TIPE) => raw(kolom.map((k) => `${k} ${tipe[k]}`).join(', '));

/**
 * Writes a validated import in the caller's transaction, in set-based statements of a few
 * thousand rows: employees upserted by NIP, riwayat upserted on their natural keys, so that
 * importing the same file twice changes nothing the second time. An empty cell never erases a
 * stored value. Then the derived current state and the audit log (one entry for the import,
 * one per employee written, with before and after).
 */
export async function tulisImpor(ctx: Konteks, v: HasilValidasi, info: { namaBerkas: string, sha256: string }, progres?: Progres): Promise<HasilTulis> {
  const db: Db = ctx.db;
  const hasil: HasilTulis = { pegawaiBaru: 0, pegawaiDiubah: 0, riwayat: {} };
  const total = Object.values(v.data).reduce((s, r) => s + r!.length, 0);
  let selesai = 0;
  const tersentuh = new Set<number>();
  const auditPegawai: { pegawai_id: number, nip: string, sebelum: unknown, sesudah: unknown }[] = [];

  const pegawai = v.data.pegawai ?? [];
  const ada = new Set(v.kolomAda.pegawai ?? []);
  const kolom = KOLOM_PEGAWAI.filter((k) => ada.has(k));
  // Personal data is written encrypted (data-pribadi.ts), with the NIK's blind index beside it.
  const rahasia = kolom.filter((k) => kolomTerenkripsi('pegawai', k));
  const kolomTulis = ada.has('nik') ? [...kolom, 'nik_indeks'] : kolom;
  for (const bagian of potong(pegawai, POTONGAN)) {
    const baris = bagian.map((r) => Object.fromEntries(['nip', ...kolom].map((k) => [k, r.nilai[k] ?? null])));
    const tersimpan = new Map((await db.many<Record<string, unknown> & { nip: string }>(sql`
      select nip, ${raw(kolomTulis.join(', '))} from pegawai where instansi_id = ${ctx.instansiId} and nip = any(${baris.map((b) => b.nip)})`)).map((r) => [r.nip, r]));
    const sebelum = new Map([...tersimpan].map(([nip, r]) => [nip, bukaBaris('pegawai', r)]));
    // A value equal to the stored one keeps its stored ciphertext (a new one would differ every
    // time), so importing the same file again still changes nothing.
    const barisTulis = baris.map((b) => {
      const s: Record<string, unknown> = sandikanBaris('pegawai', b);
      const lama = tersimpan.get(b.nip as string);
      const buka = sebelum.get(b.nip as string);
      if (lama && buka) {
        for (const k of rahasia) {
          if (b[k] != null && b[k] === buka[k]) {
            s[k] = lama[k];
            if (k === 'nik') s.nik_indeks = lama.nik_indeks;
          }
        }
      }
      return s;
    });
    const tulis = await db.many<{ id: number, nip: string, baru: boolean }>(sql`
      insert into pegawai (instansi_id, nip, ${raw(kolomTulis.join(', '))})
      select ${ctx.instansiId}, x.nip, ${raw(kolomTulis.map((k) => `x.${k}`).join(', '))}
        from json_to_recordset(${JSON.stringify(barisTulis)}::json) as x(nip text, ${rekaman(kolomTulis)})
      on conflict (instansi_id, nip) do update
         set ${raw(kolomTulis.map((k) => `${k} = coalesce(excluded.${k}, pegawai.${k})`).join(', '))},
             versi = pegawai.versi + 1, diubah_pada = now()
       where (${raw(kolomTulis.map((k) => `pegawai.${k}`).join(', '))}) is distinct from
             (${raw(kolomTulis.map((k) => `coalesce(excluded.${k}, pegawai.${k})`).join(', '))})
      returning id, nip, (xmax = 0) as baru`);
    const peta = new Map(baris.map((b) => [b.nip, b]));
    for (const t of tulis) {
      tersentuh.add(t.id);
      if (t.baru) hasil.pegawaiBaru++;
      else hasil.pegawaiDiubah++;
      auditPegawai.push({ pegawai_id: t.id, nip: t.nip, sebelum: sebelum.get(t.nip) ?? null, sesudah: peta.get(t.nip) });
    }
    selesai += bagian.length;
    progres?.({ tahap: 'menulis', selesai, total });
  }

  for (const [lembar, jenis] of RIWAYAT) {
    const rows = v.data[lembar];
    if (!rows?.length) continue;
    const def = DEFINISI_RIWAYAT[jenis];
    const hitung = { baru: 0, diubah: 0 };
    for (const bagian of potong(rows, POTONGAN)) {
      const baris = bagian.map((r) => ({ nip: r.nilai.nip, ...keKolom(jenis, r.nilai) }));
      const semua = Object.keys(baris[0]!).filter((k) => k !== 'nip');
      const kunci = def.kunciAlami!;
      const lain = semua.filter((k) => !kunci.includes(k));
      const tulis = await db.many<{ pegawai_id: number, baru: boolean }>(sql`
        insert into ${raw(def.tabel)} (instansi_id, pegawai_id, sumber, ${raw(semua.join(', '))})
        select ${ctx.instansiId}, p.id, 'impor', ${raw(semua.map((k) => `x.${k}`).join(', '))}
          from json_to_recordset(${JSON.stringify(baris)}::json) as x(nip text, ${rekaman(semua, TIPE_RIWAYAT[jenis])})
          join pegawai p on p.instansi_id = ${ctx.instansiId} and p.nip = x.nip
        on conflict (instansi_id, pegawai_id, ${raw(kunci.join(', '))}) do update
           set ${raw(lain.map((k) => `${k} = coalesce(excluded.${k}, ${def.tabel}.${k})`).join(', '))},
               sumber = 'impor', versi = ${raw(def.tabel)}.versi + 1
         where (${raw(lain.map((k) => `${def.tabel}.${k}`).join(', '))}) is distinct from
               (${raw(lain.map((k) => `coalesce(excluded.${k}, ${def.tabel}.${k})`).join(', '))})
        returning pegawai_id, (xmax = 0) as baru`);
      for (const t of tulis) {
        tersentuh.add(t.pegawai_id);
        if (t.baru) hitung.baru++;
        else hitung.diubah++;
      }
      selesai += bagian.length;
      progres?.({ tahap: 'menulis', selesai, total });
    }
    hasil.riwayat[jenis] = hitung;
  }

  if (tersentuh.size) await perbaruiDataTerkini(db, ctx.instansiId, [...tersentuh]);
  await catatAudit(ctx, { aksi: 'impor.pegawai', entitas: 'impor', entitasId: info.sha256.slice(0, 16), sesudah: { namaBerkas: info.namaBerkas, sha256: info.sha256, ...hasil },
    keterangan: `impor dari ${info.namaBerkas}` });
  for (const bagian of potong(auditPegawai, POTONGAN)) {
    await catatAuditBanyak(ctx,
      bagian.map((x) => ({ aksi: x.sebelum == null ? 'pegawai.tambah' : 'pegawai.ubah', entitas: 'pegawai', entitasId: x.nip, pegawaiId: x.pegawai_id, sebelum: x.sebelum ?? null,
        sesudah: x.sesudah ?? null, keterangan: `impor dari ${info.namaBerkas}` })
      ));
  }
  return hasil;
}
