package dev.jhands.events.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EventTimestampsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void formatsLikePythonIsoformat() {
    assertThat(EventTimestamps.format(LocalDateTime.of(2025, 11, 12, 10, 15, 30, 123_456_789)))
        .isEqualTo("2025-11-12T10:15:30.123456");
    assertThat(EventTimestamps.format(LocalDateTime.of(2025, 11, 12, 10, 15, 30, 1_000)))
        .isEqualTo("2025-11-12T10:15:30.000001");
    // Python drops the fraction when the microseconds are zero.
    assertThat(EventTimestamps.format(LocalDateTime.of(2025, 11, 12, 10, 15, 30, 999)))
        .isEqualTo("2025-11-12T10:15:30");
  }

  @Test
  void nowIsNaiveLocalTime() {
    Clock clock = Clock.fixed(Instant.parse("2025-11-12T09:15:30.5Z"), PARIS);

    assertThat(EventTimestamps.now(clock)).isEqualTo("2025-11-12T10:15:30.500000");
  }

  @Test
  void utcTimesArePydanticsForm() {
    assertThat(EventTimestamps.formatUtc(Instant.parse("2025-11-12T09:15:29.998877Z")))
        .isEqualTo("2025-11-12T09:15:29.998877Z");
    assertThat(EventTimestamps.utcNow(Clock.fixed(Instant.parse("2025-11-12T09:15:29Z"), PARIS)))
        .isEqualTo("2025-11-12T09:15:29Z");
  }

  @Test
  void parsesNaiveValuesAsLocal() {
    assertThat(EventTimestamps.parse("2025-11-12T10:15:30.123456", PARIS))
        .isEqualTo(LocalDateTime.of(2025, 11, 12, 10, 15, 30, 123_456_000));
    assertThat(EventTimestamps.parse("2025-11-12 10:15:30", PARIS))
        .isEqualTo(LocalDateTime.of(2025, 11, 12, 10, 15, 30));
    assertThat(EventTimestamps.parse("2025-11-12", PARIS))
        .isEqualTo(LocalDateTime.of(2025, 11, 12, 0, 0));
  }

  @Test
  void convertsAwareValuesToServerTime() {
    assertThat(EventTimestamps.parse("2025-11-12T09:15:30Z", PARIS))
        .isEqualTo(LocalDateTime.of(2025, 11, 12, 10, 15, 30));
    assertThat(EventTimestamps.parse("2025-11-12T04:15:30-05:00", PARIS))
        .isEqualTo(LocalDateTime.of(2025, 11, 12, 10, 15, 30));
  }

  @Test
  void roundTripsItsOwnFormat() {
    LocalDateTime time = LocalDateTime.of(2025, 11, 12, 23, 59, 59, 999_999_000);

    assertThat(EventTimestamps.parse(EventTimestamps.format(time))).isEqualTo(time);
  }
}
