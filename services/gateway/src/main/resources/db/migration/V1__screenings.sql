-- gateway: the audit record of every screening (31 CFR 501.601: keep for at least 10 years).
create table screening (
    id             text primary key,
    tenant         text not null,
    subject        text not null,
    created_at     timestamptz not null,
    as_of          date not null,
    verdict        text not null,
    service_type   text not null,
    customer_name  text not null,
    request        jsonb not null,
    response       jsonb not null,
    list_versions  jsonb not null,
    retain_until   date not null
);
create index screening_by_tenant on screening(tenant, created_at desc);
