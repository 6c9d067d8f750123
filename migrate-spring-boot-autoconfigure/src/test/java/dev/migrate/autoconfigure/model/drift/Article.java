package dev.migrate.autoconfigure.model.drift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The article with a field that no changeset adds yet: the model is one column ahead of the database. */
@Entity
public class Article {

	@Id
	private Long id;

	@Column(length = 100, nullable = false)
	private String title;

	@Column(length = 4000)
	private String body;

	@Column(length = 200)
	private String summary;

	protected Article() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSummary() {
		return this.summary;
	}

}
