import { useState } from 'react';
import { formatAngka, formatPersen, formatTanggal, NAMA_BULAN, tulisJam } from '@simasn/domain';
import { KONTRAK_PRESENSI as K } from '@simasn/presensi/kontrak';
import { tahunIniSetempat } from '../format.ts';
import { useKueriApi } from '../kait.ts';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { PetaTitik } from '../komponen/PetaTitik.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { Memuat, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { GrafikBatang, WARNA } from '../komponen/Grafik.tsx';

/**
 * Today's attendance for admin OPD (its units) and pimpinan (all): present, late, absent, on leave,
 * on duty, the map of today's check-ins over the units' points, the breakdown per unit, and the
 * year's trend per month.
 */
export function DasborPresensi() {
  const [unitId, setUnitId] = useState('');
  const unit = unitId ? Number(unitId) : undefined;
  const q = useKueriApi(K.dasbor, { query: { unitId: unit } });
  const tahun = tahunIniSetempat();
  const tren = useKueriApi(K.tren, { query: { unitId: unit, tahun } });
  const d = q.data;
  return (
    <section>
      <div className="judul-halaman">
        <h1>Kehadiran Hari Ini</h1>
        <div className="isian isian-sebaris">
          <label htmlFor="dasbor-presensi-unit">Unit</label>
          <PilihUnit id="dasbor-presensi-unit" nilai={unitId} ganti={setUnitId} />
        </div>
      </div>
      {q.isPending && <Memuat />}
      <PesanGalat galat={q.error} />
      {d && (
        <>
          <p>
            {formatTanggal(d.tanggal)}
            {d.hariKerja && d.jadwalMasuk ? ` · jam masuk ${tulisJam(d.jadwalMasuk)}` : ` · bukan hari kerja (${d.alasanLibur ?? 'libur'})`}
          </p>
          <div className="kartu-angka" data-testid="angka-kehadiran">
            <KartuAngka label="Pegawai" nilai={formatAngka(d.jumlah.pegawai)} />
            <KartuAngka label="Hadir" nilai={formatAngka(d.jumlah.hadir)} sub={`${formatAngka(d.jumlah.tepatWaktu)} tepat waktu`} idNilai="jumlah-hadir" />
            <KartuAngka label="Terlambat" nilai={formatAngka(d.jumlah.terlambat)} idNilai="jumlah-terlambat" />
            <KartuAngka label="Belum hadir" nilai={formatAngka(d.jumlah.belumHadir)} sub={`${formatAngka(d.jumlah.diLuarRadius)} mencoba di luar radius`} />
            <KartuAngka label="Cuti, sakit, izin" nilai={formatAngka(d.jumlah.cuti)} sub="usulan yang disetujui" />
            <KartuAngka label="Dinas luar, diklat" nilai={formatAngka(d.jumlah.dinas)} sub="termasuk tugas belajar" />
            <KartuAngka label="Libur sesuai jadwal" nilai={formatAngka(d.jumlah.libur)} sub="kalender unit atau shift-nya" />
            <KartuAngka label="Perlu ditinjau" nilai={formatAngka(d.jumlah.perluTinjau)} />
          </div>
          <div className="dua-kolom-peta">
            <PetaTitik judul="Presensi masuk hari ini" lingkaran={d.titik}
              penanda={d.presensi.map((p) => ({ lat: p.lat, lon: p.lon, jenis: !p.diDalam ? 'luar' : p.terlambat ? 'awas' : 'ok', label: `${p.nama} ${p.jam}` }))} />
            <div className="kartu">
              <h2>Per unit</h2>
              {d.perUnit.length
                ? (
                  <Tabel baris={d.perUnit} kunci={(u) => u.unitId} kolom={[
                    { judul: 'Unit', isi: (u) => u.nama },
                    { judul: 'Pegawai', kelas: 'angka', isi: (u) => formatAngka(u.pegawai) },
                    { judul: 'Hadir', kelas: 'angka', isi: (u) => formatAngka(u.hadir) },
                    { judul: 'Terlambat', kelas: 'angka', isi: (u) => formatAngka(u.terlambat) },
                  ]} />
                )
                : <p>Tidak ada unit di bawah unit ini.</p>}
              <p className="sub">Penanda hijau: tepat waktu; jingga: terlambat; merah: di luar radius.</p>
            </div>
          </div>
        </>
      )}
      {tren.data && (
        <div className="kartu">
          <h2>Tren {tahun}</h2>
          <GrafikTren bulan={tren.data.bulan} />
        </div>
      )}
    </section>
  );
}

function GrafikTren({ bulan }: { bulan: { bulan: number, hariKerja: number, hadirPersen: number | null, terlambat: number }[] }) {
  const label = bulan.map((b) => NAMA_BULAN[b.bulan - 1]!.slice(0, 3));
  const ringkas = bulan.filter((b) => b.hariKerja > 0).map((b) =>
    `${NAMA_BULAN[b.bulan - 1]}: ${b.hadirPersen === null ? 'belum ada data' : `hadir ${formatPersen(b.hadirPersen)}, terlambat ${formatAngka(b.terlambat)}`}`
  ).join('; ');
  return (
    <>
      <GrafikBatang label={`Tren kehadiran per bulan: ${ringkas || 'belum ada hari kerja'}`} kategori={label}
        seri={[{ label: 'Terlambat (kali)', nilai: bulan.map((b) => b.terlambat), warna: WARNA.seri[6]! }]}
        garis={{ label: 'Hadir (%)', nilai: bulan.map((b) => b.hadirPersen), warna: WARNA.seri[0]!, sumbu: { min: 0, maks: 100, langkah: 20, format: (v) => formatPersen(v, 0) },
          format: (v) => formatPersen(v) }} />
      {bulan.some((b) => b.hariKerja > 0 && b.hadirPersen === null) && (
        <p className="meta">
          Belum ada data: {bulan.filter((b) => b.hariKerja > 0 && b.hadirPersen === null).map((b) => NAMA_BULAN[b.bulan - 1]).join(', ')} (tidak digambar sebagai 0%).
        </p>
      )}
    </>
  );
}
