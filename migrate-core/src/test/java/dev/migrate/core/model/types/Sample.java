package dev.migrate.core.model.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * One field of each type Hibernate maps by default, each kind of constraint, a join table and an
 * embeddable, so that the schema Hibernate itself writes for a database compares equal to the model on
 * that database.
 */
@Entity
@Table(name = "sample",
		indexes = { @Index(name = "ix_sample_title", columnList = "title"),
				@Index(name = "ux_sample_letter_tiny", columnList = "letter, tiny", unique = true) },
		uniqueConstraints = @UniqueConstraint(columnNames = { "code", "amount" }))
public class Sample {

	/** The kinds of an enum field. */
	enum Kind {

		A, B

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String title;

	@Column(length = 40, nullable = false, unique = true)
	String code;

	int counter;

	Integer boxed;

	short small;

	byte tiny;

	long big;

	boolean flag;

	Boolean boxedFlag;

	double doubleValue;

	float floatValue;

	BigDecimal amount;

	@Column(precision = 10, scale = 3)
	BigDecimal price;

	Instant instant;

	LocalDateTime localDateTime;

	OffsetDateTime offsetDateTime;

	LocalDate localDate;

	LocalTime localTime;

	UUID uuid;

	byte[] bytes;

	@Lob
	String largeText;

	char letter;

	@Enumerated(EnumType.STRING)
	Kind kindByName;

	Kind kindByOrdinal;

	@ColumnDefault("'draft'")
	String status;

	@ColumnDefault("0")
	int zero;

	@Column(columnDefinition = "varchar(20) default 'x'")
	String defined;

	BigInteger bigInteger;

	ZonedDateTime zonedDateTime;

	OffsetTime offsetTime;

	Duration duration;

	@Lob
	byte[] largeBytes;

	Character boxedLetter;

	@JdbcTypeCode(SqlTypes.LONGVARCHAR)
	String longText;

	@Column(length = 10000)
	String longVarchar;

	@Version
	int version;

	@ManyToOne
	Other other;

	@ManyToOne
	@JoinColumn(name = "cascading_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	Other cascading;

	@OneToOne
	Other single;

	@ManyToMany
	Set<Other> others;

	@Embedded
	Place place;

}
