CREATE TABLE price (item_id INT NOT NULL, amount DECIMAL(10, 2) NOT NULL);
INSERT INTO no_such_table VALUES (1);
