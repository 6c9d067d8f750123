package dev.migrate.sample.cms;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.Length;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.generator.EventType;
import org.jspecify.annotations.Nullable;

/**
 * A page of the CMS. The baseline had id, title and content; version 1 added {@code ctime}, filled by
 * the database; version 2 added its author; version 3 its tags; version 5 made its content a CLOB on H2.
 */
@Entity
@Table(name = "page", indexes = @Index(name = "ix_page_created_by_id", columnList = "created_by_id"))
public class Page {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Integer id;

	@Column(length = 100)
	private @Nullable String title;

	/** Text of any length: {@code text} on PostgreSQL, a {@code CLOB} on H2 (version 5). */
	@Column(nullable = false, length = Length.LONG32)
	private String content;

	@Generated(event = EventType.INSERT)
	@Column(nullable = false, insertable = false, updatable = false)
	private @Nullable LocalDateTime ctime;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "created_by_id")
	private @Nullable User createdBy;

	/** Version 3's join table: its rows go with their page (and their tag), and it is indexed by tag. */
	@ManyToMany
	@JoinTable(name = "page_tag", joinColumns = @JoinColumn(name = "page_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"),
			indexes = @Index(name = "ix_page_tag_tag_id", columnList = "tag_id"))
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Set<Tag> tags = new LinkedHashSet<>();

	protected Page() {
		this.content = "";
	}

	public Page(@Nullable String title, String content, @Nullable User createdBy) {
		this.title = title;
		this.content = content;
		this.createdBy = createdBy;
	}

	public @Nullable Integer getId() {
		return this.id;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public String getContent() {
		return this.content;
	}

	public @Nullable LocalDateTime getCtime() {
		return this.ctime;
	}

	public @Nullable User getCreatedBy() {
		return this.createdBy;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

}
