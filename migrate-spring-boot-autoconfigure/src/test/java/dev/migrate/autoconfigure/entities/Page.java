package dev.migrate.autoconfigure.entities;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The page of the test repository's baseline, with the columns that versions 1 and 3 add. */
@Entity
public class Page {

	@Id
	private Long id;

	@Column(length = 100)
	private String title;

	@Column(length = 4000, nullable = false)
	private String content;

	private LocalDateTime ctime;

	@Column(length = 100)
	private String slug;

	protected Page() {
	}

	public Page(Long id, String title, String content, String slug) {
		this.id = id;
		this.title = title;
		this.content = content;
		this.slug = slug;
		this.ctime = LocalDateTime.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

}
