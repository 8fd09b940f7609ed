package io.sqlj.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The rows every batch insert sends: the same 1,000 for every variant. */
final class Workload {

  static final List<Event> EVENTS = events();

  private Workload() {}

  private static List<Event> events() {
    List<Event> events = new ArrayList<>(1000);
    for (int i = 0; i < 1000; i++) {
      events.add(new Event(i % Database.USERS + 1, i % 2 == 0 ? "click" : "view", i * 3L));
    }
    return List.copyOf(events);
  }

  /** The events as another library's row type, built once outside the measurement. */
  static <T> List<T> as(Function<Event, T> convert) {
    return EVENTS.stream().map(convert).toList();
  }
}
