-- cloud-prohibition: programs enacted by agencies (the built-in ones are code: DefaultPrograms).
-- Every enactment or amendment is a new revision; nothing is deleted.
create table program_revision (
    id              bigserial primary key,
    program_id      text not null,
    revision        integer not null,
    effective_from  date not null,
    effective_to    date,
    data            jsonb not null,
    recorded_by     text not null,
    recorded_at     timestamptz not null,
    unique (program_id, revision)
);

create table request_log (
    request_id   text primary key,
    operation    text not null,
    result_ref   text not null,
    created_at   timestamptz not null default now()
);
