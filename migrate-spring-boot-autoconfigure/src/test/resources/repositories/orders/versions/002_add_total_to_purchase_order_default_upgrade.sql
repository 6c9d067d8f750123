ALTER TABLE purchase_order ADD COLUMN total DECIMAL(10, 2);
