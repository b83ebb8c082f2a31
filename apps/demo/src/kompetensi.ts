import { sql, type Db } from '@simasn/db';
import { KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL, tambahHari } from '@simasn/domain';
import { HARI_INI } from './karier.ts';
import { buatAcak } from './prng.ts';
import { sisipMassal } from './sisip.ts';

/**
 * Kompetensi of the demo kabupaten (modules/kompetensi, RULES.md section 11), written in bulk:
 * the instansi's technical dictionary; a standard for every jabatan with the levels PermenPAN-RB
 * 38/2017 sets by position (JPT pratama 4, administrator 3, pengawas 2, pelaksana and the first
 * functional levels 1-2, higher functional levels up to 4) plus one technical competency of the
 * jabatan's field; and assessment-centre results for a few hundred ASN (every structural official
 * and a sample of the others, the demo ASN among them), with a realistic spread: most at or near
 * their standard, a weaker and a stronger tail, so the JPM pages show every band. The latest few
 * wait for the verifikator. Same seed, same data.
 */

export const KOMPETENSI_TEKNIS_DEMO = [
  ['administrasi_pemerintahan', 'Administrasi Pemerintahan', 'Tata naskah, tata kelola dan pelayanan administrasi pemerintahan'],
  ['manajemen_kepegawaian', 'Manajemen Kepegawaian', 'Pengelolaan data, karier dan pengembangan ASN'],
  ['pengelolaan_keuangan_daerah', 'Pengelolaan Keuangan Daerah', 'Penganggaran, penatausahaan dan pertanggungjawaban keuangan daerah'],
  ['perencanaan_pembangunan', 'Perencanaan Pembangunan', 'Penyusunan dan evaluasi rencana pembangunan daerah'],
  ['pelayanan_kesehatan', 'Pelayanan Kesehatan', 'Pelayanan kesehatan perorangan dan masyarakat'],
  ['pendidikan_dan_pengajaran', 'Pendidikan dan Pengajaran', 'Perencanaan, pelaksanaan dan penilaian pembelajaran'],
  ['teknologi_informasi', 'Teknologi Informasi', 'Pengelolaan sistem informasi, data dan jaringan'],
  ['pengawasan_intern', 'Pengawasan Intern', 'Audit, reviu, evaluasi dan pemantauan'],
  ['hukum_dan_perundangan', 'Hukum dan Perundang-undangan', 'Penyusunan dan telaah produk hukum daerah'],
  ['pengadaan_barang_jasa', 'Pengadaan Barang/Jasa', 'Perencanaan dan pelaksanaan pengadaan barang/jasa pemerintah'],
] as const;

/** The technical competency of a jabatan: by its own name first, then by its perangkat daerah. */
function teknisJabatan(nama: string, opd: string): string {
  const cocok = (pola: RegExp, s: string) => pola.test(s.toLowerCase());
  for (const s of [nama, opd]) {
    if (cocok(/guru|pengawas sekolah|pendidikan|penilik|pamong belajar/, s)) return 'pendidikan_dan_pengajaran';
    if (cocok(/perawat|bidan|dokter|apoteker|kesehatan|nutrisionis|sanitarian|rumah sakit|puskesmas|radiografer|epidemiolog|laborat/, s)) return 'pelayanan_kesehatan';
    if (cocok(/kepegawaian|sumber daya manusia/, s)) return 'manajemen_kepegawaian';
    if (cocok(/keuangan|bendahara|akuntan|anggaran|pendapatan|aset/, s)) return 'pengelolaan_keuangan_daerah';
    if (cocok(/perencana|perencanaan|bappeda|penelitian/, s)) return 'perencanaan_pembangunan';
    if (cocok(/komputer|informatika|statistisi|persandian|komunikasi dan informatika/, s)) return 'teknologi_informasi';
    if (cocok(/auditor|inspektur|inspektorat|pengawas penyelenggaraan/, s)) return 'pengawasan_intern';
    if (cocok(/hukum|perancang peraturan/, s)) return 'hukum_dan_perundangan';
    if (cocok(/pengadaan/, s)) return 'pengadaan_barang_jasa';
  }
  return 'administrasi_pemerintahan';
}

const TINGKAT: Record<string, number> = { jpt_utama: 5, jpt_madya: 5, jpt_pratama: 4, administrator: 3, pengawas: 2 };
const JENJANG: Record<string, number> = { pemula: 1, terampil: 1, mahir: 2, penyelia: 2, ahli_pertama: 2, ahli_muda: 3, ahli_madya: 3, ahli_utama: 4 };

/** The levels a jabatan needs: managerial and socio-cultural by position, the technical one by field and level. */
export function standarJabatan(j: { jenis: string, tingkat: string | null, jenjang: string | null }): { manajerial: number, inti: number, teknis: number } {
  if (j.jenis === 'struktural') {
    const l = TINGKAT[j.tingkat ?? ''] ?? 2;
    return { manajerial: l, inti: l, teknis: l };
  }
  if (j.jenis === 'fungsional') {
    const l = JENJANG[j.jenjang ?? ''] ?? 2;
    return { manajerial: Math.max(1, l - 1), inti: l, teknis: Math.min(5, l + 1) };
  }
  // Pelaksana: level 1, the core of public service (integritas, kerja sama, pelayanan publik) 2.
  return { manajerial: 1, inti: 2, teknis: 2 };
}
const INTI = new Set(['integritas', 'kerja_sama', 'pelayanan_publik', 'perekat_bangsa']);

const LEMBAGA = ['UPT Penilaian Kompetensi BKD Provinsi Jawa Timur', 'Kantor Regional II BKN Surabaya', 'Assessment Center BKPSDM Kabupaten Sukamaju'];
const ASESOR = ['Dra. Sri Wahyuni, M.Psi., Psikolog', 'Dr. Bambang Hermawan, M.Si.', 'Rina Kusumastuti, S.Psi., M.M.', 'Agus Prasetyo, S.Psi., M.Psi.'];

export async function buatKompetensiDemo(db: Db, instansiId: number, seed: number, opsi: { asnDemoNip?: string | undefined } = {}) {
  await sisipMassal(db, 'kompetensi_teknis', [['instansi_id', 'bigint', instansiId]], [['kode', 'text'], ['nama', 'text'], ['deskripsi', 'text']],
    KOMPETENSI_TEKNIS_DEMO.map((k) => [...k]));
  const jabatan = await db.many<{ id: number, nama: string, jenis: string, tingkat: string | null, jenjang: string | null, opd: string | null }>(sql`
    select j.id::int as id, j.nama, j.jenis, j.tingkat_struktural as tingkat, j.jenjang,
           (select pd.nama from unit_organisasi u join unit_organisasi pd on pd.instansi_id = u.instansi_id and pd.id = coalesce(u.perangkat_daerah_id, u.id)
             where u.instansi_id = j.instansi_id and u.id = j.unit_id) as opd
      from jabatan j where j.instansi_id = ${instansiId} order by j.id`);
  const standar = new Map<number, { kode: string, level: number }[]>();
  const baris: unknown[][] = [];
  for (const j of jabatan) {
    const s = standarJabatan(j);
    const daftar = KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.map((k) => ({ kode: k.kode, kelompok: k.kelompok, level: INTI.has(k.kode) ? s.inti : s.manajerial }));
    daftar.push({ kode: teknisJabatan(j.nama, j.opd ?? ''), kelompok: 'teknis', level: s.teknis });
    standar.set(j.id, daftar);
    for (const [i, d] of daftar.entries()) baris.push([j.id, d.kode, d.kelompok, d.level, i]);
  }
  await sisipMassal(db, 'standar_kompetensi', [['instansi_id', 'bigint', instansiId]], [['jabatan_id', 'bigint'], ['kode', 'text'], ['kelompok', 'text'], ['level', 'smallint'], [
    'urutan',
    'smallint',
  ]], baris);

  // Who was assessed: every structural official and a sample of the others, about 6% of the ASN (100 to 450).
  const pegawai = await db.many<{ id: number, nip: string, jabatan_id: number, jenis: string }>(sql`
    select p.id::int as id, p.nip, p.jabatan_id::int as jabatan_id, p.jenis_jabatan as jenis from pegawai p
     where p.instansi_id = ${instansiId} and p.kedudukan = 'aktif' and p.jabatan_id is not null order by p.id`);
  const acak = buatAcak(seed, 'kompetensi');
  const target = Math.max(100, Math.min(450, Math.round(pegawai.length * 0.06)));
  const pejabat = pegawai.filter((p) => p.jenis === 'struktural');
  const lain = acak.acakUrutan(pegawai.filter((p) => p.jenis !== 'struktural' && p.nip !== opsi.asnDemoNip));
  const demo = pegawai.filter((p) => p.nip === opsi.asnDemoNip);
  const dinilai = [...pejabat.slice(0, target), ...demo, ...lain.slice(0, Math.max(0, target - pejabat.length - demo.length))];
  const akun = await db.one<{ bkd: number | null, verifikator: number | null }>(sql`
    select (select min(a.akun_id)::int from akun_peran a where a.instansi_id = ${instansiId} and a.peran = 'admin_bkd') as bkd,
           (select min(a.akun_id)::int from akun_peran a where a.instansi_id = ${instansiId} and a.peran = 'verifikator_bkd') as verifikator`);
  const awal = Number((await db.one<{ n: number }>(sql`select coalesce(max(id), 0)::int as n from asesmen_kompetensi where instansi_id = ${instansiId}`)).n);
  const asesmen: unknown[][] = [];
  const level: unknown[][] = [];
  // Sorted by date so that the latest few are the ones waiting for verification.
  const jadwal = dinilai.map((p) => ({ p, hari: acak.bulat(20, 700) })).sort((a, b) => b.hari - a.hari || a.p.id - b.p.id);
  const MENUNGGU = Math.min(6, Math.floor(jadwal.length / 20));
  jadwal.forEach(({ p, hari }, i) => {
    const id = awal + i + 1;
    const tanggal = tambahHari(HARI_INI, -hari);
    const menunggu = i >= jadwal.length - MENUNGGU && p.nip !== opsi.asnDemoNip;
    asesmen.push([
      id,
      p.id,
      tanggal,
      acak.pilih(LEMBAGA),
      acak.pilih(ASESOR),
      menunggu ? 'menunggu' : 'terverifikasi',
      akun.bkd,
      `${tanggal}T03:00:00Z`,
      menunggu ? null : akun.verifikator,
      menunggu ? null : `${tambahHari(tanggal, 3)}T02:00:00Z`,
    ]);
    // A person's disposition: strong, as expected, or with room to grow.
    const sifat = acak.pilihBobot([['kuat', 0.2], ['sedang', 0.5], ['lemah', 0.3]] as const);
    const peluang: Record<typeof sifat, readonly (readonly [number, number])[]> = { kuat: [[1, 0.25], [0, 0.6], [-1, 0.15]], sedang: [[1, 0.08], [0, 0.52], [-1, 0.35], [-2, 0.05]],
      lemah: [[1, 0.03], [0, 0.32], [-1, 0.5], [-2, 0.15]] };
    for (const s of standar.get(p.jabatan_id) ?? []) {
      level.push([id, s.kode, Math.max(1, Math.min(5, s.level + acak.pilihBobot(peluang[sifat])))]);
    }
  });
  await sisipMassal(db, 'asesmen_kompetensi', [['instansi_id', 'bigint', instansiId], ['sumber', 'text', 'assessment_center']], [
    ['id', 'bigint'],
    ['pegawai_id', 'bigint'],
    ['tanggal', 'date'],
    ['lembaga', 'text'],
    ['asesor', 'text'],
    ['status', 'text'],
    ['dicatat_oleh', 'bigint'],
    ['dicatat_pada', 'timestamptz'],
    ['diverifikasi_oleh', 'bigint'],
    ['diverifikasi_pada', 'timestamptz'],
  ], asesmen);
  await sisipMassal(db, 'level_asesmen', [['instansi_id', 'bigint', instansiId]], [['asesmen_id', 'bigint'], ['kode', 'text'], ['level', 'smallint']], level);
  if (asesmen.length) await db.one(sql`select setval(pg_get_serial_sequence('asesmen_kompetensi', 'id'), (select max(id) from asesmen_kompetensi))`);
  return { jabatan: jabatan.length, dinilai: asesmen.length, menunggu: MENUNGGU };
}
