package io.cita.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.cita.adapters.rest.violations.RestAdapterReachingIntoAStore;
import io.cita.adapters.rest.violations.RestAdapterUsingAwsSdk;
import io.cita.adapters.rest.violations.RestAdapterUsingJdbc;
import io.cita.adapters.rest.violations.RestAdapterUsingServiceDirectly;
import io.cita.adapters.webhook.violations.WebhookUsingAnOutboundPort;
import io.cita.application.port.in.violations.UseCaseUsingAnOutboundPort;
import io.cita.application.violations.ApplicationUsingMicronaut;
import io.cita.domain.violations.DomainUsingJdbc;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of DESIGN.md, checked on the production classes. Each production rule is also run once, as it
 * is, against a deliberately violating test class that lives in the package the rule guards, to prove it bites
 * (ArchUnit rules that match nothing pass silently, so every rule keeps failOnEmptyShould).
 */
class HexagonalArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cita");

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK_PARTS_IT_USES = classes()
            .that().resideInAPackage("io.cita.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.cita.domain..", "java.lang..", "java.time..",
                    "java.util..", "java.text..", "java.math..")
            .allowEmptyShould(false);

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK = classes()
            .that().resideInAPackage("io.cita.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.cita.application..", "io.cita.domain..", "java..")
            .allowEmptyShould(false);

    static final ArchRule USE_CASES_DO_NOT_EXPOSE_OUTBOUND_PORTS = noClasses()
            .that().resideInAPackage("io.cita.application.port.in..")
            .should().dependOnClassesThat().resideInAPackage("io.cita.application.port.out..")
            .allowEmptyShould(false);

    static final ArchRule INBOUND_ADAPTERS_DO_NOT_USE_OUTBOUND_PORTS = noClasses()
            .that().resideInAnyPackage("io.cita.adapters.rest..", "io.cita.adapters.webhook..")
            .should().dependOnClassesThat().resideInAPackage("io.cita.application.port.out..")
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

    static final ArchRule REST_DOES_NOT_REACH_INTO_STORE_ADAPTERS = noClasses()
            .that().resideInAPackage("io.cita.adapters.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cita.adapters.postgres..", "io.cita.adapters.dynamodb..")
            .allowEmptyShould(false);

    @Nested
    class OnProductionCode {
        @Test
        void theDomainDependsOnlyOnTheJdkPartsItUses() {
            DOMAIN_DEPENDS_ONLY_ON_THE_JDK_PARTS_IT_USES.check(PRODUCTION);
        }

        @Test
        void theApplicationDependsOnlyOnTheDomainAndTheJdk() {
            APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK.check(PRODUCTION);
        }

        @Test
        void useCasesDoNotExposeOutboundPorts() {
            USE_CASES_DO_NOT_EXPOSE_OUTBOUND_PORTS.check(PRODUCTION);
        }

        @Test
        void inboundAdaptersDoNotUseOutboundPorts() {
            INBOUND_ADAPTERS_DO_NOT_USE_OUTBOUND_PORTS.check(PRODUCTION);
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
            REST_DOES_NOT_REACH_INTO_STORE_ADAPTERS.check(PRODUCTION);
        }
    }

    /** Every production rule, unchanged, against one class that breaks it. */
    @Nested
    class OnViolatingClasses {
        private void assertBites(ArchRule rule, Class<?> violating, String offendingName) {
            assertThatThrownBy(() -> rule.check(new ClassFileImporter().importClasses(violating)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining(offendingName);
        }

        @Test
        void aDomainClassUsingJdbcBreaksTheDomainRule() {
            assertBites(DOMAIN_DEPENDS_ONLY_ON_THE_JDK_PARTS_IT_USES, DomainUsingJdbc.class, "java.sql.Connection");
        }

        @Test
        void anApplicationClassUsingMicronautBreaksTheApplicationRule() {
            assertBites(APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_THE_JDK, ApplicationUsingMicronaut.class, "io.micronaut");
        }

        @Test
        void aUseCaseNamingAnOutboundPortBreaksThePortsRule() {
            assertBites(USE_CASES_DO_NOT_EXPOSE_OUTBOUND_PORTS, UseCaseUsingAnOutboundPort.class, "port.out.Bookings");
        }

        @Test
        void aWebhookUsingAnOutboundPortBreaksTheInboundAdapterRule() {
            assertBites(INBOUND_ADAPTERS_DO_NOT_USE_OUTBOUND_PORTS, WebhookUsingAnOutboundPort.class,
                    "port.out.InboundEvents");
        }

        @Test
        void jdbcOutsideThePostgresAdapterBreaksTheJdbcRule() {
            assertBites(JDBC_AND_MICRONAUT_DATA_ONLY_IN_THE_POSTGRES_ADAPTER, RestAdapterUsingJdbc.class, "javax.sql");
        }

        @Test
        void theAwsSdkOutsideTheDynamoDbAdapterBreaksTheAwsRule() {
            assertBites(AWS_SDK_ONLY_IN_THE_DYNAMODB_ADAPTER, RestAdapterUsingAwsSdk.class, "software.amazon.awssdk");
        }

        @Test
        void anAdapterUsingAServiceClassBreaksTheUseCaseRule() {
            assertBites(ADAPTERS_NEVER_USE_APPLICATION_SERVICES, RestAdapterUsingServiceDirectly.class, "SignUpService");
        }

        @Test
        void restReachingIntoAStoreAdapterBreaksTheAdapterRule() {
            assertBites(REST_DOES_NOT_REACH_INTO_STORE_ADAPTERS, RestAdapterReachingIntoAStore.class, "PostgresBookings");
        }
    }
}
