package dev.migrate.core;

import java.util.regex.Pattern;

/**
 * JDBC URLs as they may be shown: in logs, reports and the Maven goals' errors, a URL never carries its
 * password.
 */
public final class JdbcUrls {

	/** {@code //user:password@host}: the password in the authority. */
	private static final Pattern AUTHORITY = Pattern.compile("//([^/@?;:]*):[^/@?;]*@");

	/** {@code ?password=...}, {@code &password=...}, {@code ;password=...} and {@code pwd}. */
	private static final Pattern PARAMETER = Pattern.compile("(?i)([?&;](?:password|pwd)=)[^&;]*");

	/** Oracle's {@code thin:user/password@host}. */
	private static final Pattern ORACLE = Pattern.compile("(?i)(:thin:[^/@:]+)/[^@]*@");

	private JdbcUrls() {
	}

	/** The URL with every password in it replaced by {@code ***}. */
	public static String withoutCredentials(String url) {
		String shown = AUTHORITY.matcher(url).replaceAll("//$1:***@");
		shown = PARAMETER.matcher(shown).replaceAll("$1***");
		return ORACLE.matcher(shown).replaceAll("$1/***@");
	}

}
