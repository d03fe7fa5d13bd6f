package io.cita.adapters.rest.dto;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.ClientDetails;
import io.cita.domain.client.Client;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

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

    /** A client as the API shows it. */
    public record Response(String id, String firstName, @Nullable String lastName, @Nullable String email,
                           @Nullable String phone, boolean active) {
        public static Response from(Client client) {
            return new Response(client.id(), client.firstName(), client.lastName(),
                    client.email() == null ? null : client.email().value(),
                    client.phone() == null ? null : client.phone().value(), client.active());
        }
    }
}
