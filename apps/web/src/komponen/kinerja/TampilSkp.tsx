import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatAngka, formatTanggal } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_KINERJA, LABEL_ASPEK, LABEL_JENIS_RHK } from '@simasn/kinerja/kontrak';
import { alamatTitik } from '../../api.ts';
import { formatWaktu } from '../../format.ts';

export type Skp = ResponsTitik<typeof KONTRAK_KINERJA.ambil>;
const KELAS_STATUS_AKTIVITAS: Record<string, string> = { konsep: 'netral', diajukan: 'diajukan', disetujui: 'disetujui', ditolak: 'ditolak' };
export const KELAS_STATUS_SKP: Record<string, string> = { draf: 'netral', diajukan: 'diajukan', disetujui: 'disetujui', diganti: 'dibatalkan' };

/** The parties of an SKP: the ASN (pihak pertama) and the pejabat penilai, with status and version. */
export function KepalaSkp({ skp }: { skp: Skp }) {
  return (
    <div className="kartu" data-testid="kepala-skp">
      <div className="kepala-usulan">
        <h2>SKP Tahun {skp.tahun}{skp.nomorVersi > 1 ? ` · Revisi ke-${skp.nomorVersi - 1}` : ''}</h2>
        <span className={`lencana lencana-${KELAS_STATUS_SKP[skp.status]}`}>{skp.labelStatus}</span>
      </div>
      <dl className="rinci">
        <dt>Pegawai yang dinilai</dt>
        <dd>
          {skp.pegawai.nama}
          <small className="sub">{skp.pegawai.jabatan}{skp.pegawai.unit ? `, ${skp.pegawai.unit}` : ''}</small>
        </dd>
        <dt>Pejabat penilai</dt>
        <dd>
          {skp.penilai.nama}
          <small className="sub">{skp.penilai.jabatan}</small>
        </dd>
        {skp.diajukanPada && (
          <>
            <dt>Ditandatangani pegawai</dt>
            <dd>{formatWaktu(String(skp.diajukanPada))}</dd>
          </>
        )}
        {skp.disetujuiPada && (
          <>
            <dt>Disetujui penilai</dt>
            <dd>{formatWaktu(String(skp.disetujuiPada))}</dd>
          </>
        )}
        {skp.alasanRevisi && (
          <>
            <dt>Alasan revisi</dt>
            <dd>{skp.alasanRevisi}</dd>
          </>
        )}
      </dl>
      <UnduhDokumen skp={skp} jenis="rencana" label="Dokumen SKP" />
      {skp.catatanKembali && (
        <p className="catatan-verifikator">
          <span className="label-kecil">Dikembalikan penilai:</span> {skp.catatanKembali}
        </p>
      )}
    </div>
  );
}

/** The hasil kerja: each RHK with the atasan's RHK it intervenes (or the PK indicator it comes from), its indicators and targets, and its realisasi. */
export function DaftarRhk({ skp, aksi, lepas }: { skp: Skp, aksi?: (r: Skp['rhk'][number]) => ReactNode, lepas?: (aktivitasId: number) => ReactNode }) {
  if (!skp.rhk.length) return <p className="meta">Belum ada rencana hasil kerja.</p>;
  return (
    <ol className="daftar-rhk" data-testid="daftar-rhk">
      {skp.rhk.map((r) => (
        <li key={r.id} className="kartu">
          <p className="label-kecil">RHK {LABEL_JENIS_RHK[r.jenis]}</p>
          <p>
            <strong>{r.uraian}</strong>
          </p>
          {r.rhkAtasan && <p className="meta">Mengintervensi RHK atasan: {r.rhkAtasan}</p>}
          {r.dariPk && <p className="meta">Dari Perjanjian Kinerja: {r.dariPk.kode} {r.dariPk.uraian}</p>}
          <ul className="daftar-indikator">
            {r.indikator.map((i) => (
              <li key={i.id}>
                <span className="label-kecil">{LABEL_ASPEK[i.aspek]}</span> {i.uraian}: <strong>{i.target}</strong>
              </li>
            ))}
          </ul>
          {r.realisasi.length > 0 && (
            <ul className="daftar-realisasi">
              {r.realisasi.map((x) => (
                <li key={x.id}>
                  <span className="label-kecil">Realisasi {x.labelPeriode}</span> {x.realisasi}
                  {x.namaBukti && (
                    <>
                      {' · '}
                      <a href={alamatTitik(KONTRAK_KINERJA.bukti, { params: { id: x.id } })} target="_blank" rel="noreferrer">bukti: {x.namaBukti}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {r.ringkasAktivitas && <p className="meta" data-testid="ringkas-aktivitas">Bukti dukung: {r.ringkasAktivitas}</p>}
          {r.aktivitas.length > 0 && (
            <details className="rinci-aktivitas">
              <summary>Aktivitas harian tertaut ({r.aktivitas.length})</summary>
              <ul className="daftar-realisasi">
                {r.aktivitas.map((a) => (
                  <li key={a.id}>
                    {formatTanggal(a.tanggal)} · {a.uraian} · {formatAngka(a.kuantitas, Number.isInteger(a.kuantitas) ? 0 : 2)} {a.satuan}{' '}
                    <span className={`lencana lencana-${KELAS_STATUS_AKTIVITAS[a.status]}`}>{a.labelStatus}</span>
                    {lepas?.(a.id)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {aksi?.(r)}
        </li>
      ))}
    </ol>
  );
}

/** Perilaku kerja: the 7 BerAKHLAK values, their standard behaviours and the penilai's ekspektasi khusus. */
export function DaftarPerilaku({ skp }: { skp: Skp }) {
  return (
    <ul className="daftar-perilaku">
      {skp.perilaku.map((p) => (
        <li key={p.kode} className="kartu">
          <strong>{p.label}</strong>
          <small className="sub">{p.uraian.join('; ')}</small>
          <p className="meta">Ekspektasi khusus: {p.ekspektasiKhusus ?? 'belum ditetapkan'}</p>
        </li>
      ))}
    </ul>
  );
}

/** Feedback and dialog kinerja of the year, newest first. */
export function UmpanBalikDialog({ skp }: { skp: Skp }) {
  const rhk = new Map(skp.rhk.map((r) => [r.akarId, r.uraian]));
  const perilaku = new Map(skp.perilaku.map((p) => [p.kode, p.label]));
  return (
    <>
      <h3>Umpan balik</h3>
      {skp.umpanBalik.length === 0 ? <p className="meta">Belum ada umpan balik.</p> : (
        <ul className="daftar-umpan-balik" data-testid="umpan-balik">
          {skp.umpanBalik.map((u) => (
            <li key={u.id}>
              <p>{u.isi}</p>
              <p className="meta">
                {u.oleh} · {formatWaktu(String(u.dibuatPada))}
                {u.rhkAkarId !== null && ` · RHK: ${rhk.get(u.rhkAkarId) ?? ''}`}
                {u.perilakuKode && ` · ${perilaku.get(u.perilakuKode) ?? ''}`}
                {u.labelPeriode && ` · ${u.labelPeriode}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3>Dialog kinerja</h3>
      {skp.dialog.length === 0 ? <p className="meta">Belum ada dialog kinerja.</p> : (
        <ul className="daftar-dialog" data-testid="dialog-kinerja">
          {skp.dialog.map((d) => (
            <li key={d.id}>
              <p>
                <strong>{formatTanggal(d.tanggal)}</strong> · {d.oleh}
              </p>
              <p>{d.catatan}</p>
              <p className="meta">Tindak lanjut: {d.tindakLanjut}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The other versions of the series (revisions keep the earlier ones). */
export function VersiSkp({ skp, buka }: { skp: Skp, buka?: (id: number) => string }) {
  if (skp.versiLain.length < 2) return null;
  return (
    <p className="meta">
      Versi: {skp.versiLain.map((v, i) => (
        <span key={v.id}>
          {i > 0 && ', '}
          {buka && v.id !== skp.id ? <Link to={buka(v.id)}>versi {v.nomorVersi} ({v.labelStatus})</Link> : `versi ${v.nomorVersi} (${v.labelStatus})`}
        </span>
      ))}
    </p>
  );
}

const LABEL_RATING_SKP: Record<string, string> = { di_atas: 'Di atas ekspektasi', sesuai: 'Sesuai ekspektasi', di_bawah: 'Di bawah ekspektasi' };

/** The ratings per period: both ratings with their reasons and the predikat (drafts only to the penilai). */
export function DaftarPenilaian({ skp }: { skp: Skp }) {
  if (!skp.penilaian.length) return <p className="meta">Belum ada penilaian.</p>;
  return (
    <ul className="daftar-perilaku" data-testid="penilaian-skp">
      {skp.penilaian.map((n) => (
        <li key={n.id} className="kartu">
          <div className="kepala-usulan">
            <strong>Penilaian {n.labelPeriode}: {n.labelPredikat}</strong>
            <span className={`lencana lencana-${n.status === 'final' ? 'disetujui' : 'netral'}`}>{n.status === 'final' ? 'Final' : 'Draf'}</span>
          </div>
          <p>Hasil kerja: {LABEL_RATING_SKP[n.ratingHasil]}. {n.alasanHasil}</p>
          <p>Perilaku kerja: {LABEL_RATING_SKP[n.ratingPerilaku]}. {n.alasanPerilaku}</p>
          {n.usulanHasil && (
            <p className="meta">
              Usulan dari capaian unit: {LABEL_RATING_SKP[n.usulanHasil]}
              {n.usulanHasil !== n.ratingHasil ? `; dinilai berbeda karena ${n.alasanBedaUsulan ?? ''}` : ''}
            </p>
          )}
          {n.catatan && <p>Catatan: {n.catatan}</p>}
          <p className="meta">Pejabat penilai: {n.penilai.nama}{n.penilai.jabatan ? `, ${n.penilai.jabatan}` : ''}</p>
          {(n.status === 'final' || skp.boleh.nilai) && <UnduhDokumen skp={skp} jenis="evaluasi" periode={n.periode} label={`Evaluasi ${n.labelPeriode}`} />}
        </li>
      ))}
    </ul>
  );
}

/** Download links of an SKP document (the SKP itself, or the evaluation of a period), PDF and DOCX. */
export function UnduhDokumen({ skp, jenis, periode = 'tahunan', label }: { skp: Skp, jenis: 'rencana' | 'evaluasi', periode?: string, label: string }) {
  const alamat = (format: 'pdf' | 'docx') => alamatTitik(KONTRAK_KINERJA.cetak, { params: { id: skp.id }, query: { jenis, periode: periode as 'tahunan', format } });
  return (
    <p className="baris-tombol unduh-dokumen">
      <a className="tombol sekunder kecil" href={alamat('pdf')} target="_blank" rel="noreferrer" data-testid={`unduh-${jenis}-${periode}-pdf`}>{label} (PDF)</a>
      <a className="tombol sekunder kecil" href={alamat('docx')} download data-testid={`unduh-${jenis}-${periode}-docx`}>{label} (DOCX)</a>
    </p>
  );
}
