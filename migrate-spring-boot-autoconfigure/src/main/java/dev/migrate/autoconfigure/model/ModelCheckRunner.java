package dev.migrate.autoconfigure.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.ModelCheck;
import dev.migrate.autoconfigure.model.HibernateMetadataCapture.Captured;
import dev.migrate.core.Migrate;
import dev.migrate.core.ModelDriftException;
import dev.migrate.core.model.JpaModel;
import dev.migrate.core.model.ModelDiff;
import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

/**
 * Runs {@code migrate.model-check} once the EntityManagerFactories exist, after the startup migration:
 * each one's entities against the database of the repository that migrates its DataSource. With
 * {@code fail} when every singleton is created, before the application is ready, so that a difference
 * stops startup; with {@code warn} on a thread of its own once the application is ready, so that it adds
 * nothing to startup, logging the differences of each repository as one warning.
 */
final class ModelCheckRunner implements SmartInitializingSingleton, ApplicationListener<ApplicationReadyEvent>,
		DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(MigrateModelCheck.class);

	/** How long a shutdown waits for a check in progress. */
	static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

	private final MigrateModelCheck check;

	private final HibernateMetadataCapture capture;

	private final ConfigurableListableBeanFactory beanFactory;

	private final AtomicBoolean started = new AtomicBoolean();

	private volatile boolean closed;

	private volatile @Nullable Thread thread;

	ModelCheckRunner(MigrateModelCheck check, HibernateMetadataCapture capture,
			ConfigurableListableBeanFactory beanFactory) {
		this.check = check;
		this.capture = capture;
		this.beanFactory = beanFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.check.getMode() == ModelCheck.FAIL && this.started.compareAndSet(false, true)) {
			for (Comparison comparison : comparisons(true)) {
				ModelDiff diff = comparison.migrate().diff(comparison.model());
				this.check.setDiff(comparison.migrate(), diff);
				if (!diff.isEmpty()) {
					throw new ModelDriftException(diff, "repository " + repository(comparison.migrate()));
				}
			}
		}
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (this.check.getMode() == ModelCheck.WARN && this.started.compareAndSet(false, true)) {
			Thread thread = new Thread(this::warn, "migrate-model-check");
			thread.setDaemon(true);
			this.thread = thread;
			thread.start();
		}
	}

	/**
	 * Lets a check in progress finish before the DataSource it reads closes, waiting up to
	 * {@link #SHUTDOWN_WAIT}; a check cut short by the shutdown is not reported.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.closed = true;
		join(SHUTDOWN_WAIT);
		this.capture.release();
	}

	/** Waits for the {@code warn} check's thread, if one started, to end; at most {@code wait}. */
	void join(Duration wait) throws InterruptedException {
		Thread running = this.thread;
		if (running != null) {
			running.join(wait.toMillis());
		}
	}

	private void warn() {
		for (Comparison comparison : comparisons(false)) {
			Migrate migrate = comparison.migrate();
			try {
				long start = System.nanoTime();
				ModelDiff diff = migrate.diff(comparison.model());
				long ms = (System.nanoTime() - start) / 1_000_000;
				this.check.setDiff(migrate, diff);
				if (diff.isEmpty()) {
					logger.info("migrate.model-check: the JPA entities match the database of repository {} (compared "
							+ "in {} ms, after startup)", repository(migrate), ms);
				}
				else {
					logger.warn(ModelCheckMessages.differ(diff, repository(migrate)) + "\n" + ModelCheckMessages.advice()
							+ " Set migrate.model-check=fail to stop startup on a difference, or off to compare nothing. "
							+ "(Compared in " + ms + " ms, after startup.)");
				}
			}
			catch (RuntimeException ex) {
				if (!this.closed) {
					logger.warn("migrate.model-check could not compare the JPA entities with the database of repository "
							+ repository(migrate) + ": " + ex.getMessage() + ". Startup was not affected; run mvn "
							+ "migrate:diff to compare them from the build, or set migrate.model-check=off", ex);
				}
			}
		}
	}

	/**
	 * Each EntityManagerFactory's model, from the metadata Hibernate built for it, with the repository that
	 * migrates its DataSource; a warning for one that no repository migrates, and for none at all.
	 * @param create whether to create an EntityManagerFactory not yet created (lazy initialization)
	 */
	private List<Comparison> comparisons(boolean create) {
		for (String name : this.beanFactory.getBeanNamesForType(EntityManagerFactory.class, true, create)) {
			if (create || this.beanFactory.containsSingleton(name)) {
				Object factory = this.beanFactory.getBean(name);
				if (factory instanceof EntityManagerFactoryInfo info) {
					// waits for a bootstrap in the background (spring.data.jpa.repositories.bootstrap-mode)
					info.getNativeEntityManagerFactory();
				}
			}
		}
		List<Captured> captured = this.capture.captured();
		this.capture.release();
		String mode = this.check.getMode().name().toLowerCase(Locale.ROOT);
		if (captured.isEmpty()) {
			logger.warn("migrate.model-check={}: no EntityManagerFactory was built by Spring Boot's Hibernate "
					+ "auto-configuration, so no JPA entities were compared with a database. Run mvn migrate:check to "
					+ "compare them from the build, or set migrate.model-check=off", mode);
			return List.of();
		}
		Map<String, Migrate> migrates = this.beanFactory.getBeansOfType(Migrate.class);
		List<Comparison> comparisons = new ArrayList<>();
		for (Captured one : captured) {
			Migrate migrate = migrateOf(one.dataSource(), migrates, captured.size() == 1);
			if (migrate == null) {
				logger.warn("migrate.model-check={}: no repository migrates the DataSource of the EntityManagerFactory of "
						+ "{}, so its entities were not compared (repositories: {})", mode, entities(one), migrates.keySet());
				continue;
			}
			comparisons.add(new Comparison(migrate, JpaModel.of(one.metadata())));
		}
		return comparisons;
	}

	/**
	 * The repository whose DataSource is the one given; else, for the only EntityManagerFactory, the
	 * repository of {@code migrate.*} (which may migrate the same database through a DataSource of its
	 * own), or the only repository.
	 */
	private static @Nullable Migrate migrateOf(@Nullable DataSource dataSource, Map<String, Migrate> migrates,
			boolean only) {
		for (Migrate migrate : migrates.values()) {
			if (dataSource != null && migrate.config().dataSource().equals(dataSource)) {
				return migrate;
			}
		}
		if (!only) {
			return null;
		}
		Migrate main = migrates.get(MigrateProperties.DEFAULT_REPOSITORY);
		return (main != null) ? main : (migrates.size() == 1) ? migrates.values().iterator().next() : null;
	}

	private static String entities(Captured captured) {
		List<String> names = captured.metadata()
			.getEntityBindings()
			.stream()
			.map((entity) -> entity.getEntityName())
			.sorted()
			.limit(3)
			.toList();
		return String.join(", ", names) + ((captured.metadata().getEntityBindings().size() > 3) ? ", ..." : "");
	}

	private static String repository(Migrate migrate) {
		String id = migrate.config().repositoryId();
		if (id == null) {
			try {
				id = migrate.status().repositoryId();
			}
			catch (RuntimeException ex) {
				return "of " + migrate.config().location();
			}
		}
		return "'" + id + "'";
	}

	/** One EntityManagerFactory's entities, and the repository of its database. */
	private record Comparison(Migrate migrate, JpaModel model) {
	}

}
