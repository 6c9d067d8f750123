package dev.migrate.autoconfigure.model;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.migrate.autoconfigure.ModelCheck;
import dev.migrate.core.Migrate;
import dev.migrate.core.ModelDriftException;
import dev.migrate.core.model.JpaModel;
import dev.migrate.core.model.ModelDiff;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.Metadata;
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
 * Runs {@code migrate.model-check} once the EntityManagerFactory exists, after the startup migration:
 * with {@code fail} when every singleton is created, before the application is ready, so that a difference
 * stops startup; with {@code warn} on a thread of its own once the application is ready, so that it adds
 * nothing to startup, logging the differences as one warning.
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
			JpaModel model = model(true);
			if (model != null) {
				ModelDiff diff = this.check.getMigrate().diff(model);
				if (!diff.isEmpty()) {
					throw new ModelDriftException(diff, "repository " + repository());
				}
				this.check.setDiff(diff);
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
		try {
			JpaModel model = model(false);
			if (model == null) {
				return;
			}
			long start = System.nanoTime();
			ModelDiff diff = this.check.getMigrate().diff(model);
			long ms = (System.nanoTime() - start) / 1_000_000;
			this.check.setDiff(diff);
			if (diff.isEmpty()) {
				logger.info("migrate.model-check: the JPA entities match the database of repository {} (compared in {} ms, "
						+ "after startup)", repository(), ms);
			}
			else {
				logger.warn(ModelCheckMessages.differ(diff, repository()) + "\n" + ModelCheckMessages.advice()
						+ " Set migrate.model-check=fail to stop startup on a difference, or off to compare nothing. "
						+ "(Compared in " + ms + " ms, after startup.)");
			}
		}
		catch (RuntimeException ex) {
			if (!this.closed) {
				logger.warn("migrate.model-check could not compare the JPA entities with the database of repository "
						+ repository() + ": " + ex.getMessage() + ". Startup was not affected; run mvn migrate:diff "
						+ "to compare them from the build, or set migrate.model-check=off", ex);
			}
		}
	}

	/**
	 * The application's JPA model, from the metadata Hibernate built for its EntityManagerFactory; null, with
	 * a warning, when no EntityManagerFactory of Spring Boot's was built.
	 * @param create whether to create an EntityManagerFactory not yet created (lazy initialization)
	 */
	private @Nullable JpaModel model(boolean create) {
		for (String name : this.beanFactory.getBeanNamesForType(EntityManagerFactory.class, true, create)) {
			if (create || this.beanFactory.containsSingleton(name)) {
				Object factory = this.beanFactory.getBean(name);
				if (factory instanceof EntityManagerFactoryInfo info) {
					// waits for a bootstrap in the background (spring.data.jpa.repositories.bootstrap-mode)
					info.getNativeEntityManagerFactory();
				}
			}
		}
		List<Metadata> captured = this.capture.captured();
		if (captured.isEmpty()) {
			logger.warn("migrate.model-check={}: no EntityManagerFactory was built by Spring Boot's Hibernate "
					+ "auto-configuration, so the JPA entities were not compared with the database of repository {}. "
					+ "Run mvn migrate:check to compare them from the build, or set migrate.model-check=off",
					this.check.getMode().name().toLowerCase(Locale.ROOT), repository());
			return null;
		}
		if (captured.size() > 1) {
			logger.warn("migrate.model-check compares the entities of the first EntityManagerFactory with the database "
					+ "of repository {}; the {} other EntityManagerFactories are not compared", repository(),
					captured.size() - 1);
		}
		JpaModel model = JpaModel.of(captured.get(0));
		this.capture.release();
		return model;
	}

	private String repository() {
		Migrate migrate = this.check.getMigrate();
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

}
