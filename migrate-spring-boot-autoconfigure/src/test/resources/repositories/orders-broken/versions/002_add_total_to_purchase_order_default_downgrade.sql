ALTER TABLE purchase_order DROP COLUMN total;
