import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatNip, formatTanggal } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_CUTI } from '@simasn/cuti/kontrak';
import { kunciJalur, panggil, periksaIsian } from '../api.ts';
import { useAkses } from '../daftar-halaman.tsx';
import { useKirim, useKueriApi } from '../kait.ts';
import { hariIniSetempat } from '../format.ts';
import { Formulir, IsianForm, IsianTanggal } from '../komponen/Formulir.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/cuti/kontrak');

type Pengganti = ResponsTitik<typeof KONTRAK_CUTI.daftarPengganti>['items'][number];

const LABEL_KEADAAN: Record<Pengganti['keadaan'], string> = { berlaku: 'Berlaku', akan: 'Akan berlaku', selesai: 'Selesai', dicabut: 'Dicabut' };
const KELAS_KEADAAN: Record<Pengganti['keadaan'], string> = { berlaku: 'disetujui', akan: 'diajukan', selesai: 'netral', dicabut: 'dibatalkan' };

/**
 * Who acts when an atasan is away: admin OPD (or BKD) names a plt for a unit and a period (the
 * atasan away, or none when the position is vacant); an atasan delegates their approvals for a
 * period. The acting employee then decides that unit's leave requests and activities.
 */
export function PenggantiAtasan() {
  const akses = useAkses();
  const admin = !!akses?.boleh('cuti:pengganti');
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_CUTI.daftarPengganti, {});
  const hariIni = hariIniSetempat();
  const kosong = { jenis: admin ? 'plt' : 'delegasi', unitId: '', nipAtasan: '', nipPengganti: '', dari: hariIni, sampai: hariIni, alasan: '' };
  const [isi, setIsi] = useState(kosong);
  const [pesan, setPesan] = useState<string | null>(null);
  const kirim = useKirim();
  const cabut = useKirim();
  const ubah = (k: keyof typeof kosong) => (v: string) => setIsi((x) => ({ ...x, [k]: v }));
  const segarkan = () => qc.invalidateQueries({ queryKey: kunciJalur('cuti') });

  const simpan = () =>
    kirim.jalankan(async () => {
      setPesan(null);
      const m = { jenis: isi.jenis, unitId: isi.jenis === 'plt' && isi.unitId ? Number(isi.unitId) : null, nipAtasan: isi.jenis === 'plt' ? isi.nipAtasan : null,
        nipPengganti: isi.nipPengganti, dari: isi.dari, sampai: isi.sampai, alasan: isi.alasan };
      const { skemaTambahPengganti } = await muatSkema();
      periksaIsian(skemaTambahPengganti, m, 'Data pengganti atasan belum benar.');
      const g = await panggil(KONTRAK_CUTI.tambahPengganti, { body: m as never });
      setIsi(kosong);
      setPesan(`${g.pengganti.nama} bertindak sebagai ${g.jenis === 'plt' ? 'Plt.' : 'delegasi'} atasan ${g.unit} ${formatTanggal(g.dari)} s.d. ${formatTanggal(g.sampai)}.`);
      await segarkan();
    });

  const hentikan = (g: Pengganti) =>
    cabut.jalankan(async () => {
      if (!window.confirm(`Cabut ${g.labelJenis.toLowerCase()} ${g.pengganti.nama} untuk ${g.unit}? Sejak sekarang ia tidak lagi memutuskan usulan unit ini.`)) return;
      await panggil(KONTRAK_CUTI.cabutPengganti, { params: { id: g.id } });
      setPesan(`${g.labelJenis} ${g.pengganti.nama} dicabut.`);
      await segarkan();
    });

  return (
    <section>
      <div className="judul-halaman">
        <h1>Pengganti Atasan</h1>
      </div>
      <p>
        Saat atasan berhalangan, penggantinya memutuskan usulan cuti dan aktivitas harian bawahan atasan itu selama masa yang ditetapkan. Jejak usulan dan log audit mencatat
        keduanya.
      </p>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <Formulir className="kartu form-panel" aria-labelledby="judul-tambah-pengganti" onSubmit={(e) => {
        e.preventDefault();
        void simpan();
      }}>
        <h2 id="judul-tambah-pengganti">{admin ? 'Tetapkan pengganti' : 'Delegasikan persetujuan saya'}</h2>
        <div className="kisi-isian">
          {admin && akses?.peran.includes('atasan') && (
            <IsianForm id="pengganti-jenis" label="Jenis" wajib galat={kirim.galat} nama="jenis">
              {(x) => (
                <select {...x} value={isi.jenis} onChange={(e) => ubah('jenis')(e.target.value)}>
                  <option value="plt">Plt. untuk unit</option>
                  <option value="delegasi">Delegasi persetujuan saya</option>
                </select>
              )}
            </IsianForm>
          )}
          {isi.jenis === 'plt' && (
            <>
              <IsianForm id="pengganti-unit" label="Unit yang atasannya berhalangan" wajib galat={kirim.galat} nama="unitId" lebar>
                {(x) => <PilihUnit {...x} nilai={isi.unitId} ganti={ubah('unitId')} labelKosong="Pilih unit…" wajib />}
              </IsianForm>
              <IsianForm id="pengganti-atasan" label="NIP atasan yang berhalangan" galat={kirim.galat} nama="nipAtasan" petunjuk="kosongkan bila jabatan itu lowong">
                {(x) => <input {...x} inputMode="numeric" value={isi.nipAtasan} onChange={(e) => ubah('nipAtasan')(e.target.value)} />}
              </IsianForm>
            </>
          )}
          <IsianForm id="pengganti-nip" label="NIP pengganti" wajib galat={kirim.galat} nama="nipPengganti">
            {(x) => <input {...x} inputMode="numeric" value={isi.nipPengganti} onChange={(e) => ubah('nipPengganti')(e.target.value)} />}
          </IsianForm>
          <IsianForm id="pengganti-dari" label="Mulai tanggal" wajib galat={kirim.galat} nama="dari">
            {(x) => <IsianTanggal {...x} nilai={isi.dari} ganti={ubah('dari')} />}
          </IsianForm>
          <IsianForm id="pengganti-sampai" label="Sampai tanggal" wajib galat={kirim.galat} nama="sampai">
            {(x) => <IsianTanggal {...x} nilai={isi.sampai} ganti={ubah('sampai')} />}
          </IsianForm>
          <IsianForm id="pengganti-alasan" label="Alasan" wajib galat={kirim.galat} nama="alasan" petunjuk="mis. cuti tahunan, diklat, dinas luar, jabatan lowong" lebar>
            {(x) => <input {...x} value={isi.alasan} onChange={(e) => ubah('alasan')(e.target.value)} />}
          </IsianForm>
        </div>
        <PesanGalat galat={kirim.galat} />
        <button type="submit" className="tombol utama" disabled={kirim.mengirim}>{kirim.mengirim ? 'Menyimpan…' : 'Simpan'}</button>
      </Formulir>

      <h2>Daftar pengganti</h2>
      <PesanGalat galat={q.error ?? cabut.galat} />
      {q.isPending && <Memuat />}
      {q.data && q.data.items.length === 0 && <Kosong>Belum ada pengganti atasan.</Kosong>}
      {q.data && q.data.items.length > 0 && (
        <ul className="daftar-usulan" data-testid="daftar-pengganti">
          {q.data.items.map((g) => (
            <li key={g.id} className="kartu kartu-usulan">
              <div className="kepala-usulan">
                <strong>{g.pengganti.nama}</strong>
                <span className={`lencana lencana-${KELAS_KEADAAN[g.keadaan]}`}>{LABEL_KEADAAN[g.keadaan]}</span>
              </div>
              <p className="meta">NIP {formatNip(g.pengganti.nip)} · {g.labelJenis}</p>
              <p>
                {g.unit}
                {g.atasan ? `, atas nama ${g.atasan.nama}` : ', jabatan lowong'}
              </p>
              <p>
                {formatTanggal(g.dari)} s.d. {formatTanggal(g.sampai)} · {g.alasan}
              </p>
              {g.bolehCabut && (
                <div className="baris-tombol">
                  <button type="button" className="tombol kecil bahaya" onClick={() => void hentikan(g)} disabled={cabut.mengirim}>Cabut</button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
