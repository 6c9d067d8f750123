package dev.migrate.core;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of ARCHITECTURE.md for the core. */
class ArchitectureTests {

	private static final JavaClasses core = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.migrate.core");

	@Test
	void coreImportsNothingFromSpringBoot() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework.boot..").check(core);
	}

	@Test
	void springJdbcIsTheOnlySpringDependency() {
		noClasses().should()
			.dependOnClassesThat(resideInAPackage("org.springframework..").and(resideOutsideOfPackages(
					"org.springframework.jdbc..", "org.springframework.core.io..", "org.springframework.core.type..",
					"org.springframework.dao..")))
			.check(core);
	}

	/** Hibernate is optional: the model diff alone uses it, and the engine runs without it (NoHibernateTests). */
	@Test
	void onlyTheModelDiffTouchesHibernateOrJpa() {
		noClasses().that()
			.resideOutsideOfPackage("dev.migrate.core.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
			.check(core);
	}

	@Test
	void publicApiExposesNoInternalType() {
		classes().that()
			.resideOutsideOfPackage("..internal..")
			.and()
			.arePublic()
			.should(exposeNoInternalType())
			.check(core);
	}

	@Test
	void internalDependsOnNothingThatDependsOnIt() {
		noClasses().that()
			.resideInAPackage("dev.migrate.core.repository..")
			.or()
			.resideInAPackage("dev.migrate.core.dialect..")
			.or()
			.resideInAPackage("dev.migrate.core.schema..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.migrate.core.internal..")
			.check(core);
	}

	@Test
	void theChangesetApiStandsOnItsOwnAndEachDialectRendersIt() {
		noClasses().that()
			.resideInAPackage("dev.migrate.core.schema..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.migrate.core.dialect..", "dev.migrate.core.repository..")
			.check(core);
	}

	private static ArchCondition<JavaClass> exposeNoInternalType() {
		return new ArchCondition<>("expose no internal type in a public signature") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				Stream.concat(type.getMethods().stream().filter((method) -> method.getModifiers().contains(JavaModifier.PUBLIC))
					.flatMap((method) -> Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
						.map((exposed) -> new String[] { method.getFullName(), exposed.getName() })),
						type.getConstructors().stream().filter((constructor) -> constructor.getModifiers().contains(JavaModifier.PUBLIC))
							.flatMap((constructor) -> constructor.getRawParameterTypes().stream()
								.map((exposed) -> new String[] { constructor.getFullName(), exposed.getName() })))
					.filter((pair) -> pair[1].startsWith("dev.migrate.core.internal."))
					.forEach((pair) -> events.add(SimpleConditionEvent.violated(type, pair[0] + " exposes " + pair[1])));
			}

		};
	}

}
