-- The request and the answer of a screening are stored in the contract's own binary encoding
-- (chokepoint.api.screening.v1.CreateScreeningRequest / Screening). Printing both as JSON with
-- protobuf's JsonFormat, and PostgreSQL parsing that into jsonb, cost a fifth of the gateway's CPU
-- per screening and most of the database's (docs/benchmarks.md, session 5). Field numbers in proto/
-- never change (buf lint, reserved numbers), so a record stays readable for its ten years.
-- Rows written before this migration keep their JSON and are read from it.
alter table screening add column request_pb bytea;
alter table screening add column response_pb bytea;
alter table screening alter column request drop not null;
alter table screening alter column response drop not null;
alter table screening add constraint screening_has_request check (request is not null or request_pb is not null);
alter table screening add constraint screening_has_response check (response is not null or response_pb is not null);
