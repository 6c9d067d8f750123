-- A page's content is text of any length, as the entity maps it (@Column(length = Length.LONG32)): Hibernate's
-- type for that on H2 is a CLOB, where the baseline made a VARCHAR.
ALTER TABLE page ALTER COLUMN content SET DATA TYPE CLOB;
