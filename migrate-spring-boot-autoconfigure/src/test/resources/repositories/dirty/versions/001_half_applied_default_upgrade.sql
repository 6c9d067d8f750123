-- migrate:no-transaction
CREATE TABLE first_half (id INTEGER);
CREATE TABLE first_half (id INTEGER);
