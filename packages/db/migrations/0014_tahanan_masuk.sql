-- Login throttling instead of the hard account lock (issue 10, item 4). Five wrong passwords used
-- to lock an account for 15 minutes whoever typed them, so anyone could lock anyone out (admin BKD
-- included), and only existing names were ever locked, which told which names exist.
--
-- Failures are now counted per login name as typed (existing or not) and client address: the
-- pair, the address over all names and the name over all addresses each earn growing waits
-- (modules/akun/src/tahanan-masuk.ts). An address where the name has logged in before is not
-- held by the failures of other addresses, so a stranger cannot keep the owner out. The table is
-- keyed by name, not by account, so an unknown name is held exactly like a real one.
create table gagal_masuk (
  instansi_id        bigint not null references instansi (instansi_id),
  nama_pengguna      text not null,
  alamat_ip          text not null,
  -- failures within the window (24 hours after the last one; an older count starts again at 1)
  jumlah             integer not null default 0,
  gagal_terakhir     timestamptz,
  -- the last successful login of this name from this address: a known address of the owner
  berhasil_terakhir  timestamptz,
  primary key (instansi_id, nama_pengguna, alamat_ip)
);
create index gagal_masuk_alamat on gagal_masuk (instansi_id, alamat_ip);

alter table akun drop column gagal_berturut;
alter table akun drop column terkunci_sampai;
-- When the owner was last told of many failed attempts on their account (once a day at most).
alter table akun add column peringatan_gagal_pada timestamptz;
