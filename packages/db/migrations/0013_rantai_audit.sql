-- The audit log as a hash chain. Each entry carries its number in its instansi's chain
-- (`urutan`), the hash of the entry before it and its own hash over a canonical serialization of
-- its fields (audit_log_hash). A BEFORE INSERT trigger, owned by the migration (owner) role and
-- running with its rights (security definer), numbers and hashes every new entry under a row lock
-- on the chain's tail (audit_rantai), so the chain stays linear when many transactions write at
-- once, and stamps the time from the database clock: whatever time or hash the caller sends is
-- replaced. The runtime role gets INSERT and SELECT on audit_log only (see README, "Peran basis
-- data"): it can neither switch the trigger off nor rewrite an entry, and a change made by the
-- owner shows up when the chain is checked (`simasn audit periksa`, page Keutuhan Jejak Audit).

alter table audit_log add column urutan bigint, add column hash_sebelum text, add column hash text;

-- The chain's tail per instansi: number and hash of the last entry. Only the trigger writes it.
create table audit_rantai (
  instansi_id  bigint primary key,
  urutan       bigint not null,
  hash         text not null
);

-- One row. `waktu_dari_aplikasi` is set only in test databases (packages/db/src/uji.ts) whose
-- tests run on their own clock; in production the database clock stamps every entry.
create table audit_pengaturan (
  satu                 boolean primary key default true check (satu),
  waktu_dari_aplikasi  boolean not null default false
);
insert into audit_pengaturan default values;

-- The canonical serialization: a JSON array of the fields in a fixed order, time in UTC to the
-- microsecond (independent of the session's TimeZone), jsonb's own normalized text for
-- before/after. SHA-256, hex.
create function audit_log_hash(a audit_log) returns text language sql stable as $$
  select encode(sha256(convert_to(jsonb_build_array(
    a.instansi_id, a.id, a.urutan, to_char(a.waktu at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    a.akun_id, a.nama_pengguna, a.peran, a.aksi, a.entitas, a.entitas_id, a.pegawai_id,
    a.sebelum, a.sesudah, a.alamat_ip, a.keterangan, a.hash_sebelum)::text, 'UTF8')), 'hex')
$$;

-- Per row: under the lock on the chain's tail row, the entry before is the newer of the tail
-- (entries of earlier statements) and the last entry this statement has written already (rows
-- processed earlier in the same statement are visible here). The tail row itself is written once
-- per statement (audit_log_rantai_ekor): updating it per row would leave one dead version per
-- row inside the transaction, and a 7,000-row import would walk them all at every row.
create function audit_log_rantai() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
declare
  ekor_urutan bigint;
  ekor_hash text;
  akhir_urutan bigint;
  akhir_hash text;
  nama text;
begin
  select urutan, hash into ekor_urutan, ekor_hash from audit_rantai where instansi_id = new.instansi_id for update;
  if not found then
    insert into audit_rantai (instansi_id, urutan, hash) values (new.instansi_id, 0, '') on conflict (instansi_id) do nothing;
    select urutan, hash into ekor_urutan, ekor_hash from audit_rantai where instansi_id = new.instansi_id for update;
  end if;
  select urutan, hash into akhir_urutan, akhir_hash from audit_log
   where instansi_id = new.instansi_id and urutan > ekor_urutan order by urutan desc limit 1;
  if akhir_urutan is not null then
    ekor_urutan := akhir_urutan;
    ekor_hash := akhir_hash;
  end if;
  -- After the lock: the chain's times never run backwards.
  if new.waktu is null or not (select waktu_dari_aplikasi from audit_pengaturan) then
    new.waktu := clock_timestamp();
  end if;
  -- The account's own name, not one the caller wrote beside its id.
  if new.akun_id is not null then
    select nama_pengguna into nama from akun where instansi_id = new.instansi_id and id = new.akun_id;
    if found then new.nama_pengguna := nama; end if;
  end if;
  new.urutan := ekor_urutan + 1;
  new.hash_sebelum := ekor_hash;
  -- The expression of audit_log_hash, inline (a call per row costs more than the hash itself);
  -- the chain check recomputes it with audit_log_hash, so the two cannot drift apart unnoticed.
  new.hash := encode(sha256(convert_to(jsonb_build_array(
    new.instansi_id, new.id, new.urutan, to_char(new.waktu at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    new.akun_id, new.nama_pengguna, new.peran, new.aksi, new.entitas, new.entitas_id, new.pegawai_id,
    new.sebelum, new.sesudah, new.alamat_ip, new.keterangan, new.hash_sebelum)::text, 'UTF8')), 'hex');
  return new;
end $$;

-- After each statement: the tail moves to the last entry written (the lock is still held).
create function audit_log_rantai_ekor() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
begin
  update audit_rantai r set urutan = a.urutan, hash = a.hash
    from (select distinct on (instansi_id) instansi_id, urutan, hash from baru order by instansi_id, urutan desc) a
   where r.instansi_id = a.instansi_id and a.urutan > r.urutan;
  return null;
end $$;

-- Entries written before this migration join the chain in the order they were written.
alter table audit_log disable trigger audit_log_tanpa_ubah;
do $$
declare
  r record;
  ekor_urutan bigint := 0;
  ekor_hash text := '';
  instansi bigint := null;
  a audit_log;
begin
  for r in select instansi_id, id from audit_log order by instansi_id, waktu, id loop
    if instansi is distinct from r.instansi_id then
      if instansi is not null then
        insert into audit_rantai values (instansi, ekor_urutan, ekor_hash);
      end if;
      instansi := r.instansi_id; ekor_urutan := 0; ekor_hash := '';
    end if;
    select * into a from audit_log where instansi_id = r.instansi_id and id = r.id;
    a.urutan := ekor_urutan + 1;
    a.hash_sebelum := ekor_hash;
    a.hash := audit_log_hash(a);
    update audit_log set urutan = a.urutan, hash_sebelum = a.hash_sebelum, hash = a.hash where instansi_id = r.instansi_id and id = r.id;
    ekor_urutan := a.urutan; ekor_hash := a.hash;
  end loop;
  if instansi is not null then
    insert into audit_rantai values (instansi, ekor_urutan, ekor_hash);
  end if;
end $$;
alter table audit_log enable trigger audit_log_tanpa_ubah;

create unique index audit_log_urutan on audit_log (instansi_id, urutan);
create trigger audit_log_rantai before insert on audit_log for each row execute function audit_log_rantai();
create trigger audit_log_rantai_ekor after insert on audit_log referencing new table as baru for each statement execute function audit_log_rantai_ekor();

-- Whoever is not the owner may call neither the trigger function nor touch the tail directly.
revoke all on audit_rantai, audit_pengaturan from public;
revoke execute on function audit_log_rantai(), audit_log_rantai_ekor() from public;
