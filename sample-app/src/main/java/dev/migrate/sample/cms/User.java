package dev.migrate.sample.cms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Someone who writes pages. In the baseline since the first deployment. */
@Entity
@Table(name = "users")
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Integer id;

	@Column(nullable = false, unique = true, length = 30)
	private String login;

	protected User() {
		this.login = "";
	}

	public User(String login) {
		this.login = login;
	}

	public @Nullable Integer getId() {
		return this.id;
	}

	public String getLogin() {
		return this.login;
	}

}
