/** Indonesian labels of fields, for comparisons, forms, import templates and error messages. */
export const LABEL_ISIAN: Record<string, string> = { nip: 'NIP', nik: 'NIK', gelarDepan: 'Gelar depan', nama: 'Nama', gelarBelakang: 'Gelar belakang', tempatLahir: 'Tempat lahir',
  tanggalLahir: 'Tanggal lahir', jenisKelamin: 'Jenis kelamin', agama: 'Agama', statusPerkawinan: 'Status perkawinan', alamat: 'Alamat', email: 'Email', telepon: 'Telepon',
  statusKepegawaian: 'Status kepegawaian', tmtCpns: 'TMT CPNS', tmtPns: 'TMT PNS', kedudukan: 'Kedudukan', golongan: 'Golongan', jenisKp: 'Jenis kenaikan pangkat', tmt: 'TMT',
  nomorSk: 'Nomor SK', tanggalSk: 'Tanggal SK', mkTahun: 'Masa kerja (tahun)', mkBulan: 'Masa kerja (bulan)', jabatanId: 'Jabatan', unitId: 'Unit kerja', tingkat: 'Tingkat',
  namaSekolah: 'Nama sekolah/perguruan tinggi', jurusan: 'Jurusan', tahunLulus: 'Tahun lulus', nomorIjazah: 'Nomor ijazah', tanggalIjazah: 'Tanggal ijazah', jenis: 'Jenis',
  penyelenggara: 'Penyelenggara', tanggalMulai: 'Tanggal mulai', tanggalSelesai: 'Tanggal selesai', jumlahJp: 'Jumlah JP', nomorSertifikat: 'Nomor sertifikat', tahun: 'Tahun',
  predikat: 'Predikat', nilai: 'Nilai', pejabatPenilai: 'Pejabat penilai', masaBulan: 'Masa hukuman (bulan)', keterangan: 'Keterangan', hubungan: 'Hubungan',
  pekerjaan: 'Pekerjaan', tertanggung: 'Tertanggung (tunjangan)' };

export const labelIsian = (f: string) => LABEL_ISIAN[f] ?? f;
