package dev.migrate.core.model.blog.renamed;

import dev.migrate.core.model.blog.AuthorColumns;
import dev.migrate.core.model.blog.PostColumns;
import dev.migrate.core.model.blog.TagColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The blog with a renamed field: a post's body is its content. */
public final class Blog {

	private Blog() {
	}

	/** An author. */
	@Entity
	@Table(name = "author")
	public static class Author extends AuthorColumns {

	}

	/** A post. */
	@Entity
	@Table(name = "post", indexes = { @Index(name = "ix_post_title", columnList = "title") })
	public static class Post extends PostColumns {

		@Column(length = 4000)
		String content;

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
