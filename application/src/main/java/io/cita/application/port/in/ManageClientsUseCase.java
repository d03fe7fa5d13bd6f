package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.DeliveryChannel;
import java.util.List;

/** Keeping a tenant's customers; phone and e-mail are unique per tenant. */
public interface ManageClientsUseCase {
    Client create(String tenantId, ClientDetails details, Actor actor);

    Client update(String tenantId, String clientId, ClientDetails details, Actor actor);

    /**
     * Sets how a client may be reached: the channels in order of preference (empty: the default) and the consents.
     * Channels the client left by answering STOP stay left.
     */
    Client choosePreferences(String tenantId, String clientId, List<DeliveryChannel> channels, boolean transactional,
                             boolean marketing, boolean feedback, Actor actor);

    Client get(String tenantId, String clientId);

    Page<Client> list(String tenantId, PageRequest page);

    Client deactivate(String tenantId, String clientId, Actor actor);

    /**
     * Erases the client's personal data everywhere it is kept, leaving an inactive client without names, phone or
     * e-mail, and their bookings; erasing an erased client changes nothing.
     */
    Client erase(String tenantId, String clientId, Actor actor);
}
