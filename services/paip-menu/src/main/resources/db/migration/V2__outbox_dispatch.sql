-- The outbox as a state machine: rows are dispatched in order (position within a package), not before
-- their date (a sunset removal waits for 2030-01-05), after the row they depend on (a removal needs the
-- designation its create row produced), and with a back-off between attempts.
alter table outbox add column position integer not null default 0;
alter table outbox add column not_before date;
alter table outbox add column depends_on text references outbox(id);
alter table outbox add column next_attempt_at timestamptz;
create index outbox_by_package on outbox(package_id, position);
create index package_by_identification on sanction_package(identification_id);
