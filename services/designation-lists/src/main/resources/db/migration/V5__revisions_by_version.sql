-- The name index applies a list version by reading the revisions it wrote (and the ones they
-- succeeded): find them by version instead of scanning every revision ever recorded.
create index designation_revision_by_version on designation_revision(list_version_id);
