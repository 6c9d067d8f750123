package dev.migrate.sample.cms;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.jspecify.annotations.Nullable;

/**
 * A label on pages; version 3 brought it, unique as written (on PostgreSQL whatever its case, which
 * {@code META-INF/orm-postgresql.xml} maps).
 */
@Entity
@Table(name = "tag", uniqueConstraints = @UniqueConstraint(columnNames = "name"))
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Integer id;

	@Column(nullable = false, length = 50)
	private String name;

	/** The pages with this tag: their rows in {@code page_tag} go with the tag. */
	@ManyToMany(mappedBy = "tags")
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Set<Page> pages = new LinkedHashSet<>();

	protected Tag() {
		this.name = "";
	}

	public Tag(String name) {
		this.name = name;
	}

	public @Nullable Integer getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
