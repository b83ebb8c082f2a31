import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka, bacaAngkaIsian } from '@simasn/domain';
import { KONTRAK_SURVEI, type skemaUbahLayananSurvei } from '@simasn/indeks/kontrak';
import type { ResponsTitik, z } from '@simasn/kontrak';
import { GalatApi, kunci, kunciJalur, panggil } from '../api.ts';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { TombolSimpan } from '../komponen/TombolSimpan.tsx';
import { useBerganti } from '../kait.ts';
import { Formulir, IsianForm } from '../komponen/Formulir.tsx';

type Layanan = ResponsTitik<typeof KONTRAK_SURVEI.ubahLayanan>;

const LABEL: Record<string, string> = { kode: 'Kode', nama: 'Nama layanan', unitId: 'Unit penyelenggara', populasi: 'Perkiraan pengguna per periode', aktif: 'Aktif',
  versi: 'Versi data' };

/** What a service unit is made and edited with, as typed. */
export interface IsianDasarLayanan {
  kode: string;
  nama: string;
  unitId: string;
  populasi: string;
}

/** The fields of a service unit (kode, nama, unit, perkiraan pengguna), shared by the add and edit forms. */
export function IsianLayanan<T extends IsianDasarLayanan>({ awalan, isian, ubah, galat }: { awalan: string, isian: T, ubah: (x: T) => void, galat: unknown }) {
  return (
    <>
      <IsianForm id={`${awalan}-kode`} label="Kode" wajib galat={galat} nama="kode">
        {(a) => <input {...a} value={isian.kode} placeholder="mis. SKM-DUKCAPIL-KTP" onChange={(e) => ubah({ ...isian, kode: e.target.value })} />}
      </IsianForm>
      <IsianForm id={`${awalan}-nama`} label="Nama layanan" wajib lebar galat={galat} nama="nama">
        {(a) => <input {...a} value={isian.nama} onChange={(e) => ubah({ ...isian, nama: e.target.value })} />}
      </IsianForm>
      <IsianForm id={`${awalan}-unit`} label="Unit penyelenggara" wajib galat={galat} nama={['unitId', 'unit']}>
        {(a) => <PilihUnit {...a} nilai={isian.unitId} ganti={(v) => ubah({ ...isian, unitId: v })} labelKosong="Pilih unit…" wajib />}
      </IsianForm>
      <IsianForm id={`${awalan}-populasi`} label="Perkiraan pengguna per periode" galat={galat} nama="populasi" petunjuk="Untuk menghitung sampel minimal (Krejcie-Morgan).">
        {(a) => <input {...a} inputMode="numeric" value={isian.populasi} onChange={(e) => ubah({ ...isian, populasi: e.target.value })} />}
      </IsianForm>
    </>
  );
}

/**
 * Editing a surveyed service unit (PATCH /api/survei/layanan/{id}, survei:kelola): name, code,
 * unit, population, active or not, and a new public link. Applied only to the version read: a
 * 409 (changed by someone else) reloads the unit.
 */
export function UbahLayananSurvei({ layanan }: { layanan: Layanan }) {
  const qc = useQueryClient();
  const awal = () => ({ kode: layanan.kode, nama: layanan.nama, unitId: String(layanan.unitId), populasi: layanan.populasi === null ? '' : formatAngka(layanan.populasi),
    aktif: layanan.aktif, gantiToken: false });
  const [buka, setBuka] = useState(false);
  const [isian, setIsian] = useState(awal);
  const [salah, setSalah] = useState<Error | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  // The overview of every period, and every result of this service unit.
  const segarkan = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: kunci(KONTRAK_SURVEI.ringkasanIkm) }),
      qc.invalidateQueries({ queryKey: kunciJalur('survei', layanan.id) }),
    ]);
  const m = useMutation({ mutationFn: (body: z.input<typeof skemaUbahLayananSurvei>) => panggil(KONTRAK_SURVEI.ubahLayanan, { params: { id: layanan.id }, body }),
    onSuccess: async (l) => {
      setBuka(false);
      setPesan(`Layanan ${l.nama} disimpan${l.aktif ? '' : ': tidak aktif, tautannya tidak menerima isian'}.`);
      await segarkan();
    }, onError: (e) => {
      if (e instanceof GalatApi && e.status === 409) void segarkan();
    } });
  // Changed by someone else (409, reloaded): the form shows their version; the editor reapplies theirs.
  const versiBaru = useBerganti(layanan.versi);
  if (versiBaru) setIsian(awal());
  const galat = m.error instanceof GalatApi && m.error.masalah.length
    ? new GalatApi(m.error.status, m.error.kode, m.error.message, m.error.masalah.map((x) => ({ ...x, kolom: LABEL[x.kolom] ?? x.kolom })))
    : m.error;

  function kirim(e: FormEvent) {
    e.preventDefault();
    setSalah(null);
    let populasi: number | null = null;
    if (isian.populasi.trim()) {
      const h = bacaAngkaIsian(isian.populasi, { bulat: true });
      if (!h.ok) {
        setSalah(new GalatApi(422, 'tidak_valid', 'Isian belum benar.', [{ kolom: 'populasi', pesan: h.alasan }]));
        return;
      }
      populasi = h.nilai;
    }
    m.mutate({ kode: isian.kode, nama: isian.nama, unitId: Number(isian.unitId), populasi, aktif: isian.aktif, ...(isian.gantiToken ? { gantiToken: true } : {}),
      versi: layanan.versi });
  }

  if (!buka) {
    return (
      <>
        {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
        <div className="baris-tombol">
          <button type="button" className="tombol sekunder" onClick={() => {
            setIsian(awal());
            setPesan(null);
            m.reset();
            setBuka(true);
          }}>
            Ubah atau nonaktifkan layanan
          </button>
        </div>
      </>
    );
  }
  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Ubah layanan yang disurvei">
      <h2>Ubah layanan {layanan.nama}</h2>
      <div className="kisi-isian">
        <IsianLayanan awalan="ubah-layanan" isian={isian} ubah={setIsian} galat={salah ?? m.error} />
        <div className="isian isian-centang">
          <label htmlFor="ubah-layanan-aktif">
            <input id="ubah-layanan-aktif" type="checkbox" checked={isian.aktif} onChange={(e) => setIsian({ ...isian, aktif: e.target.checked })} />{' '}
            Aktif (tautan survei menerima isian)
          </label>
        </div>
        <div className="isian isian-centang">
          <label htmlFor="ubah-layanan-token">
            <input id="ubah-layanan-token" type="checkbox" checked={isian.gantiToken} onChange={(e) => setIsian({ ...isian, gantiToken: e.target.checked })} />{' '}
            Ganti tautan publik (kode QR lama tidak berlaku lagi)
          </label>
        </div>
      </div>
      <PesanGalat galat={salah ?? galat} />
      <TombolSimpan teks="Simpan perubahan" mengirim={m.isPending} batal={() => setBuka(false)} />
    </Formulir>
  );
}
