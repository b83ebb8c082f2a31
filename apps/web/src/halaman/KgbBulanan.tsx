import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatNip, formatRupiah, formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN, type skemaBarisKgb, type STATUS_KGB } from '@simasn/layanan/kontrak';
import type { z } from '@simasn/kontrak';
import { alamatTitik, kunciJalur, panggil } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { hariIniSetempat } from '../format.ts';
import { useSesi } from '../sesi.tsx';
import { tautanSuratKgb } from '../komponen/JejakLayanan.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';
import { PilihBulan } from '../komponen/Formulir.tsx';

type BarisKgb = z.input<typeof skemaBarisKgb>;

const LABEL: Record<(typeof STATUS_KGB)[number], [string, string]> = { jatuh_tempo: ['Jatuh tempo', 'diajukan'], terhambat: ['Terhambat', 'ditolak'],
  diusulkan: ['Sedang diusulkan', 'netral'], terbit: ['Sudah terbit', 'disetujui'] };
const bisaDipilih = (b: BarisKgb) => b.status === 'jatuh_tempo' || b.status === 'diusulkan';

/**
 * KGB bulanan (E-Berkala): who is due this month, who is blocked and why, bulk confirmation
 * that issues the numbered surat KGB, the letters to download, and the list for BKAD as XLSX.
 */
export function KgbBulanan() {
  const { boleh } = useSesi();
  const proses = boleh('layanan:proses');
  const [param, setParam] = useSearchParams();
  const bulan = param.get('bulan') ?? hariIniSetempat().slice(0, 7);
  const [pilih, setPilih] = useState<Set<string>>(new Set());
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_LAYANAN.kgb, { query: { bulan } });
  const dapat = useMemo(() => (q.data?.items ?? []).filter(bisaDipilih), [q.data]);
  const konfirmasi = useMutation({ mutationFn: () => panggil(KONTRAK_LAYANAN.konfirmasiKgb, { body: { bulan, nip: [...pilih] } }), onSuccess: () => {
    setPilih(new Set());
    void qc.invalidateQueries({ queryKey: kunciJalur('layanan', 'kgb') });
  } });
  const semua = dapat.length > 0 && dapat.every((b) => pilih.has(b.nip));
  const ubahPilih = (nip: string, ya: boolean) =>
    setPilih((s) => {
      const n = new Set(s);
      if (ya) n.add(nip);
      else n.delete(nip);
      return n;
    });

  return (
    <section>
      <div className="judul-halaman">
        <h1>KGB Bulanan</h1>
        <div className="isian isian-sebaris">
          <label htmlFor="bulan-kgb">Bulan TMT</label>
          <PilihBulan id="bulan-kgb" nilai={bulan} ganti={(b) => {
            setPilih(new Set());
            konfirmasi.reset();
            setParam({ bulan: b }, { replace: true });
          }} />
        </div>
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (
        <>
          <div className="kartu-angka">
            <KartuAngka label="Jatuh tempo" idNilai="kgb-jatuh-tempo" nilai={formatAngka(q.data.ringkasan.jatuhTempo)} />
            <KartuAngka label="Terhambat" nilai={formatAngka(q.data.ringkasan.terhambat)} />
            <KartuAngka label="Sedang diusulkan" nilai={formatAngka(q.data.ringkasan.diusulkan)} />
            <KartuAngka label="Sudah terbit" idNilai="kgb-terbit" nilai={formatAngka(q.data.ringkasan.terbit)} />
          </div>
          <div className="baris-tombol">
            {proses && (
              <label className="pilih-semua">
                <input type="checkbox" checked={semua} disabled={!dapat.length} onChange={(e) => setPilih(e.target.checked ? new Set(dapat.map((b) => b.nip)) : new Set())} />{' '}
                Pilih semua yang dapat diterbitkan ({formatAngka(dapat.length)})
              </label>
            )}
            {proses && (
              <button type="button" className="tombol utama" disabled={!pilih.size || konfirmasi.isPending} onClick={() => konfirmasi.mutate()}>
                {konfirmasi.isPending ? 'Menerbitkan…' : `Konfirmasi dan terbitkan surat KGB (${formatAngka(pilih.size)})`}
              </button>
            )}
            <a className="tombol" href={alamatTitik(KONTRAK_LAYANAN.eksporKgb, { query: { bulan } })} download>Unduh daftar untuk BKAD (XLSX)</a>
          </div>
          <PesanGalat galat={konfirmasi.error} judul="Tidak ada yang diterbitkan." />
          {konfirmasi.data && (
            <PesanBerhasil>
              {formatAngka(konfirmasi.data.jumlah)} surat KGB terbit, nomor {konfirmasi.data.terbit[0]?.nomorSurat}
              {konfirmasi.data.jumlah > 1 ? ` s.d. ${konfirmasi.data.terbit.at(-1)?.nomorSurat}` : ''}.
            </PesanBerhasil>
          )}
          {q.data.items.length === 0 ?
            <Kosong>Tidak ada KGB dengan TMT pada bulan ini dalam lingkup Anda.</Kosong> :
            (
              <Tabel data-testid="tabel-kgb" baris={q.data.items} kunci={(b) => b.nip}
                atributBaris={(b) => ({ className: pilih.has(b.nip) ? 'baris-terpilih' : undefined, 'data-nip': b.nip })} kolom={[
                proses &&
                { judul: <span className="sr">Pilih</span>, kunci: 'pilih', label: 'Pilih', isi: (b) =>
                  bisaDipilih(b) && (
                    <input type="checkbox" aria-label={`Pilih ${b.nama}`} checked={pilih.has(b.nip)} onChange={(e) => ubahPilih(b.nip, e.target.checked)} />
                  ) },
                { judul: 'Pegawai', isi: (b) => <SelPegawai nama={b.nama} nip={b.nip} unit={b.perangkatDaerah} /> },
                { judul: 'Golongan', isi: (b) => b.golongan },
                { judul: 'TMT KGB', kelas: 'nowrap', isi: (b) => formatTanggal(b.tmtKgb) },
                { judul: 'MKG baru', isi: (b) => `${b.mkgBaruTahun} th ${b.mkgBaruBulan} bl` },
                { judul: 'Gaji pokok lama → baru', label: 'Gaji pokok', kelas: 'nowrap', isi: (b) => (
                  <>
                    {formatRupiah(Number(b.gajiPokokLama))} → <strong>{formatRupiah(Number(b.gajiPokokBaru))}</strong>
                  </>
                ) },
                { judul: 'Status', kelas: 'nowrap', isi: (b) => <span className={`lencana lencana-${LABEL[b.status][1]}`}>{LABEL[b.status][0]}</span> },
                { judul: 'Keterangan', isi: (b) => (
                  <>
                    {b.alasan.length > 0 && <ul className="daftar-alasan">{b.alasan.map((a) => <li key={a}>{a}</li>)}</ul>}
                    {b.status === 'terbit' && b.riwayatGajiId && (
                      <>
                        <span className="sub">Nomor {b.nomorSurat}</span> <a href={tautanSuratKgb(b.riwayatGajiId)} target="_blank" rel="noreferrer">Surat (PDF)</a>
                        {' · '}
                        <a href={tautanSuratKgb(b.riwayatGajiId, 'docx')}>DOCX</a>
                      </>
                    )}
                    {b.catatan.map((c) => <small key={c} className="sub">{c}</small>)}
                  </>
                ) },
              ]} />
            )}
          {q.data.dataKurang.length > 0 && (
            <details className="kartu">
              <summary>{formatAngka(q.data.ringkasan.dataKurang)} pegawai belum dapat dihitung karena datanya kurang</summary>
              <ul>{q.data.dataKurang.map((d) => <li key={d.nip}>{d.nama} ({formatNip(d.nip)}): {d.alasan}</li>)}</ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
