package io.cita.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.cita.bootstrap.architecture.violations.DomainUsingJdbc;
import io.cita.bootstrap.architecture.violations.RestAdapterUsingServiceDirectly;
import io.cita.bootstrap.architecture.violations.ApplicationUsingMicronaut;
import io.cita.bootstrap.architecture.violations.RestAdapterUsingJdbc;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of DESIGN.md, checked on the production classes. Each rule is also run once against a
 * deliberately violating class under {@code violations} to prove it bites (ArchUnit rules that match nothing
 * pass silently, so every rule keeps failOnEmptyShould).
 */
class HexagonalArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cita");
    private static final JavaClasses VIOLATIONS = new ClassFileImporter()
            .importPackages("io.cita.bootstrap.architecture.violations");

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = classes().that().resideInAPackage("io.cita.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.cita.domain..", "java..")
            .allowEmptyShould(false);

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK = classes()
            .that().resideInAPackage("io.cita.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.cita.application..", "io.cita.domain..", "java..")
            .allowEmptyShould(false);

    static final ArchRule JDBC_AND_MICRONAUT_DATA_ONLY_IN_THE_POSTGRES_ADAPTER = noClasses()
            .that().resideOutsideOfPackage("io.cita.adapters.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..",
                    "io.micronaut.transaction..", "org.postgresql..", "org.flywaydb..")
            .allowEmptyShould(false);

    static final ArchRule AWS_SDK_ONLY_IN_THE_DYNAMODB_ADAPTER = noClasses()
            .that().resideOutsideOfPackage("io.cita.adapters.dynamodb..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "com.amazonaws..")
            .allowEmptyShould(false);

    static final ArchRule ADAPTERS_NEVER_USE_APPLICATION_SERVICES = noClasses()
            .that().resideInAPackage("io.cita.adapters..")
            .should().dependOnClassesThat().resideInAPackage("io.cita.application.service..")
            .allowEmptyShould(false);

    static final ArchRule ADAPTERS_DO_NOT_REACH_INTO_EACH_OTHER = noClasses()
            .that().resideInAPackage("io.cita.adapters.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cita.adapters.postgres..", "io.cita.adapters.dynamodb..")
            .allowEmptyShould(false);

    @Nested
    class OnProductionCode {
        @Test
        void theDomainDependsOnlyOnTheJdk() {
            DOMAIN_DEPENDS_ONLY_ON_THE_JDK.check(PRODUCTION);
        }

        @Test
        void theApplicationDependsOnlyOnTheDomainAndTheJdk() {
            APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK.check(PRODUCTION);
        }

        @Test
        void jdbcAndMicronautDataStayInsideThePostgresAdapter() {
            JDBC_AND_MICRONAUT_DATA_ONLY_IN_THE_POSTGRES_ADAPTER.check(PRODUCTION);
        }

        @Test
        void theAwsSdkStaysInsideTheDynamoDbAdapter() {
            AWS_SDK_ONLY_IN_THE_DYNAMODB_ADAPTER.check(PRODUCTION);
        }

        @Test
        void adaptersGoThroughUseCasesNotServices() {
            ADAPTERS_NEVER_USE_APPLICATION_SERVICES.check(PRODUCTION);
        }

        @Test
        void theRestAdapterDoesNotReachIntoStoreAdapters() {
            ADAPTERS_DO_NOT_REACH_INTO_EACH_OTHER.check(PRODUCTION);
        }
    }

    @Nested
    class OnViolatingClasses {
        @Test
        void aDomainClassUsingJdbcBreaksTheDomainRule() {
            assertThatThrownBy(() -> classes().that().haveSimpleName(DomainUsingJdbc.class.getSimpleName())
                    .should().onlyDependOnClassesThat().resideInAnyPackage("io.cita..", "java.lang..", "java.time..")
                    .check(VIOLATIONS)).isInstanceOf(AssertionError.class).hasMessageContaining("java.sql");
        }

        @Test
        void anApplicationClassUsingMicronautBreaksTheApplicationRule() {
            assertThatThrownBy(() -> classes().that().haveSimpleName(ApplicationUsingMicronaut.class.getSimpleName())
                    .should().onlyDependOnClassesThat().resideInAnyPackage("io.cita..", "java..")
                    .check(VIOLATIONS)).isInstanceOf(AssertionError.class).hasMessageContaining("io.micronaut");
        }

        @Test
        void jdbcOutsideThePostgresAdapterBreaksTheJdbcRule() {
            assertThatThrownBy(() -> JDBC_AND_MICRONAUT_DATA_ONLY_IN_THE_POSTGRES_ADAPTER.check(
                    new ClassFileImporter().importClasses(RestAdapterUsingJdbc.class)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("java.sql");
        }

        @Test
        void anAdapterUsingAServiceClassBreaksTheUseCaseRule() {
            assertThatThrownBy(() -> noClasses().that().haveSimpleName(RestAdapterUsingServiceDirectly.class.getSimpleName())
                    .should().dependOnClassesThat().resideInAPackage("io.cita.application.service..")
                    .check(VIOLATIONS)).isInstanceOf(AssertionError.class).hasMessageContaining("SignUpService");
        }
    }
}
