package io.cita.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.Money;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** What callers say, matched to the services they mean, in Spanish and English. */
class ServiceNamesTest {
    private static final List<Service> SALON = List.of(service("svc_1", "Corte de pelo"), service("svc_2", "Manicura"),
            service("svc_3", "Color completo"), service("svc_4", "Uñas de gel"), service("svc_5", "Haircut"));

    private static Service service(String id, String name) {
        return new Service(id, "ten_1", null, name, null, 30, 0, 0, 15, new Money(2500, "EUR"), 1, 0, 60, 24, false,
                true, List.of(new ResourceRequirement(ResourceType.STAFF, List.of())));
    }

    private static List<String> ids(String said) {
        return ServiceNames.matching(said, SALON).stream().map(Service::id).toList();
    }

    @Test
    void accentsCasePluralsFillerAndATypoAreForgiven() {
        assertThat(ids("Quiero un CORTE de pelo")).containsExactly("svc_1");
        assertThat(ids("cortes")).containsExactly("svc_1");
        assertThat(ids("quiero unos cortes")).as("filler is dropped before the plural is").containsExactly("svc_1");
        assertThat(ids("una manicure, por favor")).containsExactly("svc_2");
        assertThat(ids("colour")).containsExactly("svc_3");
        assertThat(ids("uñas")).containsExactly("svc_4");
        assertThat(ids("haircuts tomorrow morning")).containsExactly("svc_5");
        assertThat(ids("masaje")).isEmpty();
        assertThat(ids("quiero una cita")).as("nothing said names a service").isEmpty();
    }

    @Test
    void whenNothingMatchesTheClosestNamesAreOffered() {
        assertThat(ServiceNames.closest("cortito", SALON, 2).get(0).id()).isEqualTo("svc_1");
    }

    @Property(tries = 200)
    void aNameStillMatchesItsServiceWithAnyOneLetterWrongInALongWord(@ForAll @IntRange(min = 0, max = 4) int which,
                                                                     @ForAll @IntRange(min = 0, max = 20) int at,
                                                                     @ForAll @IntRange(min = 0, max = 25) int letter) {
        Service service = SALON.get(which);
        String longest = ServiceNames.words(service.name()).stream().max(Comparator.comparingInt(String::length))
                .orElseThrow();
        if (longest.length() < 4) {
            return; // a short word is matched only as typed
        }
        char[] typo = longest.toCharArray();
        typo[at % typo.length] = (char) ('a' + letter);
        assertThat(ServiceNames.matching(new String(typo), SALON)).contains(service);
    }
}
