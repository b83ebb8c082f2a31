-- Issue 12 items 2-4 (modules/kinerja): the periodic evaluation's notes, the unit head's hasil
-- kerja rating proposed from the unit's capaian in SAKIP (kept with its figures, and the
-- atasan's reason when the rating differs), and the daily activities an ASN links to an RHK of
-- their SKP (approved ones count toward its realisasi). Runs unchanged on PGlite and PostgreSQL 15+.

-- The periodic evaluation (monthly or quarterly, rule data) adds a general note of the period;
-- a unit head's rating keeps the proposal it was given (rating and figures) and, when the atasan
-- rated otherwise, the written reason.
alter table skp_penilaian add column catatan text check (catatan is null or length(catatan) between 3 and 4000);
alter table skp_penilaian add column usulan_hasil text check (usulan_hasil is null or usulan_hasil in ('di_atas', 'sesuai', 'di_bawah'));
alter table skp_penilaian add column usulan_rincian jsonb;
alter table skp_penilaian add column alasan_beda_usulan text check (alasan_beda_usulan is null or length(alasan_beda_usulan) between 10 and 2000);
alter table skp_penilaian add constraint skp_penilaian_beda_usulan
  check (usulan_hasil is null or usulan_hasil = rating_hasil or alasan_beda_usulan is not null);

-- A daily activity (modules/aktivitas' aktivitas_harian) linked by its ASN to one RHK of their
-- SKP (by series and RHK root, so a revision keeps it). One RHK per activity. Owned by kinerja:
-- the activity log itself is not changed.
create table skp_aktivitas (
  instansi_id      bigint not null,
  aktivitas_id     bigint not null,
  skp_seri_id      bigint not null,
  rhk_akar_id      bigint not null,
  oleh_akun        bigint,
  ditautkan_pada   timestamptz not null default now(),
  primary key (instansi_id, aktivitas_id),
  foreign key (instansi_id, aktivitas_id) references aktivitas_harian (instansi_id, id) on delete cascade,
  foreign key (instansi_id, skp_seri_id) references skp (instansi_id, id)
);
create index skp_aktivitas_rhk on skp_aktivitas (instansi_id, skp_seri_id, rhk_akar_id);
