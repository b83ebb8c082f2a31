-- The month's payroll (daftar gaji) as the finance office's payroll application (GPP / SIMGAJI,
-- BKAD) produced it, imported by admin BKD / BKAD (modules/tpp): per ASN the gaji pokok and the
-- tunjangan melekat, and their total "gaji dan tunjangan" (kotor), the base of the BPJS Kesehatan
-- cap in the TPP month (RULES.md section 10). SIMASN does not recompute payroll: an ASN without a
-- row here falls back to the gaji pokok of riwayat gaji (tunjangan not included, said in the row's
-- origin). Each row keeps where it came from (file, who, when); a later import of the same ASN
-- and month replaces the row.
create table tpp_gaji_bulan (
  instansi_id         bigint not null references instansi (instansi_id),
  bulan               date not null check (extract(day from bulan) = 1),
  pegawai_id          bigint not null,
  -- As in SIMASN when imported (the list is searched and shown without reading pegawai).
  nip                 text not null,
  nama                text not null,
  gaji_pokok          bigint not null check (gaji_pokok >= 0),
  tunjangan_keluarga  bigint not null default 0 check (tunjangan_keluarga >= 0),
  tunjangan_jabatan   bigint not null default 0 check (tunjangan_jabatan >= 0),
  tunjangan_umum      bigint not null default 0 check (tunjangan_umum >= 0),
  tunjangan_beras     bigint not null default 0 check (tunjangan_beras >= 0),
  tunjangan_lain      bigint not null default 0 check (tunjangan_lain >= 0),
  jumlah_kotor        bigint not null,
  nama_berkas         text not null,
  diimpor_oleh        bigint,
  nama_pengimpor      text,
  diimpor_pada        timestamptz not null,
  primary key (instansi_id, bulan, pegawai_id),
  check (jumlah_kotor = gaji_pokok + tunjangan_keluarga + tunjangan_jabatan + tunjangan_umum + tunjangan_beras + tunjangan_lain)
);
create index tpp_gaji_bulan_nama on tpp_gaji_bulan (instansi_id, bulan, nama);
