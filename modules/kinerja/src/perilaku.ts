/** The 7 BerAKHLAK values with their standard behaviours (placeholder until @simasn/domain's PERILAKU_BERAKHLAK lands). */
export const PERILAKU: readonly { kode: string, label: string, uraian: readonly string[] }[] = [
  { kode: 'berorientasi_pelayanan', label: 'Berorientasi Pelayanan', uraian: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan',
    'Melakukan perbaikan tiada henti'] },
  { kode: 'akuntabel', label: 'Akuntabel', uraian: ['Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
    'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien', 'Tidak menyalahgunakan kewenangan jabatan'] },
  { kode: 'kompeten', label: 'Kompeten', uraian: ['Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', 'Membantu orang lain belajar',
    'Melaksanakan tugas dengan kualitas terbaik'] },
  { kode: 'harmonis', label: 'Harmonis', uraian: ['Menghargai setiap orang apapun latar belakangnya', 'Suka menolong orang lain',
    'Membangun lingkungan kerja yang kondusif'] },
  { kode: 'loyal', label: 'Loyal', uraian: ['Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
    'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara', 'Menjaga rahasia jabatan dan negara'] },
  { kode: 'adaptif', label: 'Adaptif', uraian: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas',
    'Bertindak proaktif'] },
  { kode: 'kolaboratif', label: 'Kolaboratif', uraian: ['Memberi kesempatan kepada berbagai pihak untuk berkontribusi', 'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
    'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama'] },
];
