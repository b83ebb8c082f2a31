import { afterAll, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bacaCsv } from '@simasn/platform';
import seed from '../../../../shared/domain/seed-cases.json' with { type: 'json' };
import { bacaBaris } from '../src/hitung/kalkulator.ts';
import { IP_ASN } from '../src/hitung/ip-asn.ts';

vi.setConfig({ testTimeout: 30_000 });

/**
 * `simasn hitung ip-asn | ikm | merit` as a user runs them: a separate process, a file in a temp
 * folder, JSON on stdout and exit 0, or the problems on stderr, nothing on stdout and exit 2.
 * The processes run concurrently (each costs about a second).
 */
const BIN = fileURLToPath(new URL('../bin/simasn.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'simasn-indeks-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function berkas(nama: string, isi: string): string {
  const p = join(folder, nama);
  writeFileSync(p, isi);
  return p;
}

function simasn(...args: string[]): Promise<{ kode: number | null, out: string, err: string }> {
  return new Promise((selesai, gagal) => {
    const c = spawn(process.execPath, [BIN, ...args], { cwd: folder, env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(folder, 'data') } });
    let out = '';
    let err = '';
    c.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    c.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    c.on('error', gagal);
    c.on('close', (kode) => selesai({ kode, out, err }));
  });
}

const HEADER_IP_ASN = 'nip,jenis_jabatan,pendidikan,diklat_kepemimpinan,diklat_fungsional,diklat_teknis,seminar,predikat_kinerja,hukuman_disiplin';
const IP_ASN_CSV = [
  HEADER_IP_ASN,
  '19660710 199203 1 007, Struktural ,S2,YA,tidak,ya,Ya,Sangat_Baik,tidak_ada',
  '197807152003122007,fungsional,s1,tidak,ya,tidak,tidak,baik,RINGAN',
  '196610191987031008,pelaksana,SMA,tidak,tidak,ya,tidak,cukup,tidak_ada',
  '199203152015032001,Pelaksana,D3,tidak,tidak,ya,tidak,kurang,berat',
].join('\n');

describe.concurrent('simasn hitung ip-asn', () => {
  it('computes the group index under the default rule set', async () => {
    const r = await simasn('hitung', 'ip-asn', '--input', berkas('ip.csv', IP_ASN_CSV));
    expect(r.err).toBe('');
    expect(r.kode).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ aturan: 'bkn-8-2019', jumlah_pegawai: 4, rata_rata: { kualifikasi: 12.5, kompetensi: 25, kinerja: 18.75, disiplin: 3.5, total: 59.75 },
      kategori: 'Sangat Rendah', pegawai: [
        { nip: '196607101992031007', kualifikasi: 20, kompetensi: 40, kinerja: 30, disiplin: 5, total: 95 },
        { nip: '197807152003122007', kualifikasi: 15, kompetensi: 15, kinerja: 25, disiplin: 3, total: 58 },
        { nip: '196610191987031008', kualifikasi: 5, kompetensi: 22.5, kinerja: 15, disiplin: 5, total: 47.5 },
        { nip: '199203152015032001', kualifikasi: 10, kompetensi: 22.5, kinerja: 5, disiplin: 1, total: 38.5 },
      ] });
    expect(Object.keys(JSON.parse(r.out))).toEqual(['aturan', 'jumlah_pegawai', 'rata_rata', 'kategori', 'pegawai']);
  });

  it('uses the rule set named by --aturan (pelaksana 30 + 10)', async () => {
    const r = await simasn('hitung', 'ip-asn', '--input', berkas('ip-varian.csv', IP_ASN_CSV), '--aturan', 'bkn-8-2019-pelaksana-30-10');
    expect(r.kode).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.aturan).toBe('bkn-8-2019-pelaksana-30-10');
    expect(o.rata_rata).toEqual({ kualifikasi: 12.5, kompetensi: 28.75, kinerja: 18.75, disiplin: 3.5, total: 63.5 });
    expect(o.kategori).toBe('Rendah');
  });

  it('refuses an unknown --aturan, listing the ids', async () => {
    const r = await simasn('hitung', 'ip-asn', '--input', berkas('ip-aturan.csv', IP_ASN_CSV), '--aturan', 'bkn-2030');
    expect(r.kode).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('aturan "bkn-2030" tidak dikenal; pilihan: bkn-8-2019, bkn-8-2019-pelaksana-30-10, bkn-8-2019-kinerja-10-5');
  });

  it('names row, column and reason of every bad value', async () => {
    const r = await simasn('hitung', 'ip-asn', '--input', berkas('ip-salah.csv', [
      HEADER_IP_ASN,
      '06610191987031008,honorer,TK,mungkin,tidak,ya,tidak,istimewa,tidak_ada',
      '197807152003122007,fungsional,S1,tidak,ya,,tidak,baik,berat sekali',
    ].join('\n')));
    expect(r.kode).toBe(2);
    expect(r.out).toBe('');
    for (const pesan of [
      'baris 2 (data ke-1), kolom nip: "06610191987031008": NIP harus 18 digit, ditemukan 17 digit',
      'baris 2 (data ke-1), kolom jenis_jabatan: "honorer": jenis jabatan "honorer" tidak dikenal',
      'baris 2 (data ke-1), kolom pendidikan: "TK": jenjang pendidikan "TK" tidak dikenal',
      'baris 2 (data ke-1), kolom diklat_kepemimpinan: "mungkin": harus ya atau tidak',
      'baris 2 (data ke-1), kolom predikat_kinerja: "istimewa": predikat kinerja tidak dikenal (sangat_baik, baik, cukup, kurang, buruk)',
      'baris 3 (data ke-2), kolom diklat_teknis: wajib diisi',
      'baris 3 (data ke-2), kolom hukuman_disiplin: "berat sekali": hukuman disiplin tidak dikenal (tidak_ada, ringan, sedang, berat)',
    ]) expect(r.err).toContain(pesan);
  });

  it('refuses a file without a required column', async () => {
    const r = await simasn('hitung', 'ip-asn', '--input', berkas('ip-kolom.csv', [
      HEADER_IP_ASN.replace(',seminar', ''),
      '196607101992031007,struktural,S2,ya,tidak,ya,sangat_baik,tidak_ada',
    ].join('\n')));
    expect(r.kode).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('baris 1, kolom seminar: kolom "seminar" tidak ada pada baris judul');
  });

  it('refuses the same NIP twice, naming both rows; reads sedang and the 2022 predikat (in-process)', () => {
    const tabel = bacaCsv(Buffer.from([
      HEADER_IP_ASN,
      '196607101992031007,struktural,S2,ya,tidak,ya,ya,sedang,tidak_ada',
      '197807152003122007,fungsional,S1,tidak,ya,tidak,tidak,Butuh Perbaikan,ringan',
      '19660710 199203 1 007,struktural,S2,ya,tidak,ya,ya,sangat_kurang,tidak_ada',
    ].join('\n')), 'dobel.csv');
    const baris = bacaBaris(tabel, IP_ASN.kolom);
    if (!baris.ok) throw new Error(JSON.stringify(baris.masalah));
    expect(IP_ASN.hitung(baris.keluaran, {})).toEqual({ ok: false,
      masalah: [{ baris: 4, kolom: 'nip', alasan: 'NIP 196607101992031007 sudah ada pada baris 2; satu pegawai satu baris (baris 2 dan 4)' }] });
    const h = IP_ASN.hitung(baris.keluaran.slice(0, 2), {});
    if (!h.ok) throw new Error(JSON.stringify(h.masalah));
    expect(h.keluaran.pegawai.map((p) => p.kinerja)).toEqual([5, 15]);
  });
});

const kasusIkm = seed.ikm.find((c) => c.id === 'lamongan-2022-skm')!;
/** 365 respondents whose unsur totals are the Lamongan ones (each unsur spread evenly). */
function ikmCsv(): string {
  const n = kasusIkm.respondents;
  const baris = Array.from({ length: n }, (_, r) => kasusIkm.unsur_totals.map((t) => Math.floor(t / n) + (r < t % n ? 1 : 0)).join(','));
  return ['u1,u2,u3,u4,u5,u6,u7,u8,u9', ...baris].join('\n');
}

describe.concurrent('simasn hitung ikm', () => {
  it('seed lamongan-2022-skm through the CLI: NRR, 82.86, B Baik', async () => {
    const r = await simasn('hitung', 'ikm', '--input', berkas('skm.csv', ikmCsv()));
    expect(r.err).toBe('');
    expect(r.kode).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ responden: 365, nrr: kasusIkm.expected.nrr, ikm: 82.86, mutu: 'B', kinerja_unit: 'Baik' });
  });

  it('with --aturan permenpan-14-2017-0111: 82.78', async () => {
    const r = await simasn('hitung', 'ikm', '--input', berkas('skm-0111.csv', ikmCsv()), '--aturan', 'permenpan-14-2017-0111');
    expect(r.kode).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ikm: kasusIkm.expected.ikm_weight_0_111, mutu: 'B' });
  });

  it('refuses answers outside 1-4 or not whole, naming row and column', async () => {
    const r = await simasn('hitung', 'ikm', '--input', berkas('skm-salah.csv', [
      'U1;U2;U3;U4;U5;U6;U7;U8;U9',
      '4;4;4;4;4;4;4;4;0',
      '5;3;3;3;3;3;3;3;"3,5"',
      '3;3;3;3;3;3;3;3;3',
    ].join('\n')));
    expect(r.kode).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('baris 2 (data ke-1), kolom u9: "0": jawaban harus bilangan bulat 1 sampai 4');
    expect(r.err).toContain('baris 3 (data ke-2), kolom u1: "5": jawaban harus bilangan bulat 1 sampai 4');
    expect(r.err).toContain('baris 3 (data ke-2), kolom u9: "3,5": jawaban harus bilangan bulat 1 sampai 4');
    expect(r.err).toContain('(3 masalah)');
  });

  it('refuses a file with no data rows', async () => {
    const r = await simasn('hitung', 'ikm', '--input', berkas('skm-kosong.csv', 'u1,u2,u3,u4,u5,u6,u7,u8,u9\n'));
    expect(r.kode).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('berkas tidak berisi baris data');
  });

  it('refuses an unknown option', async () => {
    const r = await simasn('hitung', 'ikm', '--input', berkas('skm-opsi.csv', ikmCsv()), '--bobot', '0.111');
    expect(r.kode).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Opsi tidak dikenal');
    expect(r.err).toContain('--bobot');
  });
});

const kasusMerit = seed.sistem_merit.find((c) => c.id === 'lumajang-2024-merit')!;
/** The Lumajang sub-aspects, semicolon separated with decimal commas; the 0 replaced unless told. */
function meritCsv(ganti0: number | null): string {
  const baris = kasusMerit.sub_aspects!.flatMap((a) =>
    a.weights.map((b, i) => {
      const skor = a.scores[i] === 0 && ganti0 !== null ? ganti0 : a.scores[i];
      return `${a.aspect};${a.aspect}.${i + 1};${String(b).replace('.', ',')};${skor}`;
    })
  );
  return ['Aspek;Sub_Aspek;Bobot;Skor', ...baris].join('\n');
}

describe.concurrent('simasn hitung merit', () => {
  it('seed lumajang-2024-merit (the 0 read as 1), semicolons and decimal commas', async () => {
    const isi = meritCsv(1);
    expect(isi).toContain('3;3.4;2,5;1');
    const r = await simasn('hitung', 'merit', '--input', berkas('merit.csv', isi));
    expect(r.err).toBe('');
    expect(r.kode).toBe(0);
    const totalAspek = [...kasusMerit.expected.aspect_totals!];
    totalAspek[2] = 57.5; // 55 + 2.5 x 1
    expect(JSON.parse(r.out)).toEqual({ aspek: totalAspek.map((nilai, i) => ({ aspek: i + 1, nilai })), total: 298, indeks: 0.745, kategori: 'III' });
  });

  it('refuses the seed as printed: its score of 0 is outside 1-4', async () => {
    const r = await simasn('hitung', 'merit', '--input', berkas('merit-0.csv', meritCsv(null)));
    expect(r.kode).toBe(2);
    expect(r.out).toBe('');
    // Aspect 3 sub-aspect 4 is the 13th data row (4 + 5 + 4): line 14.
    expect(r.err).toContain('baris 14 (data ke-13), kolom skor: "0": skor harus bilangan bulat 1 sampai 4');
    expect(r.err).toContain('(1 masalah)');
  });

  it('refuses a duplicated (aspek, sub_aspek) pair naming both rows, and bad aspek/bobot', async () => {
    const dobel = await simasn('hitung', 'merit', '--input', berkas('merit-dobel.csv', [
      'aspek,sub_aspek,bobot,skor',
      '1,Analisis Jabatan,50,3',
      '2,1,25,2',
      '1,analisis jabatan ,25,4',
    ].join('\n')));
    expect(dobel.kode).toBe(2);
    expect(dobel.out).toBe('');
    expect(dobel.err).toContain('baris 4 (data ke-3), kolom sub_aspek: aspek 1 sub_aspek "analisis jabatan" dinilai dua kali: baris 2 dan baris 4');
    const salah = await simasn('hitung', 'merit', '--input', berkas('merit-salah.csv', [
      'aspek,sub_aspek,bobot,skor',
      '9,1,10,3',
      '1,2,0,3',
      '1,3,"2,5x",3',
      '1,4,-1,2',
    ].join('\n')));
    expect(salah.kode).toBe(2);
    expect(salah.out).toBe('');
    expect(salah.err).toContain('baris 2 (data ke-1), kolom aspek: "9": aspek harus bilangan bulat 1 sampai 8');
    expect(salah.err).toContain('baris 3 (data ke-2), kolom bobot: "0": bobot harus lebih dari 0');
    expect(salah.err).toContain('baris 4 (data ke-3), kolom bobot: "2,5x": "2,5x" bukan angka');
    expect(salah.err).toContain('baris 5 (data ke-4), kolom bobot: "-1": bobot harus lebih dari 0');
  });
});
