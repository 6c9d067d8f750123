package dev.migrate.maven;

import dev.migrate.core.Migrate;
import dev.migrate.core.RoundTripOptions;
import dev.migrate.core.RoundTripResult;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The round trip of every changeset: upgrade, downgrade, compare, upgrade again. By default in a
 * scratch schema (on MySQL a database) that it creates and drops, so the configured schema is never
 * touched; {@code -Dmigrate.test.in-place=true} runs it on the configured schema. Every failure is reported
 * in one run; {@code -Dmigrate.test.fail-fast=true} stops at the first, and {@code -Dmigrate.test.whole-path=false}
 * leaves out downgrading every version in one go; {@code -Dmigrate.test.column-order=true} makes the order
 * of a table's columns count.
 */
@Mojo(name = "test", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class TestMojo extends AbstractMigrateMojo {

	@Override
	void run(Migrate migrate, ProjectSettings settings) {
		boolean inPlace = settings.isTrue("migrate.test.in-place");
		RoundTripOptions options = RoundTripOptions.DEFAULT.withFailFast(settings.isTrue("migrate.test.fail-fast"))
			.withWholePath(!"false".equalsIgnoreCase(String.valueOf(settings.get("migrate.test.whole-path")).strip()))
			.withColumnOrder(settings.isTrue("migrate.test.column-order"));
		RoundTripResult result = inPlace ? migrate.test(options) : migrate.testInScratchSchema(options);
		getLog().info("Round trip passed for versions " + result.tested()
				+ (result.wholePathChecked() ? ", and for all of them downgraded in one go" : "")
				+ (result.irreversible().isEmpty() ? "" : "; upgraded without a round trip (irreversible): "
						+ result.irreversible())
				+ (inPlace ? "; the database is now at version " + result.dbVersion()
						: "; in a scratch schema, dropped afterwards: the configured schema is unchanged"));
	}

}
