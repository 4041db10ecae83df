package bank.bonafide.platform.rules;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A jurisdiction's business days: Monday to Friday in its time zone, less public holidays, plus the
 * make-up working days some countries declare. Holidays come from the maintained jollyday library where
 * it knows the official schedule; otherwise (China's yearly State Council notice) from the pack itself,
 * and then only for the years the pack covers: asking about another year is an error, never a guess.
 *
 * @param cutOff an event after this local time counts as received on the next business day
 */
public record BusinessCalendar(ZoneId zone, LocalTime cutOff, String holidaySource, String subdivision,
                               Set<LocalDate> packHolidays, Set<LocalDate> workingDays, Set<Integer> coveredYears) {

    static final String PACK = "pack";

    public BusinessCalendar {
        packHolidays = Set.copyOf(packHolidays);
        workingDays = Set.copyOf(workingDays);
        coveredYears = Set.copyOf(coveredYears);
    }

    public boolean isBusinessDay(LocalDate day) {
        requireCovered(day);
        if (workingDays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !isHoliday(day);
    }

    /** The business day on which an event at {@code at} counts as received (cut-off and rest days applied). */
    public LocalDate receivedOn(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (cutOff != null && local.toLocalTime().isAfter(cutOff)) {
            day = day.plusDays(1);
        }
        return onOrAfter(day);
    }

    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public LocalDate plusBusinessDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The last microsecond of {@code day} in this calendar's zone (deadlines run to the end of the day).
     * Microseconds, because that is what the database keeps: a nanosecond short of midnight would be
     * rounded up to the next day by H2.
     */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minus(1, java.time.temporal.ChronoUnit.MICROS);
    }

    private boolean isHoliday(LocalDate day) {
        if (PACK.equals(holidaySource)) {
            return packHolidays.contains(day);
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.valueOf(holidaySource)));
        return (subdivision == null ? manager.isHoliday(day) : manager.isHoliday(day, subdivision)) || packHolidays.contains(day);
    }

    private void requireCovered(LocalDate day) {
        if (PACK.equals(holidaySource) && !coveredYears.contains(day.getYear())) {
            throw new CalendarNotCovered(day.getYear());
        }
    }
}
