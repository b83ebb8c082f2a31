-- A 'kompetensi' area of versi_data (issue 10 item 21): what the JPM list reads besides the
-- pegawai data: the jabatan standards (standar_kompetensi), the assessments and their levels
-- (asesmen_kompetensi, level_asesmen). The list's bands of every active ASN in a reach are kept
-- until one of these (or the 'pegawai' area: a new jabatan, a transfer, a new employee) moves.

alter table versi_data drop constraint versi_data_ranah_check;
alter table versi_data add constraint versi_data_ranah_check check (ranah in ('pegawai', 'usulan', 'sesi', 'kalender', 'kompetensi'));

create constraint trigger standar_kompetensi_versi_data after insert or update or delete on standar_kompetensi deferrable initially deferred
  for each row execute function versi_data_naik('kompetensi');
create trigger standar_kompetensi_versi_data_kosong after truncate on standar_kompetensi for each statement execute function versi_data_kosongkan('kompetensi');
create constraint trigger asesmen_kompetensi_versi_data after insert or update or delete on asesmen_kompetensi deferrable initially deferred
  for each row execute function versi_data_naik('kompetensi');
create trigger asesmen_kompetensi_versi_data_kosong after truncate on asesmen_kompetensi for each statement execute function versi_data_kosongkan('kompetensi');
create constraint trigger level_asesmen_versi_data after insert or update or delete on level_asesmen deferrable initially deferred
  for each row execute function versi_data_naik('kompetensi');
create trigger level_asesmen_versi_data_kosong after truncate on level_asesmen for each statement execute function versi_data_kosongkan('kompetensi');
