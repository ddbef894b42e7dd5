-- When the source of a list version was last confirmed unchanged (freshness is measured from it).
alter table list_version add column checked_at timestamptz;
update list_version set checked_at = loaded_at;
alter table list_version alter column checked_at set not null;
