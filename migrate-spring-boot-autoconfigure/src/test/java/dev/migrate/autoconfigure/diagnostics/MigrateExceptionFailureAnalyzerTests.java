package dev.migrate.autoconfigure.diagnostics;

import java.util.List;
import java.util.Objects;

import dev.migrate.core.DirtyRepositoryException;
import dev.migrate.core.NotUnderVersionControlException;
import dev.migrate.core.repository.Direction;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure of the engine that no other analyzer explains is reported with its message, not a stack trace. */
class MigrateExceptionFailureAnalyzerTests {

	@Test
	void anyOtherFailureOfTheEngineIsReportedWithItsMessage() {
		NotUnderVersionControlException failure = new NotUnderVersionControlException("cms", "migrate_version");
		FailureAnalysis analysis = analyze(new BeanCreationException("migrateCommandInitializer", "failed", failure));
		assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
		assertThat(analysis.getAction()).isEqualTo("Do what the description says, then run the application again.");
	}

	@Test
	void comesAfterTheAnalyzersOfParticularFailures() {
		DirtyRepositoryException failure = new DirtyRepositoryException("cms", 2, Direction.UPGRADE, "half applied");
		assertThat(analyze(new BeanCreationException("migrateInitializer", "failed", failure)).getDescription())
			.startsWith("Repository 'cms' is dirty");
	}

	private static FailureAnalysis analyze(Throwable failure) {
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, new StandardEnvironment()),
					SpringFactoriesLoader.FailureHandler.handleMessage((message, ex) -> {
					}));
		AnnotationAwareOrderComparator.sort(analyzers);
		return analyzers.stream()
			.map((analyzer) -> analyzer.analyze(failure))
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow();
	}

}
