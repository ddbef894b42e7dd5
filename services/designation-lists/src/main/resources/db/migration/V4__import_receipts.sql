-- What each import of a file did, so that the same file again (a scheduled refresh, a retried
-- upload) is answered from here when nothing has been written to its lists since, instead of
-- parsing and comparing the whole file again. Written in the import's own transaction.
create table import_receipt (
    receipt_key  text primary key,   -- SHA-256 of: file checksum, format, effective date, custom list, list scope
    checksum     text not null,
    format       text not null,
    effective_on date not null,
    -- one line per list: list id, newest list version after the import (any format), version
    -- reported to the caller, its effective date, entries of the list in the file (tab-separated)
    lists        text not null,
    warnings     text not null,
    recorded_at  timestamptz not null
);
