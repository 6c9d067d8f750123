package dev.migrate.autoconfigure.model.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The article of the repository {@code repositories/model}, as its version 1 creates it. */
@Entity
public class Article {

	@Id
	private Long id;

	@Column(length = 100, nullable = false)
	private String title;

	@Column(length = 4000)
	private String body;

	protected Article() {
	}

	public Article(Long id, String title, String body) {
		this.id = id;
		this.title = title;
		this.body = body;
	}

	public Long getId() {
		return this.id;
	}

}
