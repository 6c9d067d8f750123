package dev.migrate.core.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.migrate.core.ModelBaseBehindException;
import dev.migrate.core.ModelDriftException;
import dev.migrate.core.RepositoryStatus;
import dev.migrate.core.model.JpaModel;
import dev.migrate.core.model.ModelDiff;
import dev.migrate.core.schema.SchemaSnapshot;
import dev.migrate.core.schema.TableSnapshot;

/**
 * The {@code diff} command: the JPA model against the configured schema, the version and history tables
 * left out of both sides; {@code check}, which fails where they differ.
 */
public final class DiffModel {

	private final Session session;

	public DiffModel(Session session) {
		this.session = session;
	}

	/** The differences, empty when the schema is what the model maps. */
	public ModelDiff run(JpaModel model) throws SQLException {
		Set<String> bookkeeping = Set.of(this.session.versionTable().name().toLowerCase(Locale.ROOT),
				this.session.historyTable().name().toLowerCase(Locale.ROOT));
		SchemaSnapshot database = SchemaSnapshot.read(this.session.connection(), this.session.dialect().catalog(), null,
				bookkeeping);
		SchemaSnapshot mapped = model.snapshot(this.session.connection(), this.session.dialect());
		List<TableSnapshot> tables = mapped.tables()
			.stream()
			.filter((table) -> !bookkeeping.contains(table.name().toLowerCase(Locale.ROOT)))
			.toList();
		return ModelDiff.between(new SchemaSnapshot(tables, mapped.objects()), database, this.session.dialect());
	}

	/** The empty diff when the schema is what the model maps; refused while changesets are pending. */
	public ModelDiff check(JpaModel model) throws SQLException {
		requireMigrated("check");
		ModelDiff diff = run(model);
		if (!diff.isEmpty()) {
			throw new ModelDriftException(diff, this.session.describeDatabase());
		}
		return diff;
	}

	/**
	 * Refuses a database with pending changesets, for a command that takes the migrated schema as its base.
	 * @param command the command, as messages name it
	 */
	public void requireMigrated(String command) throws SQLException {
		RepositoryStatus status = new Status(this.session).run();
		if (!status.pending().isEmpty()) {
			throw new ModelBaseBehindException(command, this.session.describeDatabase(), status.dbVersion(),
					status.pending());
		}
	}

}
