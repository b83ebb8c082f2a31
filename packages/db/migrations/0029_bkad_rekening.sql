-- The BKAD role (keuangan: reads locked TPP months, the daftar nominatif and the bank file) and the
-- pegawai's bank account for the TPP transfer (kepegawaian; the account number is encrypted at rest).
alter table akun_peran drop constraint akun_peran_peran_check;
alter table akun_peran add constraint akun_peran_peran_check
  check (peran in ('asn', 'atasan', 'admin_opd', 'verifikator_bkd', 'admin_bkd', 'pimpinan', 'perencana', 'inspektorat', 'bkad'));

alter table pegawai add column nama_bank text;
alter table pegawai add column nomor_rekening text;
