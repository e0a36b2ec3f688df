package dev.toitsu.organization;

import java.util.List;

/** One page of people, ordered by kana, with the total of the query (counted in the same statement). */
public record PersonPage(List<Person> people, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PersonPage {
        people = List.copyOf(people);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
