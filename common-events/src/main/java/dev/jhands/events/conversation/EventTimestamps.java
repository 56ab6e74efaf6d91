package dev.jhands.events.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * Timestamps as OpenHands writes them.
 *
 * <p>An event's {@code timestamp} is Python's {@code datetime.now().isoformat()}: server-local time
 * with no offset, microseconds when non-zero ({@code 2025-11-12T14:03:27.123456}). It is kept as a
 * string so a stored event round-trips byte for byte; {@link #parse} turns it, or a search bound,
 * into a comparable {@link LocalDateTime}. ConversationInfo's {@code created_at} and {@code
 * updated_at} are pydantic's UTC form instead ({@code 2025-11-12T13:03:27.123456Z}), see {@link
 * #formatUtc}.
 */
public final class EventTimestamps {

  private static final DateTimeFormatter TO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private EventTimestamps() {}

  /** Now, as a new event's timestamp. */
  public static String now() {
    return now(Clock.systemDefaultZone());
  }

  public static String now(Clock clock) {
    return format(LocalDateTime.now(clock));
  }

  /** Python's {@code isoformat()} of a naive datetime (microsecond precision). */
  public static String format(LocalDateTime time) {
    LocalDateTime micros = time.truncatedTo(ChronoUnit.MICROS);
    String seconds = TO_SECONDS.format(micros);
    int micro = micros.getNano() / 1_000;
    return micro == 0 ? seconds : seconds + String.format(".%06d", micro);
  }

  /** Pydantic's JSON form of a UTC datetime, for {@code created_at} and {@code updated_at}. */
  public static String formatUtc(Instant instant) {
    return format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
  }

  /** {@link #formatUtc} of the clock's instant. */
  public static String utcNow(Clock clock) {
    return formatUtc(clock.instant());
  }

  /** {@link #parse(String, ZoneId)} in the JVM's zone, which is the server's local time. */
  public static LocalDateTime parse(String text) {
    return parse(text, ZoneId.systemDefault());
  }

  /**
   * Reads an event timestamp or a search bound as server-local time. A naive value is taken as
   * already local; a value with an offset or {@code Z} is converted to {@code serverZone}, as the
   * agent server does with {@code timestamp__gte}/{@code timestamp__lt}. A bare date means its
   * midnight, and a space may separate date and time, as Python accepts.
   *
   * @throws java.time.format.DateTimeParseException if the text is not an ISO-8601 date-time
   */
  public static LocalDateTime parse(String text, ZoneId serverZone) {
    String iso = text.trim();
    if (iso.length() == 10) {
      return LocalDate.parse(iso).atStartOfDay();
    }
    if (iso.length() > 10 && iso.charAt(10) == ' ') {
      iso = iso.substring(0, 10) + 'T' + iso.substring(11);
    }
    TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
    if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      return OffsetDateTime.from(parsed).atZoneSameInstant(serverZone).toLocalDateTime();
    }
    return LocalDateTime.from(parsed);
  }
}
