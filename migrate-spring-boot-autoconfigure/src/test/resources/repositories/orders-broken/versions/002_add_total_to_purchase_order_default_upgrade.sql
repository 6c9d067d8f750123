-- a typo in the table's name: this changeset fails on every database
ALTER TABLE purchase_ordr ADD COLUMN total DECIMAL(10, 2);
