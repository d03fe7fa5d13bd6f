package io.cita.application.service.chat;

import io.cita.application.port.out.OutboundMessage;
import io.cita.domain.conversation.ChatOption;
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How the bot writes days, times, prices and pages of options, in the business's language and zone. */
final class ChatReplies {
    /** Options on one page; a tenth row says "more". */
    static final int PAGE = 9;

    private ChatReplies() {
    }

    static String day(ChatTurn turn, LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE d/M", turn.language().locale()).format(day);
    }

    static String time(ChatTurn turn, Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(turn.tenant().timezone()));
    }

    static String money(Money price) {
        return price.display();
    }

    /**
     * Shows page {@code page} of the options as a numbered list (a typed number works as well as a tap), with "more"
     * when others follow, and returns the ids shown.
     */
    static List<String> page(ChatTurn turn, Map<String, OutboundMessage.Option> options, int page, String text) {
        List<String> all = new ArrayList<>(options.keySet());
        int from = Math.min(page * PAGE, Math.max(0, all.size() - 1));
        List<String> shown = new ArrayList<>(all.subList(from, Math.min(all.size(), from + PAGE)));
        List<OutboundMessage.Option> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            OutboundMessage.Option option = options.get(shown.get(i));
            rows.add(new OutboundMessage.Option(option.id(), (i + 1) + ". " + option.title(), option.description()));
        }
        if (from + PAGE < all.size()) {
            rows.add(new OutboundMessage.Option(ChatOption.MORE.id(), turn.say(Key.MORE), null));
        }
        turn.list(text, turn.say(Key.BUTTON_LIST), rows);
        return shown;
    }
}
