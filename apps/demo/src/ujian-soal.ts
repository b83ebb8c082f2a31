import type { Acak } from './prng.ts';

/**
 * The demo's question banks as data (apps/demo/src/ujian.ts writes them): an SKD-shaped
 * selection bank (TWK 30, TIU 35, TKP 45: the draw of RULES.md section 11 takes all of them, so the
 * item analysis covers every item) and two managerial competencies (Integritas, Pelayanan Publik).
 * TIU items are computed (sequences, work-rate, percentages) so their keys are right by
 * construction. Two items are planted bad for the proctor's item analysis to flag: `mudah` (a TWK
 * item everyone gets right: no discrimination) and `salahKunci` (a TIU item whose stored key is a
 * wrong option: negative discrimination).
 */
export interface OpsiDemo {
  id: string;
  teks: string;
  benar: boolean;
  bobot: number | null;
}
export interface ButirDemo {
  kategori: string;
  teks: string;
  opsi: OpsiDemo[];
  pembahasan: string;
  /** The option the content makes right (differs from the stored key only on the miskeyed item). */
  kunciSebenarnya: string | null;
  tanam?: 'mudah' | 'salahKunci';
}

const HURUF = ['a', 'b', 'c', 'd', 'e'];

/** A single-answer item: the right text first in the list, placed at a random letter. */
function tunggal(acak: Acak, kategori: string, teks: string, benar: string, salah: readonly string[], pembahasan: string): ButirDemo {
  const isi = acak.acakUrutan([benar, ...salah.slice(0, 4)]);
  const opsi = isi.map((t, i) => ({ id: HURUF[i]!, teks: t, benar: t === benar, bobot: null }));
  return { kategori, teks, opsi, pembahasan, kunciSebenarnya: opsi.find((o) => o.benar)!.id };
}

const SILA = [
  'Ketuhanan Yang Maha Esa',
  'Kemanusiaan yang adil dan beradab',
  'Persatuan Indonesia',
  'Kerakyatan yang dipimpin oleh hikmat kebijaksanaan dalam permusyawaratan/perwakilan',
  'Keadilan sosial bagi seluruh rakyat Indonesia',
];
const PASAL: [string, string][] = [
  ['Pasal 1 ayat (3)', 'Negara Indonesia adalah negara hukum'],
  ['Pasal 27 ayat (1)', 'kesamaan kedudukan warga negara di dalam hukum dan pemerintahan'],
  ['Pasal 28E ayat (3)', 'kebebasan berserikat, berkumpul dan mengeluarkan pendapat'],
  ['Pasal 29 ayat (2)', 'jaminan kemerdekaan memeluk agama dan beribadat'],
  ['Pasal 30 ayat (1)', 'hak dan kewajiban ikut serta dalam usaha pertahanan dan keamanan negara'],
  ['Pasal 31 ayat (1)', 'hak setiap warga negara mendapat pendidikan'],
  ['Pasal 33 ayat (3)', 'bumi, air dan kekayaan alam dikuasai negara untuk kemakmuran rakyat'],
  ['Pasal 34 ayat (1)', 'fakir miskin dan anak terlantar dipelihara oleh negara'],
  ['Pasal 18 ayat (2)', 'pemerintahan daerah mengatur urusan pemerintahan menurut asas otonomi dan tugas pembantuan'],
  ['Pasal 36A', 'lambang negara Garuda Pancasila dengan semboyan Bhinneka Tunggal Ika'],
  ['Pasal 23 ayat (1)', 'APBN sebagai wujud pengelolaan keuangan negara ditetapkan setiap tahun dengan undang-undang'],
  ['Pasal 22E ayat (1)', 'pemilihan umum dilaksanakan secara langsung, umum, bebas, rahasia, jujur dan adil'],
];
const HARI: [string, string][] = [
  ['Hari Kebangkitan Nasional', '20 Mei'],
  ['Hari Lahir Pancasila', '1 Juni'],
  ['Hari Sumpah Pemuda', '28 Oktober'],
  ['Hari Pahlawan', '10 November'],
  ['Hari Kesaktian Pancasila', '1 Oktober'],
  ['Hari Pendidikan Nasional', '2 Mei'],
  ['Hari Korpri', '29 November'],
  ['Hari Otonomi Daerah', '25 April'],
];
const BERAKHLAK: [string, string][] = [
  ['Berorientasi Pelayanan', 'memahami dan memenuhi kebutuhan masyarakat'],
  ['Akuntabel', 'melaksanakan tugas dengan jujur, bertanggung jawab, cermat dan disiplin'],
  ['Kompeten', 'terus belajar dan mengembangkan kapabilitas'],
  ['Harmonis', 'saling peduli dan menghargai perbedaan'],
  ['Loyal', 'berdedikasi dan mengutamakan kepentingan bangsa dan negara'],
];

function twk(acak: Acak): ButirDemo[] {
  const b: ButirDemo[] = [];
  SILA.forEach((s, i) => {
    b.push(
      tunggal(acak, 'TWK', `Rumusan sila ke-${i + 1} Pancasila adalah ...`, s, SILA.filter((x) => x !== s),
        `Sila ke-${i + 1} Pancasila berbunyi "${s}" (Pembukaan UUD 1945 alinea keempat).`),
    );
  });
  for (const [pasal, isi] of PASAL) {
    b.push(
      tunggal(acak, 'TWK', `${pasal} UUD 1945 mengatur tentang ...`, isi, acak.acakUrutan(PASAL.filter(([p]) => p !== pasal).map(([, x]) => x)).slice(0, 4),
        `${pasal} UUD 1945 mengatur ${isi}.`),
    );
  }
  for (const [hari, tgl] of HARI) {
    b.push(
      tunggal(acak, 'TWK', `${hari} diperingati setiap tanggal ...`, tgl, acak.acakUrutan(HARI.filter(([h]) => h !== hari).map(([, x]) => x)).slice(0, 4),
        `${hari} diperingati setiap ${tgl}.`),
    );
  }
  for (const [nilai, makna] of BERAKHLAK) {
    b.push(
      tunggal(acak, 'TWK', `Dalam nilai dasar ASN BerAKHLAK, "${nilai}" bermakna ...`, makna, BERAKHLAK.filter(([n]) => n !== nilai).map(([, x]) => x),
        `Nilai "${nilai}" pada BerAKHLAK (SE MenPAN-RB 20/2021): ${makna}.`),
    );
  }
  // Planted: an item everybody answers right (the proctor should see it flagged: too easy, no discrimination).
  b[0]!.tanam = 'mudah';
  return b;
}

function tiu(acak: Acak): ButirDemo[] {
  const b: ButirDemo[] = [];
  const angka = (n: number) => n.toLocaleString('id-ID');
  const pengecoh = (x: number, langkah: number) => acak.acakUrutan([x + langkah, x - langkah, x + 2 * langkah, x - 2 * langkah, x + 3 * langkah]).slice(0, 4).map(angka);
  for (let i = 0; i < 15; i++) {
    const jenis = i % 3;
    let deret: number[];
    if (jenis === 0) {
      const a = acak.bulat(2, 30);
      const d = acak.bulat(3, 12);
      deret = Array.from({ length: 6 }, (_, k) => a + k * d);
    } else if (jenis === 1) {
      const a = acak.bulat(2, 5);
      const r = acak.bulat(2, 3);
      deret = Array.from({ length: 6 }, (_, k) => a * r ** k);
    } else {
      const a = acak.bulat(1, 10);
      const d = acak.bulat(2, 5);
      deret = [a];
      for (let k = 1; k < 6; k++) deret.push(deret[k - 1]! + d * k);
    }
    const jawab = deret[5]!;
    b.push(
      tunggal(acak, 'TIU', `Bilangan berikutnya dari deret ${deret.slice(0, 5).map(angka).join(', ')}, ... adalah ...`, angka(jawab),
        pengecoh(jawab, Math.max(1, Math.round(jawab / 12))),
        `Pola deret: ${['selisih tetap', 'kelipatan tetap', 'selisih bertambah'][jenis]}; bilangan berikutnya ${angka(jawab)}.`),
    );
  }
  for (let i = 0; i < 10; i++) {
    const orang = acak.bulat(3, 8);
    const hari = acak.bulat(3, 8) * (i % 2 ? 2 : 3);
    const total = orang * hari;
    const lain = [2, 3, 4, 6, 8, 12].map((x) => x).find((x) => x !== orang && total % x === 0) ?? orang * 2;
    const jawab = total / lain;
    b.push(
      tunggal(acak, 'TIU',
        `Suatu pekerjaan selesai dalam ${hari} hari oleh ${orang} orang. Bila dikerjakan ${lain} orang dengan kecepatan yang sama, pekerjaan selesai dalam ... hari.`, angka(jawab),
        pengecoh(jawab, Math.max(1, Math.round(jawab / 4))), `${orang} × ${hari} = ${total} hari-orang; ${total} ÷ ${lain} = ${angka(jawab)} hari.`),
    );
  }
  for (let i = 0; i < 10; i++) {
    const persen = [5, 10, 15, 20, 25, 30, 40, 60, 75, 12][i]!;
    const dasar = acak.bulat(4, 40) * 20;
    const jawab = (persen * dasar) / 100;
    b.push(
      tunggal(acak, 'TIU', `${persen}% dari ${angka(dasar)} adalah ...`, angka(jawab), pengecoh(jawab, Math.max(1, Math.round(dasar / 20))),
        `${persen}/100 × ${angka(dasar)} = ${angka(jawab)}.`),
    );
  }
  // Planted: a miskeyed item (the stored key is a wrong option; those who know choose the right one).
  const m = b[7]!;
  const salah = m.opsi.find((o) => !o.benar)!;
  m.kunciSebenarnya = m.opsi.find((o) => o.benar)!.id;
  m.opsi = m.opsi.map((o) => ({ ...o, benar: o.id === salah.id }));
  m.tanam = 'salahKunci';
  return b;
}

/** TKP situations: five responses from the weakest (1) to the best (5). */
const SITUASI: [string, string[]][] = [
  ['Atasan memberi tugas mendesak ketika pekerjaan Anda sendiri belum selesai.', [
    'Menolak karena pekerjaan sendiri belum selesai',
    'Mengerjakan tugas baru dan meninggalkan pekerjaan lama',
    'Meminta rekan mengerjakan tugas baru tersebut',
    'Mengerjakan keduanya sebisanya tanpa memberi tahu atasan',
    'Menyusun prioritas bersama atasan lalu menyelesaikan keduanya sesuai tenggat',
  ]],
  ['Seorang warga marah karena berkasnya belum selesai diproses.', [
    'Meminta warga datang lagi minggu depan',
    'Menyalahkan bagian lain yang memproses berkas',
    'Mendengarkan lalu meminta warga menunggu tanpa kepastian',
    'Menjelaskan prosedur yang berlaku',
    'Mendengarkan, memeriksa posisi berkas dan memberi kepastian waktu penyelesaian',
  ]],
  ['Rekan kerja meminta Anda mengisi daftar hadirnya karena terlambat.', [
    'Mengisikan daftar hadir karena rasa setia kawan',
    'Mengisikan kali ini saja',
    'Diam saja dan tidak menanggapi',
    'Menolak tanpa penjelasan',
    'Menolak dengan santun dan mengingatkan aturan disiplin',
  ]],
  ['Anda ditempatkan di unit baru dengan aplikasi kerja yang belum Anda kuasai.', [
    'Meminta dikembalikan ke unit lama',
    'Menunggu pelatihan resmi sebelum bekerja',
    'Meminta rekan mengerjakan bagian yang memakai aplikasi',
    'Mempelajari aplikasi bila ada waktu luang',
    'Segera mempelajari panduan dan bertanya kepada rekan sambil tetap bekerja',
  ]],
  ['Dalam rapat, usul Anda ditolak oleh sebagian besar peserta.', [
    'Keluar dari rapat',
    'Tetap memaksakan usul',
    'Diam dan tidak lagi memberi usul',
    'Menerima keputusan dengan berat hati',
    'Menerima keputusan rapat dan ikut melaksanakannya dengan sungguh-sungguh',
  ]],
  ['Anda menemukan kesalahan data yang dibuat oleh rekan satu tim.', [
    'Membiarkannya karena bukan pekerjaan Anda',
    'Melaporkannya langsung kepada pimpinan',
    'Memperbaikinya diam-diam',
    'Memberi tahu rekan lewat orang lain',
    'Memberi tahu rekan secara langsung dan membantu memperbaikinya',
  ]],
  ['Pekerjaan tim tertinggal karena seorang anggota sering tidak hadir.', [
    'Ikut mengurangi usaha karena tidak adil',
    'Mengeluhkannya kepada rekan lain',
    'Mengerjakan bagian anggota tersebut tanpa bicara',
    'Melaporkannya kepada atasan',
    'Mengajak anggota tersebut berbicara dan menata ulang pembagian tugas bersama tim',
  ]],
  ['Ada pihak yang menawarkan imbalan agar urusannya didahulukan.', [
    'Menerima karena tidak ada yang tahu',
    'Menerima lalu membagikannya kepada rekan',
    'Menolak tetapi mendahulukan urusannya',
    'Menolak tanpa penjelasan',
    'Menolak, melayani sesuai antrean dan melaporkan tawaran itu sesuai aturan gratifikasi',
  ]],
  ['Target kinerja unit Anda dinaikkan tahun ini.', [
    'Menganggap target tidak masuk akal',
    'Bekerja seperti biasa saja',
    'Menunggu arahan rinci dari atasan',
    'Bekerja lebih lama setiap hari',
    'Menyusun rencana kerja baru dan mencari cara kerja yang lebih efektif',
  ]],
];
const TEMPAT = ['kantor kecamatan', 'puskesmas', 'sekolah', 'sekretariat daerah', 'dinas teknis'];

function tkp(acak: Acak): ButirDemo[] {
  const b: ButirDemo[] = [];
  for (const tempat of TEMPAT) {
    for (const [situasi, respons] of SITUASI) {
      const urut = acak.acakUrutan(respons.map((t, i) => ({ t, bobot: i + 1 })));
      b.push({ kategori: 'TKP', teks: `Anda bertugas di ${tempat}. ${situasi} Sikap Anda ...`,
        opsi: urut.map((o, i) => ({ id: HURUF[i]!, teks: o.t, benar: false, bobot: o.bobot })), pembahasan: `Sikap terbaik (bobot 5): ${respons[4]}.`, kunciSebenarnya: null });
    }
  }
  return b;
}

const INTEGRITAS: [string, string, string[]][] = [
  ['menerima bingkisan dari pemohon izin setelah izinnya terbit', 'Menolak atau melaporkannya kepada UPG dalam 30 hari kerja', [
    'Menerimanya karena izin sudah terbit',
    'Menerimanya dan membagikan kepada rekan',
    'Menyimpannya tanpa melapor',
  ]],
  ['diminta atasan menandatangani daftar hadir kegiatan yang tidak diikutinya', 'Menolak dengan santun dan menjelaskan alasannya', [
    'Menandatangani karena perintah atasan',
    'Menandatangani lalu melapor kemudian',
    'Meminta rekan menandatangani sebagai gantinya',
  ]],
  ['menjadi panitia pengadaan yang salah satu pesertanya adalah saudaranya', 'Menyatakan konflik kepentingan dan mundur dari penilaian', [
    'Tetap menilai secara objektif tanpa memberi tahu',
    'Membantu saudaranya memenuhi persyaratan',
    'Meminta saudaranya mundur dari pengadaan',
  ]],
  ['menemukan selisih uang pada kas yang dikelolanya', 'Mencatat, melaporkan dan menelusuri penyebabnya', [
    'Menutup selisih dengan uang pribadi diam-diam',
    'Membiarkan sampai pemeriksaan berikutnya',
    'Menyesuaikan catatan agar sesuai saldo',
  ]],
  ['diminta rekan memakai akun aplikasinya untuk menginput data', 'Menolak dan mengingatkan bahwa akun bersifat pribadi', [
    'Memakainya karena sama-sama untuk kantor',
    'Memakainya sekali saja',
    'Meminta sandinya lalu menggantinya',
  ]],
  ['mengetahui hasil seleksi sebelum diumumkan resmi', 'Menjaga kerahasiaan sampai diumumkan', [
    'Memberi tahu peserta yang dikenalnya',
    'Mengunggah petunjuk di media sosial',
    'Memberi tahu keluarga saja',
  ]],
  ['ditawari perjalanan dinas fiktif untuk menambah penghasilan', 'Menolak dan melaporkannya melalui saluran pengaduan', [
    'Menerima karena semua rekan melakukannya',
    'Menerima tetapi menolak uang harian',
    'Diam saja dan tidak ikut',
  ]],
  ['melakukan kesalahan input yang berdampak pada pembayaran pegawai lain', 'Mengakui kesalahan dan segera mengoreksinya', [
    'Menunggu sampai ada keluhan',
    'Menyalahkan aplikasi',
    'Mengoreksi tanpa memberi tahu siapa pun',
  ]],
  ['diminta memberi nilai kinerja tinggi kepada bawahan yang tidak mencapai target', 'Menilai sesuai bukti capaian dan memberi umpan balik', [
    'Memberi nilai tinggi agar tim tetap rukun',
    'Memberi nilai rata-rata kepada semua',
    'Menyerahkan penilaian kepada bawahan sendiri',
  ]],
  ['melihat rekan memakai kendaraan dinas untuk keperluan keluarga', 'Mengingatkan rekan tentang aturan pemakaian barang milik daerah', [
    'Ikut meminjam bila perlu',
    'Membiarkannya karena bukan urusannya',
    'Menyebarkannya di grup percakapan',
  ]],
];
const PELAYANAN: [string, string, string[]][] = [
  ['warga lanjut usia kesulitan mengisi formulir daring', 'Membantu mengisi dan menjelaskan langkahnya', [
    'Meminta membawa anaknya lain kali',
    'Memberi nomor antrean berikutnya',
    'Menyerahkan formulir kertas tanpa penjelasan',
  ]],
  ['antrean layanan memanjang menjelang jam istirahat', 'Mengatur jadwal istirahat bergiliran agar layanan tetap berjalan', [
    'Menutup loket tepat waktu',
    'Meminta warga kembali setelah istirahat',
    'Mempercepat layanan tanpa memeriksa berkas',
  ]],
  ['persyaratan layanan berubah tetapi belum diumumkan', 'Mengumumkan perubahan di semua kanal sebelum diberlakukan', [
    'Memberlakukan langsung kepada pemohon',
    'Menjelaskan hanya bila ditanya',
    'Menolak berkas dengan persyaratan lama tanpa penjelasan',
  ]],
  ['warga menyampaikan pengaduan melalui media sosial', 'Menanggapi, mencatat dan menindaklanjuti sesuai standar pelayanan', [
    'Menghapus komentar tersebut',
    'Mengabaikan karena bukan kanal resmi',
    'Membalas dengan membela diri',
  ]],
  ['penyandang disabilitas datang ke loket di lantai dua', 'Menyediakan layanan di lantai dasar atau menjemput berkasnya', [
    'Meminta dibantu keluarganya naik',
    'Meminta datang lain hari',
    'Melayani setelah antrean lain selesai',
  ]],
  ['hasil survei kepuasan menunjukkan waktu layanan dikeluhkan', 'Menganalisis penyebab dan memperbaiki alur layanan', [
    'Menganggap survei tidak mewakili',
    'Mengubah pertanyaan survei',
    'Menambah jam kerja tanpa evaluasi',
  ]],
  ['pemohon meminta informasi status berkasnya lewat telepon', 'Memeriksa sistem dan memberi tahu status serta perkiraan selesai', [
    'Meminta datang langsung ke kantor',
    'Mengatakan masih diproses tanpa memeriksa',
    'Memberikan nomor petugas lain',
  ]],
  ['sistem layanan daring sedang gangguan', 'Mengumumkan gangguan dan menyediakan layanan manual sementara', [
    'Menutup layanan sampai sistem pulih',
    'Meminta warga mencoba sendiri berkali-kali',
    'Menerima berkas tanpa tanda terima',
  ]],
  ['warga meminta layanan di luar kewenangan unit Anda', 'Menjelaskan dan mengarahkan ke unit yang berwenang', [
    'Menolak tanpa penjelasan',
    'Menerima berkas lalu menyimpannya',
    'Meminta warga mencari informasi sendiri',
  ]],
  ['standar waktu layanan tidak tercapai bulan ini', 'Melaporkan capaian apa adanya beserta rencana perbaikan', [
    'Mengubah tanggal penerimaan berkas',
    'Tidak melaporkan capaian bulan ini',
    'Menyalahkan pemohon yang terlambat melengkapi',
  ]],
];

function kompetensi(acak: Acak, kode: string, nama: string, data: [string, string, string[]][]): ButirDemo[] {
  return data.map(([situasi, benar, salah]) =>
    tunggal(acak, kode, `Seorang ASN ${situasi}. Tindakan yang paling mencerminkan ${nama.toLowerCase()} adalah ...`, benar, salah,
      `${benar}: sesuai indikator perilaku ${nama} (PermenPAN-RB 38/2017).`)
  );
}

export function bankSkd(acak: Acak): ButirDemo[] {
  return [...twk(acak), ...tiu(acak), ...tkp(acak)];
}
export function bankIntegritas(acak: Acak): ButirDemo[] {
  return kompetensi(acak, 'integritas', 'Integritas', INTEGRITAS);
}
export function bankPelayanan(acak: Acak): ButirDemo[] {
  return kompetensi(acak, 'pelayanan_publik', 'Pelayanan Publik', PELAYANAN);
}
