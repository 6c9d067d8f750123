package dev.migrate.maven;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The plugin uses the engine's public API only, and every goal is a thin mojo of its own. */
class ArchitectureTests {

	private static final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.migrate.maven");

	@Test
	void usesThePublicApiOfTheCoreOnly() {
		noClasses().should().dependOnClassesThat().resideInAPackage("dev.migrate.core.internal..").check(main);
	}

	@Test
	void mojosArePublicAndExtendTheCommonBase() {
		classes().that()
			.areAnnotatedWith(Mojo.class)
			.should()
			.bePublic()
			.andShould()
			.beAssignableTo(AbstractMigrateMojo.class)
			.andShould()
			.haveSimpleNameEndingWith("Mojo")
			.check(main);
	}

	@Test
	void onlyMojosAreMavenComponents() {
		classes().that().areAssignableTo(AbstractMojo.class).and().arePublic().should().beAnnotatedWith(Mojo.class)
			.check(main);
	}

}
