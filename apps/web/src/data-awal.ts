/**
 * The data a page asks for first when it is opened without a query string (a link, a reload, a
 * bookmark), where the address does not depend on an earlier answer: the server
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
 *
 * An address may name the day the page starts on, the instansi's local day: `{tahun}` (2026),
 * `{bulan}` (2026-12), `{tanggal}` (2026-12-05), or the next KP period from it (`{periodeKp}`,
 * E-Pangkat's); the server fills them with its own clock in the
 * instansi's zone (apps/server/src/statis.ts), as the page does with the browser's. It may name
 * the pattern's own parameters (`{:nip}` of `/pegawai/:nip`), filled from the address. It may name
 * a value of another answer the page takes as it comes (`{/api/indeks/nspk#0.tahun}`: the year of the
 * list's first row, as the page opens the first one), only when another value is there too with
 * `?path` (`{/api/tpp/bulan#bulan?ada}`): the server asks that address as the caller.
 * Only where the page takes that value without more (no clamping, no choice): the walk in e2e finds
 * an address the page then does not ask for.
 */
export const DATA_AWAL: Readonly<Record<string, readonly string[]>> = {
  // An ASN's own pages (on a phone, most of the loads).
  '/cuti': ['/api/cuti/saya', '/api/cuti/pengganti'],
  // Data Saya: the profile of the caller's own NIP, with its first tab.
  '/saya': ['/api/pegawai/{/api/auth/sesi#pengguna.nip}', '/api/pegawai/{/api/auth/sesi#pengguna.nip}/riwayat/pangkat'],
  '/aktivitas': ['/api/aktivitas/saya'],
  '/layanan-saya': ['/api/layanan/saya'],
  '/usulan-saya': ['/api/usulan?status=semua&page=1&limit=20'],
  '/kompetensi/saya': ['/api/kompetensi/profil'],
  '/pembelajaran': ['/api/pembelajaran/katalog'],
  '/ujian': ['/api/ujian/saya'],
  '/persetujuan/pengganti': ['/api/cuti/pengganti'],
  '/presensi/bulan': ['/api/rekap-presensi/saya?bulan={bulan}'],
  '/pembelajaran/saya': ['/api/pembelajaran/jp/pegawai?tahun={tahun}'],
  '/tpp/saya': ['/api/tpp/rincian?bulan={bulan}'],
  // The pages of the BKD, the OPDs, the planners and the inspectorate.
  '/': ['/api/dasbor/statistik', '/api/unit'],
  '/pegawai': ['/api/pegawai?page=1&limit=20', '/api/unit'],
  '/pegawai/:nip': ['/api/pegawai/{:nip}', '/api/pegawai/{:nip}/riwayat/pangkat'],
  '/layanan/usulan/:id': ['/api/layanan/usulan/{:id}'],
  '/sakip/pk/:id': ['/api/sakip/pk/{:id}'],
  '/audit': ['/api/audit?urut=terbaru&page=1&limit=50'],
  '/tpp/pegawai': ['/api/tpp/rincian?bulan={bulan}'],
  '/presensi/rekap/pegawai': ['/api/rekap-presensi/saya?bulan={bulan}'],
  '/akun': ['/api/akun?page=1&limit=20', '/api/unit'],
  '/layanan/antrian': ['/api/layanan/usulan?menunggu=1&page=1&limit=20'],
  '/e-pangkat': [
    '/api/kenaikan-pangkat?periode={periodeKp}&page=1&limit=50',
    '/api/layanan/usulan?jenis=kenaikan_pangkat&menunggu=1&limit=50',
    '/api/layanan/usulan?jenis=kenaikan_pangkat&limit=50',
  ],
  '/simantun-tanduk': ['/api/pensiun?page=1&limit=50', '/api/layanan/usulan?jenis=pensiun&menunggu=1&limit=50', '/api/layanan/usulan?jenis=pensiun&limit=50'],
  '/presensi/hari-ini': ['/api/presensi/dasbor', '/api/unit', '/api/presensi/tren?tahun={tahun}'],
  '/presensi/tinjau': ['/api/presensi/perangkat?status=menunggu&page=1&limit=50', '/api/presensi/sinyal?status=baru&page=1&limit=20', '/api/unit'],
  '/presensi/titik': ['/api/presensi/titik'],
  '/presensi/rekap': ['/api/unit', '/api/rekap-presensi/bulan?bulan={bulan}&page=1&limit=25'],
  '/presensi/disiplin': ['/api/rekap-presensi/disiplin?tahun={tahun}&status=menunggu&page=1&limit=25'],
  '/aktivitas/belum-isi': ['/api/unit', '/api/aktivitas/belum-isi?tanggal={tanggal}&page=1&limit=25'],
  '/persetujuan': ['/api/cuti/persetujuan?page=1&limit=100'],
  '/pengganti-atasan': ['/api/cuti/pengganti', '/api/unit'],
  '/kalender': ['/api/kalender', '/api/kalender/jadwal?bulan={bulan}'],
  '/layanan/kgb': ['/api/layanan/kgb?bulan={bulan}&page=1&limit=50'],
  '/tpp/daftar-gaji': ['/api/tpp/gaji?bulan={bulan}&page=1&limit=25'],
  '/kinerja': ['/api/kinerja/saya?tahun={tahun}', '/api/tpp/rincian?bulan={bulan}'],
  '/kinerja/kemajuan': ['/api/kinerja/progres?tahun={tahun}'],
  '/kinerja/tim': ['/api/kinerja/tim?tahun={tahun}'],
  '/kinerja/evaluasi-periodik': ['/api/kinerja/evaluasi-periodik?tahun={tahun}'],
  '/kinerja/pohon': ['/api/kinerja/pohon?tahun={tahun}'],
  '/survei': ['/api/survei/ikm?tahun={tahun}'],
  '/kelas-jabatan': ['/api/kelas-jabatan?page=1&limit=25'],
  '/presensi/jadwal-shift': ['/api/rekap-presensi/jadwal-shift?bulan={bulan}'],
  // The rows of the month the page opens on, once it is computed (the page asks for them only then).
  '/tpp': ['/api/tpp/bulan', '/api/tpp/baris?bulan={/api/tpp/bulan#bulan?ada}&page=1&limit=25'],
  '/tpp/rekening': ['/api/tpp/rekening?page=1&limit=25', '/api/unit'],
  '/sakip/renstra': ['/api/sakip/renstra', '/api/sakip/renstra/{/api/sakip/renstra#0.id}'],
  // The first Renstra's PK and capaian of the year the server names for it (this year, within the period).
  '/sakip/pk': ['/api/sakip/renstra', '/api/sakip/pk?tahun={/api/sakip/renstra#0.tahunBerjalan}&renstraId={/api/sakip/renstra#0.id}'],
  '/sakip/realisasi': [
    '/api/sakip/renstra',
    '/api/sakip/capaian?unitId={/api/sakip/renstra#0.unitId}&tahun={/api/sakip/renstra#0.tahunBerjalan}&tribulan=1',
    '/api/sakip/anggaran?unitId={/api/sakip/renstra#0.unitId}&tahun={/api/sakip/renstra#0.tahunBerjalan}&tribulan=1',
  ],
  '/lkjip': ['/api/sakip/lkjip/pekerjaan', '/api/unit'],
  '/indeks/merit': ['/api/indeks/merit', '/api/indeks/merit/{/api/indeks/merit#0.id}'],
  '/indeks/merit/instrumen': ['/api/indeks/merit/instrumen'],
  '/indeks/nspk': ['/api/indeks/nspk', '/api/indeks/nspk/{/api/indeks/nspk#0.tahun}'],
  '/kompetensi/standar': ['/api/kompetensi/kamus?kelompok=teknis', '/api/kompetensi/standar?page=1&limit=20'],
  '/kompetensi/jpm': ['/api/kompetensi/jpm?page=1&limit=25', '/api/unit'],
  '/kompetensi/asesmen': ['/api/kompetensi/asesmen?page=1&limit=20', '/api/kompetensi/kamus'],
  '/pembelajaran/jp': ['/api/unit', '/api/pembelajaran/jp?tahun={tahun}&page=1&limit=25'],
  '/pembelajaran/kelola': ['/api/pembelajaran/kursus?page=1&limit=25'],
  // The items of the first bank, as the page opens it.
  '/ujian/bank': ['/api/ujian/bank', '/api/ujian/butir?bankId={/api/ujian/bank#items.0.id}&page=1&limit=20'],
  '/ujian/kelola': ['/api/ujian/bank', '/api/ujian/tes', '/api/unit'],
  '/kompetensi/profil': ['/api/kompetensi/profil'],
  '/indeks/ip-asn': ['/api/indeks/ip-asn/aturan', '/api/unit', '/api/indeks/ip-asn?tahun={tahun}', '/api/indeks/ip-asn/pegawai?tahun={tahun}&page=1&limit=20'],
};
