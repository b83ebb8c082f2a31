import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { formatAngka, formatNip, formatRupiah, formatTanggal, bacaAngkaIsian, type DimensiIpAsn } from '@simasn/domain';
import { KONTRAK_INDEKS, type KODE_KEKURANGAN, type skemaRencanaPelatihan, type zNilaiIpAsn } from '@simasn/indeks/kontrak';
import type { z } from '@simasn/kontrak';
import { alamatTitik, GalatApi, panggil, type Masalah } from '../api.ts';
import { daftarDariUrl, pramuatApi, useDaftarBerhalaman, useHalamanApi, useKueriApi, type Pramuat } from '../kait.ts';
import { GrafikBatang, WARNA } from '../komponen/Grafik.tsx';
import { Paginasi } from '../komponen/Paginasi.tsx';
import { PilihUnit, pramuatUnit } from '../komponen/PilihUnit.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { Kosong, Memuat, PesanGalat } from '../komponen/Status.tsx';
import { Tabel, type Kolom } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { tahunIniSetempat } from '../format.ts';
import { Formulir, IsianForm } from '../komponen/Formulir.tsx';

type Dimensi = DimensiIpAsn;
type Nilai = z.input<typeof zNilaiIpAsn>;
type AcuanIpAsn = Pick<z.input<typeof skemaRencanaPelatihan>, 'tahun' | 'aturan' | 'unitId'>;

const DIMENSI: { kunci: Dimensi, label: string }[] = [
  { kunci: 'kualifikasi', label: 'Kualifikasi' },
  { kunci: 'kompetensi', label: 'Kompetensi' },
  { kunci: 'kinerja', label: 'Kinerja' },
  { kunci: 'disiplin', label: 'Disiplin' },
];
const desimal = (x: number) => formatAngka(x, 2);
const BATAS = 20;
const TAHUN_INI = tahunIniSetempat();

/** The dimensions against their maximum (the chart the LKjIP prints). */
function GrafikDimensi({ nilai, maksimum }: { nilai: Nilai, maksimum: Record<Dimensi, number> }) {
  return (
    <GrafikBatang
      label={`Grafik nilai dimensi IP ASN dibandingkan nilai maksimum: ${
        DIMENSI.map((d) => `${d.label} ${desimal(nilai[d.kunci])} dari ${desimal(maksimum[d.kunci])}`).join(', ')
      }`}
      kategori={DIMENSI.map((d) => d.label)}
      format={desimal}
      seri={[
        { label: 'Nilai', nilai: DIMENSI.map((d) => nilai[d.kunci]), warna: WARNA.seri[1]! },
        { label: 'Maksimum', nilai: DIMENSI.map((d) => maksimum[d.kunci]), warna: WARNA.seri[4]! },
      ]}
    />
  );
}

function Perencana({ kueri }: { kueri: AcuanIpAsn }) {
  const [isian, setIsian] = useState({ anggaran: '150.000.000', teknis: '3.500.000', seminar: '1.000.000', kepemimpinan: '', fungsional: '' });
  const m = useMutation({ mutationFn: (body: z.input<typeof skemaRencanaPelatihan>) => panggil(KONTRAK_INDEKS.rencanaPelatihan, { body }) });
  // A box whose text is not a whole number is refused beside it before anything is sent (it would otherwise be sent as empty).
  const [lokal, setLokal] = useState<GalatApi | null>(null);
  const kolom = (k: keyof typeof isian) => (k === 'anggaran' ? 'anggaran' : `biaya.${k}`);
  function kirim(e: FormEvent) {
    e.preventDefault();
    const nilai: Partial<Record<keyof typeof isian, number>> = {};
    const salah: Masalah[] = [];
    for (const k of Object.keys(isian) as (keyof typeof isian)[]) {
      if (!isian[k].trim()) continue;
      const h = bacaAngkaIsian(isian[k], { bulat: true });
      if (h.ok) nilai[k] = h.nilai;
      else salah.push({ kolom: kolom(k), pesan: `${h.alasan}: tulis rupiah tanpa sen, mis. 1.500.000` });
    }
    setLokal(salah.length ? new GalatApi(422, 'tidak_valid', 'Isian belum benar.', salah) : null);
    if (salah.length) return;
    m.mutate({ ...kueri, anggaran: nilai.anggaran, biaya: { teknis: nilai.teknis, seminar: nilai.seminar, kepemimpinan: nilai.kepemimpinan, fungsional: nilai.fungsional } });
  }
  const galat = lokal ?? m.error;
  const r = m.data;
  const kotakIsian = (k: keyof typeof isian, label: string) => (
    <IsianForm id={`rencana-${k}`} label={label} galat={galat} nama={kolom(k)} tepat>
      {(a) => <input {...a} inputMode="numeric" value={isian[k]} onChange={(e) => setIsian({ ...isian, [k]: e.target.value })} />}
    </IsianForm>
  );
  return (
    <section className="kartu" aria-labelledby="judul-perencana">
      <h2 id="judul-perencana">Perencana pelatihan</h2>
      <p className="sub">
        Dengan anggaran dan biaya per peserta, SIMASN memilih siapa dilatih apa agar IP ASN naik paling tinggi. Kosongkan biaya jenis pelatihan yang tidak direncanakan.
      </p>
      <Formulir onSubmit={kirim} className="kisi-isian">
        {kotakIsian('anggaran', 'Anggaran (Rp)')}
        {kotakIsian('teknis', 'Biaya diklat teknis per peserta (Rp)')}
        {kotakIsian('seminar', 'Biaya seminar/workshop per peserta (Rp)')}
        {kotakIsian('kepemimpinan', 'Biaya diklat kepemimpinan per peserta (Rp)')}
        {kotakIsian('fungsional', 'Biaya diklat fungsional per peserta (Rp)')}
        <div className="aksi">
          <button className="tombol" type="submit" disabled={m.isPending}>{m.isPending ? 'Menghitung…' : 'Susun rencana'}</button>
        </div>
      </Formulir>
      {galat && <PesanGalat galat={galat} />}
      {r && (
        <div data-testid="hasil-rencana">
          <div className="kartu-angka">
            <KartuAngka label="IP ASN sebelum" nilai={desimal(r.sebelum.total)} sub={r.sebelum.kategori} />
            <KartuAngka label="IP ASN sesudah" idNilai="ip-sesudah" nilai={desimal(r.sesudah.total)} sub={r.sesudah.kategori} />
            <KartuAngka label="Kenaikan" nilai={<>+{desimal(r.kenaikan)}</>} />
            <KartuAngka label="Peserta" nilai={formatAngka(r.jumlahKursi)} sub={<>{formatRupiah(r.biayaTerpakai)} terpakai, sisa {formatRupiah(r.sisaAnggaran)}</>} />
          </div>
          {r.peserta.length > 0 && (
            <Tabel keterangan={<>Peserta terpilih{r.peserta.length < r.jumlahKursi ? ` (${formatAngka(r.peserta.length)} pertama dari ${formatAngka(r.jumlahKursi)})` : ''}</>}
              baris={r.peserta.slice(0, 100)} kunci={(p) =>
              `${p.nip}-${p.labelPelatihan}`} kolom={[
              { judul: 'NIP', kelas: 'nip', isi: (p) =>
                formatNip(p.nip) },
              { judul: 'Nama', isi: (p) => p.nama },
              { judul: 'Unit', isi: (p) => p.unit ?? 'Tanpa unit' },
              { judul: 'Pelatihan', isi: (p) => p.labelPelatihan },
              { judul: 'Tambahan poin', isi: (p) => desimal(p.tambahanPoin) },
            ]} />
          )}
        </div>
      )}
    </section>
  );
}

/**
 * IP ASN: the figure, its dimensions against their maxima, where the points are lost and who
 * lacks what (the "why"), per perangkat daerah, and the training planner.
 */
const FILTER = ['tahun', 'aturan', 'unit', 'kekurangan'] as const;
const SEGAR_ATURAN = 3600_000;

/** The figure's and the employee list's queries from the URL's filters. */
function masukanIpAsn(filter: Record<(typeof FILTER)[number], string>, halaman: number) {
  const { aturan, unit: unitId, kekurangan } = filter;
  const kueri: AcuanIpAsn = { tahun: filter.tahun || String(TAHUN_INI), aturan: aturan || undefined, unitId: unitId || undefined };
  return { kueri, pegawai: { query: { ...kueri, kekurangan: (kekurangan || undefined) as (typeof KODE_KEKURANGAN)[number] | undefined, page: halaman, limit: BATAS } } };
}

/** The page's data from its address, before it renders (kait.ts `Pramuat`). */
export const pramuat: Record<string, Pramuat> = { IndeksIpAsn({ qc, cari }) {
  const { filter, halaman } = daftarDariUrl(FILTER, cari);
  const m = masukanIpAsn(filter, halaman);
  pramuatApi(qc, KONTRAK_INDEKS.aturanIpAsn, {}, SEGAR_ATURAN);
  pramuatApi(qc, KONTRAK_INDEKS.ipAsn, { query: m.kueri });
  pramuatApi(qc, KONTRAK_INDEKS.pegawaiIpAsn, m.pegawai);
  pramuatUnit(qc);
} };

export function IndeksIpAsn() {
  const { boleh } = useSesi();
  const d = useDaftarBerhalaman(FILTER, BATAS);
  const { halaman, ubah } = d;
  const { aturan, unit: unitId, kekurangan } = d.filter;
  const { kueri, pegawai } = masukanIpAsn(d.filter, halaman);
  const tahun = d.filter.tahun || String(TAHUN_INI);
  const daftarAturan = useKueriApi(KONTRAK_INDEKS.aturanIpAsn, {}, { staleTime: SEGAR_ATURAN });
  const q = useHalamanApi(KONTRAK_INDEKS.ipAsn, { query: kueri });
  const p = useHalamanApi(KONTRAK_INDEKS.pegawaiIpAsn, pegawai);
  const h = q.data;
  const labelKurang = h?.kekurangan.find((k) => k.kode === kekurangan)?.uraian;

  return (
    <section className="indeks-ip-asn">
      <div className="judul-halaman">
        <h1>Indeks Profesionalitas ASN</h1>
        <div className="baris-tombol">
          <a className="tombol sekunder kecil" data-testid="ekspor-xlsx" href={alamatTitik(KONTRAK_INDEKS.eksporIpAsn, { query: kueri })} download>Ekspor per unit (XLSX)</a>
          <a className="tombol sekunder kecil" data-testid="ekspor-pegawai-xlsx"
            href={alamatTitik(KONTRAK_INDEKS.eksporPegawaiIpAsn, { query: { ...kueri, ...(kekurangan ? { kekurangan: kekurangan as (typeof KODE_KEKURANGAN)[number] } : {}) } })}
            download
          >
            Ekspor per pegawai (XLSX)
          </a>
        </div>
        <div className="kisi-isian kisi-saring">
          <div className="isian">
            <label htmlFor="ip-tahun">Tahun</label>
            <select id="ip-tahun" value={tahun} onChange={(e) => ubah({ tahun: e.target.value })}>
              {Array.from({ length: 6 }, (_, i) => String(TAHUN_INI - i)).map((t) => <option key={t}>{t}</option>)}
            </select>
          </div>
          <div className="isian">
            <label htmlFor="ip-aturan">Versi aturan</label>
            <select id="ip-aturan" value={aturan} onChange={(e) => ubah({ aturan: e.target.value })}>
              <option value="">Yang berlaku pada tanggal acuan</option>
              {daftarAturan.data?.map((a) => <option key={a.id} value={a.id}>{a.nama}</option>)}
            </select>
          </div>
          <div className="isian">
            <label htmlFor="ip-unit">Unit</label>
            <PilihUnit id="ip-unit" nilai={unitId} ganti={(v) => ubah({ unit: v })} labelKosong="Seluruh unit dalam kewenangan Anda" />
          </div>
        </div>
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {h && (
        <>
          <div className="kartu-angka" aria-busy={q.isFetching}>
            <KartuAngka label="IP ASN" idNilai="nilai-ip-asn" nilai={h.jumlahPegawai ? desimal(h.rataRata.total) : '–'} sub={h.kategori ?? 'tidak ada PNS yang diukur'}
              idSub="kategori-ip-asn" />
            {DIMENSI.map((d) => <KartuAngka key={d.kunci} label={d.label} nilai={desimal(h.rataRata[d.kunci])} sub={<>dari {formatAngka(h.maksimum[d.kunci])}</>} />)}
            <KartuAngka label="PNS diukur" nilai={formatAngka(h.jumlahPegawai)} sub={<>per {formatTanggal(h.tanggalAcuan)}</>} />
          </div>
          <p className="sub">Aturan: {h.aturan.nama} ({h.aturan.dasarHukum}).</p>
          {(h.celahData.tanpaPendidikan > 0 || h.celahData.tanpaSkp > 0 || h.celahData.tanpaJabatan > 0) && (
            <div className="pesan pesan-peringatan" role="note">
              Data belum lengkap: {formatAngka(h.celahData.tanpaPendidikan)} PNS tanpa data pendidikan, {formatAngka(h.celahData.tanpaSkp)} tanpa SKP
              {h.celahData.tanpaJabatan ? `, ${formatAngka(h.celahData.tanpaJabatan)} tanpa riwayat jabatan (dihitung sebagai pelaksana)` : ''}. Mereka mendapat 0 poin pada dimensi
              itu.
            </div>
          )}
          <div className="kisi-grafik">
            <figure className="kartu">
              <figcaption>Nilai dimensi dibandingkan nilai maksimum</figcaption>
              <GrafikDimensi nilai={h.rataRata} maksimum={h.maksimum} />
            </figure>
            <div className="kartu">
              <h2>Di mana poin hilang</h2>
              <Tabel tanpaGulir kartu={false} data-testid="tabel-kekurangan" baris={h.kekurangan} kunci={(k) => k.kode}
                atributBaris={(k) => ({ className: k.kode === kekurangan ? 'terpilih' : undefined })}
                kolom={[{ judul: 'Kekurangan', isi: (k) => (
                  <button type="button" className="tautan" onClick={() => ubah({ kekurangan: k.kode === kekurangan ? '' : k.kode })}>{k.uraian}</button>
                ) }, { judul: 'PNS', isi: (k) =>
                  formatAngka(k.pegawai) }, { judul: 'Potensi kenaikan indeks', isi: (k) =>
                    `+${desimal(k.potensiKenaikan)}` }]} />
            </div>
          </div>

          <h2 id="judul-pegawai">{labelKurang ? `PNS dengan kekurangan: ${labelKurang}` : 'Nilai per PNS dan kekurangannya'}</h2>
          {kekurangan && <button type="button" className="tombol sekunder" onClick={() => ubah({ kekurangan: '' })}>Tampilkan semua PNS</button>}
          <PesanGalat galat={p.error} />
          {p.data && (p.data.items.length === 0 ? <Kosong>Tidak ada PNS dengan kekurangan ini.</Kosong> : (
            <>
              <p className="ringkasan-hasil" data-testid="jumlah-pegawai-ip">
                {formatAngka(p.data.total)} PNS · semua baris beserta nilai tiap dimensi ada di <strong>Ekspor per pegawai (XLSX)</strong>
              </p>
              <Tabel data-testid="tabel-pegawai-ip" aria-labelledby="judul-pegawai" sibuk={p.isFetching} baris={p.data.items} kunci={(i) => i.nip} kolom={[
                { judul: 'PNS', isi: (i) => (
                  <>
                    <span className="nip">{formatNip(i.nip)}</span> {i.nama}
                    <small className="sub">{i.jabatan ?? '–'} · {i.unit ?? 'Tanpa unit'}</small>
                  </>
                ) },
                ...DIMENSI.map((d): Kolom<(typeof p.data.items)[number]> => ({ judul: d.label, isi: (i) =>
                  desimal(i.nilai[d.kunci]) })
                ),
                { judul: 'Total', isi: (i) => <strong>{desimal(i.nilai.total)}</strong> },
                { judul: 'Mengapa', isi: (i) =>
                  i.kekurangan.length ?
                    (
                      <ul className="daftar-ringkas">
                        {i.kekurangan.map((k) => (
                          <li key={k.kode}>
                            {k.uraian} <span className="sub">(+{desimal(k.tambahan)})</span>
                          </li>
                        ))}
                      </ul>
                    ) :
                    'Nilai penuh' },
              ]} />
              <Paginasi halaman={halaman} total={p.data.total} batas={BATAS} ganti={(x) => ubah({}, x)} />
            </>
          ))}

          {h.perUnit.length > 1 && (
            <>
              <h2>Per perangkat daerah (terendah lebih dulu)</h2>
              <Tabel data-testid="tabel-unit-ip" baris={h.perUnit} kunci={(u) => u.unitId} kolom={[
                { judul: 'Perangkat daerah', isi: (u) => <button type="button" className="tautan" onClick={() => ubah({ unit: String(u.unitId) })}>{u.nama}</button> },
                { judul: 'PNS', isi: (u) => formatAngka(u.jumlahPegawai) },
                ...DIMENSI.map((d): Kolom<(typeof h.perUnit)[number]> => ({ judul: d.label, isi: (u) => desimal(u.rataRata[d.kunci]) })),
                { judul: 'IP ASN', isi: (u) => <strong>{desimal(u.rataRata.total)}</strong> },
                { judul: 'Kategori', isi: (u) => u.kategori },
              ]} />
            </>
          )}
          {boleh('indeks:kelola') && <Perencana kueri={kueri} />}
        </>
      )}
    </section>
  );
}
