package dev.toitsu.standard.mapping;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** A sparse tf-idf vector: weight = field weight × (1 + ln tf) × idf, summed over the fields a term occurs in. */
public final class TermVector {

    private final Map<String, Double> weights = new HashMap<>();
    private double norm = -1;

    public TermVector add(Collection<String> terms, double fieldWeight, ToDoubleFunction<String> idf) {
        Map<String, Integer> tf = new HashMap<>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        tf.forEach((term, count) ->
                weights.merge(term, fieldWeight * (1 + Math.log(count)) * idf.applyAsDouble(term), Double::sum));
        norm = -1;
        return this;
    }

    public TermVector add(TermVector other, double factor) {
        other.weights.forEach((t, w) -> weights.merge(t, w * factor, Double::sum));
        norm = -1;
        return this;
    }

    public double cosine(TermVector other) {
        double n = norm() * other.norm();
        return n == 0 ? 0 : dot(other) / n;
    }

    public double dot(TermVector other) {
        TermVector small = weights.size() <= other.weights.size() ? this : other;
        TermVector large = small == this ? other : this;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.weights.entrySet()) {
            Double w = large.weights.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /** The share of this vector's weight (L1) that falls on the given terms: how much of it they reach. */
    public double reachedBy(Set<String> terms) {
        double total = 0;
        double reached = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            total += e.getValue();
            if (terms.contains(e.getKey())) {
                reached += e.getValue();
            }
        }
        return total == 0 ? 0 : reached / total;
    }

    public Set<String> terms() {
        return weights.keySet();
    }

    /** The Euclidean length of the vector. */
    public double norm() {
        if (norm < 0) {
            double sum = 0;
            for (double w : weights.values()) {
                sum += w * w;
            }
            norm = Math.sqrt(sum);
        }
        return norm;
    }
}
