import { sql, type Db } from '@simasn/db';
import { hariIniIso, tambahHari, ZONA_BAWAAN } from '@simasn/domain';
import { buatAcak } from './prng.ts';
import { sisipMassal, sisipMassalId } from './sisip.ts';

/**
 * E-learning of the demo kabupaten (modules/pembelajaran, issue 13), written in bulk: three
 * published courses of reading, video and quiz modules (one with a prerequisite), enrolments of a
 * few hundred ASN, most finished in the last months: their modules done, the quiz passed, the
 * certificate issued (number per course and year, random verification code) and the riwayat
 * diklat written as the completion writes it (sumber `kursus`, sumberRef `kursus:<peserta>`, SIASN
 * 16 E-Learning). The demo ASN finished the first course and is halfway through the second.
 */

interface Kursus {
  kode: string;
  judul: string;
  deskripsi: string;
  jp: number;
  kompetensi: string[];
  prasyarat?: string;
  modul: { judul: string, jenis: 'teks' | 'video' | 'kuis', isi: string, soal?: { pertanyaan: string, pilihan: string[], kunci: number, pembahasan: string }[] }[];
  peserta: number;
  selesai: number;
}

export const KURSUS_DEMO: Kursus[] = [
  { kode: 'ETIKA-ASN', judul: 'Etika dan Integritas ASN', deskripsi: 'Nilai dasar, kode etik dan kode perilaku ASN; gratifikasi dan konflik kepentingan.', jp: 4,
    kompetensi: ['integritas'], peserta: 200, selesai: 170, modul: [
      { judul: 'Nilai dasar dan kode etik ASN', jenis: 'teks',
        isi: 'ASN menjunjung nilai dasar BerAKHLAK: berorientasi pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif dan kolaboratif. '
          + 'Kode etik mengatur sikap dalam bernegara, berorganisasi, bermasyarakat dan terhadap diri sendiri.' },
      { judul: 'Mengenal gratifikasi', jenis: 'video', isi: 'https://www.youtube.com/watch?v=2lGgmQ2iVx0' },
      { judul: 'Kuis etika dan integritas', jenis: 'kuis', isi: 'Jawab lima soal; lulus bila paling sedikit 4 benar.', soal: [
        { pertanyaan: 'Gratifikasi yang diterima wajib dilaporkan paling lambat ...', pilihan: ['7 hari kerja', '30 hari kerja', '3 bulan', 'Tidak wajib'], kunci: 1,
          pembahasan: 'Laporan gratifikasi paling lambat 30 hari kerja sejak diterima.' },
        { pertanyaan: 'Nilai dasar ASN saat ini disingkat ...', pilihan: ['BerAKHLAK', 'ANEKA', 'PANCA PRASETYA', 'SAPTA MARGA'], kunci: 0,
          pembahasan: 'BerAKHLAK: Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.' },
        { pertanyaan: 'Ketika menilai pengadaan yang diikuti saudara sendiri, ASN sebaiknya ...', pilihan: [
          'Tetap menilai',
          'Menyatakan konflik kepentingan',
          'Membantu saudaranya',
          'Diam saja',
        ], kunci: 1, pembahasan: 'Konflik kepentingan dinyatakan dan yang bersangkutan tidak ikut menilai.' },
        { pertanyaan: 'Akun aplikasi kepegawaian boleh dipakai bersama rekan satu tim.', pilihan: ['Benar', 'Salah'], kunci: 1,
          pembahasan: 'Akun bersifat pribadi; setiap tindakan tercatat atas nama pemiliknya.' },
        { pertanyaan: 'Nilai "Akuntabel" berarti ...', pilihan: ['Jujur dan bertanggung jawab', 'Selalu cepat', 'Patuh pada atasan', 'Ramah'], kunci: 0,
          pembahasan: 'Akuntabel: melaksanakan tugas dengan jujur, bertanggung jawab, cermat dan disiplin.' },
      ] },
    ] },
  { kode: 'PELAYANAN-PRIMA', judul: 'Pelayanan Publik Prima', deskripsi: 'Standar pelayanan, maklumat, pengaduan dan survei kepuasan masyarakat.', jp: 6,
    kompetensi: ['pelayanan_publik'], peserta: 150, selesai: 110, modul: [
      { judul: 'Standar pelayanan dan maklumat', jenis: 'teks',
        isi: 'Standar pelayanan memuat persyaratan, prosedur, waktu, biaya, produk dan penanganan pengaduan. Maklumat pelayanan adalah janji penyelenggara kepada masyarakat.' },
      { judul: 'Mengelola pengaduan masyarakat', jenis: 'teks',
        isi: 'Pengaduan dicatat, ditanggapi, ditindaklanjuti dan dipantau sampai selesai melalui kanal resmi seperti SP4N-LAPOR!.' },
      { judul: 'Kuis pelayanan publik', jenis: 'kuis', isi: 'Jawab tiga soal; lulus bila semua benar.', soal: [
        { pertanyaan: 'Komponen standar pelayanan yang berhubungan dengan masyarakat antara lain ...', pilihan: [
          'Persyaratan dan waktu penyelesaian',
          'Gaji petugas',
          'Struktur organisasi',
        ], kunci: 0, pembahasan: 'Persyaratan, prosedur, waktu, biaya, produk dan pengaduan.' },
        { pertanyaan: 'Kanal pengaduan nasional pelayanan publik adalah ...', pilihan: ['SP4N-LAPOR!', 'SIASN', 'e-Kinerja'], kunci: 0,
          pembahasan: 'SP4N-LAPOR! adalah kanal pengaduan pelayanan publik nasional.' },
        { pertanyaan: 'Survei kepuasan masyarakat dilaksanakan paling sedikit ...', pilihan: ['Sekali setahun', 'Sepuluh tahun sekali', 'Bila ada pengaduan'], kunci: 0,
          pembahasan: 'SKM dilakukan berkala, paling sedikit satu kali setahun.' },
      ] },
    ] },
  { kode: 'SIASN-DASAR', judul: 'Pengelolaan Data Kepegawaian di SIASN', deskripsi: 'Pemutakhiran data, riwayat dan layanan kepegawaian melalui SIASN.', jp: 8,
    kompetensi: ['manajemen_kepegawaian'], prasyarat: 'ETIKA-ASN', peserta: 80, selesai: 50, modul: [
      { judul: 'Mengenal SIASN', jenis: 'teks', isi: 'SIASN adalah sistem informasi ASN nasional yang dikelola BKN; data riwayat pegawai dimutakhirkan oleh instansi.' },
      { judul: 'Pemutakhiran riwayat diklat', jenis: 'video', isi: 'https://www.youtube.com/watch?v=Wm3gV5bYJ0k' },
      { judul: 'Kuis SIASN', jenis: 'kuis', isi: 'Jawab dua soal; lulus bila semua benar.', soal: [
        { pertanyaan: 'Jenis diklat E-Learning pada referensi SIASN berkode ...', pilihan: ['3', '11', '16', '22'], kunci: 2, pembahasan: 'Kode 16 E-Learning (nonklasikal).' },
        { pertanyaan: 'Hak pengembangan kompetensi PNS paling sedikit ... JP setahun.', pilihan: ['10', '20', '40'], kunci: 1,
          pembahasan: 'PP 17/2020: paling sedikit 20 JP setahun.' },
      ] },
    ] },
];

const ABJAD = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const HARI_MS = 86_400_000;

export async function buatKursusDemo(db: Db, instansiId: number, seed: number, opsi: { sekarang: Date, asnDemoNip?: string | undefined }) {
  // Different instansi of one database never share a verification code.
  const acak = buatAcak(seed, 'kursus', instansiId);
  const tetap = [['instansi_id', 'bigint', instansiId]] as const;
  const hariIni = hariIniIso(opsi.sekarang, ZONA_BAWAAN);
  const penyelenggara = 'BKPSDM Kabupaten Sukamaju';
  const dibuat = new Date(opsi.sekarang.getTime() - 150 * HARI_MS).toISOString();
  const kursusId = await sisipMassalId(db, 'kursus', [...tetap, ['status', 'text', 'terbit'], ['jenis_diklat', 'smallint', 16], ['jenis_ipasn', 'text', 'teknis'], [
    'penyelenggara',
    'text',
    penyelenggara,
  ]], [['kode', 'text'], ['judul', 'text'], ['deskripsi', 'text'], ['jp', 'smallint'], ['kompetensi', 'text[]'], ['dibuat_pada', 'timestamptz'], [
    'diubah_pada',
    'timestamptz',
  ]], KURSUS_DEMO.map((k) => [k.kode, k.judul, k.deskripsi, k.jp, k.kompetensi, dibuat, dibuat]));
  const idKode = new Map(KURSUS_DEMO.map((k, i) => [k.kode, kursusId[i]!]));
  await sisipMassal(db, 'kursus_prasyarat', tetap, [['kursus_id', 'bigint'], ['prasyarat_id', 'bigint']],
    KURSUS_DEMO.filter((k) => k.prasyarat).map((k) => [idKode.get(k.kode), idKode.get(k.prasyarat!)]));
  const modulBaris = KURSUS_DEMO.flatMap((k, i) =>
    k.modul.map((m, u) => [kursusId[i], u + 1, m.judul, m.jenis, m.isi, m.jenis === 'kuis' ? (m.soal!.length > 3 ? 80 : 100) : null])
  );
  const modulId = await sisipMassalId(db, 'kursus_modul', tetap, [['kursus_id', 'bigint'], ['urutan', 'smallint'], ['judul', 'text'], ['jenis', 'text'], ['isi', 'text'], [
    'nilai_lulus',
    'smallint',
  ]], modulBaris);
  let m = 0;
  const modul = KURSUS_DEMO.map((k) => k.modul.map((x) => ({ ...x, id: modulId[m++]! })));
  const soalBaris = modul.flatMap((ms) => ms.flatMap((x) => (x.soal ?? []).map((s, u) => [x.id, u + 1, s.pertanyaan, s.pilihan, [s.kunci], s.pembahasan])));
  const soalId = await sisipMassalId(db, 'kursus_soal', tetap, [['modul_id', 'bigint'], ['urutan', 'smallint'], ['pertanyaan', 'text'], ['pilihan', 'jsonb'], [
    'kunci',
    'smallint[]',
  ], ['pembahasan', 'text']], soalBaris);
  const jawabanKuis = new Map<number, Record<string, number[]>>();
  let s = 0;
  for (const ms of modul) {
    for (const x of ms) {
      if (!x.soal) continue;
      jawabanKuis.set(x.id, Object.fromEntries(x.soal.map((q) => [String(soalId[s++]), [q.kunci]])));
    }
  }

  const pegawai = await db.many<{ id: number, nip: string, nama: string }>(sql`select p.id::int as id, p.nip, p.nama from pegawai p
    where p.instansi_id = ${instansiId} and p.kedudukan = 'aktif' order by p.id`);
  const demo = pegawai.find((p) => p.nip === opsi.asnDemoNip);
  const lain = acak.acakUrutan(pegawai.filter((p) => p !== demo));
  // Who: the demo ASN first; SIASN-DASAR only among those who finished ETIKA-ASN (its prerequisite), after they finished it.
  const rencana: { k: number, p: (typeof pegawai)[number], mulai: string, selesai: string | null, modulSelesai: number }[] = [];
  const selesaiEtika = new Map<number, string>();
  KURSUS_DEMO.forEach((k, i) => {
    const calon = k.prasyarat ? lain.filter((p) => selesaiEtika.has(p.id)) : lain.slice(i * 60);
    const daftar = calon.slice(0, k.peserta - (demo && i < 2 ? 1 : 0));
    if (demo && i < 2) daftar.unshift(demo);
    daftar.forEach((p, j) => {
      const awal = k.prasyarat ? selesaiEtika.get(p.id)! : tambahHari(hariIni, -acak.bulat(15, 120));
      const mulai = k.prasyarat ? tambahHari(awal, acak.bulat(1, 10)) : awal;
      const demoSedang = p === demo && i === 1;
      const selesai = j < k.selesai && !demoSedang ? tambahHari(mulai, acak.bulat(0, 12)) : null;
      const s2 = selesai && selesai >= hariIni ? tambahHari(hariIni, -1) : selesai;
      const akhir = s2 && s2 < mulai ? mulai : s2;
      if (mulai >= hariIni) return;
      rencana.push({ k: i, p, mulai, selesai: akhir, modulSelesai: akhir ? k.modul.length : demoSedang ? 1 : acak.bulat(0, k.modul.length - 1) });
      if (akhir && i === 0) selesaiEtika.set(p.id, akhir);
    });
  });
  const waktu = (tanggal: string, jam: number) => `${tanggal}T${String(jam).padStart(2, '0')}:${String(acak.bulat(0, 59)).padStart(2, '0')}:00+07:00`;
  const pesertaId = await sisipMassalId(db, 'kursus_peserta', tetap, [
    ['kursus_id', 'bigint'],
    ['pegawai_id', 'bigint'],
    ['mulai_pada', 'timestamptz'],
    [
      'tanggal_mulai',
      'date',
    ],
    ['selesai_pada', 'timestamptz'],
    ['tanggal_selesai', 'date'],
  ], rencana.map((r) => [
    kursusId[r.k],
    r.p.id,
    waktu(r.mulai, 8),
    r.mulai,
    r.selesai ? waktu(r.selesai, 14) : null,
    r.selesai,
  ]));
  const modulSelesai: unknown[][] = [];
  const kuis: unknown[][] = [];
  for (const [i, r] of rencana.entries()) {
    for (const x of modul[r.k]!.slice(0, r.modulSelesai)) {
      if (x.jenis === 'kuis') {
        const j = jawabanKuis.get(x.id)!;
        kuis.push([pesertaId[i], x.id, j, Object.keys(j).length, Object.keys(j).length, 100, true, waktu(r.selesai ?? r.mulai, 13)]);
      } else modulSelesai.push([pesertaId[i], x.id, waktu(r.selesai ?? r.mulai, 10)]);
    }
  }
  await sisipMassal(db, 'kursus_modul_selesai', tetap, [['peserta_id', 'bigint'], ['modul_id', 'bigint'], ['selesai_pada', 'timestamptz']], modulSelesai);
  await sisipMassal(db, 'kursus_kuis_percobaan', tetap, [
    ['peserta_id', 'bigint'],
    ['modul_id', 'bigint'],
    ['jawaban', 'jsonb'],
    ['benar', 'smallint'],
    [
      'jumlah',
      'smallint',
    ],
    ['nilai', 'numeric'],
    ['lulus', 'boolean'],
    ['dikirim_pada', 'timestamptz'],
  ], kuis);

  // Certificates numbered per course and year in the order of completion; the riwayat diklat beside each.
  const lulus = rencana.map((r, i) => ({ r, id: pesertaId[i]! })).filter((x) => x.r.selesai).sort((a, b) =>
    a.r.k - b.r.k || a.r.selesai!.localeCompare(b.r.selesai!) || a.id - b.id
  );
  const urutan = new Map<string, number>();
  const sertifikat: unknown[][] = [];
  const riwayat: unknown[][] = [];
  for (const { r, id } of lulus) {
    const k = KURSUS_DEMO[r.k]!;
    const tahun = r.selesai!.slice(0, 4);
    const n = (urutan.get(`${k.kode}|${tahun}`) ?? 0) + 1;
    urutan.set(`${k.kode}|${tahun}`, n);
    const nomor = `${String(n).padStart(4, '0')}/${k.kode}/SIMASN/${tahun}`;
    let kode = '';
    for (let i = 0; i < 12; i++) kode += ABJAD[acak.bulat(0, ABJAD.length - 1)];
    sertifikat.push([id, r.p.id, nomor, kode, r.p.nama, r.p.nip, k.judul, k.jp, r.mulai, r.selesai, waktu(r.selesai!, 14)]);
    riwayat.push([r.p.id, k.judul, r.mulai, r.selesai, k.jp, nomor, `kursus:${id}`]);
  }
  await sisipMassal(db, 'sertifikat_kursus', [...tetap, ['penyelenggara', 'text', penyelenggara], ['jenis_diklat', 'smallint', 16]], [
    ['peserta_id', 'bigint'],
    ['pegawai_id', 'bigint'],
    ['nomor', 'text'],
    ['kode', 'text'],
    ['nama', 'text'],
    ['nip', 'text'],
    ['judul_kursus', 'text'],
    ['jp', 'smallint'],
    ['tanggal_mulai', 'date'],
    ['tanggal_selesai', 'date'],
    ['terbit_pada', 'timestamptz'],
  ], sertifikat);
  await sisipMassal(db, 'riwayat_diklat', [...tetap, ['sumber', 'text', 'kursus'], ['jenis', 'text', 'teknis'], ['penyelenggara', 'text', penyelenggara], [
    'jenis_diklat_siasn',
    'smallint',
    16,
  ]], [['pegawai_id', 'bigint'], ['nama', 'text'], ['tanggal_mulai', 'date'], ['tanggal_selesai', 'date'], ['jumlah_jp', 'smallint'], ['nomor_sertifikat', 'text'], [
    'sumber_ref',
    'text',
  ]], riwayat);
  return { kursus: kursusId.length, peserta: pesertaId.length, sertifikat: sertifikat.length };
}
