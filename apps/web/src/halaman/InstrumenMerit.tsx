import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ATURAN_MERIT, ATURAN_MERIT_BAWAAN, bulatkan, formatAngka, formatTanggal, bacaAngkaIsian, pilihAturanBerlaku } from '@simasn/domain';
import { KONTRAK_MERIT, type skemaSimpanInstrumenMerit } from '@simasn/indeks/kontrak';
import type { ResponsTitik, z } from '@simasn/kontrak';
import { GalatApi, kunci, panggil } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { hariIniSetempat } from '../format.ts';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { TombolSimpan } from '../komponen/TombolSimpan.tsx';
import { Formulir, IsianForm, IsianTanggal } from '../komponen/Formulir.tsx';

type Instrumen = ResponsTitik<typeof KONTRAK_MERIT.daftarInstrumen>[number];
type InstrumenTersimpan = ResponsTitik<typeof KONTRAK_MERIT.simpanInstrumen>;
/** The editor keeps weights as typed (Indonesian decimals), parsed on save. */
interface IsianAspek {
  nomor: number;
  nama: string;
  /** `idBaris`: the row's key while editing (rows are added and removed, and their code is typed). */
  subAspek: { idBaris: number, kode: string, nama: string, bobot: string }[];
}
interface Isian {
  id: string;
  nama: string;
  dasarHukum: string;
  berlakuMulai: string;
  catatan: string;
  aspek: IsianAspek[];
}

const ASPEK_ATURAN = ATURAN_MERIT[ATURAN_MERIT_BAWAAN]!.aspek;
let barisTerakhir = 0;
const idBarisBaru = () => ++barisTerakhir;
const bobotTeks = (x: number) => formatAngka(x, Number.isInteger(x) ? 0 : 2);
const LABEL_ISIAN: Record<string, string> = { id: 'Id', nama: 'Nama', dasarHukum: 'Dasar hukum', berlakuMulai: 'Berlaku mulai', catatan: 'Catatan', aspek: 'Instrumen' };

/** Turns the API's field paths (aspek.2.subAspek.0.bobot) into what the form shows (Aspek 3, baris 1: bobot). */
function galatTerbaca(e: unknown, isian: Isian): unknown {
  if (!(e instanceof GalatApi) || !e.masalah.length) return e;
  const masalah = e.masalah.map((m) => {
    const x = /^aspek\.(\d+)(?:\.subAspek\.(\d+))?(?:\.(\w+))?/.exec(m.kolom);
    if (!x) return { ...m, kolom: LABEL_ISIAN[m.kolom] ?? m.kolom };
    const a = isian.aspek[Number(x[1])];
    const letak = `Aspek ${a?.nomor ?? Number(x[1]) + 1}${x[2] !== undefined ? `, baris ${Number(x[2]) + 1}` : ''}`;
    return { ...m, kolom: x[3] ? `${letak}: ${x[3] === 'bobot' ? 'bobot' : x[3] === 'kode' ? 'kode' : 'nama'}` : letak };
  });
  return new GalatApi(e.status, e.kode, e.message, masalah);
}

function dariInstrumen(i: Instrumen): Isian {
  const hariIni = hariIniSetempat();
  return { id: `${i.id.replace(/-v\d+$/, '')}-v${hariIni.slice(0, 4)}${hariIni.slice(5, 7)}`.slice(0, 60), nama: `${i.nama} (versi instansi)`, dasarHukum: i.dasarHukum,
    berlakuMulai: hariIni, catatan: i.catatan ?? '',
    aspek: i.aspek.map((a) => ({ nomor: a.nomor, nama: a.nama,
      subAspek: a.subAspek.map((s) => ({ idBaris: idBarisBaru(), kode: s.kode, nama: s.nama, bobot: bobotTeks(s.bobot) })) })
    ) };
}

/** The instrument's aspects and sub-aspects with their weights. */
function TabelInstrumen({ i }: { i: Instrumen }) {
  return (
    <Tabel data-testid="tabel-instrumen" baris={i.aspek.flatMap((a) => a.subAspek.map((s, j) => ({ a, s, j })))} kunci={({ a, s }) => `${a.nomor}-${s.kode}`}
      kolom={[{ judul: 'Aspek', isi: ({ a, j }) => (j === 0 ? `${a.nomor}. ${a.nama}` : '') }, { judul: 'Kode', isi: ({ s }) => s.kode }, { judul: 'Sub-aspek', isi: ({ s }) =>
        s.nama }, { judul: 'Bobot', isi: ({ s }) => bobotTeks(s.bobot) }]} />
  );
}

function Penyunting({ dasar, batal, tersimpan }: { dasar: Instrumen, batal: () => void, tersimpan: (i: InstrumenTersimpan) => void }) {
  const [isian, setIsian] = useState<Isian>(() => dariInstrumen(dasar));
  const [salah, setSalah] = useState<Error | null>(null);
  const m = useMutation({ mutationFn: (body: z.input<typeof skemaSimpanInstrumenMerit>) => panggil(KONTRAK_MERIT.simpanInstrumen, { body }), onSuccess: tersimpan });
  const ubahAspek = (k: number, f: (a: IsianAspek) => IsianAspek) => setIsian({ ...isian, aspek: isian.aspek.map((a, i) => (i === k ? f(a) : a)) });
  const ubahSub = (k: number, j: number, namaIsian: 'kode' | 'nama' | 'bobot', v: string) =>
    ubahAspek(k, (a) => ({ ...a, subAspek: a.subAspek.map((s, i) => (i === j ? { ...s, [namaIsian]: v } : s)) }));
  const jumlah = bulatkan(isian.aspek.reduce((t, a) =>
    t + a.subAspek.reduce((u, s) => {
      const h = bacaAngkaIsian(s.bobot);
      return u + (h.ok ? h.nilai : 0);
    }, 0), 0), 4);
  // The problems by their paths (beside each field); the summary at the top names them in words.
  const galat = salah ?? m.error;
  const nomorKosong = ASPEK_ATURAN.filter((x) => !isian.aspek.some((a) => a.nomor === x.nomor));

  function kirim(e: FormEvent) {
    e.preventDefault();
    setSalah(null);
    const masalah: { kolom: string, pesan: string }[] = [];
    const aspek = isian.aspek.map((a) => ({ nomor: a.nomor, nama: a.nama.trim() || undefined, subAspek: a.subAspek.map((s, j) => {
      const h = bacaAngkaIsian(s.bobot);
      if (!h.ok) masalah.push({ kolom: `aspek.${isian.aspek.indexOf(a)}.subAspek.${j}.bobot`, pesan: h.alasan });
      return { kode: s.kode.trim(), nama: s.nama.trim(), bobot: h.ok ? h.nilai : 0 };
    }) }));
    if (masalah.length) {
      setSalah(new GalatApi(422, 'tidak_valid', 'Isian belum benar.', masalah));
      return;
    }
    m.mutate({ id: isian.id.trim(), nama: isian.nama, dasarHukum: isian.dasarHukum, berlakuMulai: isian.berlakuMulai, catatan: isian.catatan.trim() || null, aspek });
  }

  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Instrumen Sistem Merit versi instansi">
      <h2>Versi instansi dari {dasar.nama}</h2>
      <p className="sub">Instrumen berversi: versi yang sudah tersimpan tidak diubah (penilaian menyebutnya). Perubahan disimpan dengan id baru.</p>
      <div className="kisi-isian">
        {(['id', 'nama', 'dasarHukum'] as const).map((k) => (
          <IsianForm key={k} id={`instrumen-${k}`} label={LABEL_ISIAN[k]} wajib lebar={k !== 'id'} galat={galat} nama={k} tepat>
            {(a) => <input {...a} value={isian[k]} onChange={(e) => setIsian({ ...isian, [k]: e.target.value })} />}
          </IsianForm>
        ))}
        <IsianForm id="instrumen-berlaku" label="Berlaku mulai" wajib galat={galat} nama="berlakuMulai" tepat>
          {(a) => <IsianTanggal {...a} nilai={isian.berlakuMulai} ganti={(v) => setIsian({ ...isian, berlakuMulai: v })} />}
        </IsianForm>
        <IsianForm id="instrumen-catatan" label="Catatan" lebar galat={galat} nama="catatan" tepat>
          {(a) => <textarea {...a} rows={2} value={isian.catatan} onChange={(e) => setIsian({ ...isian, catatan: e.target.value })} />}
        </IsianForm>
      </div>
      {isian.aspek.map((a, k) => (
        <fieldset key={a.nomor} className="kartu" data-testid={`sunting-aspek-${a.nomor}`}>
          <legend>Aspek {a.nomor}</legend>
          <IsianForm id={`aspek-nama-${a.nomor}`} label={`Nama aspek ${a.nomor}`} lebar galat={galat} nama={`aspek.${k}.nama`} tepat>
            {(x) => <input {...x} value={a.nama} onChange={(e) => ubahAspek(k, (y) => ({ ...y, nama: e.target.value }))} />}
          </IsianForm>
          {a.subAspek.map((s, j) => (
            <div className="kisi-isian" key={s.idBaris} data-testid={`sunting-sub-${a.nomor}-${j + 1}`}>
              <IsianForm id={`sub-kode-${a.nomor}-${j}`} label={`Kode (baris ${j + 1})`} galat={galat} nama={`aspek.${k}.subAspek.${j}.kode`} tepat>
                {(x) => <input {...x} value={s.kode} onChange={(e) => ubahSub(k, j, 'kode', e.target.value)} />}
              </IsianForm>
              <IsianForm id={`sub-nama-${a.nomor}-${j}`} label={`Sub-aspek ${s.kode || `baris ${j + 1}`}`} lebar galat={galat} nama={`aspek.${k}.subAspek.${j}.nama`} tepat>
                {(x) => <input {...x} value={s.nama} onChange={(e) => ubahSub(k, j, 'nama', e.target.value)} />}
              </IsianForm>
              <IsianForm id={`sub-bobot-${a.nomor}-${j}`} label={`Bobot ${s.kode || `baris ${j + 1}`}`} galat={galat} nama={`aspek.${k}.subAspek.${j}.bobot`} tepat>
                {(x) => <input {...x} inputMode="decimal" value={s.bobot} onChange={(e) => ubahSub(k, j, 'bobot', e.target.value)} />}
              </IsianForm>
              <div className="isian isian-tombol">
                <button type="button" className="tombol sekunder kecil" aria-label={`Hapus sub-aspek ${s.kode || `baris ${j + 1}`}`}
                  onClick={() => ubahAspek(k, (x) => ({ ...x, subAspek: x.subAspek.filter((_, i) => i !== j) }))}
                >
                  Hapus
                </button>
              </div>
            </div>
          ))}
          <div className="baris-tombol">
            <button type="button" className="tombol sekunder kecil"
              onClick={() =>
                ubahAspek(k, (x) => ({ ...x, subAspek: [...x.subAspek, { idBaris: idBarisBaru(), kode: `${a.nomor}.${x.subAspek.length + 1}`, nama: '', bobot: '' }] }))}
            >
              Tambah sub-aspek pada aspek {a.nomor}
            </button>
            <button type="button" className="tombol sekunder kecil" onClick={() => setIsian({ ...isian, aspek: isian.aspek.filter((_, i) => i !== k) })}>
              Hapus aspek {a.nomor}
            </button>
          </div>
        </fieldset>
      ))}
      {nomorKosong.length > 0 && (
        <div className="baris-tombol">
          {nomorKosong.map((x) => (
            <button key={x.nomor} type="button" className="tombol sekunder kecil" onClick={() =>
              setIsian({ ...isian,
                aspek: [...isian.aspek, { nomor: x.nomor, nama: x.nama, subAspek: [{ idBaris: idBarisBaru(), kode: `${x.nomor}.1`, nama: '', bobot: '' }] }].sort((p, q) =>
                  p.nomor - q.nomor
                ) })}
            >
              Tambah aspek {x.nomor} ({x.nama})
            </button>
          ))}
        </div>
      )}
      <p className={jumlah === 100 ? 'sub' : 'pesan pesan-peringatan'} data-testid="jumlah-bobot-isian">
        Jumlah bobot {bobotTeks(jumlah)}
        {jumlah === 100 ? '.' : ': bukan 100, total penilaian tidak lagi pada rentang 100–400.'}
      </p>
      <PesanGalat galat={galatTerbaca(galat, isian)} />
      <TombolSimpan teks="Simpan versi instansi" mengirim={m.isPending} batal={batal} />
    </Formulir>
  );
}

/**
 * The Sistem Merit instruments: the one in force today, every edition by id, and (for indeks:kelola)
 * a new instansi edition made from any of them: aspects, sub-aspects and weights.
 */
export function InstrumenMerit() {
  const { boleh } = useSesi();
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_MERIT.daftarInstrumen, {});
  const [pilihan, setPilihan] = useState<string | null>(null);
  const [sunting, setSunting] = useState(false);
  const [pesan, setPesan] = useState<string | null>(null);
  const daftar = q.data ?? [];
  const h = pilihAturanBerlaku(Object.fromEntries(daftar.map((x) => [x.id, { id: x.id, nama: x.nama, dasarHukum: x.dasarHukum, berlakuMulai: x.berlakuMulai }])),
    hariIniSetempat());
  const idBerlaku = h.ok ? h.nilai.id : null;
  const i = daftar.find((x) => x.id === (pilihan ?? idBerlaku)) ?? daftar[0];

  return (
    <section>
      <div className="judul-halaman">
        <h1>Instrumen Sistem Merit</h1>
        {daftar.length > 0 && (
          <div className="isian isian-sebaris">
            <label htmlFor="instrumen-pilih">Instrumen</label>
            <select id="instrumen-pilih" value={i?.id ?? ''} onChange={(e) => {
              setPilihan(e.target.value);
              setSunting(false);
              setPesan(null);
            }}>
              {daftar.map((x) => <option key={x.id} value={x.id}>{x.nama} ({x.milikInstansi ? 'milik instansi' : 'bawaan'}, {x.id})</option>)}
            </select>
          </div>
        )}
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {i && (
        <div className="kartu">
          <p>
            <strong data-testid="nama-instrumen">{i.nama}</strong>{' '}
            <span className={`lencana ${i.id === idBerlaku ? 'lencana-disetujui' : 'lencana-netral'}`} data-testid="status-instrumen">
              {i.id === idBerlaku ? 'Berlaku saat ini' : 'Tidak berlaku saat ini'}
            </span>
          </p>
          <p className="sub">
            Id <span data-testid="id-instrumen">{i.id}</span> · {i.milikInstansi ? 'milik instansi' : 'bawaan aplikasi'} · {i.dasarHukum} · berlaku mulai{' '}
            {formatTanggal(i.berlakuMulai)} · {formatAngka(i.jumlahSubAspek)} sub-aspek, jumlah bobot <span data-testid="jumlah-bobot">{bobotTeks(i.jumlahBobot)}</span>
          </p>
          {i.catatan && <p className="sub">{i.catatan}</p>}
          {boleh('indeks:kelola') && !sunting && (
            <div className="baris-tombol">
              <button type="button" className="tombol utama" onClick={() => {
                setSunting(true);
                setPesan(null);
              }}>
                Buat versi instansi dari instrumen ini
              </button>
            </div>
          )}
        </div>
      )}
      {i && sunting && (
        <Penyunting key={i.id} dasar={i} batal={() => setSunting(false)} tersimpan={(baru) => {
          setSunting(false);
          setPilihan(baru.id);
          setPesan(
            `Instrumen ${baru.nama} (${baru.id}) disimpan. Penilaian baru tahun ${baru.berlakuMulai.slice(0, 4)} dan sesudahnya memakainya bila tidak memilih instrumen lain.`,
          );
          void qc.invalidateQueries({ queryKey: kunci(KONTRAK_MERIT.daftarInstrumen) });
        }} />
      )}
      {i && !sunting && <TabelInstrumen i={i} />}
    </section>
  );
}
