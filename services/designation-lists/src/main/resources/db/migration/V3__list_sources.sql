-- List sources (configured URLs or watched directories) and what their refreshes did.
-- The configuration itself lives in application config; these rows are the state that must
-- survive restarts and be shared by replicas: validators for conditional requests, the
-- checksum of the content imported (or refused), failures in a row, and when to try next.
create table list_source (
    name                  text primary key,
    format                text not null,
    last_attempt_at       timestamptz,
    -- the source answered with the content that is active (imported, unchanged or 304)
    last_success_at       timestamptz,
    last_import_at        timestamptz,
    last_outcome          text,
    last_reason           text,
    last_message          text,
    consecutive_failures  integer not null default 0,
    next_attempt_at       timestamptz,
    -- per part: {"sdn": {"location": ..., "etag": ..., "lastModified": ..., "size": ...}}
    parts                 jsonb not null default '{}'::jsonb,
    imported_checksum     text,
    effective_on          date,
    -- list version ids the last import made or confirmed, comma-separated
    list_versions         text,
    -- a downloaded file the importer refused; it waits for RefreshSource(force=true)
    refused_checksum      text,
    refused_reason        text,
    updated_at            timestamptz not null default now()
);

-- One row per refresh: when, why (schedule or a person), and what came of it. An audit trail
-- of the fetching itself, next to the list versions the imports made.
create table list_source_run (
    id            bigserial primary key,
    source_name   text not null references list_source(name),
    started_at    timestamptz not null,
    finished_at   timestamptz not null,
    trigger       text not null,
    requested_by  text,
    forced        boolean not null default false,
    outcome       text not null,
    reason        text,
    message       text,
    attempts      integer not null default 0,
    checksum      text,
    effective_on  date,
    list_versions text
);
create index list_source_run_by_source on list_source_run(source_name, started_at desc);
