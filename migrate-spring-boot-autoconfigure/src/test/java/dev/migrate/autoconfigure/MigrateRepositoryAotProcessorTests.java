package dev.migrate.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.javapoet.ClassName;
import org.springframework.mock.env.MockEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The hints a native image needs to read the repository: its files and its Java changeset classes. */
class MigrateRepositoryAotProcessorTests {

	@Test
	void isRegisteredForAheadOfTimeProcessing() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(BeanFactoryInitializationAotProcessor.class)).hasAtLeastOneElementOfType(MigrateRepositoryAotProcessor.class);
	}

	@Test
	void registersTheRepositoryFilesAndJavaChangesets() {
		RuntimeHints hints = process(new MockEnvironment(), true);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/migrate/migrate.cfg")).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/migrate/versions/001_add_ctime_to_page_default_upgrade.sql"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/migrate/V003_AddSlugToPage.class")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(db.migrate.V003_AddSlugToPage.class)).accepts(hints);
	}

	@Test
	void followsTheConfiguredLocation() {
		RuntimeHints hints = process(new MockEnvironment().withProperty("migrate.location", "classpath:/repositories/broken/")
			.withProperty("migrate.java-package", ""), true);
		assertThat(RuntimeHintsPredicates.resource().forResource("repositories/broken/versions/002_add_slug_default_upgrade.sql"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/migrate/migrate.cfg")).rejects(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(db.migrate.V003_AddSlugToPage.class)).rejects(hints);
	}

	@Test
	void registersTheFilesOfEveryRepository() {
		RuntimeHints hints = process(new MockEnvironment()
			.withProperty("migrate.repositories.sales.location", "classpath:repositories/orders")
			.withProperty("migrate.repositories.archive.url", "jdbc:h2:mem:archive"), true);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/migrate/migrate.cfg")).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("repositories/orders/migrate.cfg")).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource()
			.forResource("repositories/orders/versions/001_create_purchase_order_default_upgrade.sql")).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/archive/versions/001_x_default_upgrade.sql"))
			.as("a repository without location is at classpath:db/<name>")
			.accepts(hints);
	}

	@Test
	void contributesNothingWithoutAnInitializer() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.refreshForAotProcessing(new RuntimeHints());
		assertThat(new MigrateRepositoryAotProcessor().processAheadOfTime(context.getBeanFactory())).isNull();
	}

	private RuntimeHints process(MockEnvironment environment, boolean withInitializer) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(environment);
		if (withInitializer) {
			context.registerBean("migrateInitializer", MigrateInitializer.class, () -> {
				throw new IllegalStateException("not created during AOT processing");
			});
		}
		context.refreshForAotProcessing(new RuntimeHints());
		BeanFactoryInitializationAotContribution contribution = new MigrateRepositoryAotProcessor()
			.processAheadOfTime(context.getBeanFactory());
		assertThat(contribution).isNotNull();
		DefaultGenerationContext generationContext = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get("com.example", "Application")), new InMemoryGeneratedFiles());
		contribution.applyTo(generationContext, mock(BeanFactoryInitializationCode.class));
		return generationContext.getRuntimeHints();
	}

}
