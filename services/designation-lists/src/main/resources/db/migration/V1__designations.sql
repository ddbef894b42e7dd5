-- designation-lists schema. Nothing is ever deleted: amendments and removals are new rows
-- with effective dates, so any past day has one exact answer.

create table list_def (
    id          text primary key,
    authority   text not null,
    name        text not null,
    created_at  timestamptz not null default now()
);

-- One version per import or agency write batch.
create table list_version (
    id            text primary key,
    list_id       text not null references list_def(id),
    effective_on  date not null,
    loaded_at     timestamptz not null,
    checksum      text,
    format        text not null,
    source        text,
    added         integer not null default 0,
    changed       integer not null default 0,
    removed       integer not null default 0,
    unchanged     integer not null default 0,
    active        boolean not null default true
);
create index list_version_by_list on list_version(list_id, effective_on desc, loaded_at desc);

create table designation (
    id                text primary key,
    list_id           text not null references list_def(id),
    source_record_id  text,
    created_at        timestamptz not null default now()
);
create unique index designation_source_key on designation(list_id, source_record_id) where source_record_id is not null;

-- The text of a designation from effective_from until effective_to (exclusive, null = open).
-- A removal is a revision with removed = true.
create table designation_revision (
    id               bigserial primary key,
    designation_id   text not null references designation(id),
    revision         integer not null,
    effective_from   date not null,
    effective_to     date,
    removed          boolean not null default false,
    removal_reason   text,
    primary_name     text not null,
    search_text      text not null,
    countries        text not null default '',
    programs         text not null default '',
    data             jsonb not null,
    fingerprint      text not null,
    list_version_id  text references list_version(id),
    recorded_at      timestamptz not null default now(),
    unique (designation_id, revision)
);
create index designation_revision_by_designation on designation_revision(designation_id, effective_from);
create index designation_revision_open on designation_revision(designation_id) where effective_to is null;

-- Idempotency of writes (AIP-155): a retried request id returns its first result.
create table request_log (
    request_id   text primary key,
    operation    text not null,
    result_ref   text not null,
    created_at   timestamptz not null default now()
);

-- Every committed change, for WatchChanges and the in-memory index.
create table change_event (
    sequence         bigserial primary key,
    kind             text not null,
    designation_id   text,
    list_id          text,
    list_version_id  text,
    effective_on     date,
    committed_at     timestamptz not null default now()
);

-- Parties known to the ownership graph: designations, or unlisted companies and people.
create table party_entity (
    id              text primary key,
    designation_id  text references designation(id),
    kind            text not null,
    name            text not null,
    countries       text not null default '',
    data            jsonb not null,
    created_at      timestamptz not null default now()
);
create unique index party_entity_designation on party_entity(designation_id) where designation_id is not null;

create table ownership (
    id               text primary key,
    owner_entity     text not null references party_entity(id),
    owned_entity     text not null references party_entity(id),
    percent          numeric(9,6),
    percent_unknown  boolean not null default false,
    effective_from   date not null,
    effective_to     date,
    source           text,
    recorded_at      timestamptz not null default now(),
    check (percent_unknown or (percent > 0 and percent <= 100)),
    check (effective_to is null or effective_to > effective_from)
);
create index ownership_by_owned on ownership(owned_entity);
create index ownership_by_owner on ownership(owner_entity);

create table officer_link (
    id               text primary key,
    person_name      text not null,
    entity_id        text not null references party_entity(id),
    role             text not null,
    effective_from   date not null,
    effective_to     date,
    source           text,
    recorded_at      timestamptz not null default now()
);
