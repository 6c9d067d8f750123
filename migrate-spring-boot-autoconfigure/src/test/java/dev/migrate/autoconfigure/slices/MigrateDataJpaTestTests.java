package dev.migrate.autoconfigure.slices;

import dev.migrate.autoconfigure.entities.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @DataJpaTest} runs the migrations, and Hibernate validates its entities against them. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class MigrateDataJpaTestTests {

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void entitiesLiveInTheMigratedSchema() {
		this.entityManager.persistAndFlush(new Page(1L, "Home", "Welcome", "home"));
		this.entityManager.clear();
		assertThat(this.entityManager.find(Page.class, 1L).getSlug()).isEqualTo("home");
		assertThat(this.entityManager.getEntityManager()
			.createNativeQuery("SELECT version FROM migrate_version WHERE repository_id = 'cms'")
			.getSingleResult()).isEqualTo(3);
	}

	@SpringBootConfiguration
	@AutoConfigurationPackage
	@EntityScan(basePackageClasses = Page.class)
	static class Config {

	}

}
