/**
 * Business calendars: which instants are working time, and arithmetic in business time (add a
 * duration, measure between two instants, find the next opening). {@link
 * org.anxin.sla.calendar.DatedCalendar} is defined per date and precomputes prefix sums of working
 * minutes so that "between" is constant-time and "add" logarithmic; {@link
 * org.anxin.sla.calendar.Calendars} gives the built-ins {@code 24x7} and {@code cn-workday}, the
 * latter from China's official holiday arrangements shipped in {@code cn-holidays.txt}.
 */
package org.anxin.sla.calendar;
