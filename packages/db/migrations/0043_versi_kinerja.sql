-- A 'kinerja' area of versi_data (issue 10 item 21): what the SKP progress per unit reads besides
-- the pegawai data: the SKP of the year and their realisasi. The progress of every active ASN in a
-- reach is kept until one of these (or the 'pegawai' area) moves.

alter table versi_data drop constraint versi_data_ranah_check;
alter table versi_data add constraint versi_data_ranah_check check (ranah in ('pegawai', 'usulan', 'sesi', 'kalender', 'kompetensi', 'kinerja'));

create constraint trigger skp_versi_data after insert or update or delete on skp deferrable initially deferred
  for each row execute function versi_data_naik('kinerja');
create trigger skp_versi_data_kosong after truncate on skp for each statement execute function versi_data_kosongkan('kinerja');
create constraint trigger skp_realisasi_versi_data after insert or update or delete on skp_realisasi deferrable initially deferred
  for each row execute function versi_data_naik('kinerja');
create trigger skp_realisasi_versi_data_kosong after truncate on skp_realisasi for each statement execute function versi_data_kosongkan('kinerja');
