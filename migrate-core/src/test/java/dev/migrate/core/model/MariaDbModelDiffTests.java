package dev.migrate.core.model;

import dev.migrate.core.contract.MariaDbContractTests;
import dev.migrate.core.testing.TestDatabase;

/**
 * The JPA model diff on MariaDB: an unnamed foreign key's index (named after its column) is the key's,
 * {@code RESTRICT} is {@code NO ACTION}, and sequences are read from the database.
 */
class MariaDbModelDiffTests extends ModelDiffContractTests {

	@Override
	protected TestDatabase createDatabase() {
		return MariaDbContractTests.database(MariaDbModelDiffTests.class);
	}

	@Override
	protected String baseSchema() {
		return """
				CREATE TABLE author (
				    id BIGINT AUTO_INCREMENT PRIMARY KEY,
				    name VARCHAR(100) NOT NULL,
				    email VARCHAR(200) UNIQUE
				);
				CREATE TABLE post (
				    id BIGINT AUTO_INCREMENT PRIMARY KEY,
				    title VARCHAR(200) NOT NULL,
				    status VARCHAR(20) NOT NULL DEFAULT 'draft',
				    votes INTEGER NOT NULL DEFAULT 0,
				    price NUMERIC(10, 2),
				    published_at DATETIME(6),
				    body VARCHAR(4000),
				    author_id BIGINT NOT NULL,
				    FOREIGN KEY (author_id) REFERENCES author (id)
				);
				CREATE INDEX ix_post_title ON post (title);
				CREATE SEQUENCE tag_seq START WITH 1 INCREMENT BY 10;
				CREATE TABLE tag (
				    id BIGINT PRIMARY KEY,
				    label VARCHAR(50) NOT NULL
				);
				""";
	}

	@Override
	protected String varchar() {
		return "varchar";
	}

}
