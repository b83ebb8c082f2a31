-- Kenaikan pangkat and pensiun (issue 5) ride on the workflow engine of 0008 (usulan_layanan).
-- This migration adds the local population register: the data the population-data adapter
-- (modules/layanan/src/kependudukan/) answers from when no Dukcapil web service is configured
-- (tests, the demo, an installation without a data-sharing agreement yet). Rows mirror what
-- Dukcapil returns for a NIK: the person and their family card (no_kk).
create table kependudukan_lokal (
  instansi_id    bigint not null references instansi (instansi_id),
  nik            text not null check (nik ~ '^[0-9]{16}$'),
  no_kk          text not null check (no_kk ~ '^[0-9]{16}$'),
  nama           text not null check (length(trim(nama)) > 0),
  tanggal_lahir  date,
  jenis_kelamin  text check (jenis_kelamin in ('L', 'P')),
  hubungan       text not null check (hubungan in ('kepala_keluarga', 'suami', 'istri', 'anak', 'orang_tua', 'mertua', 'famili_lain', 'lainnya')),
  meninggal      boolean not null default false,
  diperbarui_pada timestamptz not null default now(),
  primary key (instansi_id, nik)
);
create index kependudukan_lokal_kk on kependudukan_lokal (instansi_id, no_kk);
