package io.cita.domain.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The erasure of one client's personal data (seed 003's right to erasure): the client as they are and as they were
 * before (earlier names, phones and e-mails), when, and how text the business kept is redacted. Their e-mails and
 * phones (with or without the plus, so also inside a URL-encoded form or a WhatsApp id) identify them wherever they
 * appear. A name does not: another client may share it, so names are redacted (as whole words, in any case) only in
 * text that is theirs: a record of theirs, or a text that names their client id.
 */
public record Erasure(Client client, List<Client> formerly, Instant at) {
    /** Why a message to the client that was still to be sent never will be. */
    public static final String SKIPPED_REASON = "the client's personal data was erased";
    private static final int SHORTEST_NAME = 2;

    public Erasure {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(at, "at");
        formerly = formerly == null ? List.of() : List.copyOf(formerly);
    }

    /** The erasure of a client known only as they are now. */
    public Erasure(Client client, Instant at) {
        this(client, List.of(), at);
    }

    /** The client as they are once erased: the time of an earlier erasure is kept. */
    public Client erased() {
        return client.erasedAt(client.erased() ? client.dataDeletedAt() : at);
    }

    /** Every phone the client had, in E.164, the current one first. */
    public List<String> phones() {
        return distinct(identities().stream().map(Client::phone).filter(Objects::nonNull)
                .map(phone -> phone.value()).toList());
    }

    /** Every phone the client had without its plus, as WhatsApp writes it. */
    public List<String> phoneDigits() {
        return phones().stream().map(phone -> phone.substring(1)).toList();
    }

    /** Every e-mail address the client had, the current one first. */
    public List<String> emails() {
        return distinct(identities().stream().map(Client::email).filter(Objects::nonNull)
                .map(email -> email.value()).toList());
    }

    /** Every phone and e-mail address the client had: where messages to them went. */
    public List<String> addresses() {
        List<String> addresses = new ArrayList<>(phones());
        addresses.addAll(emails());
        return addresses;
    }

    /**
     * The texts a store looks for to find what {@link #redact} would change, as they are written (a store's search
     * may care about case): the e-mails, the phones' digits and the client's id.
     */
    public List<String> needles() {
        List<String> needles = new ArrayList<>(emails());
        needles.addAll(phoneDigits());
        needles.add(client.id());
        return longestFirst(needles);
    }

    /**
     * {@code text} with the client's e-mails and phones replaced by {@link Client#ERASED}, and their names too if the
     * text names their client id; null stays null.
     */
    public String redact(String text) {
        return text == null || !text.contains(client.id()) ? redactContacts(text) : redactTheirs(text);
    }

    /** {@code text}, known to be about the client, with their e-mails, phones and names redacted; null stays null. */
    public String redactTheirs(String text) {
        String redacted = redactContacts(text);
        if (redacted == null) {
            return null;
        }
        for (String name : names()) {
            redacted = replace(redacted, "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
        }
        return redacted;
    }

    private String redactContacts(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String email : emails()) {
            redacted = replace(redacted, "(?i)" + Pattern.quote(email));
        }
        for (String digits : phoneDigits()) {
            redacted = replace(redacted, "\\+?(?<![0-9])" + Pattern.quote(digits) + "(?![0-9])");
        }
        return redacted;
    }

    /** Whether {@code text} mentions the client: whether {@link #redact} would change it. */
    public boolean mentions(String text) {
        return text != null && !text.equals(redact(text));
    }

    /** The client now and before; none once erased, when nothing of them is left to look for. */
    private List<Client> identities() {
        List<Client> identities = new ArrayList<>();
        if (!client.erased()) {
            identities.add(client);
        }
        identities.addAll(formerly);
        return identities;
    }

    /** Each full name, last name and first name the client had, and each as JSON writes it, longest first. */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (Client identity : identities()) {
            String first = identity.firstName() == null ? "" : identity.firstName().strip();
            String last = identity.lastName() == null ? "" : identity.lastName().strip();
            for (String name : List.of((first + " " + last).strip(), last, first)) {
                if (name.length() >= SHORTEST_NAME && !name.equals(Client.ERASED)) {
                    names.add(name);
                    names.add(name.replace("\\", "\\\\").replace("\"", "\\\""));
                }
            }
        }
        return longestFirst(names);
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static List<String> longestFirst(List<String> values) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(values));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static String replace(String text, String regex) {
        return Pattern.compile(regex).matcher(text).replaceAll(Matcher.quoteReplacement(Client.ERASED));
    }
}
