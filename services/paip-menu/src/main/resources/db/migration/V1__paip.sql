-- paip-menu: identifications in reports, sanction packages, waivers, and the outbox that
-- carries the designations a package implies to designation-lists exactly once.
create table identification (
    id            text primary key,
    report_year   integer not null,
    clause        text not null,
    data          jsonb not null,
    recorded_at   timestamptz not null
);
create index identification_by_year on identification(report_year);

create table sanction_package (
    id                 text primary key,
    identification_id  text not null references identification(id),
    status             text not null,
    data               jsonb not null,
    recorded_at        timestamptz not null,
    updated_at         timestamptz not null
);

create table outbox (
    id            text primary key,
    package_id    text not null references sanction_package(id),
    kind          text not null,
    payload       jsonb not null,
    state         text not null,
    attempts      integer not null default 0,
    last_error    text,
    result_ref    text,
    created_at    timestamptz not null,
    done_at       timestamptz
);
create index outbox_pending on outbox(state) where state = 'PENDING';

create table request_log (
    request_id   text primary key,
    operation    text not null,
    result_ref   text not null,
    created_at   timestamptz not null default now()
);
