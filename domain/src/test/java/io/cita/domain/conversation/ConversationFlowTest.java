package io.cita.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The booking conversation decided without any store: each state and what a message there leads to. */
class ConversationFlowTest {
    private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);
    private static final Instant NOW = Instant.parse("2031-03-10T09:00:00Z");
    private static final Instant TEN = Instant.parse("2031-03-11T10:00:00Z");

    private static Conversation in(ConversationState state, List<String> offered) {
        return new Conversation("conv_1", "ten_1", "34600111222", state, "svc_1", LocalDate.of(2031, 3, 11), null,
                state == ConversationState.CONFIRMING ? "hold_1" : null, offered, 0, NOW, NOW.plusSeconds(3600));
    }

    private static Move typed(Conversation conversation, String text) {
        return ConversationFlow.next(conversation, ChatInput.interpret(text, TODAY), null);
    }

    private static Move picked(Conversation conversation, String optionId) {
        return ConversationFlow.next(conversation, ChatInput.interpret("", TODAY), optionId);
    }

    @Nested
    class InEveryState {
        @Test
        void menuHelpCancelAndMyBookingsAreCommands() {
            for (ConversationState state : ConversationState.values()) {
                Conversation conversation = in(state, List.of());
                assertThat(typed(conversation, "menu")).isEqualTo(new Move.Welcome());
                assertThat(typed(conversation, "ayuda")).isEqualTo(new Move.Help());
                assertThat(typed(conversation, "cancelar")).isEqualTo(new Move.Quit());
                assertThat(typed(conversation, "mis reservas")).isEqualTo(new Move.ShowMyBookings());
            }
        }

        @Test
        void aPickedOptionIsNeverTakenForACommand() {
            assertThat(ConversationFlow.next(in(ConversationState.START, List.of("book", "mine", "help")),
                    ChatInput.interpret("menu", TODAY), "book")).isEqualTo(new Move.OfferServices(0));
        }
    }

    @Test
    void fromTheMenu_bookOffersServices_mineListsBookings_andAnythingElseGreetsAgain() {
        Conversation start = in(ConversationState.START, List.of("book", "mine", "help"));
        assertThat(picked(start, ChatOption.BOOK.id())).isEqualTo(new Move.OfferServices(0));
        assertThat(typed(start, "2")).isEqualTo(new Move.ShowMyBookings());
        assertThat(picked(start, ChatOption.HELP.id())).isEqualTo(new Move.Help());
        assertThat(typed(start, "good morning")).isEqualTo(new Move.Welcome());
    }

    @Test
    void choosingAService_anOfferedOneOffersDays_moreTurnsThePage_andAnythingElseIsNotUnderstood() {
        Conversation choosing = in(ConversationState.CHOOSING_SERVICE, List.of("svc_1", "svc_2"));
        assertThat(typed(choosing, "2")).isEqualTo(new Move.OfferDays("svc_2", 0));
        assertThat(picked(choosing, "svc_1")).isEqualTo(new Move.OfferDays("svc_1", 0));
        assertThat(typed(choosing, "mas")).isEqualTo(new Move.OfferServices(1));
        assertThat(typed(choosing, "7")).isEqualTo(new Move.Say(ChatTexts.Key.NOT_UNDERSTOOD));
        assertThat(picked(choosing, "svc_unknown")).isEqualTo(new Move.Say(ChatTexts.Key.NOT_UNDERSTOOD));
        assertThat(typed(choosing, "un corte de pelo")).as("a name is looked up among the services")
                .isEqualTo(new Move.ServiceNamed());
    }

    @Test
    void choosingADate_anOfferedOrWrittenDateOffersItsTimes() {
        Conversation choosing = in(ConversationState.CHOOSING_DATE, List.of("2031-03-11", "2031-03-12"));
        assertThat(typed(choosing, "2")).isEqualTo(new Move.OfferTimes(LocalDate.of(2031, 3, 12), 0));
        assertThat(typed(choosing, "mañana")).isEqualTo(new Move.OfferTimes(TODAY.plusDays(1), 0));
        assertThat(typed(choosing, "25/12")).isEqualTo(new Move.OfferTimes(LocalDate.of(2031, 12, 25), 0));
        assertThat(typed(choosing, "whenever")).isEqualTo(new Move.Say(ChatTexts.Key.DATE_NOT_UNDERSTOOD));
    }

    @Test
    void choosingATime_anOfferedStartIsHeld_aWrittenTimeIsLookedUp_andADateChangesTheDay() {
        Conversation choosing = in(ConversationState.CHOOSING_TIME, List.of(TEN.toString()));
        assertThat(typed(choosing, "1")).isEqualTo(new Move.Hold(TEN));
        assertThat(typed(choosing, "15:30")).isEqualTo(new Move.HoldAt(LocalTime.of(15, 30)));
        assertThat(typed(choosing, "viernes")).isEqualTo(new Move.OfferTimes(LocalDate.of(2031, 3, 14), 0));
        assertThat(typed(choosing, "more")).isEqualTo(new Move.OfferTimes(LocalDate.of(2031, 3, 11), 1));
        assertThat(typed(choosing, "whenever")).isEqualTo(new Move.Say(ChatTexts.Key.TIME_NOT_OFFERED));
    }

    @Test
    void confirming_yesBooks_noDeclines_andAnythingElseIsNotUnderstood() {
        Conversation confirming = in(ConversationState.CONFIRMING, List.of("yes", "no"));
        assertThat(picked(confirming, ChatOption.YES.id())).isEqualTo(new Move.Book());
        assertThat(typed(confirming, "sí")).isEqualTo(new Move.Book());
        assertThat(typed(confirming, "no")).isEqualTo(new Move.Decline());
        assertThat(typed(confirming, "perhaps")).isEqualTo(new Move.Say(ChatTexts.Key.NOT_UNDERSTOOD));
    }

    @Test
    void lookingAtMyBookings_anOfferedOneIsCancelled_andAnythingElseGreets() {
        Conversation mine = in(ConversationState.MY_BOOKINGS, List.of("bkg_1", "bkg_2"));
        assertThat(typed(mine, "2")).isEqualTo(new Move.CancelBooking("bkg_2"));
        assertThat(typed(mine, "hello there")).isEqualTo(new Move.Welcome());
    }
}
