package io.cita.adapters.messaging;

import io.cita.application.port.out.CalendarWriter;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Writes calendar feeds with ical4j: METHOD:PUBLISH, the feed's name as X-WR-CALNAME, events in UTC. */
@Singleton
public class IcalCalendarWriter implements CalendarWriter {
    @Override
    public String feed(String name, List<Event> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Cita//Bookings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (Event event : events) {
            VEvent component = new VEvent(event.start(), event.end(), event.summary());
            component.add(new Uid(event.uid()));
            component.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.sequence())));
            component.add(event.tentative() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(component);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
