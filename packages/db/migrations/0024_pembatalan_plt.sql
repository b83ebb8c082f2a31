-- Issue 11 leftovers: cancelling an approved leave request (modules/cuti) and who acts for an
-- atasan who is away (plt / delegate, modules/cuti). instansi_id leads every key; runs unchanged
-- on PGlite and PostgreSQL 15+.

-- An approved request that is cancelled keeps its row: `sampai` becomes the day before the
-- employee is back at work and `sampai_semula` keeps the approved last day. Cancelled before its
-- first day, the range is empty (sampai = dari - 1), so every reader of the days (status of the
-- day, the balance, check-in points, the activity log) sees no day without a special case.
alter table usulan_cuti add column sampai_semula date;
alter table usulan_cuti add column hari_kerja_semula integer;
alter table usulan_cuti drop constraint usulan_cuti_check;
alter table usulan_cuti add constraint usulan_cuti_rentang check (sampai >= dari or (sampai_semula is not null and sampai = dari - 1));

-- The ASN's request to cancel an approved leave request (its own engine request, jenis
-- 'pembatalan_cuti', same id): from `mulai` on the employee is back at work.
create table pembatalan_cuti (
  instansi_id    bigint not null,
  usulan_id      bigint not null,
  usulan_cuti_id bigint not null,
  mulai          date not null,
  alasan         text not null,
  -- Working days returned to the employee (computed when asked, again when approved).
  hari_kembali   integer not null check (hari_kembali >= 0),
  dibuat_pada    timestamptz not null default now(),
  primary key (instansi_id, usulan_id),
  foreign key (instansi_id, usulan_id) references usulan_layanan (instansi_id, id),
  foreign key (instansi_id, usulan_cuti_id) references usulan_cuti (instansi_id, usulan_id)
);
create index pembatalan_cuti_usulan on pembatalan_cuti (instansi_id, usulan_cuti_id);
