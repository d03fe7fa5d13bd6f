package io.cita.adapters.webhook;

import io.cita.application.port.in.ManageTenantUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The chat shortlink of seed 002: {@code /go/{slug}} opens WhatsApp on the shared number with the slug typed. */
@Controller("/go")
public class ShortlinkController {
    private final ManageTenantUseCase tenants;
    private final String displayNumber;

    public ShortlinkController(ManageTenantUseCase tenants,
                               @Nullable @Value("${whatsapp.display-number:}") String displayNumber) {
        this.tenants = tenants;
        this.displayNumber = displayNumber == null ? "" : displayNumber.replaceAll("\\D", "");
    }

    @Get("/{slug}")
    public HttpResponse<?> open(String slug) {
        boolean operating = !displayNumber.isEmpty() && tenants.findBySlug(slug)
                .filter(tenant -> tenant.status().operating()).isPresent();
        if (!operating) {
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        return HttpResponse.status(HttpStatus.MOVED_PERMANENTLY).headers(headers -> headers.location(URI.create(
                "https://wa.me/" + displayNumber + "?text=" + URLEncoder.encode(slug, StandardCharsets.UTF_8))));
    }
}
