import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '@simasn/domain';
import { LABEL_PERAN, PERAN, type Peran } from '@simasn/kontrak';
import { KONTRAK_AKUN, periksaSandiBaru, skemaBuatAkun, type InputBuatAkun } from '@simasn/akun/kontrak';
import { GalatApi, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi, useKirim } from '../kait.ts';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PilihUnit, useDaftarUnit } from '../komponen/PilihUnit.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { TombolSimpan } from '../komponen/TombolSimpan.tsx';
import { Formulir } from '../komponen/Formulir.tsx';

const BATAS = 20;

export function KelolaAkun() {
  const { filter, halaman, ubah, ketik, setKetik } = useDaftarBerhalaman(['q'], BATAS, 'q');
  const [formTerbuka, setFormTerbuka] = useState(false);
  const [pesan, setPesan] = useState<string | null>(null);
  const daftar = useHalamanApi(KONTRAK_AKUN.daftar, { query: { q: filter.q, page: halaman, limit: BATAS } });

  return (
    <section>
      <div className="judul-halaman">
        <h1>Akun Pengguna</h1>
        {!formTerbuka && (
          <button type="button" className="tombol utama" onClick={() => {
            setPesan(null);
            setFormTerbuka(true);
          }}>
            Buat akun
          </button>
        )}
      </div>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {formTerbuka && (
        <FormAkun selesai={(m) => {
          setFormTerbuka(false);
          setPesan(m);
        }} batal={() => setFormTerbuka(false)} />
      )}
      <div className="kartu saringan">
        <div className="isian isian-lebar">
          <label htmlFor="cari-akun">Cari nama pengguna atau nama</label>
          <input id="cari-akun" type="search" value={ketik} onChange={(e) => setKetik(e.target.value)} />
        </div>
      </div>
      <DaftarBerhalaman kueri={daftar} halaman={halaman} batas={BATAS} ganti={(h) => ubah({}, h)} kosong="Tidak ada akun yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil">{formatAngka(total)} akun</p>}
      >
        {(items) => (
          <Tabel baris={items} kunci={(a) => a.id}
            kolom={[{ judul: 'Nama pengguna', isi: (a) => <code>{a.namaPengguna}</code> }, { judul: 'Nama tampilan', isi: (a) => a.namaTampilan }, { judul: 'Peran', isi: (a) =>
              a.peran.map((p) => (
                <span key={`${p.peran}:${p.unit ?? ''}`} className="lencana lencana-netral">
                  {LABEL_PERAN[p.peran]}
                  {p.unit ? ` · ${p.unit}` : ''}
                </span>
              )) }, { judul: 'Status', isi: (a) =>
                !a.aktif ?
                  <span className="lencana lencana-dibatalkan">Nonaktif</span> :
                  a.terkunci ?
                  <span className="lencana lencana-ditolak">Terkunci</span> :
                  <span className="lencana lencana-disetujui">Aktif</span> }, { judul: 'Masuk terakhir', isi: (a) => formatWaktu(a.masukTerakhir) }]} />
        )}
      </DaftarBerhalaman>
    </section>
  );
}

function FormAkun({ selesai, batal }: { selesai: (pesan: string) => void, batal: () => void }) {
  const qc = useQueryClient();
  const unit = useDaftarUnit();
  const [namaPengguna, setNamaPengguna] = useState('');
  const [namaTampilan, setNamaTampilan] = useState('');
  const [sandi, setSandi] = useState('');
  const [peran, setPeran] = useState<Peran[]>([]);
  const [unitKode, setUnitKode] = useState('');
  const [harusGanti, setHarusGanti] = useState(true);
  const { galat, setGalat, mengirim, jalankan } = useKirim();
  const perluUnit = peran.includes('admin_opd');

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    const body: InputBuatAkun = { namaPengguna: namaPengguna.trim(), ...(namaTampilan.trim() ? { namaTampilan: namaTampilan.trim() } : {}), sandi,
      peran: peran.map((p) => (p === 'admin_opd' ? { peran: p, unitKode } : { peran: p })), harusGantiSandi: harusGanti };
    try {
      // The endpoint's own rules (at least one role...), before anything is sent.
      periksaIsian(skemaBuatAkun, body, 'Isian akun belum benar.');
    } catch (err) {
      return setGalat(err);
    }
    const alasan = periksaSandiBaru(sandi, body.namaPengguna);
    if (alasan) return setGalat(new GalatApi(422, 'tidak_valid', 'Kata sandi belum memenuhi syarat.', [{ kolom: 'sandi', pesan: alasan }]));
    if (perluUnit && !unitKode) return setGalat(new Error('Admin OPD memerlukan perangkat daerah.'));
    await jalankan(async () => {
      const h = await panggil(KONTRAK_AKUN.buat, { body });
      await qc.invalidateQueries({ queryKey: kunciJalur('akun') });
      selesai(`Akun ${h.namaPengguna} dibuat.`);
    });
  }

  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Buat akun">
      <h2>Buat akun</h2>
      <PesanGalat galat={galat} />
      <div className="kisi-isian">
        <div className="isian">
          <label htmlFor="akun-nama">Nama pengguna (NIP untuk ASN)</label>
          <input id="akun-nama" aria-required="true" autoCapitalize="none" value={namaPengguna} onChange={(e) => setNamaPengguna(e.target.value)} />
        </div>
        <div className="isian">
          <label htmlFor="akun-tampilan">Nama tampilan</label>
          <input id="akun-tampilan" value={namaTampilan} onChange={(e) => setNamaTampilan(e.target.value)} />
        </div>
        <div className="isian">
          <label htmlFor="akun-sandi">Kata sandi awal</label>
          <input id="akun-sandi" type="password" autoComplete="new-password" minLength={8} value={sandi} onChange={(e) => setSandi(e.target.value)} />
        </div>
      </div>
      <fieldset className="kelompok">
        <legend>Peran</legend>
        <div className="pilihan-peran">
          {PERAN.map((p) => (
            <label key={p} htmlFor={`akun-peran-${p}`}>
              <input id={`akun-peran-${p}`} type="checkbox" checked={peran.includes(p)}
                onChange={(e) => setPeran((s) => (e.target.checked ? [...s, p] : s.filter((x) => x !== p)))} />{' '}
              {LABEL_PERAN[p]}
            </label>
          ))}
        </div>
      </fieldset>
      {perluUnit && (
        <div className="isian">
          <label htmlFor="akun-unit">Perangkat daerah (untuk Admin OPD)</label>
          <PilihUnit id="akun-unit" nilai={unitKode} ganti={setUnitKode} labelKosong="Pilih perangkat daerah…" wajib nilaiKode hanyaPerangkatDaerah unit={unit.data ?? []} />
        </div>
      )}
      <div className="isian isian-centang">
        <label htmlFor="akun-harus-ganti">
          <input id="akun-harus-ganti" type="checkbox" checked={harusGanti} onChange={(e) => setHarusGanti(e.target.checked)} /> Wajib mengganti kata sandi saat pertama masuk
        </label>
      </div>
      <TombolSimpan teks="Buat akun" mengirim={mengirim} batal={batal} />
    </Formulir>
  );
}
