/**
 * Indicators the platform measures itself (issue 4 item 3): their realisasi is computed from the
 * index engines and the records, never typed.
 */
export const SUMBER_OTOMATIS = [
  'ip_asn',
  'ip_asn:kualifikasi',
  'ip_asn:kompetensi',
  'ip_asn:kinerja',
  'ip_asn:disiplin',
  'sistem_merit',
  'ikm',
  'nspk',
  'jumlah_sk_pangkat',
  'jumlah_sk_jabatan',
  'jumlah_diklat',
  'indeks_disiplin',
] as const;
export type SumberOtomatis = (typeof SUMBER_OTOMATIS)[number];

export const LABEL_SUMBER_OTOMATIS: Record<SumberOtomatis, string> = { ip_asn: 'Indeks Profesionalitas ASN (dihitung dari riwayat pada akhir tribulan)',
  'ip_asn:kualifikasi': 'IP ASN dimensi kualifikasi', 'ip_asn:kompetensi': 'IP ASN dimensi kompetensi', 'ip_asn:kinerja': 'IP ASN dimensi kinerja',
  'ip_asn:disiplin': 'IP ASN dimensi disiplin', sistem_merit: 'Indeks Sistem Merit (penilaian mandiri yang sudah difinalisasi)',
  ikm: 'Indeks Kepuasan Masyarakat (survei SKM pada tribulan itu)', nspk: 'Indeks NSPK (penilaian tahun itu)',
  jumlah_sk_pangkat: 'Jumlah SK kenaikan pangkat yang terbit pada tribulan itu (riwayat pangkat)',
  jumlah_sk_jabatan: 'Jumlah SK jabatan (mutasi, promosi, penempatan) yang terbit pada tribulan itu (riwayat jabatan)',
  jumlah_diklat: 'Jumlah diklat/pengembangan kompetensi yang selesai pada tribulan itu (riwayat diklat)',
  indeks_disiplin: 'Indeks Disiplin: persentase ASN tanpa hukuman disiplin pada tahun itu s.d. akhir tribulan (riwayat hukuman disiplin)' };
