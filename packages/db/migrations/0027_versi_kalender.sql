-- A 'kalender' area of versi_data (issue 10 item 21): what a working-day count reads besides the
-- pegawai data: the units' calendars (kalender_unit), the holiday lists (daftar_libur, hari_libur)
-- and the shift roster (jadwal_shift). The monthly attendance trend keeps its person-days due
-- until one of these (or the 'pegawai' area: a transfer, a new employee) moves.

alter table versi_data drop constraint versi_data_ranah_check;
alter table versi_data add constraint versi_data_ranah_check check (ranah in ('pegawai', 'usulan', 'sesi', 'kalender'));

create constraint trigger kalender_unit_versi_data after insert or update or delete on kalender_unit deferrable initially deferred
  for each row execute function versi_data_naik('kalender');
create trigger kalender_unit_versi_data_kosong after truncate on kalender_unit for each statement execute function versi_data_kosongkan('kalender');
create constraint trigger daftar_libur_versi_data after insert or update or delete on daftar_libur deferrable initially deferred
  for each row execute function versi_data_naik('kalender');
create trigger daftar_libur_versi_data_kosong after truncate on daftar_libur for each statement execute function versi_data_kosongkan('kalender');
create constraint trigger hari_libur_versi_data after insert or update or delete on hari_libur deferrable initially deferred
  for each row execute function versi_data_naik('kalender');
create trigger hari_libur_versi_data_kosong after truncate on hari_libur for each statement execute function versi_data_kosongkan('kalender');
create constraint trigger jadwal_shift_versi_data after insert or update or delete on jadwal_shift deferrable initially deferred
  for each row execute function versi_data_naik('kalender');
create trigger jadwal_shift_versi_data_kosong after truncate on jadwal_shift for each statement execute function versi_data_kosongkan('kalender');
