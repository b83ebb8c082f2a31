/** Shapes of the API's answers, as the pages use them. */
export interface SesiMasuk {
  masuk: true;
  csrfToken: string;
  pengguna: { namaPengguna: string; namaTampilan: string; nip: string | null };
  peran: { peran: string; label: string; unitId: number | null }[];
  izin: string[];
  /** The instansi's time zone (IANA name, e.g. `Asia/Makassar`): timestamps are shown in it. */
  zona?: string;
}
export type SesiApi = SesiMasuk | { masuk: false; zona?: string };

export interface Halaman<T> {
  total: number;
  page?: number;
  limit?: number;
  items: T[];
}

export interface PegawaiRingkas {
  nip: string;
  nama: string;
  namaLengkap: string;
  golongan: string | null;
  jabatan: string | null;
  jenisJabatan: string | null;
  statusKepegawaian: string;
  kedudukan: string;
  pendidikanTerakhir: string | null;
  unit: { id: number; nama: string } | null;
  perangkatDaerah: { id: number; nama: string } | null;
}

export interface ProfilPegawai {
  nip: string;
  nipTampil: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  namaLengkap: string;
  tempatLahir: string | null;
  tanggalLahir: string;
  usia: number;
  jenisKelamin: 'L' | 'P';
  agama: string | null;
  statusPerkawinan: string | null;
  statusKepegawaian: string;
  kedudukan: string;
  tmtCpns: string | null;
  tmtPns: string | null;
  masaKerja: { tahun: number; bulan: number } | null;
  golongan: { kode: string; pangkat: string | null; tmt: string | null; mkTahun: number | null; mkBulan: number | null } | null;
  jabatan: {
    id: number; nama: string; jenis: string; tingkatStruktural: string | null; eselon: string | null; jenjang: string | null;
    kelasJabatan: number | null; tmt: string | null;
  } | null;
  unit: { id: number; nama: string; jalur: { id: number; nama: string; kode: string }[] } | null;
  pendidikanTerakhir: string | null;
  pensiun: { bup: number; tanggalBup: string; tmtPensiun: string } | null;
  dataPribadiTerlihat: boolean;
  nik: string | null;
  alamat: string | null;
  email: string | null;
  telepon: string | null;
  versi: number;
}

export interface BerkasRingkas {
  id: number;
  namaBerkas: string;
  ukuran: number;
}

export interface BarisRiwayat {
  id: number;
  versi: number;
  sumber: string;
  data: Record<string, unknown>;
  tambahan: Record<string, unknown>;
  berkas: BerkasRingkas[];
}

export interface BerkasPegawai extends BerkasRingkas {
  riwayatJenis: string | null;
  riwayatId: number | null;
  keterangan: string | null;
  diunggahPada: string;
}

export interface Unit {
  id: number;
  indukId: number | null;
  kode: string;
  nama: string;
  singkatan: string | null;
  jenis: string;
  jalur: string;
  jumlahPegawai: number;
}

export interface Jabatan {
  id: number;
  kode: string;
  nama: string;
  jenis: string;
  tingkatStruktural: string | null;
  eselon: string | null;
  jenjang: string | null;
  kelasJabatan: number | null;
  unitId: number | null;
}

export interface BarisRekap {
  kunci: string;
  l: number;
  p: number;
  jumlah: number;
}

export interface Statistik {
  total: { l: number; p: number; jumlah: number };
  jabatan: BarisRekap[];
  status: BarisRekap[];
  pendidikan: BarisRekap[];
  golongan: BarisRekap[];
  unit: BarisRekap[];
}

export type StatusUsulan = 'diajukan' | 'disetujui' | 'ditolak' | 'dibatalkan';

export interface UsulanRingkas {
  id: number;
  jenis: string;
  labelJenis: string;
  status: StatusUsulan;
  alasan: string;
  diajukanPada: string;
  diputusPada: string | null;
  catatanVerifikator: string | null;
  pegawai: { nip: string; nama: string; unit: string | null };
}

export interface BarisPerbandingan {
  field: string;
  label: string;
  lama: unknown;
  sekarang: unknown;
  baru: unknown;
  berubah: boolean;
  berubahSejakDiajukan: boolean;
}

export interface UsulanRinci extends UsulanRingkas {
  diajukanOleh: string | null;
  diputusOleh: string | null;
  berkas: BerkasRingkas | null;
  perbandingan: BarisPerbandingan[];
}

export interface MasalahImpor {
  lembar: string;
  baris: number;
  kolom: string;
  nilai: string | null;
  pesan: string;
}

export interface HasilImpor {
  ok: boolean;
  dryRun: boolean;
  jumlahBaris: number;
  lembar: { nama: string; baris: number }[];
  masalah: MasalahImpor[];
  ditulis: { pegawaiBaru: number; pegawaiDiubah: number; riwayat: Record<string, { baru: number; diubah: number }> } | null;
  detik: number;
}

export interface EntriAudit {
  id: number;
  waktu: string;
  namaPengguna: string | null;
  peran: string[] | null;
  aksi: string;
  entitas: string;
  entitasId: string | null;
  nip: string | null;
  namaPegawai: string | null;
  sebelum: Record<string, unknown> | null;
  sesudah: Record<string, unknown> | null;
  alamatIp: string | null;
  keterangan: string | null;
}

export interface Akun {
  id: number;
  namaPengguna: string;
  namaTampilan: string;
  aktif: boolean;
  masukTerakhir: string | null;
  terkunci: boolean | null;
  peran: { peran: string; unit: string | null }[];
}
