DROP TABLE article;
