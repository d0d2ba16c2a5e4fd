package org.newsmark.agreement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Krippendorff's unitizing alpha (alpha_U) computed exactly as DKPro Statistics 2.2.1 computes it
 * ({@code KrippendorffAlphaUnitizingAgreement}): the same walk over each pair of coders' units and
 * gaps, the same arithmetic (doubles for the observed disagreement, {@code BigDecimal} with
 * {@code MathContext.DECIMAL128} for the expected one), the same conventions (alpha 0 where observed
 * and expected disagreement are equal; overall alpha as 1 - mean D_o / mean D_e over the categories).
 * Results equal DKPro's to the last bit, which the tests check on random studies.
 *
 * <p>Why not DKPro's class itself: its expected disagreement compares every unit with every gap
 * (quadratic), in {@code BigDecimal}. A study pooled over 1,000 articles has tens of thousands of
 * each and takes minutes; here the gaps are sorted once and summed by prefix, which gives the same
 * exact sums in milliseconds. DKPro is used for the coding measures and is this class's oracle.
 */
public final class UnitizingAlpha {

    /** One category's disagreements and agreement. */
    public record CategoryResult(String category, double observed, double expected, double alpha) {
    }

    private final UnitizingStudy study;
    /** Each (category, rater)'s units in DKPro's order (TreeSet: begin, length, rater). */
    private final Map<String, List<List<UnitizingStudy.Unit>>> byCategory = new HashMap<>();
    private final Map<String, CategoryResult> results = new HashMap<>();

    public UnitizingAlpha(UnitizingStudy study) {
        this.study = study;
        Comparator<UnitizingStudy.Unit> order = Comparator.comparingLong(UnitizingStudy.Unit::begin)
                .thenComparingLong(UnitizingStudy.Unit::length);
        for (UnitizingStudy.Unit unit : study.units()) {
            List<List<UnitizingStudy.Unit>> perRater = byCategory.computeIfAbsent(unit.category(), category -> {
                List<List<UnitizingStudy.Unit>> lists = new ArrayList<>();
                for (int r = 0; r < study.raters(); r++) {
                    lists.add(new ArrayList<>());
                }
                return lists;
            });
            perRater.get(unit.rater()).add(unit);
        }
        byCategory.values().forEach(lists -> lists.forEach(list -> list.sort(order)));
    }

    /** The overall alpha_U: 1 - mean D_o / mean D_e over the study's categories; NaN for a study without units. */
    public double agreement() {
        double observed = observedDisagreement();
        double expected = expectedDisagreement();
        if (observed == expected) {
            return 0.0;
        }
        return 1.0 - observed / expected;
    }

    /** The mean over categories of the observed disagreement. */
    public double observedDisagreement() {
        double result = 0.0;
        for (String category : study.categories()) {
            result += category(category).observed();
        }
        return result / study.categories().size();
    }

    /** The mean over categories of the expected disagreement. */
    public double expectedDisagreement() {
        double result = 0.0;
        for (String category : study.categories()) {
            result += category(category).expected();
        }
        return result / study.categories().size();
    }

    public double categoryAgreement(String category) {
        return category(category).alpha();
    }

    public CategoryResult category(String category) {
        return results.computeIfAbsent(category, c -> {
            double observed = observed(c);
            double expected = expected(c);
            double alpha = observed == expected ? 0.0 : 1.0 - observed / expected;
            return new CategoryResult(c, observed, expected, alpha);
        });
    }

    private List<UnitizingStudy.Unit> units(String category, int rater) {
        List<List<UnitizingStudy.Unit>> lists = byCategory.get(category);
        return lists == null ? List.of() : lists.get(rater);
    }

    private double observed(String category) {
        long b = study.begin();
        long l = study.length();
        int r = study.raters();
        double result = 0.0;
        for (int r1 = 0; r1 < r; r1++) {
            for (int r2 = r1 + 1; r2 < r; r2++) {
                result += observedPair(units(category, r1), units(category, r2), b, l);
            }
        }
        result *= 2.0;
        result /= (double) (r * (r - 1) * (l * l));
        return result;
    }

    /** DKPro's walk over two coders' segments (units and the gaps between them), summing their distances. */
    private static double observedPair(List<UnitizingStudy.Unit> units1, List<UnitizingStudy.Unit> units2, long b, long l) {
        int next1 = 0;
        int next2 = 0;
        UnitizingStudy.Unit nextUnit1 = next1 < units1.size() ? units1.get(next1++) : null;
        UnitizingStudy.Unit nextUnit2 = next2 < units2.size() ? units2.get(next2++) : null;
        long offset1 = b;
        long length1 = 0;
        long offset2 = b;
        long length2 = 0;
        boolean unit1 = false;
        boolean unit2 = false;
        long pos = b;
        double result = 0.0;
        while (pos < b + l && (nextUnit1 != null || nextUnit2 != null)) {
            if (pos == offset1 + length1) {
                if (nextUnit1 != null && pos == nextUnit1.begin()) {
                    length1 = nextUnit1.length();
                    unit1 = true;
                    nextUnit1 = next1 < units1.size() ? units1.get(next1++) : null;
                } else {
                    length1 = (nextUnit1 != null ? nextUnit1.begin() : b + l) - pos;
                    unit1 = false;
                }
                offset1 = pos;
            }
            if (pos == offset2 + length2) {
                if (nextUnit2 != null && pos == nextUnit2.begin()) {
                    length2 = nextUnit2.length();
                    unit2 = true;
                    nextUnit2 = next2 < units2.size() ? units2.get(next2++) : null;
                } else {
                    length2 = (nextUnit2 != null ? nextUnit2.begin() : b + l) - pos;
                    unit2 = false;
                }
                offset2 = pos;
            }
            result += distance(offset1, length1, unit1, offset2, length2, unit2);
            pos = Math.min(offset1 + length1, offset2 + length2);
        }
        return result;
    }

    /** DKPro's {@code measureDistance}: between two units, or a unit and a gap it lies in; else 0. */
    static double distance(long offset1, long length1, boolean unit1, long offset2, long length2, boolean unit2) {
        long beginDiff = offset1 - offset2;
        long lengthDiff = length1 - length2;
        if (unit1 && unit2 && -length1 < beginDiff && beginDiff < length2) {
            return beginDiff * beginDiff + (beginDiff + lengthDiff) * (beginDiff + lengthDiff);
        }
        if (unit1 && !unit2 && -lengthDiff >= beginDiff && beginDiff >= 0) {
            return length1 * length1;
        }
        if (!unit1 && unit2 && -lengthDiff <= beginDiff && beginDiff <= 0) {
            return length2 * length2;
        }
        return 0.0;
    }

    private double expected(String category) {
        long b = study.begin();
        long l = study.length();
        int r = study.raters();
        int nc = 0;
        BigDecimal squaredLengths = BigDecimal.ZERO;
        // Units by length: each length's terms are the same, so they are computed once and counted.
        TreeMap<Long, Long> lengths = new TreeMap<>();
        List<Long> gapList = new ArrayList<>();
        for (int rater = 0; rater < r; rater++) {
            List<UnitizingStudy.Unit> units = units(category, rater);
            for (UnitizingStudy.Unit unit : units) {
                nc++;
                squaredLengths = squaredLengths.add(new BigDecimal(unit.length()).multiply(new BigDecimal(unit.length() - 1.0)));
                lengths.merge(unit.length(), 1L, Long::sum);
            }
            gaps(units, b, l, gapList);
        }
        long[] gaps = gapList.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(gaps);
        // suffix[i] = sum of gaps[i..], so the gaps at least as long as a unit are summed at once.
        BigInteger[] suffix = new BigInteger[gaps.length + 1];
        suffix[gaps.length] = BigInteger.ZERO;
        for (int i = gaps.length - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1].add(BigInteger.valueOf(gaps[i]));
        }
        BigDecimal result = BigDecimal.ZERO;
        for (Map.Entry<Long, Long> entry : lengths.entrySet()) {
            long length1 = entry.getKey();
            BigDecimal count = new BigDecimal(entry.getValue());
            BigDecimal sum1 = new BigDecimal((nc - 1.0)
                    * (2.0 * length1 * length1 * length1 - 3.0 * length1 * length1 + length1))
                    .divide(new BigDecimal(3), MathContext.DECIMAL128);
            int first = firstAtLeast(gaps, length1);
            long longer = gaps.length - first;
            // sum over gaps g >= length1 of (g - length1 + 1)
            BigInteger gapSum = suffix[first].subtract(BigInteger.valueOf(length1 - 1).multiply(BigInteger.valueOf(longer)));
            BigDecimal sum2 = new BigDecimal(gapSum).multiply(new BigDecimal(length1 * length1));
            result = result.add(sum1.add(sum2).multiply(count));
        }
        result = result.multiply(new BigDecimal(2).divide(new BigDecimal(l), MathContext.DECIMAL128));
        result = result.divide(new BigDecimal(r * l * (r * l - 1)).subtract(squaredLengths), MathContext.DECIMAL128);
        return result.doubleValue();
    }

    /** DKPro's walk over one coder's units, collecting the gaps between them (including a gap before and after). */
    private static void gaps(List<UnitizingStudy.Unit> units, long b, long l, List<Long> gaps) {
        int next = 0;
        UnitizingStudy.Unit nextUnit = next < units.size() ? units.get(next++) : null;
        long offset = b;
        long length = 0;
        long pos = b;
        while (pos < b + l) {
            if (pos == offset + length) {
                if (nextUnit != null && pos == nextUnit.begin()) {
                    length = nextUnit.length();
                    nextUnit = next < units.size() ? units.get(next++) : null;
                } else {
                    length = (nextUnit != null ? nextUnit.begin() : b + l) - pos;
                    gaps.add(length);
                }
                offset = pos;
            }
            pos = offset + length;
        }
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
