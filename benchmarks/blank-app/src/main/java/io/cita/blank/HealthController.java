package io.cita.blank;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/** GET /health, answered as Cita's is, so both apps are timed to the same first response. */
@Controller("/health")
public class HealthController {
    @Get
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
