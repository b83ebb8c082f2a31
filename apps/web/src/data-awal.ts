/**
 * The data a page asks for first when it is opened without a query string (a link, a reload, a
 * bookmark), where the address depends neither on the day nor on an earlier answer: the server
 * names these in the page's shell (`<link rel="preload" as="fetch">`, from
 * dist/pramuat-halaman.json), so the browser sends them while it parses the shell, beside the
 * session's request, instead of after the entry script and the page's code have run (about 250 ms
 * later on this machine). The page's own request then takes the answer already on its way.
 *
 * By route pattern as in daftar-halaman.tsx. Plain data without imports: the build's plugin reads it
 * in Node. An address here must be exactly the one the page asks for (path and query, in the page's
 * order): e2e/halaman.e2e.test.ts opens each page inside the app and directly and requires the same
 * requests, none twice, so an address that drifts from its page fails there, and the build fails on
 * a pattern it does not know.
 */
export const DATA_AWAL: Readonly<Record<string, readonly string[]>> = {
  // An ASN's own pages (on a phone, most of the loads).
  '/cuti': ['/api/cuti/saya', '/api/cuti/pengganti'],
  '/aktivitas': ['/api/aktivitas/saya'],
  '/layanan-saya': ['/api/layanan/saya'],
  '/usulan-saya': ['/api/usulan?status=semua&page=1&limit=20'],
  '/kompetensi/saya': ['/api/kompetensi/profil'],
  '/pembelajaran': ['/api/pembelajaran/katalog'],
  '/ujian': ['/api/ujian/saya'],
  '/persetujuan/pengganti': ['/api/cuti/pengganti'],
  // The pages of the BKD, the OPDs, the planners and the inspectorate.
  '/': ['/api/dasbor/statistik', '/api/unit'],
  '/pegawai': ['/api/pegawai?page=1&limit=20', '/api/unit'],
  '/akun': ['/api/akun?page=1&limit=20', '/api/unit'],
  '/layanan/antrian': ['/api/layanan/usulan?menunggu=1&page=1&limit=20'],
  '/e-pangkat': ['/api/layanan/usulan?jenis=kenaikan_pangkat&menunggu=1&limit=50', '/api/layanan/usulan?jenis=kenaikan_pangkat&limit=50'],
  '/simantun-tanduk': ['/api/pensiun?page=1&limit=50', '/api/layanan/usulan?jenis=pensiun&menunggu=1&limit=50', '/api/layanan/usulan?jenis=pensiun&limit=50'],
  '/presensi/hari-ini': ['/api/presensi/dasbor', '/api/unit'],
  '/presensi/tinjau': ['/api/presensi/perangkat?status=menunggu&page=1&limit=50', '/api/presensi/sinyal?status=baru&page=1&limit=20', '/api/unit'],
  '/presensi/titik': ['/api/presensi/titik'],
  '/presensi/rekap': ['/api/unit'],
  '/aktivitas/belum-isi': ['/api/unit'],
  '/persetujuan': ['/api/cuti/persetujuan?page=1&limit=100'],
  '/pengganti-atasan': ['/api/cuti/pengganti', '/api/unit'],
  '/kalender': ['/api/kalender'],
  '/kelas-jabatan': ['/api/kelas-jabatan?page=1&limit=25'],
  '/tpp': ['/api/tpp/bulan'],
  '/tpp/rekening': ['/api/tpp/rekening?page=1&limit=25', '/api/unit'],
  '/sakip/renstra': ['/api/sakip/renstra'],
  '/sakip/pk': ['/api/sakip/renstra'],
  '/sakip/realisasi': ['/api/sakip/renstra'],
  '/lkjip': ['/api/sakip/lkjip/pekerjaan', '/api/unit'],
  '/indeks/merit': ['/api/indeks/merit'],
  '/indeks/merit/instrumen': ['/api/indeks/merit/instrumen'],
  '/indeks/nspk': ['/api/indeks/nspk'],
  '/kompetensi/standar': ['/api/kompetensi/kamus?kelompok=teknis', '/api/kompetensi/standar?page=1&limit=20'],
  '/kompetensi/jpm': ['/api/kompetensi/jpm?page=1&limit=25', '/api/unit'],
  '/kompetensi/asesmen': ['/api/kompetensi/asesmen?page=1&limit=20', '/api/kompetensi/kamus'],
  '/pembelajaran/jp': ['/api/unit'],
  '/pembelajaran/kelola': ['/api/pembelajaran/kursus?page=1&limit=25'],
  '/ujian/bank': ['/api/ujian/bank', '/api/ujian/butir?page=1&limit=20'],
  '/ujian/kelola': ['/api/ujian/bank', '/api/ujian/tes', '/api/unit'],
  '/kompetensi/profil': ['/api/kompetensi/profil'],
  '/indeks/ip-asn': ['/api/indeks/ip-asn/aturan', '/api/unit'],
};
