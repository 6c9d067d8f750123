package dev.migrate.autoconfigure.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.util.ClassUtils;

/**
 * Keeps the mapping metadata that Hibernate built for the application's EntityManagerFactory, so that
 * the model check costs no second bootstrap: an {@link Integrator} handed to Hibernate through
 * {@code hibernate.integrator_provider}, next to any provider the application set there itself.
 */
final class HibernateMetadataCapture implements Integrator, HibernatePropertiesCustomizer {

	private final List<Captured> captured = new ArrayList<>();

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		Object existing = hibernateProperties.get(JpaSettings.INTEGRATOR_PROVIDER);
		IntegratorProvider theirs = (existing != null) ? provider(existing) : null;
		hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> {
			List<Integrator> integrators = new ArrayList<>();
			if (theirs != null) {
				integrators.addAll(theirs.getIntegrators());
			}
			integrators.add(this);
			return integrators;
		});
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		ConnectionProvider connections = sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
		DataSource dataSource = (connections != null && connections.isUnwrappableAs(DataSource.class))
				? connections.unwrap(DataSource.class) : null;
		synchronized (this.captured) {
			this.captured.add(new Captured(metadata, dataSource));
		}
	}

	/** The metadata of every EntityManagerFactory built so far, in the order they were built. */
	List<Captured> captured() {
		synchronized (this.captured) {
			return List.copyOf(this.captured);
		}
	}

	/** Lets the metadata go once the check is done: it holds the whole mapping. */
	void release() {
		synchronized (this.captured) {
			this.captured.clear();
		}
	}

	/**
	 * The mapping of one EntityManagerFactory, and its DataSource.
	 * @param metadata what Hibernate built
	 * @param dataSource the DataSource its sessions use; null when Hibernate's connections do not say
	 */
	record Captured(Metadata metadata, @Nullable DataSource dataSource) {
	}

	private static @Nullable IntegratorProvider provider(Object value) {
		if (value instanceof IntegratorProvider provider) {
			return provider;
		}
		Class<?> type = (value instanceof Class<?> given) ? given
				: ClassUtils.resolveClassName(value.toString().strip(), ClassUtils.getDefaultClassLoader());
		if (!IntegratorProvider.class.isAssignableFrom(type)) {
			throw new IllegalStateException(JpaSettings.INTEGRATOR_PROVIDER + " is " + type.getName()
					+ ", which is not an " + IntegratorProvider.class.getName()
					+ ": fix that property, or set migrate.model-check=off");
		}
		return (IntegratorProvider) BeanUtils.instantiateClass(type);
	}

}
