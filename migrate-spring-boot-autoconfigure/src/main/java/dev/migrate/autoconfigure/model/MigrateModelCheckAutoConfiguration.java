package dev.migrate.autoconfigure.model;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.model.MigrateModelCheckAutoConfiguration.ModelCheckOnCondition;
import dev.migrate.core.Migrate;
import dev.migrate.core.model.JpaModel;
import org.hibernate.boot.Metadata;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@code migrate.model-check}, when Hibernate builds
 * the application's EntityManagerFactory and {@code migrate.model-check} is not {@code off}: an integrator
 * keeps the mapping Hibernate builds anyway, and a {@link ModelCheckRunner} compares it with the schema of
 * the repository that migrates its DataSource. With {@code off}, none of this exists.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class,
		afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass({ Migrate.class, JpaModel.class, Metadata.class, HibernatePropertiesCustomizer.class })
@ConditionalOnBean(Migrate.class)
@Conditional(ModelCheckOnCondition.class)
@EnableConfigurationProperties(MigrateProperties.class)
public final class MigrateModelCheckAutoConfiguration {

	@Bean
	static HibernateMetadataCapture migrateHibernateMetadataCapture() {
		return new HibernateMetadataCapture();
	}

	@Bean
	MigrateModelCheck migrateModelCheck(MigrateProperties properties) {
		return new MigrateModelCheck(properties.getModelCheck());
	}

	@Bean
	ModelCheckRunner migrateModelCheckRunner(MigrateModelCheck check, HibernateMetadataCapture capture,
			ConfigurableListableBeanFactory beanFactory) {
		return new ModelCheckRunner(check, capture, beanFactory);
	}

	/** {@code migrate.model-check} is not {@code off}; missing, it is {@code warn}. */
	static final class ModelCheckOnCondition extends NoneNestedConditions {

		ModelCheckOnCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty(name = "migrate.model-check", havingValue = "off")
		private static final class OffCondition {

		}

	}

}
