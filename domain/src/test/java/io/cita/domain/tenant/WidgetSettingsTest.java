package io.cita.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.shared.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The widget's colour is #RRGGBB and its language es or en; unset, they are the default colour and the business's. */
class WidgetSettingsTest {
    @Test
    void readsTheColourAndLanguage_orTheirDefaults() {
        assertThat(WidgetSettings.primaryColor(Map.of())).isEqualTo(WidgetSettings.DEFAULT_PRIMARY_COLOR);
        assertThat(WidgetSettings.primaryColor(Map.of("widget.primaryColor", " #a1b2c3 "))).isEqualTo("#A1B2C3");
        assertThat(WidgetSettings.language(Map.of(), Language.EN)).isEqualTo(Language.EN);
        assertThat(WidgetSettings.language(Map.of("widget.language", "ES"), Language.EN)).isEqualTo(Language.ES);
    }

    @Test
    void refusesAnythingElse_namingTheSetting() {
        for (Map<String, String> bad : new Map[] {Map.of("widget.primaryColor", "#abc"),
                Map.of("widget.primaryColor", "red"), Map.of("widget.primaryColor", "#12345G"),
                Map.of("widget.language", "fr")}) {
            assertThatThrownBy(() -> WidgetSettings.check(bad)).as(bad.toString())
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith(bad.keySet().iterator().next() + " ");
        }
    }
}
