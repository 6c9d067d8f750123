package dev.migrate.autoconfigure;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Spring Boot's own rules for auto-configuration classes, and ours, checked on the main classes. */
class ArchitectureTests {

	private static final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.migrate.autoconfigure");

	private static final DescribedPredicate<JavaClass> autoConfigurations = DescribedPredicate
		.describe("@AutoConfiguration classes", (type) -> type.isAnnotatedWith(AutoConfiguration.class));

	@Test
	void autoConfigurationClassesArePublicAndFinal() {
		classes().that(autoConfigurations).should().bePublic().andShould().haveModifier(JavaModifier.FINAL).check(main);
	}

	@Test
	void autoConfigurationClassesHaveNoPublicMembers() {
		members().that()
			.areDeclaredInClassesThat(autoConfigurations)
			.and(DescribedPredicate.describe("are not default constructors",
					(JavaMember member) -> !(member instanceof JavaConstructor constructor)
							|| !constructor.getParameters().isEmpty()))
			.should()
			.notBePublic()
			.check(main);
	}

	@Test
	void beanMethodsCarryNoConditionalOnClass() {
		methods().that()
			.areAnnotatedWith(Bean.class)
			.should()
			.notBeAnnotatedWith(ConditionalOnClass.class)
			.because("@ConditionalOnClass on a @Bean method cannot stop its signature from being loaded")
			.check(main);
	}

	@Test
	void everyPackageIsNullMarked() {
		classes().should(beInANullMarkedPackage()).check(main);
	}

	@Test
	void usesThePublicApiOfTheCoreOnly() {
		noClasses().should().dependOnClassesThat().resideInAPackage("dev.migrate.core.internal..").check(main);
	}

	private static ArchCondition<JavaClass> beInANullMarkedPackage() {
		return new ArchCondition<>("be in a package annotated @NullMarked") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
					events.add(SimpleConditionEvent.violated(type, type.getPackageName() + " is not @NullMarked"));
				}
			}

		};
	}

}
