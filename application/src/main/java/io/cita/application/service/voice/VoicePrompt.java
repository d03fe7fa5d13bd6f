package io.cita.application.service.voice;

import io.cita.application.port.in.AgentTool;
import io.cita.domain.agent.SpokenTime;
import io.cita.domain.catalog.Service;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.voice.VoiceAssistant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the voice assistant is told before a call: who it answers for, today's date there, the services, its rules. */
final class VoicePrompt {
    private VoicePrompt() {
    }

    static String firstMessage(Tenant tenant, VoiceAssistant assistant) {
        if (assistant.firstMessage() != null) {
            return assistant.firstMessage();
        }
        return assistant.language() == Language.EN ? "Hello, this is " + tenant.name() + ". How can I help you?"
                : "Hola, le atiende " + tenant.name() + ". ¿En qué puedo ayudarle?";
    }

    static String system(Tenant tenant, VoiceAssistant assistant, List<Service> services, List<AgentTool> tools,
                         Instant now) {
        StringBuilder prompt = new StringBuilder();
        prompt.append("You are the phone booking assistant of ").append(tenant.name()).append(". Speak ")
                .append(assistant.language() == Language.EN ? "English" : "Spanish")
                .append(", briefly and warmly: this is a phone call.\n");
        prompt.append("Now it is ").append(SpokenTime.of(now, tenant.timezone(), Language.EN)).append(" (")
                .append(LocalDate.ofInstant(now, tenant.timezone())).append(", time zone ")
                .append(tenant.timezone().getId()).append(").\n");
        prompt.append("Services: ");
        prompt.append(String.join("; ", services.stream().map(service -> service.name() + " ("
                + service.durationMinutes() + " min, " + service.price().display() + ")").toList())).append(".\n");
        prompt.append("Tools: ").append(String.join(", ", tools.stream().map(AgentTool::name).toList()))
                .append(". Offer only times that find_offers or explain_time gave; read them as their 'when'. ")
                .append("Hold the chosen offer, repeat it and ask for confirmation, then book it and tell the caller ")
                .append("the booking code. The caller's phone number is known; ask for their name when booking. ")
                .append("When a tool fails, say its 'say' sentence and use the offers it gives.\n");
        append(prompt, "About the business", assistant.businessContext());
        append(prompt, "Booking instructions", assistant.bookingInstructions());
        append(prompt, "Instructions", assistant.instructions());
        return prompt.toString();
    }

    private static void append(StringBuilder prompt, String title, String text) {
        if (text != null) {
            prompt.append(title).append(": ").append(text).append('\n');
        }
    }
}
