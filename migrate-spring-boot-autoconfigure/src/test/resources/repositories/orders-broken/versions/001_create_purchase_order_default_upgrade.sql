CREATE TABLE purchase_order (
    id BIGINT NOT NULL PRIMARY KEY,
    customer VARCHAR(100) NOT NULL
);
