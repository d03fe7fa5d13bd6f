package io.cita.adapters.rest.dto;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.ClientDetails;
import io.cita.domain.client.Client;
import io.cita.domain.client.ContactPreferences;
import io.cita.domain.delivery.DeliveryChannel;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A client's JSON shapes. */
public final class ClientJson {
    private ClientJson() {
    }

    /** POST and PATCH body (and the inline client of a booking); on PATCH absent fields stay as they are. */
    @Introspected
    public record Request(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
                          @Nullable String phone) {
        public ClientDetails toDetails(Client current, String prefix) {
            if (current == null) {
                if (email == null && phone == null) {
                    throw new InvalidRequestException(prefix + "phone",
                            "a phone number or an e-mail address is required");
                }
                return new ClientDetails(Fields.required(prefix + "firstName", firstName), lastName,
                        Fields.email(prefix + "email", email), Fields.phone(prefix + "phone", phone));
            }
            return new ClientDetails(Fields.orDefault(firstName, current.firstName()),
                    Fields.orDefault(lastName, current.lastName()),
                    email == null ? current.email() : Fields.email(prefix + "email", email),
                    phone == null ? current.phone() : Fields.phone(prefix + "phone", phone));
        }
    }

    /**
     * PUT body of a client's contact preferences: channels in order of preference (EMAIL, SMS, WHATSAPP; empty or
     * absent for the default), consent to transactional messages (default true), to marketing and to feedback
     * requests after a visit (default false).
     */
    @Introspected
    public record PreferencesRequest(@Nullable List<String> channels, @Nullable Boolean transactionalConsent,
                                     @Nullable Boolean marketingConsent, @Nullable Boolean feedbackConsent) {
        public List<DeliveryChannel> channelList() {
            List<DeliveryChannel> parsed = new ArrayList<>();
            for (String channel : channels == null ? List.<String>of() : channels) {
                DeliveryChannel named = Arrays.stream(DeliveryChannel.values())
                        .filter(known -> known != DeliveryChannel.WEBHOOK && known.name().equalsIgnoreCase(channel))
                        .findFirst().orElseThrow(() -> new InvalidRequestException("channels",
                                "channels may be EMAIL, SMS and WHATSAPP"));
                parsed.add(named);
            }
            return parsed;
        }
    }

    /** How a client may be reached, and the channels they left by answering STOP. */
    public record Preferences(List<DeliveryChannel> channels, boolean transactionalConsent, boolean marketingConsent,
                              boolean feedbackConsent, List<DeliveryChannel> optedOut) {
        static Preferences from(ContactPreferences preferences) {
            return new Preferences(preferences.channels(), preferences.transactionalConsent(),
                    preferences.marketingConsent(), preferences.feedbackConsent(),
                    preferences.optedOut().stream().sorted().toList());
        }
    }

    /** A client as the API shows it. */
    public record Response(String id, String firstName, @Nullable String lastName, @Nullable String email,
                           @Nullable String phone, boolean active, Preferences contactPreferences,
                           @Schema(description = "When the client's personal data was erased (UTC); null if never",
                                   example = "2026-12-02T10:15:30.123Z") @Nullable String dataDeletedAt) {
        public static Response from(Client client) {
            return new Response(client.id(), client.firstName(), client.lastName(),
                    client.email() == null ? null : client.email().value(),
                    client.phone() == null ? null : client.phone().value(), client.active(),
                    Preferences.from(client.preferences()),
                    client.dataDeletedAt() == null ? null : client.dataDeletedAt().toString());
        }
    }
}
