-- Refers to a table that no version creates, so the upgrade fails.
ALTER TABLE no_such_table ADD COLUMN slug VARCHAR(100);
