DROP TABLE first_half;
