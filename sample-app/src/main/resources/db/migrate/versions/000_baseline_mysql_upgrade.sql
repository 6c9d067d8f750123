-- The schema of version 0 on MySQL and MariaDB, which name an identity column AUTO_INCREMENT and have
-- LONGTEXT for text of any length: run only on an empty database.
CREATE TABLE page (
    id INT AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(100),
    content LONGTEXT NOT NULL
);
CREATE TABLE users (
    id INT AUTO_INCREMENT PRIMARY KEY,
    login VARCHAR(30) NOT NULL UNIQUE
);
CREATE TABLE actor (
    id INT PRIMARY KEY,
    name VARCHAR(20) NOT NULL
);
