import { useSearchParams } from 'react-router';
import { formatAngka, formatPersen, formatTanggal, LABEL_HUKDIS, NAMA_BULAN, tulisJam, type UsulanHukdis } from '@simasn/domain';
import { KONTRAK_REKAP } from '@simasn/rekap/kontrak';
import { hariIniSetempat } from '../format.ts';
import { useKueriApi, useUbahCari } from '../kait.ts';
import { PilihBulan } from '../komponen/Formulir.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { Memuat, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';

const NAMA_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const hariDari = (iso: string) => NAMA_HARI[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
export const tulisBulan = (bulan: string) => `${NAMA_BULAN[Number(bulan.slice(5, 7)) - 1]} ${bulan.slice(0, 4)}`;

/** A scan time `HH:MM` (a night shift's end may be `31:05`: the next day). */
const jam = (j: string | null) => {
  if (!j) return '-';
  const [h, m] = j.split(':').map(Number) as [number, number];
  return h >= 24 ? `${tulisJam(`${String(h - 24).padStart(2, '0')}:${String(m).padStart(2, '0')}`)} (+1)` : tulisJam(j);
};

/** The class of a day's mark: hadir on time, late/early, excused, alpa, day off, nothing yet. */
function kelasTanda(h: { status: string | null, tanda: string }): string {
  if (!h.status) return 'tanda-hari tanda-kosong';
  if (h.status === 'alpa') return 'tanda-hari tanda-alpa';
  if (h.status === 'libur') return 'tanda-hari tanda-libur';
  if (h.status === 'hadir') return h.tanda === 'H' ? 'tanda-hari tanda-hadir' : 'tanda-hari tanda-telat';
  return 'tanda-hari tanda-izin';
}

const KETERANGAN_SUMBER = { tersimpan: '', berjalan: 'Sementara (hari belum ditutup)', jadwal: 'Belum tiba', belum: 'Belum berlaku' } as const;

/**
 * "Presensi Bulanan": every day of a month with its mark (H, TL1-4, PSW1-4, C, DL, S, I, A, L) and
 * the reason in words (which rule, which minutes, which request), the month's sums and the year's
 * alpa count against the PP 94/2021 ladder. The caller's own month; with ?nip= a pegawai in the
 * caller's reach (from the rekap).
 */
export function BulanPresensi() {
  const [cari] = useSearchParams();
  const ubahCari = useUbahCari();
  const bulan = cari.get('bulan') || hariIniSetempat().slice(0, 7);
  const nip = cari.get('nip') || undefined;
  const q = useKueriApi(KONTRAK_REKAP.saya, { query: { bulan, ...(nip ? { nip } : {}) } });
  const ganti = (b: string) => ubahCari({ bulan: b });
  const d = q.data;
  return (
    <section>
      <div className="judul-halaman">
        <h1>{nip ? 'Presensi Bulanan Pegawai' : 'Presensi Bulanan Saya'}</h1>
        <div className="isian isian-sebaris">
          <label htmlFor="bulan-presensi">Bulan</label>
          <PilihBulan id="bulan-presensi" nilai={bulan} ganti={ganti} sesudah={1} />
        </div>
      </div>
      {q.isPending && <Memuat />}
      <PesanGalat galat={q.error} />
      {d && (
        <>
          <p className="kartu">
            <strong>{d.pegawai.nama}</strong> · NIP {d.pegawai.nip}
            {d.pegawai.unit ? ` · ${d.pegawai.unit}` : ''}. {d.ditutupSampai
              ? `Hari sampai ${formatTanggal(d.ditutupSampai)} sudah ditutup; hari sesudahnya dihitung sementara.`
              : 'Belum ada hari yang ditutup; semua hari dihitung sementara.'}
          </p>
          <div className="kartu-angka" data-testid="ringkas-bulan">
            <KartuAngka label="Hari kerja" nilai={formatAngka(d.ringkas.hariKerja)} />
            <KartuAngka label="Hadir" nilai={formatAngka(d.ringkas.hadir)} idNilai="jumlah-hadir"
              sub={d.ringkas.dinasLuar + d.ringkas.cuti + d.ringkas.sakit + d.ringkas.izin + d.ringkas.tugasBelajar + d.ringkas.diklat
                ? `${formatAngka(d.ringkas.cuti)} cuti, ${formatAngka(d.ringkas.dinasLuar)} dinas luar, ${formatAngka(d.ringkas.sakit + d.ringkas.izin)} sakit/izin`
                : null} />
            <KartuAngka label="Terlambat" nilai={formatAngka(d.ringkas.tl.TL1 + d.ringkas.tl.TL2 + d.ringkas.tl.TL3 + d.ringkas.tl.TL4)}
              sub={`${formatAngka(d.ringkas.terlambatMenit)} menit`} />
            <KartuAngka label="Pulang cepat" nilai={formatAngka(d.ringkas.psw.PSW1 + d.ringkas.psw.PSW2 + d.ringkas.psw.PSW3 + d.ringkas.psw.PSW4)}
              sub={`${formatAngka(d.ringkas.pulangCepatMenit)} menit`} />
            <KartuAngka label="Alpa" nilai={formatAngka(d.ringkas.alpa)} idNilai="jumlah-alpa" />
            <KartuAngka label="Potongan disiplin" nilai={formatPersen(d.ringkas.potonganPersen)} sub="dari bagian disiplin TPP" />
          </div>
          <p className={d.disiplin.usulan ? 'pesan pesan-peringatan' : 'kartu'} data-testid="disiplin-tahun">
            Alpa tahun {d.disiplin.tahun}: {formatAngka(d.disiplin.alpaSetahun)} hari kerja
            {d.disiplin.alpaBerturutMaks > 1 ? ` (paling lama ${formatAngka(d.disiplin.alpaBerturutMaks)} hari berturut-turut)` : ''}. {d.disiplin.usulan
              ? `Menurut PP 94/2021 sudah mencapai ${LABEL_HUKDIS[d.disiplin.usulan as UsulanHukdis].toLowerCase()}; keputusan ada pada pejabat yang berwenang. `
              : ''}
            {d.disiplin.sisaKeAmbang !== null ? `${formatAngka(d.disiplin.sisaKeAmbang)} hari alpa lagi mencapai ambang berikutnya.` : ''}
          </p>
          <Tabel data-testid="hari-presensi" keterangan={`Presensi ${tulisBulan(d.bulan)}`} baris={d.hari} kunci={(h) => h.tanggal}
            atributBaris={(h) => ({ className: h.hariKerja ? undefined : 'baris-libur', 'data-tanggal': h.tanggal })} kolom={[
            { judul: 'Tanggal', kepalaBaris: true, isi: (h) => `${hariDari(h.tanggal)}, ${formatTanggal(h.tanggal)}` },
            { judul: 'Tanda', isi: (h) => (h.tanda ? <span className={kelasTanda(h)}>{h.tanda}</span> : '-') },
            { judul: 'Masuk', kelas: 'nowrap', isi: (h) => jam(h.jamMasuk) },
            { judul: 'Pulang', kelas: 'nowrap', isi: (h) => jam(h.jamPulang) },
            { judul: 'Potongan', kelas: 'angka', isi: (h) => (h.potonganPersen ? formatPersen(h.potonganPersen) : '-') },
            { judul: 'Alasan', isi: (h) => (
              <>
                {h.keterangan}
                {KETERANGAN_SUMBER[h.sumber] && <em className="sub-angka">{` (${KETERANGAN_SUMBER[h.sumber]})`}</em>}
              </>
            ) },
          ]} />
          <p className="petunjuk">
            Tanda: H hadir tepat waktu; TL1-TL4 terlambat; PSW1-PSW4 pulang sebelum waktunya; C cuti; DL dinas luar; S sakit; I izin; TB tugas belajar; DK diklat; A alpa (tanpa
            keterangan); L libur.
          </p>
        </>
      )}
    </section>
  );
}
