package dev.migrate.maven;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials never leave a URL shown to the user. */
class SafeUrlTests {

	@Test
	void aUrlWithoutCredentialsStaysAsItIs() {
		assertThat(SafeUrl.of("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=app"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=app");
	}

	@Test
	void userInfoIsStripped() {
		assertThat(SafeUrl.of("jdbc:mysql://root:s3cret@db:3306/app")).isEqualTo("jdbc:mysql://db:3306/app");
	}

	@Test
	void passwordParametersAreStripped() {
		assertThat(SafeUrl.of("jdbc:postgresql://db/app?user=app&password=s3cret&ssl=true"))
			.isEqualTo("jdbc:postgresql://db/app?user=app&ssl=true");
		assertThat(SafeUrl.of("jdbc:postgresql://db/app?password=s3cret")).isEqualTo("jdbc:postgresql://db/app");
		assertThat(SafeUrl.of("jdbc:postgresql://db/app?PASSWORD=s3cret&ssl=true"))
			.isEqualTo("jdbc:postgresql://db/app?ssl=true");
	}

	@Test
	void semicolonParametersAreStripped() {
		assertThat(SafeUrl.of("jdbc:sqlserver://db;user=sa;password=s3cret;encrypt=false"))
			.isEqualTo("jdbc:sqlserver://db;user=sa;encrypt=false");
		assertThat(SafeUrl.of("jdbc:h2:mem:x;PASSWORD=s3cret")).isEqualTo("jdbc:h2:mem:x");
	}

}
