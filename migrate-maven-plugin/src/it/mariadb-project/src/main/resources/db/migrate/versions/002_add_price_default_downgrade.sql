DROP TABLE price;
