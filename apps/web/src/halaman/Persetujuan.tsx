import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatTanggal } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_AKTIVITAS } from '@simasn/aktivitas/kontrak';
import { KONTRAK_CUTI } from '@simasn/cuti/kontrak';
import { alamatTitik, kunciJalur, panggil } from '../api.ts';
import { useAkses } from '../daftar-halaman.tsx';
import { useKirim, useKueriApi } from '../kait.ts';
import { formatWaktu } from '../format.ts';
import { DialogKonfirmasi } from '../komponen/DialogKonfirmasi.tsx';
import { IsianForm } from '../komponen/Formulir.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { rentang } from './CutiSaya.tsx';

type Cuti = ResponsTitik<typeof KONTRAK_CUTI.persetujuan>['items'][number];
type Keputusan = 'setujui' | 'tolak' | 'kembalikan' | 'teruskan';
const LABEL_KEPUTUSAN: Record<Keputusan, string> = { setujui: 'Setujui', teruskan: 'Teruskan ke BKD', kembalikan: 'Kembalikan', tolak: 'Tolak' };

/**
 * The atasan's (and BKD's) inbox, phone first: leave requests waiting for their decision, and the
 * team's submitted daily activities, chosen and approved or rejected in bulk after a confirmation.
 */
export function Persetujuan() {
  const akses = useAkses();
  // An ASN acting today as plt or delegate of an away atasan decides that atasan's queue too.
  const pengganti = useKueriApi(KONTRAK_CUTI.daftarPengganti, {}, { enabled: !!akses?.boleh('cuti:ajukan') });
  const bertindak = pengganti.data?.bertindakSebagai ?? [];
  const bolehCuti = !!akses && (akses.boleh('cuti:setujui') || akses.boleh('cuti:proses') || bertindak.length > 0);
  const bolehAktivitas = !!akses && (akses.boleh('aktivitas:setujui') || bertindak.length > 0);
  return (
    <section>
      <div className="judul-halaman">
        <h1>Persetujuan</h1>
      </div>
      {bertindak.map((g) => (
        <p key={g.id} className="kartu" data-testid="bertindak-sebagai">
          Anda bertindak sebagai <strong>{g.jenis === 'plt' ? 'Plt.' : 'delegasi'} atasan {g.unit}</strong>
          {g.atasan && ` atas nama ${g.atasan.nama}`} sampai {formatTanggal(g.sampai)}.
        </p>
      ))}
      {pengganti.data && !bolehCuti && !akses?.boleh('aktivitas:setujui') && <Kosong>Saat ini Anda tidak bertindak sebagai pengganti atasan.</Kosong>}
      {bolehCuti && <PersetujuanCuti />}
      {bolehAktivitas && <PersetujuanAktivitas />}
    </section>
  );
}

function PersetujuanCuti() {
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_CUTI.persetujuan, { query: { page: 1, limit: 100 } });
  const [dialog, setDialog] = useState<{ c: Cuti, aksi: Keputusan, batal?: boolean } | null>(null);
  const [alasan, setAlasan] = useState('');
  const [pesan, setPesan] = useState<string | null>(null);
  const kirim = useKirim();
  const putuskan = () =>
    dialog && kirim.jalankan(async () => {
      const b = dialog.c.pembatalan;
      if (dialog.batal && b && (dialog.aksi === 'setujui' || dialog.aksi === 'tolak')) {
        const r = await panggil(KONTRAK_CUTI.prosesPembatalan, { params: { id: dialog.c.id }, body: { aksi: dialog.aksi, versi: b.versi, alasan: alasan || null } });
        setPesan(dialog.aksi === 'setujui' ?
          `Pembatalan ${r.labelJenis} ${r.nama} disetujui: ${formatAngka(b.hariKembali)} hari kerja dikembalikan.` :
          `Pembatalan ${r.labelJenis} ${r.nama} ditolak; cuti tetap berlaku.`);
        setDialog(null);
        setAlasan('');
        await qc.invalidateQueries({ queryKey: kunciJalur('cuti') });
        return;
      }
      const r = await panggil(KONTRAK_CUTI.proses, { params: { id: dialog.c.id }, body: { aksi: dialog.aksi, versi: dialog.c.versi, alasan: alasan || null } });
      setPesan(
        `${r.labelJenis} ${r.nama} ${rentang(r)}: ${r.status === 'selesai' ? 'disetujui' : r.labelStatus.toLowerCase()}${
          r.status === 'diproses' ? ` (menunggu ${r.labelLangkah.toLowerCase()})` : ''
        }.`,
      );
      setDialog(null);
      setAlasan('');
      await qc.invalidateQueries({ queryKey: kunciJalur('cuti') });
    });
  const perluAlasan = dialog?.aksi === 'tolak' || dialog?.aksi === 'kembalikan';
  return (
    <div className="bagian-persetujuan">
      <h2>Cuti dan izin</h2>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && q.data.items.length === 0 && <Kosong>Tidak ada usulan cuti atau izin yang menunggu keputusan Anda.</Kosong>}
      {q.data && q.data.items.length > 0 && (
        <ul className="daftar-usulan" data-testid="antrian-cuti">
          {q.data.items.map((c) => (
            <li key={c.id} className="kartu kartu-usulan" data-cuti={c.id}>
              <div className="kepala-usulan">
                <strong>{c.nama}</strong>
                <span className="lencana lencana-diajukan">{c.labelJenis}</span>
              </div>
              <p className="meta">{c.unit ?? ''} · diajukan {formatWaktu(c.diajukanPada)}</p>
              <p>
                {rentang(c)} · <strong>{formatAngka(c.hariKerja)} hari kerja</strong>
              </p>
              <p>
                <span className="label-kecil">Alasan:</span> {c.alasan}
              </p>
              {c.dokumenAda.map((d) => (
                <p key={d.kode}>
                  <a href={alamatTitik(KONTRAK_CUTI.dokumen, { params: { id: c.id, kode: d.kode } })} target="_blank" rel="noreferrer">Lihat {d.label.toLowerCase()}</a>
                </p>
              ))}
              {c.tujuan && (
                <p>
                  <span className="label-kecil">Tujuan:</span> {c.tujuan}
                </p>
              )}
              {c.pembatalan?.aksi.some((x) => x !== 'batalkan') && (
                <div className="kotak-pembatalan" data-testid="pembatalan-cuti">
                  <p>
                    <strong>Permohonan pembatalan</strong> mulai {formatTanggal(c.pembatalan.mulai)}: {formatAngka(c.pembatalan.hariKembali)} hari kerja kembali ke pegawai.
                  </p>
                  <p>
                    <span className="label-kecil">Alasan:</span> {c.pembatalan.alasan}
                  </p>
                  <div className="baris-tombol">
                    <button type="button" className="tombol kecil utama" onClick={() => {
                      kirim.setGalat(null);
                      setDialog({ c, aksi: 'setujui', batal: true });
                    }}>
                      Setujui pembatalan
                    </button>
                    <button type="button" className="tombol kecil bahaya" onClick={() => {
                      kirim.setGalat(null);
                      setDialog({ c, aksi: 'tolak', batal: true });
                    }}>
                      Tolak pembatalan
                    </button>
                  </div>
                </div>
              )}
              <div className="baris-tombol">
                {c.aksi.filter((x): x is Keputusan => x !== 'batalkan').map((x) => (
                  <button key={x} type="button" className={`tombol kecil ${x === 'setujui' || x === 'teruskan' ? 'utama' : x === 'tolak' ? 'bahaya' : 'sekunder'}`} onClick={() => {
                    kirim.setGalat(null);
                    setDialog({ c, aksi: x });
                  }}>
                    {LABEL_KEPUTUSAN[x]}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {dialog && (
        <DialogKonfirmasi judul={`${LABEL_KEPUTUSAN[dialog.aksi]} ${dialog.batal ? 'pembatalan ' : ''}${dialog.c.labelJenis.toLowerCase()} ${dialog.c.nama}?`}
          tombol={LABEL_KEPUTUSAN[dialog.aksi]} bahaya={dialog.aksi === 'tolak'} mengirim={kirim.mengirim} galat={kirim.galat} ya={putuskan} batal={() => setDialog(null)}
        >
          <p>
            {rentang(dialog.c)}, {formatAngka(dialog.c.hariKerja)} hari kerja.
            {dialog.batal && dialog.c.pembatalan &&
              ` Dibatalkan mulai ${formatTanggal(dialog.c.pembatalan.mulai)}: ${
                formatAngka(dialog.c.pembatalan.hariKembali)
              } hari kerja kembali ke saldo dan status harinya kembali seperti semula.`}
          </p>
          {perluAlasan && (
            <IsianForm id="alasan-keputusan" label="Alasan" wajib galat={kirim.galat} nama="alasan">
              {(x) => <textarea {...x} rows={3} value={alasan} onChange={(e) => setAlasan(e.target.value)} />}
            </IsianForm>
          )}
        </DialogKonfirmasi>
      )}
    </div>
  );
}

function PersetujuanAktivitas() {
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_AKTIVITAS.antrian, { query: { page: 1, limit: 200 } });
  const [pilih, setPilih] = useState<ReadonlySet<number>>(new Set());
  const [dialog, setDialog] = useState<'setujui' | 'tolak' | null>(null);
  const [alasan, setAlasan] = useState('');
  const [pesan, setPesan] = useState<string | null>(null);
  const kirim = useKirim();
  const items = q.data?.items ?? [];
  const semua = items.length > 0 && items.every((i) => pilih.has(i.id));
  const ganti = (id: number, ya: boolean) =>
    setPilih((s) => {
      const n = new Set(s);
      if (ya) n.add(id);
      else n.delete(id);
      return n;
    });
  const putuskan = () =>
    dialog && kirim.jalankan(async () => {
      const r = await panggil(KONTRAK_AKTIVITAS.putuskan, { body: { ids: [...pilih], keputusan: dialog, alasan: alasan || null } });
      setPesan(
        `${formatAngka(r.diputuskan)} aktivitas ${dialog === 'setujui' ? 'disetujui' : 'ditolak'}${
          r.dilewati.length ? `; ${formatAngka(r.dilewati.length)} dilewati (sudah diputuskan atau bukan wewenang Anda)` : ''
        }.`,
      );
      setDialog(null);
      setAlasan('');
      setPilih(new Set());
      await qc.invalidateQueries({ queryKey: kunciJalur('aktivitas') });
    });
  return (
    <div className="bagian-persetujuan">
      <h2>Aktivitas harian bawahan</h2>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && items.length === 0 && <Kosong>Tidak ada aktivitas yang menunggu keputusan Anda.</Kosong>}
      {items.length > 0 && (
        <>
          <div className="baris-tombol bilah-massal">
            <label className="isian-centang">
              <input type="checkbox" checked={semua} onChange={(e) => setPilih(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())} /> Pilih semua (
              {formatAngka(items.length)})
            </label>
            <button type="button" className="tombol utama" disabled={!pilih.size} onClick={() => {
              kirim.setGalat(null);
              setDialog('setujui');
            }}>
              Setujui ({formatAngka(pilih.size)})
            </button>
            <button type="button" className="tombol bahaya" disabled={!pilih.size} onClick={() => {
              kirim.setGalat(null);
              setDialog('tolak');
            }}>
              Tolak ({formatAngka(pilih.size)})
            </button>
          </div>
          <ul className="daftar-aktivitas" data-testid="antrian-aktivitas">
            {items.map((a) => (
              <li key={a.id} className={`kartu kartu-aktivitas${pilih.has(a.id) ? ' terpilih' : ''}`}>
                <label className="pilih-aktivitas">
                  <input type="checkbox" checked={pilih.has(a.id)} onChange={(e) => ganti(a.id, e.target.checked)} />
                  <span>
                    <strong>{a.nama}</strong> · {formatTanggal(a.tanggal)} {a.jamMulai}–{a.jamSelesai}
                    {a.dieskalasi && <span className="lencana lencana-netral">diteruskan karena tenggat/atasan tidak ada</span>}
                  </span>
                </label>
                <p>{a.uraian}</p>
                <p className="meta">
                  {formatAngka(a.kuantitas, 2).replace(/,00$/, '')} {a.satuan}
                  {a.buktiId && (
                    <>
                      {' · '}
                      <a href={alamatTitik(KONTRAK_AKTIVITAS.bukti, { params: { id: a.id } })} target="_blank" rel="noreferrer">Lihat bukti</a>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {dialog && (
        <DialogKonfirmasi judul={`${dialog === 'setujui' ? 'Setujui' : 'Tolak'} ${formatAngka(pilih.size)} aktivitas?`}
          tombol={`${dialog === 'setujui' ? 'Setujui' : 'Tolak'} ${formatAngka(pilih.size)} aktivitas`} bahaya={dialog === 'tolak'} mengirim={kirim.mengirim} galat={kirim.galat}
          ya={putuskan} batal={() => setDialog(null)}
        >
          <p>Keputusan tidak dapat diubah; pegawai melihatnya di daftar aktivitasnya.</p>
          {dialog === 'tolak' && (
            <IsianForm id="alasan-tolak-aktivitas" label="Alasan penolakan" wajib galat={kirim.galat} nama="alasan">
              {(x) => <textarea {...x} rows={3} value={alasan} onChange={(e) => setAlasan(e.target.value)} />}
            </IsianForm>
          )}
        </DialogKonfirmasi>
      )}
    </div>
  );
}
