import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '@simasn/domain';
import { KONTRAK_PRESENSI as K, type TitikPresensi as Titik } from '@simasn/presensi/kontrak';

import { kunciJalur, panggil, periksaIsian } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { Formulir, IsianForm } from '../komponen/Formulir.tsx';
import { PetaTitik } from '../komponen/PetaTitik.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/presensi/kontrak');

interface Isian {
  id: number | null;
  versi: number;
  unitId: string;
  nama: string;
  lat: string;
  lon: string;
  radiusMeter: string;
  aktif: boolean;
}

const KOSONG: Isian = { id: null, versi: 0, unitId: '', nama: '', lat: '', lon: '', radiusMeter: '100', aktif: true };
/** `-6,9` or `-6.9` as typed on an Indonesian keyboard. */
const angka = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.')));

/**
 * Check-in points of the units the caller keeps (admin OPD: its units; admin BKD: all), several per
 * office, each with its own radius: on a map drawn at true scale (no map tiles needed) and as a
 * list. Coordinates are typed (as read from any map application) or picked on the map.
 */
export function TitikPresensi() {
  const qc = useQueryClient();
  const q = useKueriApi(K.daftarTitik, { query: {} });
  const [isian, setIsian] = useState<Isian>(KOSONG);
  const [galat, setGalat] = useState<unknown>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const ubah = (p: Partial<Isian>) => setIsian((i) => ({ ...i, ...p }));
  const lat = angka(isian.lat);
  const lon = angka(isian.lon);
  const adaKoordinat = Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

  async function simpan() {
    setGalat(null);
    setPesan(null);
    try {
      const body = { unitId: Number(isian.unitId) || undefined, nama: isian.nama, lat, lon, radiusMeter: angka(isian.radiusMeter), aktif: isian.aktif };
      const { skemaSimpanTitik } = await muatSkema();
      periksaIsian(skemaSimpanTitik, body, 'Titik presensi belum benar.');
      const t = isian.id === null
        ? await panggil(K.tambahTitik, { body: body as never })
        : await panggil(K.ubahTitik, { params: { id: isian.id }, body: { ...body, versi: isian.versi } as never });
      setPesan(`Titik ${t.nama} tersimpan.`);
      setIsian(KOSONG);
      await qc.invalidateQueries({ queryKey: kunciJalur('presensi') });
    } catch (e) {
      setGalat(e);
    }
  }

  const titik = q.data?.titik ?? [];
  return (
    <section>
      <div className="judul-halaman">
        <h1>Titik Presensi</h1>
      </div>
      {q.isPending && <Memuat />}
      <PesanGalat galat={q.error} />
      {q.data && (
        <div className="dua-kolom-peta">
          <PetaTitik judul="Titik presensi unit Anda" lingkaran={titik.filter((t) => t.aktif)}
            penanda={adaKoordinat ? [{ lat, lon, jenis: 'pilih', label: 'Titik yang sedang diisi' }] : []} pilih={(a, b) => ubah({ lat: String(a), lon: String(b) })} />
          <div className="kartu">
            <h2>{isian.id === null ? 'Tambah titik' : `Ubah ${isian.nama}`}</h2>
            <Formulir onSubmit={(e) => {
              e.preventDefault();
              void simpan();
            }}>
              <IsianForm id="titik-unit" label="Unit" wajib galat={galat} nama="unitId">
                {(a) => (
                  <select {...a} value={isian.unitId} onChange={(e) => ubah({ unitId: e.target.value })}>
                    <option value="">Pilih unit</option>
                    {q.data.unit.map((u) => <option key={u.id} value={u.id}>{u.nama}</option>)}
                  </select>
                )}
              </IsianForm>
              <IsianForm id="titik-nama" label="Nama titik" wajib galat={galat} nama="nama" petunjuk="Misalnya: Kantor utama, Gedung B, Pos lapangan.">
                {(a) => <input {...a} value={isian.nama} onChange={(e) => ubah({ nama: e.target.value })} />}
              </IsianForm>
              <IsianForm id="titik-lat" label="Lintang" wajib galat={galat} nama="lat" petunjuk="Contoh -6,914744 (dari aplikasi peta), atau klik peta.">
                {(a) => <input {...a} inputMode="decimal" value={isian.lat} onChange={(e) => ubah({ lat: e.target.value })} />}
              </IsianForm>
              <IsianForm id="titik-lon" label="Bujur" wajib galat={galat} nama="lon" petunjuk="Contoh 107,609810.">
                {(a) => <input {...a} inputMode="decimal" value={isian.lon} onChange={(e) => ubah({ lon: e.target.value })} />}
              </IsianForm>
              <IsianForm id="titik-radius" label="Radius (meter)" wajib galat={galat} nama="radiusMeter" petunjuk="10 sampai 5.000 m; umumnya 100-500 m.">
                {(a) => <input {...a} inputMode="numeric" value={isian.radiusMeter} onChange={(e) => ubah({ radiusMeter: e.target.value })} />}
              </IsianForm>
              <div className="isian">
                <label>
                  <input type="checkbox" checked={isian.aktif} onChange={(e) => ubah({ aktif: e.target.checked })} /> Aktif (dipakai untuk presensi)
                </label>
              </div>
              <div className="tombol-baris">
                <button type="submit" className="tombol utama">Simpan titik</button>
                {isian.id !== null && <button type="button" className="tombol sekunder" onClick={() => setIsian(KOSONG)}>Batal</button>}
              </div>
            </Formulir>
            {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
            <PesanGalat galat={galat} />
          </div>
        </div>
      )}
      {q.data && (
        <Tabel data-testid="daftar-titik" baris={titik} kunci={(t) => t.id} keterangan={`${formatAngka(titik.length)} titik presensi`} kolom={[
          { judul: 'Unit', isi: (t) => t.unit },
          { judul: 'Nama titik', isi: (t) => t.nama },
          { judul: 'Koordinat', kelas: 'nowrap', isi: (t) => `${formatAngka(t.lat, 6)}, ${formatAngka(t.lon, 6)}` },
          { judul: 'Radius', kelas: 'angka', isi: (t) => `${formatAngka(t.radiusMeter)} m` },
          { judul: 'Status', isi: (t) => (t.aktif ? 'Aktif' : 'Tidak aktif') },
        ]} aksi={(t: Titik) => (
          <button type="button" className="tombol kecil sekunder" aria-label={`Ubah titik ${t.nama}`} onClick={() =>
            setIsian({ id: t.id, versi: t.versi, unitId: String(t.unitId), nama: t.nama, lat: String(t.lat).replace('.', ','), lon: String(t.lon).replace('.', ','),
              radiusMeter: String(t.radiusMeter), aktif: t.aktif })}
          >
            Ubah
          </button>
        )} />
      )}
    </section>
  );
}
