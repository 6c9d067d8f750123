package dev.migrate.core.model.blog.length;

import dev.migrate.core.model.blog.PostColumns;
import dev.migrate.core.model.blog.TagColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The blog with a changed length: an author's name takes 150 characters. */
public final class Blog {

	private Blog() {
	}

	/** An author. */
	@Entity
	@Table(name = "author")
	public static class Author {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		Long id;

		@Column(length = 150, nullable = false)
		String name;

		@Column(length = 200, unique = true)
		String email;

	}

	/** A post. */
	@Entity
	@Table(name = "post", indexes = { @Index(name = "ix_post_title", columnList = "title") })
	public static class Post extends PostColumns {

		@Column(length = 4000)
		String body;

		@ManyToOne(optional = false)
		@JoinColumn(name = "author_id")
		Author author;

	}

	/** A tag. */
	@Entity
	@Table(name = "tag")
	public static class Tag extends TagColumns {

	}

}
