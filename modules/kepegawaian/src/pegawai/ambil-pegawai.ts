import { sql } from '@simasn/db';
import { batasUsiaPensiun, bersihkanNip, formatNip, hariIniIso, namaLengkap, pangkatDari, samarkanDataPribadi, selisihTahunBulan, tanggalCapaiBup, tmtPensiun, umurPada,
  type JenisJabatan, type JenjangFungsional, type SifatJabatan, type TanggalIso, type TingkatStruktural } from '@simasn/domain';
import { catatAudit, dalamLingkup, lingkup, punyaIzin, syaratLingkup, tidakDitemukan, wajibMasuk, type Konteks } from '@simasn/platform';
import { bukaBaris } from './data-pribadi.ts';
import type { ProfilPegawai } from './pegawai.types.ts';

export type { ProfilPegawai };

type UnitJalur = { id: number, nama: string, kode: string };

/** The columns of pegawai (p.*) the profile reads, with its jabatan and unit (null when it has none). */
interface BarisProfil {
  id: number;
  nip: string;
  nik: string | null;
  gelar_depan: string | null;
  nama: string;
  gelar_belakang: string | null;
  tempat_lahir: string | null;
  tanggal_lahir: TanggalIso;
  jenis_kelamin: 'L' | 'P';
  agama: string | null;
  status_perkawinan: string | null;
  alamat: string | null;
  email: string | null;
  telepon: string | null;
  status_kepegawaian: string;
  tmt_cpns: TanggalIso | null;
  tmt_pns: TanggalIso | null;
  kedudukan: string;
  golongan_akhir: string | null;
  tmt_golongan_akhir: TanggalIso | null;
  mk_golongan_tahun: number | null;
  mk_golongan_bulan: number | null;
  jabatan_id: number | null;
  tmt_jabatan: TanggalIso | null;
  unit_id: number | null;
  jalur_unit: string | null;
  pendidikan_terakhir: string | null;
  versi: number;
  diubah_pada: Date;
  jabatan_nama: string | null;
  jabatan_jenis: JenisJabatan | null;
  tingkat_struktural: TingkatStruktural | null;
  eselon: string | null;
  jenjang: JenjangFungsional | null;
  kelas_jabatan: number | null;
  bup_khusus: number | null;
  unit_nama: string | null;
  /** json_agg: parsed by PostgreSQL drivers, text from some. */
  jalur_nama: string | UnitJalur[] | null;
}

/**
 * One employee's profile: identity, derived current state (golongan, jabatan, unit with its
 * path, pendidikan terakhir), masa kerja, BUP and TMT pensiun. Personal data (full NIK, address,
 * contacts) appear only to callers whose personal-data reach covers the employee; every such
 * read by someone other than the employee is logged (UU 27/2022 accountability).
 */
export async function ambilPegawai(ctx: Konteks, nip: string): Promise<ProfilPegawai> {
  const l = lingkup(ctx, 'pegawai:baca');
  const tersimpan = await ctx.db.maybeOne<BarisProfil>(sql`
    select p.*, jb.nama as jabatan_nama, jb.jenis as jabatan_jenis, jb.tingkat_struktural, jb.eselon, jb.jenjang,
           jb.kelas_jabatan, jb.bup_khusus, u.nama as unit_nama, u.jalur,
           (select json_agg(json_build_object('id', x.id, 'nama', x.nama, 'kode', x.kode) order by length(x.jalur))
              from unit_organisasi x where x.instansi_id = p.instansi_id and u.jalur like x.jalur || '%') as jalur_nama
      from pegawai p
      left join jabatan jb on jb.instansi_id = p.instansi_id and jb.id = p.jabatan_id
      left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
     where p.instansi_id = ${ctx.instansiId} and p.nip = ${bersihkanNip(nip)} and ${syaratLingkup(l)}`);
  if (!tersimpan) throw tidakDitemukan(`Pegawai dengan NIP ${nip} tidak ditemukan.`);
  const r = bukaBaris('pegawai', tersimpan);

  const pemanggil = wajibMasuk(ctx);
  const pribadi = punyaIzin(pemanggil, 'pegawai:data_pribadi') && dalamLingkup(lingkup(ctx, 'pegawai:data_pribadi'), { id: r.id, jalurUnit: r.jalur_unit });
  if (pribadi && pemanggil.pegawaiId !== r.id && !pemanggil.sistem) {
    await catatAudit(ctx, { aksi: 'pegawai.baca_data_pribadi', entitas: 'pegawai', entitasId: r.nip, pegawaiId: r.id });
  }

  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const sifat: SifatJabatan | null = r.jabatan_jenis ? { jenis: r.jabatan_jenis, tingkatStruktural: r.tingkat_struktural, jenjang: r.jenjang, bupKhusus: r.bup_khusus } : null;
  const bup = sifat && r.status_kepegawaian !== 'PPPK' ? batasUsiaPensiun(sifat) : null;
  const jalurNama = typeof r.jalur_nama === 'string' ? (JSON.parse(r.jalur_nama) as UnitJalur[]) : r.jalur_nama;
  const profil: ProfilPegawai = { nip: r.nip, nipTampil: formatNip(r.nip), nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang,
    namaLengkap: namaLengkap({ gelarDepan: r.gelar_depan, nama: r.nama, gelarBelakang: r.gelar_belakang }), tempatLahir: r.tempat_lahir, tanggalLahir: r.tanggal_lahir,
    usia: umurPada(r.tanggal_lahir, hariIni), jenisKelamin: r.jenis_kelamin, agama: r.agama, statusPerkawinan: r.status_perkawinan, statusKepegawaian: r.status_kepegawaian,
    kedudukan: r.kedudukan, tmtCpns: r.tmt_cpns, tmtPns: r.tmt_pns, masaKerja: r.tmt_cpns ? selisihTahunBulan(r.tmt_cpns, hariIni) : null,
    golongan: r.golongan_akhir
      ? { kode: r.golongan_akhir, pangkat: pangkatDari(r.golongan_akhir) ?? null, tmt: r.tmt_golongan_akhir, mkTahun: r.mk_golongan_tahun, mkBulan: r.mk_golongan_bulan }
      : null,
    jabatan: r.jabatan_id
      ? { id: r.jabatan_id, nama: r.jabatan_nama!, jenis: r.jabatan_jenis!, tingkatStruktural: r.tingkat_struktural, eselon: r.eselon, jenjang: r.jenjang,
        kelasJabatan: r.kelas_jabatan, tmt: r.tmt_jabatan }
      : null, unit: r.unit_id ? { id: r.unit_id, nama: r.unit_nama!, jalur: jalurNama ?? [] } : null, pendidikanTerakhir: r.pendidikan_terakhir,
    pensiun: bup ? { bup, tanggalBup: tanggalCapaiBup(r.tanggal_lahir, bup), tmtPensiun: tmtPensiun(r.tanggal_lahir, bup) } : null, dataPribadiTerlihat: pribadi, nik: r.nik,
    alamat: r.alamat, email: r.email, telepon: r.telepon, versi: r.versi, diubahPada: r.diubah_pada };
  // The personal-data rule (domain data-pribadi.ts), not a hand-made mask per field.
  return pribadi ? profil : samarkanDataPribadi(profil);
}
